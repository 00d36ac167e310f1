"""The shipped offline base map: readable, names the catalog's towns, refused when broken."""

from __future__ import annotations

import gzip
from importlib.resources import files

import pytest

from planner.core.base_map import BaseMapError, decode_base_map
from planner.core.catalog import Catalog


def shipped() -> bytes:
    return files("planner.resources").joinpath("base_map.json.gz").read_bytes()


def test_the_shipped_base_map_has_every_layer_and_names_its_sources() -> None:
    base_map = decode_base_map(shipped())
    layers = base_map.layers
    assert layers.land and layers.borders and layers.coast and layers.rivers and layers.lakes
    licences = " ".join(source.licence for source in base_map.sources)
    assert "public domain" in licences and "CC BY 4.0" in licences
    assert len(shipped()) < 3_000_000


def test_the_towns_of_the_founding_article_are_named_on_the_map(catalog: Catalog) -> None:
    names = {town.name for town in decode_base_map(shipped()).towns}
    for town in ("Paris", "Lyon", "Annecy", "Chamonix-Mont-Blanc", "Grenoble", "Chambéry",
                 "Albertville", "Megève", "Val-d'Isère"):
        assert town in names


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],
    lambda data: b"not gzip at all",
    lambda data: gzip.compress(b'{"format": "something-else", "version": 1}'),
    lambda data: gzip.compress(b"[" * 100_000),
])
def test_a_broken_base_map_is_refused_with_a_reason(damage: object) -> None:
    with pytest.raises(BaseMapError, match="base map"):
        decode_base_map(damage(shipped()))  # type: ignore[operator]
