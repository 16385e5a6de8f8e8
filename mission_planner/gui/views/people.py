"""The People tab: the mission's people in a filtered table, and the one selected in detail.

Filters (status, country, role and a search box) narrow the rows in Python and reset the model.
A status chosen in the details panel becomes an undo command on the window's stack. Like every
tab, it reads the mission again when a change touches its people, whoever made it (a command,
the import wizard, another program), keeping the person selected; see `views/tab.py`.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import FlightDirection, Role, Status
from ...domain.people import Flight, Participation, Person, Stay
from ...domain.practical import MeetingPoint, meeting_point_for
from ...domain.record import MissionRecord
from ...domain.travel import PickupGroup, pickup_groups
from ...errors import MissionPlannerError
from ...services import Changed, Topic
from ..commands.base import CommandContext, push, record_done
from ..commands.missions import RestoreMissionCommand
from ..commands.people import SetStatusCommand, SetTravelCommand
from ..commands.people_edits import (
    AddPersonCommand,
    EditPersonCommand,
    RemovePersonCommand,
    SetPartsCommand,
    SetStatusesCommand,
    SetStaysCommand,
)
from ..commands.practical import SetMeetingPointsCommand
from ..dialogs.bulk_people import StatusDateDialog, StayDialog
from ..dialogs.import_wizard import ImportWizard
from ..dialogs.meeting_point import MeetingPointDialog, with_point
from ..dialogs.person_editor import PersonEditor
from ..dialogs.travel_editor import TravelEditor
from ..formatting import country_name, format_date, format_date_range, format_weekday_date
from ..labels import mission_role_text, status_text
from ..models.people import (
    UID_ROLE,
    Column,
    PeopleModel,
    PersonRow,
    filter_people,
    people_rows,
    short_local_time,
    zone_text,
)
from ..tasks import BackgroundTasks
from ..widgets.table_tools import TableActions, sortable
from ..widgets.tables import row_list, size_columns
from .tab import Tab

# Samples of the widest text some columns usually hold; widths follow the font, not pixels.
_COLUMN_SAMPLES = {
    Column.NAME: "Mehmet Emre Güneş",
    Column.COUNTRY: "Republic of Korea",
    Column.ROLE: "Resource person (local)",
    Column.STATUS: "Confirmed",
    Column.ARRIVAL: "23 Oct 17:40 · KE 955",
    Column.NIGHTS: "Nights",
}


class PersonDetails(QScrollArea):
    """One person's part in the mission; choosing a status emits `sig_status_chosen(uid, status)`."""

    sig_status_chosen = Signal(str, str)
    sig_travel_requested = Signal(str)  # the person's uid: the Edit Travel button
    sig_meeting_requested = Signal(str)  # the person's uid: the Meeting Point button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
        self.uid: str | None = None
        self.heading = _label()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.subtitle = _muted(_label())
        self.status_combo = QComboBox()
        for status in Status:
            self.status_combo.addItem(status_text(status), str(status))
        self.status_combo.activated.connect(self._on_status_activated)
        self.fields = {
            name: _label() for name in ("email", "role", "npo", "group", "history", "flights", "stays", "pickup")
        }
        self.travel_button = QPushButton(self.tr("Edit Travel…"))
        self.travel_button.clicked.connect(lambda: self.uid and self.sig_travel_requested.emit(self.uid))
        self.meeting_button = QPushButton(self.tr("Meeting Point…"))
        self.meeting_button.setToolTip(self.tr("Where this person's pick-up group is met, and by whom"))
        self.meeting_button.clicked.connect(lambda: self.uid and self.sig_meeting_requested.emit(self.uid))
        self.empty = _muted(QLabel(self.tr("Select a person to see their status, travel and hotel.")))
        self.empty.setWordWrap(True)
        self.setWidget(self._build_page())
        self.show_person(None, None)

    def _build_page(self) -> QWidget:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        captions = {
            "email": self.tr("Email"),
            "role": self.tr("Role"),
            "npo": self.tr("Nominated by"),
            "group": self.tr("Group"),
            "history": self.tr("History"),
            "flights": self.tr("Flights"),
            "stays": self.tr("Hotel"),
            "pickup": self.tr("Airport pick-up"),
        }
        for name in ("email", "role", "npo", "group"):
            form.addRow(_muted(QLabel(captions[name])), self.fields[name])
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        form.addRow(_muted(QLabel(self.tr("Status"))), status_row)
        for name in ("history", "flights", "stays", "pickup"):
            form.addRow(_muted(QLabel(captions[name])), self.fields[name])
        travel_row = QHBoxLayout()
        travel_row.addWidget(self.travel_button)
        travel_row.addStretch(1)
        form.addRow("", travel_row)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(self.meeting_button)
        meeting_row.addStretch(1)
        form.addRow("", meeting_row)
        self.form_holder = QWidget()
        self.form_holder.setLayout(form)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 4, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.form_holder)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        return page

    def show_person(self, person: Person | None, part: Participation | None, group: str = "") -> None:
        self.uid = person.uid if person is not None else None
        shown = person is not None and part is not None
        for widget in (self.heading, self.subtitle, self.form_holder):
            widget.setVisible(shown)
        self.empty.setVisible(not shown)
        if person is None or part is None:
            return
        self.heading.setText(person.full_name)
        country = country_name(person.country) if person.country else ""
        self.subtitle.setText(" · ".join(p for p in (country, person.organization, person.position) if p))
        self.fields["email"].setText(person.email or "—")
        self.fields["role"].setText(mission_role_text(part.role))
        self.fields["npo"].setText(part.nominating_npo or "—")
        self.fields["group"].setText(part.group or "—")
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(str(part.status))))
        self.fields["history"].setText("\n".join(map(self._history_line, part.status_history)) or "—")
        flights = sorted(part.flights, key=lambda f: (f.direction != FlightDirection.ARRIVAL, f.scheduled))
        self.fields["flights"].setText("\n\n".join(map(self._flight_line, flights)) or self.tr("None yet"))
        self.fields["stays"].setText("\n".join(map(self._stay_line, part.stays)) or self.tr("None yet"))
        self.fields["pickup"].setText(group or "—")
        self.meeting_button.setEnabled(bool(group))

    def _on_status_activated(self, index: int) -> None:
        if self.uid is not None:
            self.sig_status_chosen.emit(self.uid, self.status_combo.itemData(index))

    def _history_line(self, change) -> str:
        line = self.tr("{status} on {date}").format(status=status_text(change.status), date=format_date(change.on))
        return f"{line} — {change.note}" if change.note else line

    def _flight_line(self, flight: Flight) -> str:
        """`Arrives at ICN, terminal 1, on TK090` and below it the local time and zone."""
        arriving = flight.direction == FlightDirection.ARRIVAL
        place = flight.airport or "—"
        if flight.terminal:
            place = self.tr("{airport}, terminal {terminal}").format(airport=place, terminal=flight.terminal)
        what = self.tr("Arrives at {place}") if arriving else self.tr("Leaves from {place}")
        what = what.format(place=place)
        if flight.flight_no:
            what = self.tr("{what}, on {flight}").format(what=what, flight=flight.flight_no)
        when = self.tr("{date}, {time} local time ({zone})").format(
            date=format_weekday_date(flight.scheduled.date()),
            time=f"{flight.scheduled:%H:%M}",
            zone=zone_text(flight.scheduled),
        )
        return f"{what}\n{when}"

    def _stay_line(self, stay: Stay) -> str:
        nights = self.tr("1 night") if stay.nights == 1 else self.tr("{count} nights").format(count=stay.nights)
        line = self.tr("{hotel}, {dates}: {nights}").format(
            hotel=stay.hotel, dates=format_date_range(stay.check_in, stay.check_out), nights=nights
        )
        return f"{line} ({self.tr('room {room}').format(room=stay.room)})" if stay.room else line


