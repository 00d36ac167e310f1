"""Regenerate data/catalog.schema.json from the catalog's msgspec types.

Usage: python tools/write_catalog_schema.py
"""

from __future__ import annotations

import json
from pathlib import Path

from planner.core.catalog import catalog_json_schema

TARGET = Path(__file__).resolve().parent.parent / "data" / "catalog.schema.json"

if __name__ == "__main__":
    TARGET.write_text(json.dumps(catalog_json_schema(), indent=2, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    print(f"wrote {TARGET}")
