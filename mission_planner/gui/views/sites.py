"""The Sites tab: the whole site catalogue, the selected site's details, and travel times from it.

The catalogue belongs to no mission: the tab shows every site whichever mission is selected.
Adding, editing and deleting a site, and editing a travel time, are undo commands on the
window's stack (`commands/sites.py`). The tab reads the catalogue again when a change touches
it, whoever made it (`views/tab.py`); its own commands then select the site they touched.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.places import Site, TravelTime
from ...errors import MissionPlannerError
from ...services import Changed, Topic
from ..commands.base import CommandContext, ServiceCommand, push
from ..commands.sites import AddSiteCommand, DeleteSiteCommand, EditSiteCommand, SetTravelTimeCommand, site_context
from ..dialogs.site_editor import SiteEditor
from ..labels import place_kind_text
from ..models.sites import (
    SiteColumn,
    SitesModel,
    TravelColumn,
    TravelTimesModel,
    hours_by_weekday,
    travel_rows,
    visitor_list_text,
    weekday_name,
)
from ..widgets.buttons import button_text
from ..widgets.table_tools import FilterBox, TableActions, sortable
from ..widgets.tables import row_list, size_columns
from .tab import Tab


class SitesTab(Tab, QWidget):
    """Every site of the catalogue; edits become commands on `stack`."""

    shared_topics = frozenset({Topic.SITES})
    per_mission = False

    def __init__(self, context: CommandContext, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = site_context(context, self._on_changed)
        self.stack = stack
        self._travel: list[TravelTime] = []
        self.model = SitesModel(self)
        self.travel_model = TravelTimesModel(self)
        self.travel_model.edit_handler = self._edit_travel_time
        self.table = self._build_table()
        self.details = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMargin(8)
        self.travel_table = self._build_travel_table()
        self._build_actions()
        self._build_layout()

    # --- building --------------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = row_list(QTableView(), self.model)
        self.proxy = sortable(table, self.model)
        self.filter_box = FilterBox(self.proxy)
        self.table_actions = TableActions(table, name=lambda: self.tr("Sites"), failed=self.context.failed)
        header = table.horizontalHeader()
        samples = {
            SiteColumn.NAME_KO: "중소벤처기업진흥공단",
            SiteColumn.KIND: "Institution",
            SiteColumn.CITY: "Seongnam",
            SiteColumn.CAPACITY: "Capacity",
            SiteColumn.VISITOR_LIST: "visitor list 14 days ahead",
        }
        size_columns(table, samples)
        header.setSectionResizeMode(SiteColumn.NAME, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        table.doubleClicked.connect(lambda *_: self.edit_selected())
        return table

    def _build_travel_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.travel_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setShowGrid(False)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TravelColumn.SITE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TravelColumn.MINUTES, table.fontMetrics().horizontalAdvance("Minutes") + 40)
        return table

    def _build_actions(self) -> None:
        self.add_action = QAction(self.tr("&Add Site…"), self)
        self.add_action.triggered.connect(self.add_site)
        self.edit_action = QAction(self.tr("&Edit Site…"), self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("&Delete Site"), self)
        self.delete_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.add_action, self.edit_action, self.delete_action):
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.delete_action):
            button = QPushButton(button_text(action.text()))
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.filter_box)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.details)
        scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        travel_label = QLabel(self.tr("Travel times from this site, in minutes by road (empty: not known)"))
        travel_label.setWordWrap(True)
        travel = QWidget()
        travel_layout = QVBoxLayout(travel)
        travel_layout.setContentsMargins(0, 0, 0, 0)
        travel_layout.addWidget(travel_label)
        travel_layout.addWidget(self.travel_table, 1)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(scroll)
        below.addWidget(travel)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 1)
        below.setSizes([1000, 1000])  # halves, whatever the width turns out to be
        below.setChildrenCollapsible(False)
        # The catalogue above, the selected site below: the table needs the window's width.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    # --- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def clear(self) -> None:
        pass  # the catalogue is every mission's: nothing to take away

    def reload(self, select: str | None = None) -> None:
        """Read the catalogue again; select site `select`, else keep the selection and the scroll."""
        keep = select or self.selected_uid()
        row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        sites = self.context.workspace.sites.list_sites()
        self._travel = self.context.workspace.sites.travel_times()
        self.model.set_sites(sites)
        found = self.model.row_of(keep) if keep else None
        view_row = self.proxy.view_row(found)
        self._select_view_row(view_row if view_row is not None else min(max(row, 0), self.proxy.rowCount() - 1))
        if select is None and found is not None:
            self.table.verticalScrollBar().setValue(scroll)  # a refresh does not move the table

    def select_row(self, row: int) -> None:
        """Select the model's `row`, if shown."""
        view_row = self.proxy.view_row(row)
        self._select_view_row(view_row if view_row is not None else -1)

    def _select_view_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        self._show_current()

    def select_site(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row is not None:
            self.select_row(row)

    def selected_uid(self) -> str | None:
        site = self.selected_site()
        return site.uid if site is not None else None

    def selected_site(self) -> Site | None:
        return self.model.site_at(self.proxy.source_row(self.table.currentIndex()))

    def _show_current(self) -> None:
        site = self.selected_site()
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(site is not None)
        if site is None:
            self.details.setText(self.tr("No site selected."))
            self.travel_model.set_rows([])
            return
        self.details.setText(site_details_html(site))
        self.travel_model.set_rows(travel_rows(site.uid, self.model.sites(), self._travel))

    # --- editing ---------------------------------------------------------------------------------

    def add_site(self) -> None:
        site = SiteEditor.ask(self)
        if site is not None:
            self._push(AddSiteCommand(self.context, site))

    def edit_selected(self) -> None:
        old = self.selected_site()
        if old is None:
            return
        new = SiteEditor.ask(self, old)
        if new is not None and new != old:
            self._push(EditSiteCommand(self.context, old, new))

    def delete_selected(self) -> None:
        site = self.selected_site()
        if site is not None:
            self._push(DeleteSiteCommand(self.context, site))

    def _edit_travel_time(self, other_uid: str, minutes: int | None) -> bool:
        site = self.selected_site()
        row = self.travel_model.row_of(other_uid)
        if site is None or row is None:
            return False
        old = self.travel_model.row_at(row)
        assert old is not None
        names = f"{site.display_name} – {old.name}"
        return self._push(SetTravelTimeCommand(self.context, site.uid, other_uid, old.minutes, minutes, names))

    def _push(self, command: ServiceCommand) -> bool:
        try:
            push(self.stack, command)
        except MissionPlannerError as error:
            self.context.failed(error)
            return False
        return True

    def _on_changed(self, changed: Changed) -> None:
        """A command changed the catalogue (the change signal has the tab read it again): select
        the site it touched. A travel time's change names the site it was edited from first."""
        touched = changed.added + changed.updated
        if touched:
            self.read_if_stale()
            self.select_site(touched[0])


def site_details_html(site: Site) -> str:
    """The selected site's details as rich text for the panel."""
    e = html.escape
    parts = [f"<h3>{e(site.display_name)}</h3>"]
    if site.name_ko:
        parts.append(f"<p style='font-size: large'>{e(site.name_ko)}</p>")
    country = site.country if site.country != "KR" else ""
    parts.append(f"<p>{e(', '.join(filter(None, (place_kind_text(site.kind), site.city, country))))}</p>")
    if site.address_en or site.address_ko:
        parts.append("<h4>" + e(QCoreApplication.translate("SitesTab", "Address")) + "</h4>")
        if site.address_en:
            parts.append(f"<p>{_lines(site.address_en)}</p>")
        if site.address_ko:
            parts.append(f"<p style='font-size: x-large'>{_lines(site.address_ko)}</p>")
    contact = [site.contact_name, site.contact_phone, site.contact_email, site.website]
    if any(contact):
        parts.append(
            "<h4>"
            + e(QCoreApplication.translate("SitesTab", "Contact"))
            + f"</h4><p>{'<br>'.join(e(c) for c in contact if c)}</p>"
        )
    if site.opening_hours:
        rows = "".join(
            f"<tr><td>{e(weekday_name(day))}</td><td>&nbsp;&nbsp;{e(times)}</td></tr>"
            for day, times in hours_by_weekday(site.opening_hours)
        )
        parts.append(
            "<h4>" + e(QCoreApplication.translate("SitesTab", "Opening hours")) + f"</h4><table>{rows}</table>"
        )
    visits = [visitor_list_text(site).capitalize()]
    if site.capacity is not None:
        visits.append(QCoreApplication.translate("SitesTab", "Capacity: {count} people").format(count=site.capacity))
    if site.typical_visit_minutes is not None:
        visits.append(
            QCoreApplication.translate("SitesTab", "A visit usually takes {minutes} minutes").format(
                minutes=site.typical_visit_minutes
            )
        )
    if any(visits):
        parts.append(
            "<h4>"
            + e(QCoreApplication.translate("SitesTab", "Visits"))
            + f"</h4><p>{'<br>'.join(e(v) for v in visits if v)}</p>"
        )
    if site.access_notes:
        parts.append(
            "<h4>"
            + e(QCoreApplication.translate("SitesTab", "Access notes"))
            + f"</h4><p>{_lines(site.access_notes)}</p>"
        )
    return "".join(parts)


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())
