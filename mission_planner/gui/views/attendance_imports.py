"""The Attendance tab's two imports, after the mission: a meeting's participant report (minutes
per online item) and the evaluation form's responses (Google Forms, Microsoft Forms; CSV or XLSX).

Each is read in the background, all or nothing, and becomes one undoable step: the mission as it
was before and after (`RestoreMissionCommand`). The tab then says what was read; a file that is
refused is named with its rows and columns, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QWidget

from ...errors import MissionPlannerError
from ..commands.base import CommandContext, record_done
from ..commands.missions import RestoreMissionCommand
from ..refusal_text import error_text
from ..tasks import BackgroundTasks

if TYPE_CHECKING:
    from ...domain.record import MissionRecord
    from ...services import EvaluationImportReport, ReportImport, Workspace


class AttendanceImports:
    """Mixed into the Attendance tab, which holds what these read and write."""

    code: str | None
    running: bool
    context: CommandContext
    stack: QUndoStack
    tasks: BackgroundTasks
    status: QLabel
    unmatched: QListWidget
    _update_buttons: Callable[[], None]  # the tab's: its import buttons enabled while nothing is imported

    # --- a meeting's participant report ---------------------------------------------------------

    def choose_and_import(self) -> None:
        title = QCoreApplication.translate("AttendanceTab", "Import Participant Report")
        kinds = QCoreApplication.translate("AttendanceTab", "Participant reports (*.csv *.xlsx);;All files (*)")
        path = _chosen(self, title, kinds)
        if path is not None:
            self.import_report(path)

    def import_report(self, path: Path) -> None:
        """Read `path` in the background; the grid and the certificates follow when it is done."""
        self._import(
            path,
            lambda workspace, code: workspace.attendance.import_attendance(code, path),
            label=QCoreApplication.translate("AttendanceTab", "Reading the participant report {name}"),
            undo_text=QCoreApplication.translate("AttendanceTab", "Import the participant report {name}"),
            shown=self._report_imported,
        )

    def _report_imported(self, result: ReportImport) -> None:
        people, items, unmatched = result.people, result.items, result.unmatched
        text = QCoreApplication.translate("AttendanceTab", "Set the attendance of {people} people at {items} items.")
        text = text.format(people=people, items=len(items))
        if unmatched:
            more = QCoreApplication.translate("AttendanceTab", "{count} rows matched nobody:")
            text += " " + more.format(count=len(unmatched))
        self._say(text, unmatched)

    # --- the evaluation form's responses --------------------------------------------------------

    def choose_and_import_evaluation(self) -> None:
        title = QCoreApplication.translate("AttendanceTab", "Import Evaluation Responses")
        kinds = QCoreApplication.translate("AttendanceTab", "Form responses (*.csv *.xlsx);;All files (*)")
        path = _chosen(self, title, kinds)
        if path is not None:
            self.import_evaluation(path)

    def import_evaluation(self, path: Path) -> None:
        """Read the responses in `path` in the background, replacing those imported before; the
        completion report and the people's action plans follow."""
        self._import(
            path,
            lambda workspace, code: workspace.attendance.import_evaluation(code, path),
            label=QCoreApplication.translate("AttendanceTab", "Reading the evaluation responses {name}"),
            undo_text=QCoreApplication.translate("AttendanceTab", "Import the evaluation responses {name}"),
            shown=self._evaluation_imported,
        )

    def _evaluation_imported(self, report: EvaluationImportReport) -> None:
        text = QCoreApplication.translate(
            "AttendanceTab",
            "Imported {responses} responses ({named} named, {anonymous} anonymous) and {plans} action plans.",
        )
        text = text.format(
            responses=report.responses,
            named=report.named,
            anonymous=report.responses - report.named,
            plans=report.action_plans,
        )
        if report.unrated_sessions:
            text += " " + QCoreApplication.translate("AttendanceTab", "No column rates these sessions:")
        self._say(text, report.unrated_sessions)

    # --- both -----------------------------------------------------------------------------------

    def _import(
        self,
        path: Path,
        work: Callable[[Workspace, str], Any],
        *,
        label: str,
        undo_text: str,
        shown: Callable[[Any], None],
    ) -> None:
        """`work(workspace, code)` in the background; `label` and `undo_text` name the file as {name}."""
        label, undo_text = label.format(name=path.name), undo_text.format(name=path.name)
        code = self.code
        if code is None or self.running:
            return
        workspace = self.context.workspace
        try:
            before = workspace.missions.load_record(code, with_identity=True)
        except MissionPlannerError as error:
            self.status.setText(error_text(error))
            return
        self.running = True
        self._update_buttons()
        self.status.setText(QCoreApplication.translate("AttendanceTab", "Reading {name}…").format(name=path.name))
        self.tasks.run(
            lambda _progress: work(workspace, code),
            title=QCoreApplication.translate("AttendanceTab", "Import"),
            label=label,
            on_succeeded=lambda result: self._imported(result, before, undo_text, shown),
            on_failed=self._import_failed,
        )

    def _imported(self, result: Any, before: MissionRecord, undo_text: str, shown: Callable[[Any], None]) -> None:
        """Put the import on the undo stack (as the mission before and after), and say what it read."""
        self.running = False
        after = self.context.workspace.missions.load_record(before.mission.code, with_identity=True)
        record_done(self.stack, RestoreMissionCommand(self.context, before, after, undo_text))
        self._update_buttons()
        shown(result)

    def _import_failed(self, error: BaseException) -> None:
        self.running = False
        self._update_buttons()
        if isinstance(error, MissionPlannerError):
            self._say(error_text(error), [])
            return
        self.status.setText(QCoreApplication.translate("AttendanceTab", "The import failed unexpectedly."))
        raise error  # a bug: the crash handler logs it and shows the details

    def _say(self, text: str, lines: list[str]) -> None:
        self.status.setText(text)
        self.unmatched.clear()
        self.unmatched.addItems(lines)
        self.unmatched.setVisible(bool(lines))


def _chosen(tab: object, title: str, filters: str) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(cast(QWidget, tab), title, "", filters)
    return Path(path) if path else None
