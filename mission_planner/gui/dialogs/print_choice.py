"""Which document to print: a kind of PDF; for the daily agenda, one day or all; for a visitor
list, which security site's."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ...services import DocumentKind
from ..document_jobs import kind_title
from ..formatting import format_weekday_date

DAILY = "daily-pdf"
VISITORS = "visitor-list"


class PrintChoiceDialog(QDialog):
    def __init__(
        self,
        kinds: list[DocumentKind],
        days: list[date],
        title: str,
        parent: QWidget | None = None,
        *,
        sites: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        sites = sites or []
        self.kinds = [kind for kind in kinds if kind.name != VISITORS or sites]  # no security site, no list
        self.document = QComboBox()
        for kind in self.kinds:
            self.document.addItem(kind_title(kind), kind.name)
        self.day = QComboBox()
        self.day.addItem(self.tr("All days"), None)
        for number, day in enumerate(days, start=1):
            self.day.addItem(
                self.tr("Day {number}: {date}").format(number=number, date=format_weekday_date(day)), number
            )
        self.site = QComboBox()
        for site in sites:
            self.site.addItem(site, site)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Document:"), self.document)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Security site:"), self.site)
        form.addRow(buttons)
        self.document.currentIndexChanged.connect(self._update_day)
        self._update_day()

    def _update_day(self, *_args: object) -> None:
        self.day.setEnabled(self.document.currentData() == DAILY and self.day.count() > 1)
        self.site.setEnabled(self.document.currentData() == VISITORS)

    def choice(self) -> tuple[DocumentKind, int | None, str]:
        """The kind, the day of a daily agenda (None: all) and the site of a visitor list."""
        kind = next(kind for kind in self.kinds if kind.name == self.document.currentData())
        day = self.day.currentData() if kind.name == DAILY else None
        return kind, day, self.site.currentData() if kind.name == VISITORS else ""

    @staticmethod
    def ask(
        kinds: list[DocumentKind],
        days: list[date],
        title: str,
        parent: QWidget | None = None,
        *,
        sites: list[str] | None = None,
    ) -> tuple[DocumentKind, int | None, str] | None:
        dialog = PrintChoiceDialog(kinds, days, title, parent, sites=sites)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
