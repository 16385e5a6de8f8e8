"""The dialog that adds or edits a programme item: day, kind, title, times, place and speakers.

`ItemEditor.ask(...)` returns `(day, item)` as edited (the item keeps its uid, "" for a new one),
or None when cancelled. It saves nothing: the caller makes the undo commands.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ...domain.enums import ItemKind, ItemRoleKind
from ...domain.online_meetings import meeting_id_in, passcode_in
from ...domain.places import Site
from ...domain.programme import Item, ItemRole
from ...domain.record import MissionRecord
from ..formatting import format_weekday_date
from ..labels import item_kind_text, mission_role_text
from .fields import length_problem, limit_text, ok_cancel, problem_label, python_time, show_problem, time_edit

_UID = Qt.ItemDataRole.UserRole
_MIDNIGHT = QTime(0, 0)
_LAST_MINUTE = 23 * 3600 + 59 * 60  # seconds after midnight of 23:59, the latest end a day holds


class ItemEditor(QDialog):
    def __init__(
        self,
        record: MissionRecord,
        sites: list[Site],
        day: date,
        item: Item,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Edit Item") if item.uid else self.tr("Add Item"))
        self.day = QComboBox()
        for each in record.mission.dates():
            self.day.addItem(format_weekday_date(each), each)
        if self.day.findData(day) < 0:  # an item left outside the mission's dates
            self.day.addItem(format_weekday_date(day), day)
        self.day.setCurrentIndex(self.day.findData(day))
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(item_kind_text(kind.value), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
        self.title_edit = QLineEdit(item.title)
        self.start = time_edit(item.start)
        self.end = time_edit(item.end)
        self.site = QComboBox()
        self.site.addItem(self.tr("(no site)"), None)
        for site in sorted(sites, key=lambda s: s.display_name):
            self.site.addItem(site.display_name, site.uid)
        self.site.setCurrentIndex(max(0, self.site.findData(item.site_uid)))
        self.venue = QLineEdit(item.venue, placeholderText=self.tr("Room, hall or address, when there is no site"))
        self.online_url = QLineEdit(item.online_url, placeholderText="https://")
        self.meeting_id = QLineEdit(item.meeting_id)
        self.passcode = QLineEdit(item.passcode)
        self.online_url.textChanged.connect(self._show_what_the_link_carries)
        self._show_what_the_link_carries(item.online_url)
        self.description = QPlainTextEdit(item.description)
        self.description.setTabChangesFocus(True)
        self.speakers = QListWidget()
        speaking = {role.person_uid for role in item.roles if role.role == ItemRoleKind.SPEAKER}
        for part in record.participations:
            person = record.person(part.person_uid)
            entry = QListWidgetItem(f"{person.full_name}  ·  {mission_role_text(part.role)}")
            entry.setData(_UID, person.uid)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if person.uid in speaking else Qt.CheckState.Unchecked)
            self.speakers.addItem(entry)
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends"), self.end)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Online link"), self.online_url)
        form.addRow(self.tr("Meeting ID"), self.meeting_id)
        form.addRow(self.tr("Passcode"), self.passcode)
        form.addRow(self.tr("Speakers"), self.speakers)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.resize(560, 640)
        self.limited: list[tuple[QLineEdit | QPlainTextEdit, str]] = [
            (self.title_edit, "title"),
            (self.venue, "venue"),
            (self.online_url, "online_url"),
            (self.meeting_id, "meeting_id"),
            (self.passcode, "passcode"),
            (self.description, "description"),
        ]
        for edit, field in self.limited:
            limit_text(edit, field)
            edit.textChanged.connect(self._check)
        self._shown_start = self.start.time()
        self.start.timeChanged.connect(self._move_end)  # before the check, which sees the end moved
        self.start.timeChanged.connect(self._check)
        self.end.timeChanged.connect(self._check)
        self._check()
        self.title_edit.setFocus()

    def result_day(self) -> date:
        return self.day.currentData()

    def result_item(self) -> Item:
        chosen = [
            self.speakers.item(row).data(_UID)
            for row in range(self.speakers.count())
            if self.speakers.item(row).checkState() == Qt.CheckState.Checked
        ]
        others = [role for role in self.item.roles if role.role != ItemRoleKind.SPEAKER]
        return dataclasses.replace(
            self.item,
            kind=ItemKind(self.kind.currentData()),
            title=self.title_edit.text().strip(),
            start=python_time(self.start.time()),
            end=python_time(self.end.time()),
            site_uid=self.site.currentData(),
            venue=self.venue.text().strip(),
            online_url=self.online_url.text().strip(),
            meeting_id=self.meeting_id.text().strip(),
            passcode=self.passcode.text().strip(),
            description=self.description.toPlainText().strip(),
            roles=others + [ItemRole(uid, ItemRoleKind.SPEAKER) for uid in chosen],
        )

    def _show_what_the_link_carries(self, url: str) -> None:
        """The meeting ID and passcode the link holds, as placeholders: typing is needed only
        for what it does not hold."""
        carried = meeting_id_in(url)
        self.meeting_id.setPlaceholderText(
            self.tr("From the link: {id}").format(id=carried) if carried else self.tr("As the invitation gives it")
        )
        code = passcode_in(url)
        self.passcode.setPlaceholderText(self.tr("From the link: {id}").format(id=code) if code else "")

    def _move_end(self, start: QTime) -> None:
        """A new start moves the end by as much, so the item keeps its length (up to midnight)."""
        shift = self._shown_start.secsTo(start)
        self._shown_start = start
        end = _MIDNIGHT.secsTo(self.end.time()) + shift
        self.end.setTime(_MIDNIGHT.addSecs(min(max(end, 0), _LAST_MINUTE)))

    def _check(self, *_args: object) -> None:
        problem = ""
        if not self.title_edit.text().strip():
            problem = self.tr("An item needs a title.")
        elif self.end.time() <= self.start.time():
            problem = self.tr("The item must end after it starts.")
        else:
            problem = length_problem(edit for edit, _field in self.limited)
        show_problem(self.buttons, self.problem, problem)

    @classmethod
    def ask(
        cls, record: MissionRecord, sites: list[Site], day: date, item: Item, parent: QWidget | None = None
    ) -> tuple[date, Item] | None:
        dialog = cls(record, sites, day, item, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_day(), dialog.result_item()
