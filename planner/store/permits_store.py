"""The imported City of Paris filming permits, kept in the data folder between runs.

One file, ``paris_filming_permits.json``, replaced atomically by each import. It can always be
imported again from the downloaded dataset, so a file that cannot be read is reported and
then ignored (the layer is simply absent); it is never deleted or written over without a new
import.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from planner.core.errors import PlanFileError
from planner.core.permits import Permit, PermitLayer
from planner.core.phrase import QT_TRANSLATE_NOOP, phrase
from planner.fileio.atomic import write_atomic
from planner.fileio.reading import FILMING_DATA_KIND, read_plan_bytes

PERMITS_FILE = "paris_filming_permits.json"
PERMITS_VERSION = 1
MAX_LAYER_BYTES = 1024 * 1024 * 1024
"""Far beyond what any import can write (a million rows take about 250 MB)."""


def permits_path(data_dir: Path) -> Path:
    return data_dir / PERMITS_FILE


def save_permits(data_dir: Path, permits: list[Permit], skipped: int,
                 source_file: str) -> PermitLayer:
    """Keep ``permits`` as the permits layer, in place of any earlier import.

    Raises:
        OSError: the file cannot be written (the earlier layer is then untouched).
    """
    layer = PermitLayer(PERMITS_VERSION, source_file,
                        dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
                        permits, skipped)
    data_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(permits_path(data_dir), msgspec.json.encode(layer), backup=False)
    return layer


def load_permits(data_dir: Path) -> PermitLayer | None:
    """The layer imported before; None when there is none.

    Raises:
        PlanFileError: the file is there but cannot be used; the message says why.
    """
    path = permits_path(data_dir)
    if not path.exists():
        return None
    data = read_plan_bytes(path, MAX_LAYER_BYTES, FILMING_DATA_KIND)
    try:
        layer = msgspec.json.decode(data, type=PermitLayer)
    except (ValueError, RecursionError) as error:  # not JSON, not UTF-8, the wrong shape
        raise PlanFileError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "the imported filming data cannot be read ({reason}); import the dataset "
            "again"), reason=str(error))) from error
    if layer.schema_version != PERMITS_VERSION:
        raise PlanFileError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "written by another version (schema {version}); import the dataset again"),
            version=layer.schema_version))
    return layer
