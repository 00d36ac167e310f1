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
from planner.core.phrase import QT_TRANSLATE_NOOP
from planner.ui.i18n import translate
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
    "new_plan": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New plan"), _STD.New,
                           QT_TRANSLATE_NOOP("Actions", "Start a new trip plan")),
    "duplicate_plan": ActionSpec(QT_TRANSLATE_NOOP("Actions", "D&uplicate plan"), "Ctrl+Shift+D",
                                 QT_TRANSLATE_NOOP("Actions", "Copy this plan to try a variant")),
    "delete_plan": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Delete plan…"), None,
                              QT_TRANSLATE_NOOP("Actions", "Delete this plan (can be undone)")),
    "rename_plan": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Rename plan"), "F2"),
    "next_plan": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Ne&xt plan"), "Ctrl+PgDown"),
    "previous_plan": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Pre&vious plan"), "Ctrl+PgUp"),
    "import_plan": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Import plan…"), _STD.Open,
                              QT_TRANSLATE_NOOP("Actions", "Add a plan from a .ftrip.json file")),
    "import_places": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Import p&laces…"), "Ctrl+Shift+I",
                                QT_TRANSLATE_NOOP("Actions", "Add places from a GPX, KML, GeoJSON "
                                                  "or CSV file to this plan")),
    "import_permits": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Import filming &data…"), None,
                                 QT_TRANSLATE_NOOP("Actions", "The City of Paris filming permits, "
                                                   "from the CSV or GeoJSON you downloaded, as a "
                                                   "layer apart from our catalog")),
    "export_plan": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Export plan…"), _STD.SaveAs,
                              QT_TRANSLATE_NOOP("Actions",
                                                "Save this plan as a .ftrip.json file to share")),
    "recover": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Recover…"), None,
                          QT_TRANSLATE_NOOP("Actions",
                                            "Bring back deleted plans, backups and files set "
                                            "aside")),
    "quit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), _STD.Quit),
    "add_day": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &day"), "Ctrl+Shift+N",
                          QT_TRANSLATE_NOOP("Actions", "Add a day after the selected one")),
    "remove_day": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Remove da&y"), None,
                             QT_TRANSLATE_NOOP("Actions",
                                               "Remove the selected day and its stops")),
    "day_settings": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Day se&ttings…"), "Ctrl+Shift+T",
                               QT_TRANSLATE_NOOP("Actions", "Start, end, base, label and lock of "
                                                 "the selected day")),
    "lock_day": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Lock or unlock da&y"), "Ctrl+Shift+L",
                           QT_TRANSLATE_NOOP("Actions", "A locked day is left as it is by Best "
                                             "order and Split")),
    "best_order_day": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Best order for this day"),
                                 "Ctrl+Shift+B",
                                 QT_TRANSLATE_NOOP("Actions", "Reorder the selected day for the "
                                                   "least travel, keeping its ends, booked times "
                                                   "and opening hours")),
    "best_order_trip": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Best order for the &whole trip"),
                                  None,
                                  QT_TRANSLATE_NOOP("Actions",
                                                    "Reorder every day that is not locked")),
    "split_days": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Split into days…"), None,
                             QT_TRANSLATE_NOOP("Actions", "Share the trip's stops between days by "
                                               "place and opening hours")),
    "what_fits": ActionSpec(QT_TRANSLATE_NOOP("Actions", "What &fits in this day…"),
                            "Ctrl+Shift+F",
                            QT_TRANSLATE_NOOP("Actions", "Places near the day's route that fit "
                                              "the time left")),
    "own_place": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &my place…"), "Ctrl+Shift+M",
                            QT_TRANSLATE_NOOP("Actions", "A hotel, a station or a café, found by "
                                              "name or by its position")),
    "edit_own_place": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Edit my place…"), None,
                                 QT_TRANSLATE_NOOP("Actions", "Name, category, address, position, "
                                                   "hours and note of the selected stop's place "
                                                   "of your own")),
    "my_places": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add from My &places…"), None,
                            QT_TRANSLATE_NOOP("Actions", "Places you kept for every trip: add "
                                              "them to this plan")),
    "booked_time": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Boo&ked time…"), None,
                              QT_TRANSLATE_NOOP("Actions",
                                                "Book a time to be at the selected stop")),
    "remove_stop": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Remove stop"), _STD.Delete,
                              in_plan_only=True),
    "move_up": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Move &up"), "Alt+Up", in_plan_only=True),
    "move_down": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Move do&wn"), "Alt+Down",
                            in_plan_only=True),
    "find": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Find films and places"), _STD.Find),
    "preferences": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"), _STD.Preferences,
                              QT_TRANSLATE_NOOP("Actions", "Online map tiles and other settings")),
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About")),
    "welcome": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Welcome…"), None,
                          QT_TRANSLATE_NOOP("Actions", "The sample trip, the tour or an empty "
                                                       "plan")),
    "tour": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Tour of the window"), None,
                       QT_TRANSLATE_NOOP("Actions", "Thirty seconds on the parts of the window")),
    "reset_layout": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Reset layout"), None,
                               QT_TRANSLATE_NOOP("Actions",
                                                 "Put the panels back where they start")),
    "show_paris": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show &Paris"), "Ctrl+1"),
    "show_alps": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show the &Alps"), "Ctrl+2"),
    "show_trip": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show the whole &trip"), "Ctrl+3"),
    "show_day": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show the selected d&ay"), "Ctrl+4"),
}
"""Texts and tips are English, marked for ``lupdate``: :func:`build_actions` translates them."""

