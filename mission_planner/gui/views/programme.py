"""The Programme tab: the items by day in a table beside one day's timeline, the conflicts below.

Editing a title or a time in the table, dragging a block in the timeline, and deleting items go
through undo commands on the window's stack. The tab reads the mission again (`refresh`, which
shows the table, the timeline and the conflicts) whenever a change touches its programme, its
people (quotas, speakers) or the bookings of its people in other missions, whoever made it; a
command of its own then selects the items it touched. The timeline shows the day of the item
selected in the table, or with its Week button all the mission's days side by side, where a block
is dragged to another day and a drag over empty time makes a new item; a selection in either the
table or the timeline is made in the other.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.conflicts import Severity
from ...domain.enums import ItemKind
from ...domain.programme import Item
from ...domain.record import MissionRecord
from ...errors import InputError, MissionPlannerError
from ...services import Changed, CheckReport, Topic
from ..commands.base import CommandContext, ServiceCommand, push
from ..commands.programme import (
    AddItemCommand,
    CopyDayCommand,
    EditItemCommand,
    InsertDayCommand,
    MoveItemCommand,
    PasteItemsCommand,
    RemoveDayCommand,
    ResizeItemCommand,
    ShiftDayCommand,
    delete_items,
)
from ..dialogs.day_date import DayDateDialog
from ..dialogs.item_editor import ItemEditor
from ..item_clipboard import Copied, mime_data, read_mime
from ..models.programme import Column, ProgrammeModel, programme_rows, timeline_blocks
from ..proposed_conflicts import proposed_severity
from ..widgets.conflicts_panel import ConflictsPanel
from ..widgets.day_timeline import TimelineBlock
from ..widgets.table_tools import FilterBox, TableActions, rows_as_tsv, selected_view_rows, sortable
from ..widgets.tables import sample_width
from ..widgets.timeline_pane import TimelinePane
from .tab import Tab

# Samples of the widest text each column usually holds; widths follow the font, not pixels.
_COLUMN_SAMPLES = {
    Column.DAY: "Wed 30 Oct",
    Column.START: "00:00",
    Column.END: "00:00",
    Column.KIND: "Group discussion",
}
# Shares of the room left by those columns: the title stretches into what remains.
_COLUMN_SHARES = {Column.PLACE: 0.32, Column.SPEAKERS: 0.26}
_EDITED_IN_PLACE = (Column.TITLE, Column.START, Column.END)  # a double-click elsewhere opens the dialog
_ITEM_FIELDS = (
    *("kind", "title", "start", "end", "site_uid", "venue", "online_url", "meeting_id", "passcode"),
    *("description", "roles"),
)
_FIRST_START = time(9)
# Left out, in this order, while the table is too narrow for a readable title and venue (the
# timeline beside it shows the kind as a colour, and its tooltips the speakers).
_OPTIONAL_COLUMNS = (Column.SPEAKERS, Column.KIND)
_TITLE_SAMPLE = "Opening and welcome remarks"
_PLACE_SAMPLE = "KPC conference room"


class ProgrammeTable(QTableView):
    """A table whose venue and speakers columns keep their share of the width as it changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        hidden: set[Column] = set()
        for column in _OPTIONAL_COLUMNS:
            if self._needed_width(hidden) > width:
                hidden.add(column)
        for column in _OPTIONAL_COLUMNS:
            self.setColumnHidden(column, column in hidden)
        fixed = sum(header.sectionSize(column) for column in _COLUMN_SAMPLES if column not in hidden)
        room = max(0, width - fixed)
        for column, share in _COLUMN_SHARES.items():
            if column not in hidden:
                header.resizeSection(column, max(int(room * share), metrics.averageCharWidth() * 6))

    def _needed_width(self, hidden: set[Column]) -> int:
        """The width that shows the columns not in `hidden` without squeezing the title or venue."""
        metrics = self.fontMetrics()
        fixed = sum(sample_width(metrics, text) for column, text in _COLUMN_SAMPLES.items() if column not in hidden)
        title = metrics.horizontalAdvance(_TITLE_SAMPLE)
        place = metrics.horizontalAdvance(_PLACE_SAMPLE)
        speakers = 0 if Column.SPEAKERS in hidden else place
        return fixed + title + place + speakers