class PeopleTab(Tab, QWidget):
    """The people of the mission shown; a status change becomes a command on `stack`."""

    topics = frozenset({Topic.MISSIONS, Topic.PEOPLE})

    def __init__(
        self, context: CommandContext, stack: QUndoStack, tasks: BackgroundTasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Our own context: a command of this tab selects the person it changed.
        self.context = CommandContext(context.workspace, self._on_changed, context.failed)
        self.window_context = context  # an import is the mission's, not this tab's
        self._select_next: str | None = None  # the person a command changed, to select when read
        self.stack = stack
        self.tasks = tasks
        self.code: str | None = None
        self.record: MissionRecord | None = None
        self._rows: list[PersonRow] = []
        self._people: dict[str, tuple[Person, Participation]] = {}
        self._groups: dict[str, PickupGroup] = {}
        self.model = PeopleModel(self)
        self._build_filters()
        self.table = self._build_table()
        self.details = PersonDetails()
        self.details.sig_status_chosen.connect(self.change_status)
        self.details.sig_travel_requested.connect(self.edit_travel)
        self.details.sig_meeting_requested.connect(self.edit_meeting_point)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)  # a wider window widens the table; the details keep their width
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._build_actions()
        splitter.setSizes([self._table_width(), self.fontMetrics().averageCharWidth() * 44])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.filter_row)
        layout.addLayout(self.action_row)
        layout.addWidget(splitter, 1)
        self.clear()

    def _build_filters(self) -> None:
        self.search_box = QLineEdit(clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search names, emails, organizations"))
        self.search_box.setMinimumWidth(self.search_box.fontMetrics().averageCharWidth() * 16)
        self.status_filter = QComboBox()
        self.country_filter = QComboBox()
        self.role_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_text(status), str(status))
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in Role:
            self.role_filter.addItem(mission_role_text(role), str(role))
        self.country_filter.addItem(self.tr("All countries"), None)
        self.country_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.import_button = QPushButton(self.tr("Import nominations…"))
        self.import_button.clicked.connect(lambda: self.import_nominations())
        self.search_box.textChanged.connect(self.apply_filter)
        for combo in (self.status_filter, self.country_filter, self.role_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        row = QHBoxLayout()
        row.addWidget(self.search_box, 1)
        row.addWidget(self.status_filter)
        row.addWidget(self.country_filter)
        row.addWidget(self.role_filter)
        row.addWidget(self.count_label)
        row.addSpacing(12)
        row.addWidget(self.import_button)
        self.filter_row = row

    def _build_table(self) -> QTableView:
        table = row_list(QTableView(), self.model)
        self.proxy = sortable(table, self.model, filtering=False)  # the filters work in Python
        self.filter_box = self.search_box  # Find (Ctrl+F) in this tab
        self.table_actions = TableActions(
            table, name=lambda: f"{self.code}-people" if self.code else "", failed=self.context.failed
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        size_columns(table, {column: _COLUMN_SAMPLES.get(column, "Organization of the") for column in Column})
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        # Many at once, as in a spreadsheet: Shift and Ctrl extend the selection, Ctrl+A takes all.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = table.horizontalHeader()
        for place, column in enumerate((Column.NAME, Column.COUNTRY, Column.ROLE, Column.STATUS)):
            header.moveSection(header.visualIndex(column), place)  # what a coordinator reads first
        table.doubleClicked.connect(self._on_double_clicked)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_context_menu)
        return table

    def _table_width(self) -> int:
        """Wide enough for name, country, role and status without scrolling sideways."""
        header = self.table.horizontalHeader()
        shown = (Column.NAME, Column.COUNTRY, Column.ROLE, Column.STATUS)
        return (
            sum(header.sectionSize(column) for column in shown) + self.table.verticalScrollBar().sizeHint().width() + 4
        )

    def _build_actions(self) -> None:
        """Add, edit and remove one person; change everyone selected at once."""
        self.add_button = QPushButton(self.tr("Add Person…"))
        self.add_button.clicked.connect(lambda: self.add_person())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_person())
        self.remove_action = QAction(self.tr("Remove"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.triggered.connect(lambda: self.remove_selected())
        self.table.addAction(self.remove_action)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_action.trigger)
        self.bulk_button = QToolButton()
        self.bulk_button.setText(self.tr("Change Selected"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bulk_menu = self._bulk_menu()
        self.bulk_button.setMenu(self.bulk_menu)
        self.selection_label = QLabel()
        self.selection_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setChecked(True)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolTip(self.tr("Show or hide the details of the person selected"))
        self.details_button.toggled.connect(self.details.setVisible)
        row = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button, self.bulk_button, self.selection_label):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.details_button)
        self.action_row = row
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

    def _bulk_menu(self) -> QMenu:
        menu = QMenu(self)
        status_menu = menu.addMenu(self.tr("Status"))
        for status, text in (
            (Status.ACCEPTED, self.tr("Accept…")),
            (Status.CONFIRMED, self.tr("Confirm…")),
            (Status.WITHDRAWN, self.tr("Withdraw…")),
            (Status.REJECTED, self.tr("Reject…")),
            (Status.NOMINATED, self.tr("Back to Nominated…")),
        ):
            status_menu.addAction(text, partial(self.set_selected_status, status))
        role_menu = menu.addMenu(self.tr("Role"))
        for role in Role:
            role_menu.addAction(mission_role_text(role), partial(self.set_selected_role, role))
        menu.addAction(self.tr("Group…"), lambda: self.set_selected_group())
        menu.addAction(self.tr("Hotel and Dates…"), lambda: self.set_selected_hotel())
        return menu

    # --- showing -------------------------------------------------------------------------------

    def show_record(self, code: str, record: MissionRecord, *, select: str | None = None) -> None:
        """Show the people of `record`, keeping the filters and (or `select`ing) the person selected."""
        same_mission = self.record is not None and self.record.mission.code == code
        keep = select or (self.selected_uid() if same_mission else None)
        self.code = code
        self.record = record
        parts = {part.person_uid: part for part in record.participations}
        self._people = {p.uid: (p, parts[p.uid]) for p in record.people if p.uid in parts}
        self._groups = {uid: group for group in pickup_groups(record) for uid in group.person_uids}
        self._rows = people_rows(record)
        self._fill_countries()
        self.import_button.setEnabled(True)
        self.apply_filter(select=keep)

    def show_mission(self, code: str | None) -> None:
        super().show_mission(code)
        self.import_button.setEnabled(code is not None)

    def refresh(self) -> None:
        """Read the mission again and show it, with the person selected kept (or a command's)."""
        if self.code is None:
            return
        record = self.context.workspace.missions.load_record(self.code)
        select, self._select_next = self._select_next, None
        same_mission = self.record is not None and self.record.mission.code == self.code
        scroll = self.table.verticalScrollBar().value()
        many = self.selected_uids() if same_mission else []
        self.show_record(self.code, record, select=select)
        if len(many) > 1 and select is None:
            self.select_uids(many)  # a bulk change keeps the people it was made to selected
        if same_mission and select is None:
            self.table.verticalScrollBar().setValue(scroll)  # a refresh does not move the table

    def clear(self) -> None:
        self.code = None
        self.record = None
        self._select_next = None
        self._rows, self._people, self._groups = [], {}, {}
        self._fill_countries()
        self.import_button.setEnabled(False)
        self.apply_filter()

    def _fill_countries(self) -> None:
        chosen = self.country_filter.currentData()
        countries = sorted({(row.country_name, row.country) for row in self._rows if row.country})
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), None)
        for name, iso2 in countries:
            self.country_filter.addItem(name, iso2)
        self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(chosen)) if chosen else 0)
        self.country_filter.blockSignals(False)

    def apply_filter(self, *_args: object, select: str | None = None) -> None:
        keep = select or self.selected_uid()
        shown = filter_people(
            self._rows,
            query=self.search_box.text(),
            status=self.status_filter.currentData(),
            country=self.country_filter.currentData(),
            role=self.role_filter.currentData(),
        )
        self.model.set_rows(shown)
        self.count_label.setText(self.tr("{shown} of {total}").format(shown=len(shown), total=len(self._rows)))
        row = self.model.row_of(keep) if keep else None
        self.select_row(row)

    def select_row(self, row: int | None) -> None:
        """Select the model's `row` (None: the first row shown)."""
        view_row = self.proxy.view_row(row) if row is not None else None
        index = self.proxy.index(view_row if view_row is not None else 0, 0)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        self._show_details(self.model.row_at(self.proxy.source_row(index)))

    def select_person(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row is not None:
            self.select_row(row)

    def reveal_person(self, uid: str) -> None:
        """Select the person `uid`, clearing the search and filters if they hide them."""
        if self.model.row_of(uid) is None:
            widgets = (self.search_box, self.status_filter, self.country_filter, self.role_filter)
            for widget in widgets:
                widget.blockSignals(True)
            self.search_box.clear()
            for combo in widgets[1:]:
                combo.setCurrentIndex(0)
            for widget in widgets:
                widget.blockSignals(False)
            self.apply_filter(select=uid)
        self.select_person(uid)

    def selected_uid(self) -> str | None:
        row = self.model.row_at(self.proxy.source_row(self.table.currentIndex()))
        return row.uid if row is not None else None

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(self.model.row_at(self.proxy.source_row(current)))

    def _show_details(self, row: PersonRow | None) -> None:
        person, part = self._people.get(row.uid, (None, None)) if row is not None else (None, None)
        group = self._groups.get(row.uid) if row is not None else None
        self.details.show_person(person, part, self._group_text(group) if group else "")

    def _group_text(self, group: PickupGroup) -> str:
        names = [self._people[uid][0].full_name for uid in group.person_uids if uid in self._people]
        when = short_local_time(group.first)
        if group.last != group.first:
            when += f"–{group.last:%H:%M}"
        count = self.tr("1 person") if len(names) == 1 else self.tr("{count} people").format(count=len(names))
        heading = self.tr("{airport}, {when}: {count}").format(airport=group.airport, when=when, count=count)
        point = (
            meeting_point_for(self.record.meeting_points, group.airport, group.first.date()) if self.record else None
        )
        if point is None:
            return "\n".join([heading, *names])
        terminal = self.tr("Terminal {terminal}").format(terminal=point.terminal) if point.terminal else ""
        where = ", ".join(part for part in (terminal, point.exit, point.place) if part)
        greeter = " ".join(part for part in (point.greeter_name, point.greeter_phone) if part)
        met = self.tr("Met at {where} by {greeter}").format(where=where or "—", greeter=greeter or "—")
        return "\n".join([heading, met, *names])

    # --- editing -------------------------------------------------------------------------------

    def change_status(self, uid: str, status: str) -> None:
        if self.code is None or uid not in self._people:
            return
        person, part = self._people[uid]
        if str(part.status) == status:
            return
        command = SetStatusCommand(self.context, self.code, uid, person.full_name, part.status, Status(status))
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)
            self._show_details(self.model.row_at(self.proxy.source_row(self.table.currentIndex())))  # as it was

    def edit_travel(self, uid: str) -> None:
        if self.code is None or self.record is None or uid not in self._people:
            return
        person, part = self._people[uid]
        mission = self.record.mission
        flights = {flight.direction: flight for flight in part.flights}
        answer = TravelEditor.ask(
            person.full_name, flights, list(part.stays), mission.start_date, mission.end_date, mission.timezone, self
        )
        if answer is None:
            return
        before = (
            {direction: flights.get(direction) for direction in FlightDirection},
            list(part.stays),
        )
        command = SetTravelCommand(self.context, self.code, uid, person.full_name, before, answer)
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)

    def edit_meeting_point(self, uid: str) -> None:
        group = self._groups.get(uid)
        if self.code is None or self.record is None or group is None:
            return
        points = list(self.record.meeting_points)
        day = group.first.date()
        current = meeting_point_for(points, group.airport, day)
        point = MeetingPointDialog.ask(current or MeetingPoint(group.airport), day, self)
        if point is None or point == current:
            return
        command = SetMeetingPointsCommand(
            self.context, self.code, points, with_point(points, current, point), group.airport
        )
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)

    # --- a person by hand, and many at once ----------------------------------------------------

    def selected_uids(self) -> list[str]:
        """The people selected, in the order the table shows them (read through the view's model)."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [uid for uid in (index.data(UID_ROLE) for index in rows) if uid]

    def select_uids(self, uids: list[str]) -> None:
        """Select these people (those the filters show), keeping the current row among them."""
        model, wanted = self.table.model(), set(uids)
        selection = QItemSelection()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(UID_ROLE) in wanted:
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)

    def _update_actions(self, *_args: object) -> None:
        count = len(self.selected_uids()) if self.code is not None else 0
        self.add_button.setEnabled(self.code is not None)
        self.edit_button.setEnabled(count == 1)
        for widget in (self.remove_button, self.bulk_button, self.remove_action):
            widget.setEnabled(count > 0)
        self.selection_label.setText(self.tr("{count} selected").format(count=count) if count > 1 else "")

    def _on_double_clicked(self, index: QModelIndex) -> None:
        uid = index.data(UID_ROLE)
        if uid:
            self.edit_person(uid)

    def _on_context_menu(self, point: QPoint) -> None:
        if self.code is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Add Person…"), lambda: self.add_person())
        if len(self.selected_uids()) == 1:
            menu.addAction(self.tr("Edit…"), lambda: self.edit_person())
        if self.selected_uids():
            menu.addAction(self.remove_action)
            menu.addSeparator()
            for action in self.bulk_menu.actions():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _push(self, command) -> bool:
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)
            return False
        return True

    def add_person(self) -> None:
        if self.code is None:
            return
        answer = PersonEditor.ask(None, None, self)
        if answer is not None:
            self._push(AddPersonCommand(self.context, self.code, *answer))

    def edit_person(self, uid: str | None = None) -> None:
        uid = uid or self.selected_uid()
        if self.code is None or uid is None:
            return
        try:
            before = self.context.workspace.people.person(self.code, uid)
        except MissionPlannerError as error:
            self.context.failed(error)
            return
        answer = PersonEditor.ask(*before, self)
        if answer is not None and answer != before:
            self._push(EditPersonCommand(self.context, self.code, before, answer))

    def remove_selected(self) -> None:
        """Take the people selected out of the mission, as one step of the history."""
        uids = self.selected_uids()
        if self.code is None or not uids:
            return
        names = {uid: self._people[uid][0].full_name for uid in uids if uid in self._people}
        if len(uids) > 1:
            self.stack.beginMacro(self.tr("Remove {count} people").format(count=len(uids)))
        try:
            for uid in uids:
                if not self._push(RemovePersonCommand(self.context, self.code, uid, names.get(uid, uid))):
                    break
        finally:
            if len(uids) > 1:
                self.stack.endMacro()

    def set_selected_status(self, status: Status) -> None:
        uids = self.selected_uids()
        if self.code is None or not uids:
            return
        on = StatusDateDialog.ask(len(uids), status, self)
        if on is not None:
            self._push(SetStatusesCommand(self.context, self.code, uids, status, on))

    def set_selected_role(self, role: Role) -> None:
        uids = self.selected_uids()
        if self.code is None or not uids:
            return
        text = self.tr("Make 1 person {role}") if len(uids) == 1 else self.tr("Make {count} people {role}")
        text = text.format(count=len(uids), role=mission_role_text(role).lower())
        self._push(SetPartsCommand(self.context, self.code, {uid: {"role": role} for uid in uids}, text))

    def set_selected_group(self) -> None:
        uids = self.selected_uids()
        if self.code is None or not uids:
            return
        current = {self._people[uid][1].group for uid in uids if uid in self._people}
        group, ok = QInputDialog.getText(
            self,
            self.tr("Group"),
            self.tr("Group of the {count} people selected (split visits, transfers, pick-up):").format(count=len(uids)),
            text=current.pop() if len(current) == 1 else "",
        )
        if ok:
            text = (
                self.tr("Put 1 person in group {group}")
                if len(uids) == 1
                else self.tr("Put {count} people in group {group}")
            ).format(count=len(uids), group=group.strip())
            self._push(SetPartsCommand(self.context, self.code, {uid: {"group": group.strip()} for uid in uids}, text))

    def set_selected_hotel(self) -> None:
        uids = self.selected_uids()
        if self.code is None or self.record is None or not uids:
            return
        mission = self.record.mission
        stay = StayDialog.ask(len(uids), mission.start_date, mission.end_date, self)
        if stay is not None:
            self._push(SetStaysCommand(self.context, self.code, uids, stay))

    def _on_changed(self, code: str, changed: Changed) -> None:
        """One of this tab's commands changed mission `code` (the change signal has the tab read
        it again): show that mission, with the person the command changed selected."""
        if code != self.code:
            self.window_context.changed(code, changed)  # the window selects that mission
        chosen = [*changed.updated, *changed.added]
        if code == self.code and len(chosen) == 1:
            if self.stale or self.model.row_of(chosen[0]) is None:
                self._select_next = chosen[0]
            else:
                self.select_person(chosen[0])

    def import_nominations(self) -> None:
        """Open the import wizard; an import is one step of the history (every tab follows it
        through the change signal)."""
        if self.code is None:
            return
        code, workspace = self.code, self.context.workspace
        try:
            before = workspace.missions.load_record(code, with_identity=True)
        except MissionPlannerError as error:
            self.context.failed(error)
            return
        report = ImportWizard.ask(self, workspace, code, self.tasks)
        if report is None or not (report.added or report.updated):
            return
        after = workspace.missions.load_record(code, with_identity=True)
        text = self.tr("Import {count} nominations").format(count=report.added + report.updated)
        record_done(self.stack, RestoreMissionCommand(self.window_context, before, after, text))


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
