"""The catalog with the indexes built over it, made once for the whole app.

``app.py`` makes one and hands it to the window, so no panel builds an index of its own. Each
index is built the first time it is asked for, so what the first frame does not need does not
slow the start.
"""

from __future__ import annotations

from functools import cached_property

from planner.core.catalog import Catalog
from planner.core.nearby import NearbyIndex
from planner.core.search import CatalogSearch


class CatalogIndexes:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    @cached_property
    def search(self) -> CatalogSearch:
        return CatalogSearch(self.catalog)

    @cached_property
    def nearby(self) -> NearbyIndex:
        return NearbyIndex(self.catalog)
