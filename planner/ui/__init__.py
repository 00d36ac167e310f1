"""The PySide6 window: shows core state and turns gestures into core calls."""
