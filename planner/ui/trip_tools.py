"""The planning helpers of the Plan menu: best order, split into days, what fits in a day.

Each turns what :mod:`planner.core` computes into one undo step made of the ordinary edits
(add a day, move a stop, change a day's settings, remove an empty day), so every view follows
along as it does for a hand-made change, and Undo puts the trip back exactly.
"""

from __future__ import annotations

from collections.abc import Sequence

from planner.core import editing
from planner.core.best_order import DayOrder, best_day_order, best_trip_order
from planner.core.day_split import DayLayout, SplitError, split_trip
from planner.core.model import Plan
from planner.ui import commands
from planner.ui.formatting import format_minutes
from planner.ui.i18n import tr_phrase, translate
from planner.ui.workspace import Workspace


class TripTools:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def best_order(self, day: int | None) -> str:
        """Reorder day ``day`` (None: every unlocked day) and say what it saved."""
        plan = self.workspace.current
        if plan is None or not self.workspace.can_edit(plan):
            return translate("TripTools", "Nothing to reorder")
        catalog, estimates = self.workspace.catalog, self.workspace.estimates
        if day is None:
            orders = best_trip_order(plan, catalog, estimates)
        elif plan.days[day].locked:
            return translate("TripTools", "Day {day} is locked: unlock it to reorder it").format(
                day=day + 1)
        else:
            orders = [best_day_order(plan, day, catalog, estimates)]
        better = [order for order in orders if order.changed]
        if not better:
            return (translate("TripTools", "The current order is already the best found")
                    if any(len(plan.days[o.day].stops) > 2 for o in orders)
                    else translate("TripTools",
                                   "Nothing to reorder: a day needs three stops or more"))
        layouts = [DayLayout([s.id for s in d.stops]) for d in plan.days]
        for order in better:
            layouts[order.day] = DayLayout(order.stop_ids)
        self._arrange(plan, layouts, translate("TripTools", "Best order") if day is None
                      else translate("TripTools", "Best order of day {day}").format(day=day + 1))
        return _saving(better)

    def split(self, *, days: int | None = None, hours_per_day: float | None = None) -> str:
        """Share the trip's unlocked stops between days; the message says how it went."""
        plan = self.workspace.current
        if plan is None or not self.workspace.can_edit(plan):
            return translate("TripTools", "Nothing to split")
        try:
            split = split_trip(plan, self.workspace.catalog, days=days,
                               hours_per_day=hours_per_day, estimates=self.workspace.estimates)
        except SplitError as error:
            return tr_phrase(error.phrase)
        self._arrange(plan, split.days, translate("TripTools", "Split into days"))
        count = len(split.days)
        message = translate("TripTools", "Split into %n day(s)", None, count)
        if split.overfull:
            listed = ", ".join(str(day + 1) for day in split.overfull)
            message = translate("TripTools", "{split}; day(s) {days} hold more than their hours: "
                                "add a day or drop a stop").format(split=message, days=listed)
        return message

    def _arrange(self, plan: Plan, layouts: Sequence[DayLayout], text: str) -> None:
        """Give ``plan`` these days as one undo step, made of ordinary edits."""
        workspace, stack = self.workspace, self.workspace.undo_stack
        stack.beginMacro(text)
        for index in range(len(plan.days), len(layouts)):
            stack.push(commands.InsertDayCommand(workspace, plan, index))
        for day, layout in enumerate(layouts):
            for row, stop_id in enumerate(layout.stop_ids):
                if editing.locate_stop(plan, stop_id) != (day, row):
                    stack.push(commands.MoveStopCommand(workspace, plan, stop_id, day, row))
            old = editing.DaySettings.of(plan.days[day])
            label = tr_phrase(layout.label_phrase) if layout.label_phrase else layout.label
            new = editing.DaySettings(old.start_time, layout.end_time or old.end_time, old.base,
                                      label if not old.locked else old.label, old.locked)
            if new != old:
                stack.push(commands.SetDaySettingsCommand(workspace, plan, day, new))
        for index in reversed(range(len(layouts), len(plan.days))):
            stack.push(commands.RemoveDayCommand(workspace, plan, index))
        stack.endMacro()


def _saving(orders: list[DayOrder]) -> str:
    saved = sum(order.minutes_saved for order in orders)
    fixed = sum(order.before.problems - order.after.problems for order in orders)
    days = ", ".join(str(order.day + 1) for order in orders)
    parts = []
    if saved > 0:
        parts.append(translate("TripTools", "about {time} less on the way (estimate)").format(
            time=format_minutes(saved)))
    if fixed > 0:
        parts.append(translate("TripTools", "%n fewer timetable problem(s)", None, fixed))
    return translate("TripTools", "Best order for day(s) {days}: {gain}").format(
        days=days, gain="; ".join(parts) or translate("TripTools", "an earlier end"))
