"""The installed Qt binding keeps Python's reference counts right over a long session.

PySide6 6.12.0 dropped a reference to ``None`` on every call that returns nothing. On Python
3.11, where ``None`` is not immortal, a session making enough such calls (a repaint makes many)
aborts with "deallocating None". pyproject.toml excludes that release; this checks whatever
release got installed.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QLineEdit

CALLS = 500


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_that_return_nothing_keep_the_count_of_none(qapp: object) -> None:
    edit, model = QLineEdit(), QStringListModel(["Lupin"])
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        edit.setText("Annecy")  # returns nothing
        model.index(0, 0).data(1000)  # a role with no data: None
    gc.collect()
    assert sys.getrefcount(None) - before > -CALLS // 10, "the binding leaks references to None"
