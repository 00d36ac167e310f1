"""Icons and desktop files, shipped as package data (this file only makes the folder importable)."""
