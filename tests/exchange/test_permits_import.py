"""The City of Paris filming data: rows read, bad rows reported, Lambert-93 converted."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.catalog import Catalog
from planner.core.errors import PlanFileError
from planner.core.permits import permits_by_film, title_key
from planner.exchange.permits_import import (
    ImportCancelled,
    PermitImportError,
    read_permits,
)
from planner.store.permits_store import load_permits, permits_path, save_permits
from tests.permits_files import (
    BAD_ROWS,
    GOOD_ROWS,
    LYCEEN_DEGREES,
    write_csv,
    write_geojson,
)


def metres_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot((a[0] - b[0]) * 111_200, (a[1] - b[1]) * 111_200 * math.cos(0.853))


@pytest.mark.parametrize("writer", [write_csv, write_geojson])
def test_every_good_row_becomes_a_permit_and_bad_rows_are_reported(
    tmp_path: Path, writer: object
) -> None:
    rows = [GOOD_ROWS[0], BAD_ROWS[0][0], *GOOD_ROWS[1:], *(row for row, _ in BAD_ROWS[1:])]
    path = writer(tmp_path / "permits", rows)  # type: ignore[operator]
    imported = read_permits(path)
    assert [p.id for p in imported.permits] == ["2019-1", "2020-2", "2022-5", "2017-9"]
    assert imported.skipped == len(BAD_ROWS)
    for problem, (_, reason) in zip(imported.problems, BAD_ROWS, strict=True):
        short_feature = writer is write_geojson and reason == "fewer columns"
        assert ("no title" if short_feature else reason) in problem
    where = "line 3" if writer is write_csv else "feature 2"  # after the header, or not
    assert imported.problems[0].startswith(f"{where}:"), "counted as the file counts them"


def test_lambert93_metres_and_degrees_in_coord_x_y_are_told_apart(tmp_path: Path) -> None:
    imported = read_permits(write_csv(tmp_path / "permits.csv", GOOD_ROWS))
    by_id = {p.id: p for p in imported.permits}
    lyceen = by_id["2022-5"]
    assert metres_between((lyceen.lat, lyceen.lon), LYCEEN_DEGREES) < 1.0
    assert (by_id["2017-9"].lat, by_id["2017-9"].lon) == (48.885, 2.341), "degrees kept as is"
    assert by_id["2019-1"].lat == pytest.approx(48.84507788666327), "geo_point_2d comes first"


def test_titles_match_our_films_when_title_and_year_agree(catalog: Catalog,
                                                         tmp_path: Path) -> None:
    imported = read_permits(write_csv(tmp_path / "permits.csv", GOOD_ROWS))
    found = permits_by_film(imported.permits, catalog)
    assert found["emily-in-paris"] == [0], "shot in 2019 for the 2020 series"
    assert found["lupin"] == [1], "\"LUPIN SAISON 1\" is Lupin"
    assert "amelie" not in found, "a 2017 permit cannot be for the 2001 film"
    assert title_key("FAITES DES GOSSES SAISON 1 - EPISODE 5 A 6") == "faites des gosses"
    assert title_key("Mission: Impossible - Fallout") == "mission: impossible"


@pytest.mark.parametrize(("content", "message"), [
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"name;lat;lon\nCafe;48.8;2.3\n", "not the City of Paris filming data"),
    (b'{"type": "FeatureCollection"}', "no list of features"),
    (b"[" * 100_000, "nested far too deeply"),
    (b"", "not the City of Paris filming data"),
])
def test_a_file_that_is_not_the_dataset_is_refused_with_its_name(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "download.csv"
    path.write_bytes(content)
    with pytest.raises(PermitImportError, match=message) as raised:
        read_permits(path)
    assert "download.csv" in str(raised.value)


def test_a_file_of_only_bad_rows_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PermitImportError, match="no filming permits"):
        read_permits(write_csv(tmp_path / "bad.csv", [row for row, _ in BAD_ROWS]))


def test_the_import_stops_when_asked(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", GOOD_ROWS * 2000)
    with pytest.raises(ImportCancelled):
        read_permits(path, lambda done, total: False)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_give_permits_or_a_clear_refusal(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes("Titre;Année du tournage;geo_point_2d\n".encode() + content)
    try:
        imported = read_permits(path)
    except PermitImportError:
        return
    assert all(48.55 <= p.lat <= 49.2 for p in imported.permits)


def test_the_layer_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    imported = read_permits(write_csv(tmp_path / "permits.csv", GOOD_ROWS))
    save_permits(tmp_path, imported.permits, imported.skipped, "permits.csv")
    layer = load_permits(tmp_path)
    assert layer is not None and layer.permits == imported.permits
    assert layer.source_file == "permits.csv"
    permits_path(tmp_path).write_bytes(b'{"schema_version": 1, "permits": [[1, 2]]}')
    with pytest.raises(PlanFileError, match="import the dataset again"):
        load_permits(tmp_path)
