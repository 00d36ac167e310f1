"""Saves edited plans shortly after each change, so closing or crashing never loses work."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from planner.core.errors import PlannerError
from planner.core.model import Plan
from planner.store.plan_store import PlanStore
from planner.ui.workspace import Workspace

AUTOSAVE_DELAY_MS = 300


class Autosaver(QObject):
    """Batches edits for a moment (a drag of minutes is many edits) and writes each plan once."""

    save_failed = Signal(str)
    saved = Signal(str)

    def __init__(self, store: PlanStore, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._pending: dict[str, Plan] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        workspace.plan_edited.connect(self._on_workspace_plan_edited)
        workspace.plan_discarded.connect(self._on_workspace_plan_discarded)

    def _on_workspace_plan_edited(self, plan: Plan) -> None:
        self._pending[plan.id] = plan
        self._timer.start()

    def _on_workspace_plan_discarded(self, plan_id: str) -> None:
        self.flush()
        self._report(partial(self._store.delete, plan_id))

    def flush(self) -> None:
        """Write every plan edited since the last save; called on a timer and at exit."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for plan in pending.values():
            if self._report(partial(self._store.save, plan)):
                self.saved.emit(plan.name)

    def _report(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except (PlannerError, OSError) as exc:
            self.save_failed.emit(str(exc))
            return False
        return True
