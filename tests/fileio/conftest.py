"""Plan builders shared with the store tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planner.core.model import Plan
from tests.store.conftest import build_plan


@pytest.fixture
def make_plan() -> Callable[..., Plan]:
    return build_plan
