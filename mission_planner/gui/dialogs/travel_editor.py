"""The dialog that edits a person's travel: arrival and departure flights, and the hotel.

Flight times are typed in the mission's time zone (the host country's airport). `TravelEditor.ask`
returns `(flights by direction, stays)`, or None when cancelled; it saves nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import FlightDirection
from ...domain.people import Flight, Stay
from .fields import (
    date_edit,
    length_problem,
    limit_text,
    ok_cancel,
    problem_label,
    python_date,
    python_datetime,
    show_problem,
)

Flights = dict[FlightDirection, Flight | None]


class FlightBox(QGroupBox):
    """One direction's flight; unticking the box means no flight that way."""

    def __init__(
        self, title: str, flight: Flight | None, default_day: date, zone: str, *, with_pickup: bool = False
    ) -> None:
        super().__init__(title)
        self.zone = zone
        self.setCheckable(True)
        self.setChecked(flight is not None)
        self.original = flight
        shown = flight.scheduled.astimezone(ZoneInfo(zone)) if flight else datetime.combine(default_day, time(12))
        self.airport = QLineEdit(flight.airport if flight else "ICN", maxLength=40)
        self.when = QDateTimeEdit(
            QDateTime(QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute)), calendarPopup=True
        )
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.flight_no = QLineEdit(flight.flight_no if flight else "", placeholderText="TK090")
        self.terminal = QLineEdit(flight.terminal if flight else "", maxLength=10)
        form = QFormLayout(self)
        form.addRow(self.tr("Airport"), self.airport)
        form.addRow(self.tr("Time ({zone})").format(zone=zone), self.when)
        form.addRow(self.tr("Flight"), self.flight_no)
        form.addRow(self.tr("Terminal"), self.terminal)
        limit_text(self.flight_no, "flight_no")
        # A departure's own hotel pick-up; unticked, the mission's rule (Practical Notes) gives it.
        self.pickup_box = QCheckBox(self.tr("Own hotel pick-up at"))
        picked = flight.pickup.astimezone(ZoneInfo(zone)) if flight and flight.pickup else shown - timedelta(hours=4)
        self.pickup_box.setChecked(with_pickup and bool(flight and flight.pickup))
        self.pickup = QDateTimeEdit(
            QDateTime(QDate(picked.year, picked.month, picked.day), QTime(picked.hour, picked.minute)),
            calendarPopup=True,
        )
        self.pickup.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.pickup.setEnabled(self.pickup_box.isChecked())
        self.pickup_box.toggled.connect(self.pickup.setEnabled)
        if with_pickup:
            pickup_row = QHBoxLayout()
            pickup_row.addWidget(self.pickup_box)
            pickup_row.addWidget(self.pickup, 1)
            form.addRow(self.tr("Hotel pick-up"), pickup_row)
        else:
            self.pickup_box.hide()
            self.pickup.hide()

    def flight(self, direction: FlightDirection) -> Flight | None:
        if not self.isChecked():
            return None
        moment = python_datetime(self.when.dateTime()).replace(second=0, microsecond=0, tzinfo=ZoneInfo(self.zone))
        values: dict[str, Any] = {
            "airport": self.airport.text().strip().upper(),
            "scheduled": moment,
            "flight_no": self.flight_no.text().strip().upper(),
            "terminal": self.terminal.text().strip(),
            "pickup": self.pickup_moment(),
        }
        if self.original is not None:
            return dataclasses.replace(self.original, direction=direction, **values)
        return Flight(direction, **values)

    def pickup_moment(self) -> datetime | None:
        if not self.pickup_box.isChecked():
            return None
        return python_datetime(self.pickup.dateTime()).replace(second=0, microsecond=0, tzinfo=ZoneInfo(self.zone))

    def pickup_problem(self) -> str:
        moment = self.pickup_moment()
        when = python_datetime(self.when.dateTime()).replace(second=0, microsecond=0, tzinfo=ZoneInfo(self.zone))
        if self.isChecked() and moment is not None and moment >= when:
            return self.tr("The hotel pick-up must be before the flight.")
        return ""


