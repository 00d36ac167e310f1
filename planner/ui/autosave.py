"""Saves edited plans shortly after each change, so closing or crashing never loses work.

A plan is written 300 ms after the last edit, and never later than one second after its first
unsaved edit, however fast edits keep coming. A save that fails is not forgotten: the plan stays
unsaved, and it is tried again on the next edit and on a timer that backs off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from planner.core.errors import PlannerError
from planner.core.model import Plan
from planner.store.plan_store import PlanStore
from planner.ui.i18n import tr_error
from planner.ui.workspace import Workspace

AUTOSAVE_DELAY_MS = 300
MAX_UNSAVED_MS = 1000
RETRY_DELAYS_MS = (1000, 2000, 5000, 15000, 30000, 60000)


class Autosaver(QObject):
    """Batches edits for a moment (a drag of minutes is many edits) and writes each plan once.

    Signals:
        saved: a plan's name, after it was written.
        save_failed: why saving failed, once when saving starts to fail (not on each retry).
        unsaved_changed: how many plans could not be saved (0 once all are on disk again).
        conflict_found: a :class:`SaveConflict`; both versions were kept.
    """

    saved = Signal(str)
    save_failed = Signal(str)
    unsaved_changed = Signal(int)
    conflict_found = Signal(object)

    def __init__(self, store: PlanStore, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        # Keyed by the plan object itself: an id may change when a conflict is resolved.
        self._pending: dict[int, Plan] = {}
        self._failing: set[int] = set()
        self._retries = 0
        self.last_error = ""
        self._since_first_edit = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._on_retry_timer_timeout)
        workspace.plan_edited.connect(self.save_soon)
        workspace.plan_removed.connect(self._on_workspace_plan_removed)

    def unsaved_plans(self) -> list[Plan]:
        """Plans with edits that are not on disk yet."""
        return list(self._pending.values())

    def save_soon(self, plan: Plan) -> None:
        """Queue ``plan``: it is written within a second."""
        if not self._pending:
            self._since_first_edit.start()
        self._pending[id(plan)] = plan
        remaining = max(0, MAX_UNSAVED_MS - self._since_first_edit.elapsed())
        self._timer.start(min(AUTOSAVE_DELAY_MS, remaining))

    def save_all_soon(self, plans: Iterable[Plan]) -> None:
        for plan in plans:
            self.save_soon(plan)

    def forget(self, plan: Plan) -> None:
        """Drop a plan's unsaved edits: the user chose to quit without them."""
        self._pending.pop(id(plan), None)
        self._failing.discard(id(plan))
        self.unsaved_changed.emit(len(self._failing))

    def _on_workspace_plan_removed(self, plan: Plan) -> None:
        """Send a deleted plan's file to the trash, with its latest edits in it."""
        if id(plan) in self._pending:
            self.flush()
        self.forget(plan)
        if self._store.file_of(plan.id).exists():
            self._try(partial(self._store.delete, plan.id))

    def flush(self) -> None:
        """Write every plan edited since the last save; called on timers and at exit."""
        self._timer.stop()
        for key, plan in list(self._pending.items()):
            if self._try(partial(self._save, plan)):
                del self._pending[key]
                self._failing.discard(key)
            else:
                self._failing.add(key)
        if self._failing:
            if not self._retry_timer.isActive():
                self._retry_timer.start(RETRY_DELAYS_MS[min(self._retries,
                                                            len(RETRY_DELAYS_MS) - 1)])
        else:
            self._retries = 0
            self._retry_timer.stop()
        self.unsaved_changed.emit(len(self._failing))

    def _on_retry_timer_timeout(self) -> None:
        """Each retry that fails waits longer for the next (edits also retry at once)."""
        self._retries += 1
        self.flush()

    def _save(self, plan: Plan) -> None:
        conflict = self._store.save(plan)
        if conflict is not None:
            self.conflict_found.emit(conflict)
        else:
            self.saved.emit(plan.name)

    def _try(self, action: Callable[[], object]) -> bool:
        """Run a store action; report the first failure of a streak, and say if it worked."""
        try:
            action()
        except (PlannerError, OSError) as exc:
            self.last_error = tr_error(exc)
            if not self._failing:
                self.save_failed.emit(self.last_error)
            return False
        return True
