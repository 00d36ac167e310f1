"""Every command of the menus and shortcuts, declared once, and when each one is available.

The window supplies one slot per action name; this module builds the ``QAction`` objects, lays
out the menus and decides from the workspace and the selection which actions are enabled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenuBar, QWidget

from planner.core.itinerary import custom_place
from planner.core.model import Plan
from planner.ui.selection import Selection
from planner.ui.workspace import Workspace

Shortcut = QKeySequence.StandardKey | str | None
_STD = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: Shortcut = None
    tip: str = ""
    in_plan_only: bool = False
    """The shortcut works only while the plan has the focus (Delete must not delete text)."""


ACTIONS: dict[str, ActionSpec] = {
    "new_plan": ActionSpec("&New plan", _STD.New, "Start a new trip plan"),
    "duplicate_plan": ActionSpec("D&uplicate plan", "Ctrl+Shift+D",
                                 "Copy this plan to try a variant"),
    "delete_plan": ActionSpec("&Delete plan…", None, "Delete this plan (can be undone)"),
    "rename_plan": ActionSpec("&Rename plan", "F2"),
    "next_plan": ActionSpec("Ne&xt plan", "Ctrl+PgDown"),
    "previous_plan": ActionSpec("Pre&vious plan", "Ctrl+PgUp"),
    "import_plan": ActionSpec("&Import plan…", _STD.Open, "Add a plan from a .ftrip.json file"),
    "import_places": ActionSpec("Import p&laces…", "Ctrl+Shift+I",
                                "Add places from a GPX, KML, GeoJSON or CSV file to this plan"),
    "import_permits": ActionSpec("Import filming &data…", None,
                                 "The City of Paris filming permits, from the CSV or GeoJSON "
                                 "you downloaded, as a layer apart from our catalog"),
    "export_plan": ActionSpec("&Export plan…", _STD.SaveAs,
                              "Save this plan as a .ftrip.json file to share"),
    "recover": ActionSpec("&Recover…", None,
                          "Bring back deleted plans, backups and files set aside"),
    "quit": ActionSpec("&Quit", _STD.Quit),
    "add_day": ActionSpec("Add &day", "Ctrl+Shift+N", "Add a day after the selected one"),
    "remove_day": ActionSpec("Remove da&y", None, "Remove the selected day and its stops"),
    "day_settings": ActionSpec("Day se&ttings…", "Ctrl+Shift+T",
                               "Start, end, base, label and lock of the selected day"),
    "lock_day": ActionSpec("Lock or unlock da&y", "Ctrl+Shift+L",
                           "A locked day is left as it is by Best order and Split"),
    "best_order_day": ActionSpec("&Best order for this day", "Ctrl+Shift+B",
                                 "Reorder the selected day for the least travel, keeping its "
                                 "ends, booked times and opening hours"),
    "best_order_trip": ActionSpec("Best order for the &whole trip", None,
                                  "Reorder every day that is not locked"),
    "split_days": ActionSpec("&Split into days…", None,
                             "Share the trip's stops between days by place and opening hours"),
    "what_fits": ActionSpec("What &fits in this day…", "Ctrl+Shift+F",
                            "Places near the day's route that fit the time left"),
    "own_place": ActionSpec("Add &my place…", "Ctrl+Shift+M",
                            "A hotel, a station or a café, found by name or by its position"),
    "edit_own_place": ActionSpec("&Edit my place…", None,
                                 "Name, category, address, position, hours and note of the "
                                 "selected stop's place of your own"),
    "my_places": ActionSpec("Add from My &places…", None,
                            "Places you kept for every trip: add them to this plan"),
    "booked_time": ActionSpec("Boo&ked time…", None, "Book a time to be at the selected stop"),
    "remove_stop": ActionSpec("&Remove stop", _STD.Delete, in_plan_only=True),
    "move_up": ActionSpec("Move &up", "Alt+Up", in_plan_only=True),
    "move_down": ActionSpec("Move do&wn", "Alt+Down", in_plan_only=True),
    "find": ActionSpec("&Find films and places", _STD.Find),
    "preferences": ActionSpec("Pre&ferences…", _STD.Preferences,
                              "Online map tiles and other settings"),
    "about": ActionSpec("&About"),
    "reset_layout": ActionSpec("&Reset layout", None, "Put the panels back where they start"),
    "show_paris": ActionSpec("Show &Paris", "Ctrl+1"),
    "show_alps": ActionSpec("Show the &Alps", "Ctrl+2"),
    "show_trip": ActionSpec("Show the whole &trip", "Ctrl+3"),
    "show_day": ActionSpec("Show the selected d&ay", "Ctrl+4"),
}

MENUS: dict[str, list[str | None]] = {
    "&File": ["new_plan", "import_plan", "import_places", "import_permits", "export_plan", None,
              "recover", None, "quit"],
    "&Edit": ["undo", "redo", None, "remove_stop", "move_up", "move_down", None, "find", None,
              "preferences"],
    "&View": ["show_paris", "show_alps", "show_trip", "show_day", None, "reset_layout"],
    "&Plan": ["next_plan", "previous_plan", None, "rename_plan", "duplicate_plan",
              "delete_plan", None, "add_day", "remove_day", "day_settings", "lock_day", None,
              "best_order_day", "best_order_trip", "split_days", "what_fits", None,
              "booked_time", "own_place", "edit_own_place", "my_places"],
    "&Help": ["about"],
}


def build_actions(parent: QWidget, slots: Mapping[str, Callable[[], object]],
                  undo_stack: QUndoStack) -> dict[str, QAction]:
    """One ``QAction`` per entry of :data:`ACTIONS`, plus Undo and Redo from ``undo_stack``."""
    actions: dict[str, QAction] = {}
    for name, spec in ACTIONS.items():
        action = QAction(spec.text, parent)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        if spec.in_plan_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slots[name])
        actions[name] = action
    undo = undo_stack.createUndoAction(parent, "&Undo")
    undo.setShortcut(QKeySequence(_STD.Undo))
    redo = undo_stack.createRedoAction(parent, "&Redo")
    redo.setShortcuts([QKeySequence(_STD.Redo), QKeySequence("Ctrl+Shift+Z")])
    actions["undo"], actions["redo"] = undo, redo
    return actions


def build_menus(menu_bar: QMenuBar, actions: Mapping[str, QAction],
                dock_toggles: list[QAction]) -> None:
    """The menu bar of :data:`MENUS`; View also lists the docks, to show or hide each."""
    for title, names in MENUS.items():
        menu = menu_bar.addMenu(title)
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[name])
        if title == "&View":
            menu.addSeparator()
            menu.addActions(dock_toggles)


def update_enabled(actions: Mapping[str, QAction], workspace: Workspace,
                   selection: Selection) -> None:
    """Enable what can be done now: with this plan, in this window, on this selection."""
    can_add_plans = not workspace.read_only
    plan = workspace.current
    editable = workspace.can_edit(plan)
    has_stop = editable and bool(selection.stop_id)
    enabled = {
        "new_plan": can_add_plans,
        "import_plan": can_add_plans,
        "import_places": editable,
        "import_permits": can_add_plans,
        "recover": can_add_plans,
        "duplicate_plan": can_add_plans and plan is not None,
        "delete_plan": editable,
        "rename_plan": editable,
        "add_day": editable,
        "export_plan": plan is not None,
        "show_trip": plan is not None,
        "show_day": plan is not None,
        "next_plan": len(workspace.plans) > 1,
        "previous_plan": len(workspace.plans) > 1,
        "remove_day": editable and plan is not None and len(plan.days) > 1,
        "remove_stop": has_stop,
        "booked_time": has_stop,
        "day_settings": editable,
        "lock_day": editable,
        "best_order_day": editable,
        "best_order_trip": editable,
        "split_days": editable,
        "what_fits": editable,
        "own_place": editable,
        "edit_own_place": has_stop and _stop_visits_own_place(plan, selection.stop_id),
        "my_places": editable,
        "move_up": has_stop,
        "move_down": has_stop,
    }
    for name, value in enabled.items():
        actions[name].setEnabled(value)


def _stop_visits_own_place(plan: Plan | None, stop_id: str) -> bool:
    if plan is None:
        return False
    place_id = next((s.place_id for d in plan.days for s in d.stops if s.id == stop_id), "")
    return custom_place(plan, place_id) is not None
