"""The domain: catalog, plans and planning rules, with no knowledge of any screen."""
