"""Every edit undoes to exactly the plan before it, and redoes to exactly the plan after it."""

from __future__ import annotations

import datetime as dt

import msgspec
from pytestqt.qtbot import QtBot

from planner.ui.workspace import Workspace
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import stop_id


def snapshot(workspace: Workspace) -> list[bytes]:
    """Every plan's full content, except the edit times that undo does not rewind."""
    return [msgspec.json.encode(msgspec.structs.replace(plan, updated=plan.created))
            for plan in workspace.plans]


def test_each_edit_undoes_and_redoes_exactly(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    ws = window.workspace
    edits = [
        lambda: ws.new_plan("Trip", dt.date(2027, 5, 1)),
        lambda: ws.add_places(["paris-louvre", "paris-pont-des-arts", "paris-sacre-coeur"], 0),
        lambda: ws.add_day(),
        lambda: ws.move_stop(stop_id(window, 0, 0), 1, 0),
        lambda: ws.nudge_stop(stop_id(window, 0, 1), -1),
        lambda: ws.set_stop_minutes(stop_id(window, 0, 0), 75),
        lambda: ws.set_stop_note(stop_id(window, 0, 1), "Sunset"),
        lambda: ws.set_stop_travel_mode(stop_id(window, 0, 1), "car"),
        lambda: ws.set_default_travel_mode("transit"),
        lambda: ws.remove_stop(stop_id(window, 0, 0)),
        lambda: ws.rename_current("Paris in May"),
        lambda: ws.set_start_date(dt.date(2027, 6, 3)),
        lambda: ws.add_day(0),
        lambda: ws.remove_day(2),
        lambda: ws.duplicate_current(),
        lambda: ws.delete_current(),
    ]
    states = [snapshot(ws)]
    for edit in edits:
        edit()
        states.append(snapshot(ws))
        assert states[-1] != states[-2], "every edit changes something"
    assert ws.undo_stack.count() == len(edits)
    for expected in reversed(states[:-1]):
        ws.undo_stack.undo()
        assert snapshot(ws) == expected
    for expected in states[1:]:
        ws.undo_stack.redo()
        assert snapshot(ws) == expected