class TravelEditor(QDialog):
    def __init__(
        self,
        name: str,
        flights: Mapping[FlightDirection, Flight | None],
        stays: list[Stay],
        first_day: date,
        last_day: date,
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Travel of {name}").format(name=name))
        self.arrival = FlightBox(self.tr("Arrival"), flights.get(FlightDirection.ARRIVAL), first_day, zone)
        self.departure = FlightBox(
            self.tr("Departure"), flights.get(FlightDirection.DEPARTURE), last_day, zone, with_pickup=True
        )
        self.other_stays = stays[1:]  # the dialog edits the first stay; any others are kept
        stay = stays[0] if stays else None
        self.original_stay = stay
        self.hotel_box = QGroupBox(self.tr("Hotel"), checkable=True)
        self.hotel_box.setChecked(stay is not None)
        self.hotel = QLineEdit(stay.hotel if stay else "")
        self.check_in = date_edit(stay.check_in if stay else first_day)
        self.check_out = date_edit(stay.check_out if stay else last_day)
        self.room = QLineEdit(stay.room if stay else "")
        form = QFormLayout(self.hotel_box)
        form.addRow(self.tr("Hotel"), self.hotel)
        form.addRow(self.tr("Check-in"), self.check_in)
        form.addRow(self.tr("Check-out"), self.check_out)
        form.addRow(self.tr("Room"), self.room)
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        for widget in (self.arrival, self.departure, self.hotel_box, self.problem, self.buttons):
            layout.addWidget(widget)
        for box in (self.arrival, self.departure, self.hotel_box):
            box.toggled.connect(self._check)
        limit_text(self.hotel, "hotel")
        limit_text(self.room, "room")
        for edit in (self.arrival.airport, self.departure.airport, self.hotel, self.room):
            edit.textChanged.connect(self._check)
        for box in (self.arrival, self.departure):
            box.flight_no.textChanged.connect(self._check)
            box.when.dateTimeChanged.connect(self._check)
        self.departure.pickup.dateTimeChanged.connect(self._check)
        self.departure.pickup_box.toggled.connect(self._check)
        for date_field in (self.check_in, self.check_out):
            date_field.dateChanged.connect(self._check)
        self._check()

    def flights(self) -> Flights:
        return {
            FlightDirection.ARRIVAL: self.arrival.flight(FlightDirection.ARRIVAL),
            FlightDirection.DEPARTURE: self.departure.flight(FlightDirection.DEPARTURE),
        }

    def stays(self) -> list[Stay]:
        if not self.hotel_box.isChecked():
            return list(self.other_stays)
        values: dict[str, Any] = {
            "hotel": self.hotel.text().strip(),
            "check_in": python_date(self.check_in.date()),
            "check_out": python_date(self.check_out.date()),
            "room": self.room.text().strip(),
        }
        stay = dataclasses.replace(self.original_stay, **values) if self.original_stay else Stay(**values)
        return [stay, *self.other_stays]

    def problem_text(self) -> str:
        for box in (self.arrival, self.departure):
            if box.isChecked() and not box.airport.text().strip():
                return self.tr("A flight needs an airport.")
        if self.hotel_box.isChecked():
            if not self.hotel.text().strip():
                return self.tr("Give the hotel's name, or untick Hotel.")
            if self.check_out.date() < self.check_in.date():
                return self.tr("The check-out is before the check-in.")
        if self.departure.pickup_problem():
            return self.departure.pickup_problem()
        return length_problem([self.arrival.flight_no, self.departure.flight_no, self.hotel, self.room])

    def _check(self, *_args: object) -> None:
        show_problem(self.buttons, self.problem, self.problem_text())

    @classmethod
    def ask(
        cls,
        name: str,
        flights: Mapping[FlightDirection, Flight | None],
        stays: list[Stay],
        first_day: date,
        last_day: date,
        zone: str,
        parent: QWidget | None = None,
    ) -> tuple[Flights, list[Stay]] | None:
        dialog = cls(name, flights, stays, first_day, last_day, zone, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.flights(), dialog.stays()