class TimeDelegate(QStyledItemDelegate):
    """Edits a time as `HH:mm`, whatever the locale's long format."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QTimeEdit(parent)
        editor.setDisplayFormat("HH:mm")
        editor.setFrame(False)
        return editor


class ProgrammeTab(Tab, QWidget):
    """The programme of the mission shown; edits become commands on `stack`."""

    sig_reveal = Signal()  # a command changed this tab's mission: show the tab
    topics = frozenset({Topic.MISSIONS, Topic.PROGRAMME, Topic.PEOPLE, Topic.SITES})
    shared_topics = frozenset({Topic.PROGRAMME, Topic.PEOPLE})  # the bookings of its people elsewhere

    def __init__(self, context: CommandContext, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outer = context
        self.context = CommandContext(context.workspace, self._on_changed, context.failed)
        self.stack = stack
        self.code: str | None = None
        self._select_next: list[str] = []  # items a command touched, to select when they are read
        self._items: dict[str, tuple[date, Item]] = {}
        self.record: MissionRecord | None = None
        self.report: CheckReport | None = None
        self._blocks: dict[date, list[TimelineBlock]] = {}
        self._day_sizes: list[int] = []  # the table's and the timeline's widths before the week view
        self.model = ProgrammeModel(self)
        self.model.edit_handler = self._edit
        self.table = self._build_table()
        self.timeline_pane = self._build_timeline()
        self.timeline = self.timeline_pane.timeline
        self.conflicts = ConflictsPanel()
        self.conflicts.sig_items_chosen.connect(self.select_items)
        self.delete_action = QAction(self.tr("&Delete Item"), self)
        self.delete_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.delete_action.setEnabled(False)
        self.add_action = QAction(self.tr("&Add Item…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_action.triggered.connect(self.add_item)
        self.add_action.setEnabled(False)
        self.edit_action = QAction(self.tr("&Edit Item…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.edit_action.setEnabled(False)
        for action in (self.add_action, self.edit_action, self.delete_action):
            self.table.addAction(action)
            self.timeline.addAction(action)
        self._build_clipboard_actions()
        self.day_menu = self._build_day_menu()
        self.table.addAction(self.day_menu.menuAction())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.addWidget(self.table)
        self.columns.addWidget(self.timeline_pane)
        self.columns.setStretchFactor(0, 1)
        self.columns.setStretchFactor(1, 0)
        self.columns.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.columns)
        self.splitter.addWidget(self.conflicts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.delete_action):
            buttons.addWidget(_button_for(action))
        day_button = QPushButton(self.tr("Day"))
        day_button.setMenu(self.day_menu)
        buttons.addWidget(day_button)
        buttons.addStretch(1)
        buttons.addWidget(self.filter_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter)

    def _build_clipboard_actions(self) -> None:
        """Cut, Copy, Paste and Duplicate of items, in the table and the timeline; the table's own
        Copy gives way to this one, which puts the same rows as text beside the items."""
        self.table.removeAction(self.table_actions.copy_action)
        self.table_actions.actions.remove(self.table_actions.copy_action)
        self.cut_action = QAction(self.tr("Cu&t Items"), self)
        self.cut_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Cut))
        self.cut_action.triggered.connect(self.cut_items)
        self.copy_action = QAction(self.tr("&Copy Items"), self)
        self.copy_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
        self.copy_action.triggered.connect(self.copy_items)
        self.paste_action = QAction(self.tr("Pa&ste Items"), self)
        self.paste_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Paste))
        self.paste_action.setStatusTip(self.tr("Paste the copied items on the selected day, at their times"))
        self.paste_action.triggered.connect(self.paste_items)
        self.duplicate_action = QAction(self.tr("D&uplicate Items"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.setStatusTip(self.tr("Copy the selected items right after themselves on their day"))
        self.duplicate_action.triggered.connect(self.duplicate_items)
        for action in (self.cut_action, self.copy_action, self.paste_action, self.duplicate_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setEnabled(action is self.paste_action)
            self.table.addAction(action)
            self.timeline.addAction(action)

    def _build_day_menu(self) -> QMenu:
        """Shift, copy, insert and remove the day of the selected item (or the day the timeline shows)."""
        menu = QMenu(self.tr("Da&y"), self)
        self.shift_day_action = QAction(self.tr("&Shift Day…"), self)
        self.shift_day_action.setStatusTip(self.tr("Move the day's items to another date, keeping their times"))
        self.shift_day_action.triggered.connect(self.shift_day)
        self.copy_day_action = QAction(self.tr("&Copy Day…"), self)
        self.copy_day_action.setStatusTip(self.tr("Copy the day's items to another date"))
        self.copy_day_action.triggered.connect(self.copy_day)
        self.insert_day_action = QAction(self.tr("&Insert Day"), self)
        self.insert_day_action.setStatusTip(
            self.tr("Make room for a day after this one: the later days move one day on")
        )
        self.insert_day_action.triggered.connect(self.insert_day)
        self.remove_day_action = QAction(self.tr("&Remove Day"), self)
        self.remove_day_action.setStatusTip(
            self.tr("Remove the day and its items: the later days move one day earlier")
        )
        self.remove_day_action.triggered.connect(self.remove_day)
        for action in (self.shift_day_action, self.copy_day_action, self.insert_day_action, self.remove_day_action):
            menu.addAction(action)
        menu.setEnabled(False)
        return menu

    def _build_table(self) -> QTableView:
        table = ProgrammeTable()
        self.proxy = sortable(table, self.model)
        self.filter_box = FilterBox(self.proxy)
        self.filter_box.textChanged.connect(self._on_order_changed)
        table.horizontalHeader().sortIndicatorChanged.connect(self._on_order_changed)
        self.table_actions = TableActions(
            table, name=lambda: f"{self.code}-programme" if self.code else "", failed=self.context.failed
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        delegate = TimeDelegate(table)
        table.setItemDelegateForColumn(Column.START, delegate)
        table.setItemDelegateForColumn(Column.END, delegate)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        metrics = table.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(column, sample_width(metrics, sample))
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(sample_width(metrics, "00:00"))
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    def _build_timeline(self) -> TimelinePane:
        pane = TimelinePane()
        pane.sig_day_chosen.connect(self._on_day_chosen)
        pane.sig_week_toggled.connect(self._on_week_toggled)
        timeline = pane.timeline
        timeline.sig_selection_changed.connect(lambda uids: self.select_items(uids, focus=False))
        timeline.sig_activated.connect(self._on_block_activated)
        timeline.sig_empty_activated.connect(self._on_empty_activated)
        timeline.sig_moved.connect(self._move)
        timeline.sig_resized.connect(self._resize)
        timeline.sig_created.connect(self._create)
        timeline.conflict_probe = self._probe
        return pane

    # --- showing -------------------------------------------------------------------------------

    def show_mission(self, code: str | None) -> None:
        super().show_mission(code)
        self.add_action.setEnabled(code is not None)  # the Edit menu offers it from every tab
        self.day_menu.setEnabled(code is not None)

    def refresh(self) -> None:
        """Check the mission again and show it, with the items a command touched selected."""
        if self.code is None:
            return
        report = self.context.workspace.missions.check(self.code, tasks=False)  # the Tasks tab shows those
        select, self._select_next = self._select_next, []
        self.show_report(self.code, report, select=select)

    def show_report(self, code: str, report: CheckReport, *, select: Iterable[str] = ()) -> None:
        """Show the programme and conflicts of `report`; `select` names items to select afterwards
        (without it, the selection and the scroll position stay where they were)."""
        same_mission = self.record is not None and self.record.mission.code == code
        keep = self.selected_uids() if same_mission else []
        current = self._current_uid_and_column() if same_mission else None
        select = list(select)
        scroll = self.table.verticalScrollBar().value() if same_mission and not select else None
        self.code = code
        record = report.record
        self.record = record
        self.report = report
        self.add_action.setEnabled(True)
        self.day_menu.setEnabled(True)
        self._items = {item.uid: (day.date, item) for day in record.days for item in day.items}
        self.model.set_rows(programme_rows(record))
        severities = _worst_severity(report)
        self.model.set_conflicts(severities)
        chosen = [uid for uid in select if uid in self._items] or [uid for uid in keep if uid in self._items]
        self._show_timeline(record, severities, chosen)
        self.conflicts.show_conflicts(report.conflicts, record)
        self._select_soon(chosen, current, scroll)

    def _select_soon(self, uids: list[str], current: tuple[str, int] | None, scroll: int | None = None) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            # Called from the model's setData, with the editor still open: moving the current
            # index now would commit that editor a second time. Select once it has closed.
            QTimer.singleShot(0, self, lambda: self._restore_selection(uids, current, scroll))
        else:
            self._restore_selection(uids, current, scroll)

    def _restore_selection(self, uids: list[str], current: tuple[str, int] | None, scroll: int | None = None) -> None:
        self.select_items(uids, focus=False)
        if current is not None and current[0] in uids:
            self._set_current(*current)
        if scroll is not None:
            self.table.verticalScrollBar().setValue(scroll)  # a refresh does not move the table
        self.timeline.set_selected(self.selected_uids())

    def select_when_read(self, uids: list[str]) -> None:
        """Select these items now if they are shown, else once the tab has read them."""
        if not uids:
            return
        if self.stale or any(uid not in self._items for uid in uids):
            self._select_next = list(uids)
        else:
            self._select_soon(list(uids), self._current_uid_and_column())

    def _show_timeline(self, record: MissionRecord, severities: dict[str, Severity], chosen: list[str]) -> None:
        self._blocks = timeline_blocks(record, severities)
        days = sorted(self._blocks)
        self.timeline_pane.set_days(days, record.mission.start_date, record.mission.timezone)
        if self.timeline_pane.is_week():
            self._show_week()
            return
        shown = self.timeline_pane.day
        if chosen:
            shown = self._items[chosen[0]][0]
        elif shown not in self._blocks:
            shown = days[0] if days else None
        self._show_day(shown)

    def _show_day(self, day: date | None) -> None:
        if self.timeline_pane.is_week():
            self._show_week()
            return
        self.timeline_pane.show_day(day, self._blocks.get(day, []) if day is not None else [])
        self.timeline.set_selected(self.selected_uids())

    def week_days(self) -> list[date]:
        """The days of the week view: the mission's dates, and any day with items outside them."""
        if self.record is None:
            return []
        return sorted(set(self.record.mission.dates()) | set(self._blocks))

    def _show_week(self) -> None:
        self.timeline_pane.show_week(self.week_days(), self._blocks)
        self.timeline.set_selected(self.selected_uids())

    def _on_week_toggled(self, week: bool) -> None:
        """The Week button: all the days side by side, the calendar given most of the width."""
        total = sum(self.columns.sizes())
        if week:
            self._day_sizes = self.columns.sizes()
            self.columns.setSizes([total * 2 // 5, total - total * 2 // 5])
            self._show_week()
        else:
            if self._day_sizes:
                self.columns.setSizes(self._day_sizes)
            uids = self.selected_uids()
            shown = self._items[uids[0]][0] if uids and uids[0] in self._items else self.timeline_pane.day
            if shown not in self._blocks:
                shown = min(self._blocks, default=None)
            self.timeline_pane.day = None  # shown afresh, from its first hour
            self._show_day(shown)

    def _on_day_chosen(self, day: date) -> None:
        """A button of the timeline asked for `day`: show it, and its first row at the table's top."""
        self._show_day(day)
        rows = self._view_rows(block.uid for block in self._blocks.get(day, []))
        if rows:
            self.table.scrollTo(self.proxy.index(rows[0], 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def clear(self) -> None:
        self.code = None
        self.record = None
        self.report = None
        self._select_next = []
        self.add_action.setEnabled(False)
        self.day_menu.setEnabled(False)
        self._items = {}
        self._blocks = {}
        self.timeline_pane.set_days([], None, "")
        self.model.set_rows([])
        self.model.set_conflicts({})
        self.conflicts.show_conflicts([], None)

    # --- selection -----------------------------------------------------------------------------

    def selected_uids(self) -> list[str]:
        """The items selected, in the table's order."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        rows = [self.model.row_at(self.proxy.source_row(index)) for index in indexes]
        return [row.uid for row in rows if row is not None]

    def _view_rows(self, uids: Iterable[str]) -> list[int]:
        """The table's rows of these items, top to bottom (the filter cleared if it hides one)."""
        source = self.model.rows_of(uids)
        rows = [self.proxy.view_row(row) for row in source]
        if None in rows and self.filter_box.text():
            self.filter_box.clear()
            rows = [self.proxy.view_row(row) for row in source]
        return sorted(row for row in rows if row is not None)

    def _on_order_changed(self, *_args: object) -> None:
        """Days read as groups only in the programme's own order: else every row names its day."""
        header = self.table.horizontalHeader()
        section, ascending = header.sortIndicatorSection(), header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        own_order = (section < 0 or (section == Column.DAY and ascending)) and not self.filter_box.text().strip()
        self.model.set_every_day(not own_order)

    def select_items(self, uids: Iterable[str], *, focus: bool = True) -> None:
        """Select the rows of these items (and nothing else), scrolled into view."""
        rows = self._view_rows(uids)
        selection = QItemSelection()
        for row in rows:
            selection.select(self.proxy.index(row, 0), self.proxy.index(row, len(Column) - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        model = self.table.selectionModel()
        model.select(selection, flags)
        if rows:
            first = self.proxy.index(rows[0], Column.TITLE)
            model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)
            if focus:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current_uid_and_column(self) -> tuple[str, int] | None:
        index = self.table.currentIndex()
        row = self.model.row_at(self.proxy.source_row(index)) if index.isValid() else None
        return (row.uid, index.column()) if row is not None else None

    def _set_current(self, uid: str, column: int) -> None:
        row = self.proxy.view_row(self.model.row_of(uid))
        if row is not None:
            index = self.proxy.index(row, column)
            self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_selection_changed(self, *_args: Any) -> None:
        uids = self.selected_uids()
        self.delete_action.setEnabled(bool(uids))
        for action in (self.cut_action, self.copy_action, self.duplicate_action):
            action.setEnabled(bool(uids))
        self.edit_action.setEnabled(len(uids) == 1)
        if not uids:
            self.timeline.set_selected([])
            return
        if self.timeline_pane.is_week():
            self.timeline.set_selected(uids)
            return
        current = self._current_uid_and_column()
        lead = current[0] if current is not None and current[0] in uids else uids[0]
        day = self._items[lead][0] if lead in self._items else None
        if day is not None and day != self.timeline_pane.day:
            self._show_day(day)
        else:
            self.timeline.set_selected(uids)

    # --- editing -------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        self.read_if_stale()  # the Edit menu offers it from every tab
        items = [self._items[uid][1] for uid in self.selected_uids() if uid in self._items]
        if items and self.code is not None:
            self._push(delete_items(self.context, self.code, items))

    def add_item(self) -> None:
        """Ask for a new item, on the selected item's day after the day's last item."""
        self.read_if_stale()
        if self.code is None or self.record is None:
            return
        day = self._items[self.selected_uids()[0]][0] if self.selected_uids() else self.record.mission.start_date
        start = max((item.end for d, item in self._items.values() if d == day), default=_FIRST_START)
        end = (datetime.combine(day, start) + timedelta(hours=1)).time()
        draft = Item("", ItemKind.PRESENTATION, "", start, end if end > start else time(23, 59))
        answer = ItemEditor.ask(self.record, self._catalogue(), day, draft, self)
        if answer is not None:
            self._push(AddItemCommand(self.context, self.code, *answer))

    def edit_selected(self) -> None:
        self.read_if_stale()
        uids = self.selected_uids()
        if self.code is None or self.record is None or len(uids) != 1 or uids[0] not in self._items:
            return
        day, item = self._items[uids[0]]
        answer = ItemEditor.ask(self.record, self._catalogue(), day, item, self)
        if answer is not None:
            self.apply_edit(day, item, *answer)

    def apply_edit(self, day: date, item: Item, new_day: date, edited: Item) -> None:
        """Save what the dialog changed: one step of the history, a move and an edit when the day changed."""
        if self.code is None:  # no mission open: nothing to edit
            return
        changed = [name for name in _ITEM_FIELDS if getattr(item, name) != getattr(edited, name)]
        commands: list[ServiceCommand] = []
        current = item
        if new_day != day:
            commands.append(MoveItemCommand(self.context, self.code, item, (day, item.start), (new_day, edited.start)))
            moved_end = (datetime.combine(new_day, edited.start) + timedelta(minutes=item.minutes)).time()
            current = dataclasses.replace(item, start=edited.start, end=moved_end)
            changed = [name for name in _ITEM_FIELDS if getattr(current, name) != getattr(edited, name)]
        if changed:
            old = {name: getattr(current, name) for name in changed}
            new = {name: getattr(edited, name) for name in changed}
            text = QCoreApplication.translate("Commands", "Edit “{title}”").format(title=item.title)
            commands.append(EditItemCommand(self.context, self.code, item.uid, old, new, text))
        if len(commands) == 1:
            self._push(commands[0])
        elif commands:
            self.stack.beginMacro(QCoreApplication.translate("Commands", "Edit “{title}”").format(title=item.title))
            try:
                for command in commands:
                    if not self._push(command):
                        break
            finally:
                self.stack.endMacro()

    def selected_day(self) -> date | None:
        """The day of the selected item, else the day the timeline shows (in the week view, the
        day last clicked)."""
        uids = [uid for uid in self.selected_uids() if uid in self._items]
        if uids:
            return self._items[uids[0]][0]
        return self.timeline.clicked_day() if self.timeline_pane.is_week() else self.timeline_pane.day

    def shift_day(self) -> None:
        """Ask for a date and move the selected day's items there."""
        self.read_if_stale()
        day = self.selected_day()
        if self.code is None or self.record is None or day is None:
            return
        to = DayDateDialog.ask(
            self.tr("Shift Day"),
            self.tr("The items of {day} move to this date, keeping their times.").format(day=day.isoformat()),
            day + timedelta(days=1),
            self,
        )
        if to is not None and to != day:
            onto_day = any(d.date == to and d.items for d in self.record.days)
            title = next((d.title for d in self.record.days if d.date == day), "")
            self._push(ShiftDayCommand(self.context, self.code, day, to, onto_day=onto_day, title=title))

    def copy_day(self) -> None:
        """Ask for a date and copy the selected day's items there."""
        self.read_if_stale()
        day = self.selected_day()
        if self.code is None or self.record is None or day is None:
            return
        last = max((d.date for d in self.record.days), default=day)
        to = DayDateDialog.ask(
            self.tr("Copy Day"),
            self.tr("The items of {day} are copied to this date, keeping their times.").format(day=day.isoformat()),
            last + timedelta(days=1),
            self,
        )
        if to is not None and to != day:
            self._push(CopyDayCommand(self.context, self.code, day, to))

    def insert_day(self) -> None:
        """An empty day after the selected one: the later days move one day on."""
        self.read_if_stale()
        day = self.selected_day()
        if self.code is not None and day is not None:
            self._push(InsertDayCommand(self.context, self.code, day))

    def remove_day(self) -> None:
        """The selected day goes with its items: the later days move one day earlier."""
        self.read_if_stale()
        day = self.selected_day()
        if self.code is not None and day is not None:
            self._push(RemoveDayCommand(self.context, self.code, day))

    def _copied(self) -> list[Copied]:
        """The selected items as the clipboard holds them, with who is assigned to attend each."""
        if self.record is None:
            return []
        assignments = self.record.assignments
        return [
            Copied(*self._items[uid], [a for a in assignments if a.item_uid == uid])
            for uid in self.selected_uids()
            if uid in self._items
        ]

    def copy_items(self) -> bool:
        """Put the selected items on the clipboard, and their rows as text for other programs."""
        copied = self._copied()
        if not copied or self.code is None:
            return False
        text = rows_as_tsv(self.table, selected_view_rows(self.table))
        QGuiApplication.clipboard().setMimeData(mime_data(self.code, copied, text))
        return True

    def cut_items(self) -> None:
        """Copy the selected items, then delete them (one step of the history)."""
        self.read_if_stale()
        items = [entry.item for entry in self._copied()]
        if self.code is None or not self.copy_items():
            return
        command = delete_items(self.context, self.code, items)
        if len(items) == 1:
            command.setText(QCoreApplication.translate("Commands", "Cut “{title}”").format(title=items[0].title))
        else:
            command.setText(QCoreApplication.translate("Commands", "Cut {count} items").format(count=len(items)))
        self._push(command)

    def paste_items(self) -> None:
        """Add the items on the clipboard to the selected day, at their times (items copied
        from several days keep the days between them)."""
        self.read_if_stale()
        read = read_mime(QGuiApplication.clipboard().mimeData())
        if read is None or self.code is None or self.record is None:
            return
        _source, copied = read
        if not copied:
            return
        target = self.selected_day() or self.record.mission.start_date
        first = min(entry.day for entry in copied)
        entries = [(target + (entry.day - first), entry.item, entry.assignments) for entry in copied]
        text = (
            QCoreApplication.translate("Commands", "Paste “{title}”").format(title=entries[0][1].title)
            if len(entries) == 1
            else QCoreApplication.translate("Commands", "Paste {count} items").format(count=len(entries))
        )
        self._push_paste(PasteItemsCommand(self.context, self.code, entries, text))

    def duplicate_items(self) -> None:
        """Copy the selected items right after themselves: on each day, the copies start where the
        last of the originals ends, keeping the times between them."""
        self.read_if_stale()
        copied = self._copied()
        if not copied or self.code is None:
            return
        entries = []
        for entry in copied:
            same_day = [other.item for other in copied if other.day == entry.day]
            span = _minutes(max(i.end for i in same_day)) - _minutes(min(i.start for i in same_day))
            start, end = _minutes(entry.item.start) + span, _minutes(entry.item.end) + span
            if end >= 24 * 60:
                self.context.failed(
                    InputError(
                        f"{entry.item.title!r} would run past midnight",
                        code="item_past_midnight",
                        params={"title": entry.item.title},
                    )
                )
                return
            moved = dataclasses.replace(entry.item, start=_clock(start), end=_clock(end))
            entries.append((entry.day, moved, entry.assignments))
        text = (
            QCoreApplication.translate("Commands", "Duplicate “{title}”").format(title=entries[0][1].title)
            if len(entries) == 1
            else QCoreApplication.translate("Commands", "Duplicate {count} items").format(count=len(entries))
        )
        self._push_paste(PasteItemsCommand(self.context, self.code, entries, text))

    def _push_paste(self, command: PasteItemsCommand) -> None:
        if not self._push(command):
            return
        people, sites = command.left_out
        window = self.window()
        parts = []
        if people:
            parts.append(self.tr("Left out {count} speakers or attendees not in this mission").format(count=people))
        if sites:
            parts.append(self.tr("Left out {count} sites not in the catalogue").format(count=sites))
        if parts and isinstance(window, QMainWindow):
            window.statusBar().showMessage("; ".join(parts), 10000)

    def _catalogue(self) -> list:
        try:
            return self.context.workspace.sites.list_sites()
        except MissionPlannerError:
            return list(self.record.sites) if self.record else []

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in _EDITED_IN_PLACE:
            self.edit_selected()

    def _on_block_activated(self, uid: str) -> None:
        """A double-click on a block: its item in the item dialog."""
        self.select_items([uid])
        self.edit_selected()

    def edit_title(self, uid: str) -> None:
        """Select item `uid` in the table and open the editor of its title."""
        self.select_items([uid])
        row = self.proxy.view_row(self.model.row_of(uid))
        if row is None:
            return
        index = self.proxy.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.edit(index)

    def _on_empty_activated(self, day: date | None, start: time) -> None:
        """A double-click on empty time: the item dialog for a new hour-long item there."""
        self.read_if_stale()
        day = day or self.timeline_pane.day
        if self.code is None or self.record is None or day is None:
            return
        end = _clock(min(_minutes(start) + 60, 24 * 60 - 5))
        draft = Item("", ItemKind.PRESENTATION, "", start, end)
        answer = ItemEditor.ask(self.record, self._catalogue(), day, draft, self)
        if answer is not None:
            self._push(AddItemCommand(self.context, self.code, *answer))

    def _create(self, day: date | None, start: time, end: time, title: str, kind: str) -> None:
        """A drag over empty time, named in place: a new item of that span (one step of the history)."""
        day = day or self.timeline_pane.day or (self.record.mission.start_date if self.record else None)
        if self.code is not None and day is not None:
            self._push(AddItemCommand(self.context, self.code, day, Item("", ItemKind(kind), title, start, end)))

    def _probe(self, uid: str, day: date | None, start: time, end: time) -> Severity | None:
        """The worst conflict item `uid` would be in at this place, while its block is dragged."""
        if self.report is None or uid not in self._items:
            return None
        day = day or self._items[uid][0]
        return proposed_severity(self.report.record, self.report.bookings, uid, day, start, end, today=date.today())

    def _move(self, uid: str, day: date | None, start: time) -> None:
        """The timeline's drag of a whole block: the item's new start, on its day or another."""
        if self.code is not None and uid in self._items:
            old_day, item = self._items[uid]
            new = (day or old_day, start)
            self._push(MoveItemCommand(self.context, self.code, item, (old_day, item.start), new))

    def _resize(self, uid: str, start: time, end: time) -> None:
        """The timeline's drag of an edge: the item's new start and end."""
        if self.code is not None and uid in self._items:
            item = self._items[uid][1]
            self._push(ResizeItemCommand(self.context, self.code, item, start, end))

    def _edit(self, uid: str, column: Column, value: Any) -> bool:
        """The model's edit handler: the change as a command on the stack."""
        if self.code is None or uid not in self._items:
            return False
        day, item = self._items[uid]
        command: ServiceCommand
        if column == Column.TITLE:
            command = EditItemCommand.rename(self.context, self.code, item, str(value))
        elif column == Column.START:
            command = MoveItemCommand(self.context, self.code, item, (day, item.start), (day, _time(value)))
        else:
            command = ResizeItemCommand(self.context, self.code, item, item.start, _time(value))
        return self._push(command)

    def _push(self, command: Any) -> bool:
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)
            return False
        return True

    def _on_changed(self, code: str, changed: Changed) -> None:
        """One of this tab's commands changed mission `code` (the change signal has the tab read
        it again): show that mission at this tab, with the items the command touched selected."""
        if code != self.code:
            self.outer.changed(code, changed)  # the window selects that mission
        if code == self.code:
            self.select_when_read([*changed.added, *changed.updated])
            self.sig_reveal.emit()


def _button_for(action: QAction) -> QPushButton:
    """A push button that triggers `action` and follows its text and enabled state."""
    button = QPushButton(re.sub(r"\(&\w\)", "", action.text()).replace("&", ""))  # "추가(&A)…" too
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _time(value: Any) -> time:
    if not isinstance(value, time):
        raise TypeError(f"a time, not {value!r}")
    return value.replace(second=0, microsecond=0)


def _worst_severity(report: CheckReport) -> dict[str, Severity]:
    worst: dict[str, Severity] = {}
    for conflict in report.conflicts:
        for uid in conflict.item_uids:
            if worst.get(uid) != Severity.ERROR:
                worst[uid] = conflict.severity
    return worst
