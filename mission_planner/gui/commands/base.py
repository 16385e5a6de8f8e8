"""What every undo command shares: each redo and undo is one call of the workspace, so one transaction.

Commands hold ids (the mission's code, the item's uid) and plain values (times, titles, the
`RemovedItem` a delete returned), never ORM rows. Nothing needs saving: every step is already in
the database when `redo` or `undo` returns.

`push(stack, command)` runs the command once before putting it on the stack: a change the
services refuse (an item ending before it starts) raises `MissionPlannerError` to the caller and
never reaches the stack. A later redo or undo that fails (the item was deleted by the command
line meanwhile) is reported through the context and the command leaves the stack.

Nothing here refreshes a view: every commit reaches the window through the workspace's change
feed (`gui/change_signal.py`), whoever made it. The context is told what a step changed only so
that its tab can show where it took effect (select the rows, come into view).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand, QUndoStack

from ...errors import MissionPlannerError
from ...services import Changed, Workspace


@dataclass(frozen=True)
class CommandContext:
    """What every command needs: the workspace, and whom to tell what it changed (to show it) or of a failure."""

    workspace: Workspace
    changed: Callable[[str, Changed], None]  # the mission's code and what changed in it, to select
    failed: Callable[[MissionPlannerError], None]


class ServiceCommand(QUndoCommand):
    """A command whose `_do` and `_undo` each call the workspace once and return `Changed`."""

    def __init__(self, context: CommandContext, code: str, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.code = code
        self._applied = False  # done once by `apply`; the stack's first redo is then skipped

    @property
    def workspace(self) -> Workspace:
        return self.context.workspace

    def mark_done(self) -> None:
        """The change was already made (by a wizard): the stack's first redo must not make it again."""
        self._applied = True

    def apply(self) -> None:
        """Do the change for the first time; raises `MissionPlannerError` if it is refused."""
        changed = self._do()  # first: a command may learn its mission's code by doing it
        self.context.changed(self.code, changed)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Changed]) -> None:
        try:
            changed = step()
        except MissionPlannerError as error:
            self.setObsolete(True)  # the stack drops a command that can no longer be done
            self.context.failed(error)
            return
        self.context.changed(self.code, changed)

    def _do(self) -> Changed:
        raise NotImplementedError

    def _undo(self) -> Changed:
        raise NotImplementedError


def push(stack: QUndoStack, command: ServiceCommand) -> None:
    """Do `command` and put it on `stack`; raises `MissionPlannerError` (and pushes nothing) if refused."""
    command.apply()
    stack.push(command)


def record_done(stack: QUndoStack, command: ServiceCommand) -> None:
    """Put on `stack` a command whose change was already made (by a wizard): only undo and redo run."""
    command.mark_done()
    stack.push(command)