VIEW_MENU = QT_TRANSLATE_NOOP("Actions", "&View")
MENUS: dict[str, list[str | None]] = {
    QT_TRANSLATE_NOOP("Actions", "&File"): ["new_plan", "import_plan", "import_places",
                                            "import_permits", "export_plan", None, "recover",
                                            None, "quit"],
    QT_TRANSLATE_NOOP("Actions", "&Edit"): ["undo", "redo", None, "remove_stop", "move_up",
                                            "move_down", None, "find", None, "preferences"],
    VIEW_MENU: ["show_paris", "show_alps", "show_trip", "show_day", None, "reset_layout"],
    QT_TRANSLATE_NOOP("Actions", "&Plan"): ["next_plan", "previous_plan", None, "rename_plan",
                                            "duplicate_plan", "delete_plan", None, "add_day",
                                            "remove_day", "day_settings", "lock_day", None,
                                            "best_order_day", "best_order_trip", "split_days",
                                            "what_fits", None, "booked_time", "own_place",
                                            "edit_own_place", "my_places"],
    QT_TRANSLATE_NOOP("Actions", "&Help"): ["welcome", "tour", None, "about"],
}
"""Menu titles (English, marked for ``lupdate``) and their actions; None is a separator."""


def build_actions(parent: QWidget, slots: Mapping[str, Callable[[], object]],
                  undo_stack: QUndoStack) -> dict[str, QAction]:
    """One ``QAction`` per entry of :data:`ACTIONS`, plus Undo and Redo from ``undo_stack``."""
    actions: dict[str, QAction] = {}
    for name, spec in ACTIONS.items():
        action = QAction(translate("Actions", spec.text), parent)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            tip = translate("Actions", spec.tip)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if spec.in_plan_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slots[name])
        actions[name] = action
    undo = undo_stack.createUndoAction(parent, translate("Actions", "&Undo"))
    undo.setShortcut(QKeySequence(_STD.Undo))
    redo = undo_stack.createRedoAction(parent, translate("Actions", "&Redo"))
    redo.setShortcuts([QKeySequence(_STD.Redo), QKeySequence("Ctrl+Shift+Z")])
    actions["undo"], actions["redo"] = undo, redo
    return actions


def build_menus(menu_bar: QMenuBar, actions: Mapping[str, QAction],
                dock_toggles: list[QAction]) -> None:
    """The menu bar of :data:`MENUS`; View also lists the docks, to show or hide each."""
    for title, names in MENUS.items():
        menu = menu_bar.addMenu(translate("Actions", title))
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[name])
        if title == VIEW_MENU:
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
