"""The programme as a calendar: one column per day (one column is the day view, several the
week view) on a shared vertical time axis of the whole day, 00:00 to 24:00, a block per item.

The widget never writes anything. A drag changes only what is painted; on release it emits
`sig_moved(uid, day, start)` (to another column: another day), `sig_resized(uid, start, end)` or,
for a drag over empty time, shows a line edit over the new block and emits
`sig_created(day, start, end, title, kind)` when Enter is pressed there; whoever listens makes
the undo command. Escape during a drag or in that line edit puts everything back and emits
nothing. While a block is dragged, `conflict_probe` (when set) says the worst conflict the
proposed place would be in, and the block is painted in that colour before the release.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from enum import Enum

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from ...domain.conflicts import Severity
from ...domain.enums import ItemKind
from .new_item_editor import NewItemEditor
from .timeline_lanes import Lane, lanes

SNAP_MINUTES = 5
DEFAULT_HOURS = (8, 19)  # fitted in the view even when the items fit in less
MIN_HOUR_HEIGHT = 40  # pixels; below this the timeline scrolls rather than squeezes
MIN_COLUMN_WIDTH = 120  # pixels of a day of the week view; below this the days scroll sideways
EDGE_GRAB = 5  # pixels from a block's top or bottom edge that resize rather than move
LAST_MINUTE = 24 * 60 - SNAP_MINUTES  # an item cannot end at midnight: times are of one day

# One hue per kind: the fill is a pale tint of it, the stripe on the left the hue itself.
KIND_COLOURS: dict[str, str] = {
    ItemKind.OPENING: "#7b5cc4",
    ItemKind.CLOSING: "#7b5cc4",
    ItemKind.PRESENTATION: "#2f6fd0",
    ItemKind.PANEL: "#1f8f86",
    ItemKind.GROUP_DISCUSSION: "#4a9a2f",
    ItemKind.SITE_VISIT: "#d9731a",
    ItemKind.TRANSFER: "#7d8590",
    ItemKind.MEAL: "#c49a12",
    ItemKind.BREAK: "#9aa3a0",
    ItemKind.OTHER: "#5f6f80",
}
CONFLICT_COLOURS = {Severity.ERROR: QColor("#d32f2f"), Severity.WARNING: QColor("#e69100")}


@dataclass(frozen=True, slots=True)
class TimelineBlock:
    """What the timeline shows of one item: plain values, in the mission's time zone."""

    uid: str
    start: time
    end: time
    kind: str
    title: str
    place: str  # the site of a site visit, else the venue; may be empty
    tooltip: str
    severity: Severity | None = None  # of the worst conflict the item is in


class DragMode(Enum):
    MOVE = "move"
    TOP = "top"
    BOTTOM = "bottom"
    CREATE = "create"  # over empty time: the span of a new item


# What `conflict_probe` is asked: the item, its proposed day (None: the one column's day),
# start and end; it answers the worst conflict that place would be in.
ConflictProbe = Callable[[str, date | None, time, time], Severity | None]


@dataclass(slots=True)
class _Drag:
    uid: str  # "" while creating
    mode: DragMode
    press: QPoint
    column: int
    start: int  # minutes of the day, as saved (the pressed minute while creating)
    end: int
    new_start: int  # as shown while dragging
    new_end: int
    new_column: int
    started: bool = False  # the mouse went past the drag distance
    severity: Severity | None = None  # of the place shown, by `conflict_probe`


def minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def clock(total: int) -> time:
    return time(total // 60, total % 60)


def snap(total: float) -> int:
    return round(total / SNAP_MINUTES) * SNAP_MINUTES


class DayTimeline(QWidget):
    """The blocks of one day (`set_blocks`) or of several side by side (`set_columns`), with a
    selection kept in step by `set_selected`."""

    sig_selection_changed = Signal(list)  # uids chosen by a click
    sig_activated = Signal(str)  # a block double-clicked
    sig_empty_activated = Signal(object, object)  # empty time double-clicked: its day (or None), its time
    sig_moved = Signal(str, object, object)  # uid, new day (None: the one column's day), new start (a `time`)
    sig_resized = Signal(str, object, object)  # uid, new start, new end
    sig_created = Signal(object, object, object, str, str)  # day (or None), start, end, title, kind
    sig_dragged_to = Signal(int, int)  # the x and y the mouse dragged to, to be kept in view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[date | None] = [None]
        self._blocks: dict[str, TimelineBlock] = {}
        self._column_of: dict[str, int] = {}
        self._lanes: dict[str, Lane] = {}
        self._selected: set[str] = set()
        self._first = DEFAULT_HOURS[0] * 60
        self._last = DEFAULT_HOURS[1] * 60
        self._view_height = 0  # of the viewport that shows the widget; 0: none
        self._drag: _Drag | None = None
        self._pending: tuple[int, int, int] | None = None  # column, start, end of the item being named
        self._clicked_column = 0  # the day last clicked, where a paste goes when no item is selected
        self.conflict_probe: ConflictProbe | None = None
        self._font_cache: tuple[QFont, QFont, QFont] | None = None
        self.editor = NewItemEditor(self)
        self.editor.hide()
        self.editor.sig_accepted.connect(self._create_pending)
        self.editor.sig_cancelled.connect(self.cancel_new_item)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._update_minimum_size()

    # --- what is shown -------------------------------------------------------------------------

    def set_blocks(self, blocks: Sequence[TimelineBlock]) -> None:
        """Show one day of `blocks`; the hours fitted in the view cover them, and at least the
        default working day."""
        self.set_columns([(None, blocks)])

    def set_columns(self, columns: Sequence[tuple[date | None, Sequence[TimelineBlock]]]) -> None:
        """Show a column per day, left to right, each with its blocks."""
        self._drag = None
        self.cancel_new_item()
        clicked = self.clicked_day()
        self._columns = [day for day, _blocks in columns] or [None]
        self._clicked_column = self._columns.index(clicked) if clicked in self._columns else 0
        self._blocks, self._column_of, self._lanes = {}, {}, {}
        for index, (_day, blocks) in enumerate(columns):
            for block in blocks:
                self._blocks[block.uid] = block
                self._column_of[block.uid] = index
            spans = ((b.uid, minutes(b.start), max(minutes(b.end), minutes(b.start) + 1)) for b in blocks)
            self._lanes.update(lanes(spans))
        starts = [minutes(b.start) for b in self._blocks.values()]
        ends = [minutes(b.end) for b in self._blocks.values()]
        self._first = min([DEFAULT_HOURS[0] * 60, *starts]) // 60 * 60
        self._last = min(24 * 60, -(-max([DEFAULT_HOURS[1] * 60, *ends]) // 60) * 60)
        self._selected &= set(self._blocks)
        self._update_minimum_size()
        self.unsetCursor()
        self.update()

    def set_view_height(self, height: int) -> None:
        """The height of the view the widget scrolls in: the hours of `hours()` fill it."""
        if height != self._view_height:
            self._view_height = height
            self._update_minimum_size()
            self.update()

    def set_selected(self, uids: Iterable[str]) -> None:
        """Mark these blocks selected (those of days not shown are ignored); emits nothing."""
        selected = {uid for uid in uids if uid in self._blocks}
        if selected != self._selected:
            self._selected = selected
            self.update()

    def selected_uids(self) -> list[str]:
        return sorted(self._selected)

    def block_uids(self) -> list[str]:
        return list(self._blocks)

    def days(self) -> list[date | None]:
        """The day of each column, left to right."""
        return list(self._columns)

    def clicked_day(self) -> date | None:
        """The day of the column last clicked (the first column before any click)."""
        return self._columns[self._clicked_column]

    def block_day(self, uid: str) -> date | None:
        return self._columns[self._column_of[uid]] if uid in self._column_of else None

    def block_severity(self, uid: str) -> Severity | None:
        """The worst conflict block `uid` is in, which its outline shows (None: no outline)."""
        block = self._blocks.get(uid)
        return block.severity if block is not None else None

    def drag_severity(self) -> Severity | None:
        """The worst conflict of the place the dragged block is shown at (None: none, or no drag)."""
        return self._drag.severity if self._drag is not None and self._drag.started else None

    def hours(self) -> tuple[int, int]:
        """The first and the last hour fitted in the view: the default working day and every item."""
        return self._first // 60, self._last // 60

    def is_dragging(self) -> bool:
        return self._drag is not None and self._drag.started

    # --- geometry ------------------------------------------------------------------------------

    def _gutter(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 14

    def _margin(self) -> int:
        return self.fontMetrics().height() // 2 + 2

    def _minute_height(self) -> float:
        room = (self._view_height or self.height()) - 2 * self._margin()
        return max(MIN_HOUR_HEIGHT / 60, room / max(60, self._last - self._first))

    def y_of(self, total: float) -> int:
        """The y of minute `total` of the day."""
        return self._margin() + round(total * self._minute_height())

    def minute_at(self, y: float) -> float:
        return (y - self._margin()) / self._minute_height()

    def pixels_per_minute(self) -> float:
        return self._minute_height()

    def column_rect(self, index: int) -> QRect:
        """The strip of the widget that column `index` (a day) takes."""
        left = self._gutter()
        width = (self.width() - left - 6) / len(self._columns)
        x = left + round(index * width)
        return QRect(x, 0, round(left + (index + 1) * width) - x, self.height())

    def column_at(self, x: int) -> int:
        """The column under `x`, the nearest one beside the days."""
        left = self._gutter()
        width = (self.width() - left - 6) / len(self._columns)
        return min(len(self._columns) - 1, max(0, int((x - left) // width)))

    def block_rect(self, uid: str) -> QRect | None:
        """Where block `uid` is painted now (its dragged place during a drag)."""
        block = self._blocks.get(uid)
        if block is None:
            return None
        start, end, column = minutes(block.start), minutes(block.end), self._column_of[uid]
        lane = self._lanes.get(uid, Lane(0, 1))
        drag = self._drag
        if drag is not None and drag.uid == uid and drag.started:
            start, end = drag.new_start, drag.new_end
            if drag.new_column != column:
                column, lane = drag.new_column, Lane(0, 1)
        return self._rect(column, lane, start, end)

    def pending_rect(self) -> QRect | None:
        """Where the new item being dragged or named is painted (None: there is none)."""
        drag = self._drag
        if drag is not None and drag.mode == DragMode.CREATE and drag.started:
            return self._rect(drag.column, Lane(0, 1), drag.new_start, drag.new_end)
        if self._pending is not None:
            column, start, end = self._pending
            return self._rect(column, Lane(0, 1), start, end)
        return None

    def _rect(self, column: int, lane: Lane, start: int, end: int) -> QRect:
        strip = self.column_rect(column)
        width = (strip.width() - 3) / lane.count
        top = self.y_of(start)
        bottom = max(self.y_of(end), top + 6)
        x = strip.left() + round(lane.index * width)
        return QRect(x, top, max(10, round(width) - 3), bottom - top - 1)

    def _hit(self, pos: QPoint) -> tuple[str, DragMode] | None:
        for uid in reversed(list(self._blocks)):
            rect = self.block_rect(uid)
            if rect is None or not rect.contains(pos):
                continue
            grab = min(EDGE_GRAB, rect.height() // 4)
            if pos.y() - rect.top() < grab:
                return uid, DragMode.TOP
            if rect.bottom() - pos.y() < grab:
                return uid, DragMode.BOTTOM
            return uid, DragMode.MOVE
        return None

    def _update_minimum_size(self) -> None:
        self.setMinimumHeight(round(24 * 60 * self._minute_height()) + 2 * self._margin())
        if len(self._columns) > 1:
            self.setMinimumWidth(self._gutter() + 6 + len(self._columns) * MIN_COLUMN_WIDTH)
        else:
            self.setMinimumWidth(0)

    def sizeHint(self) -> QSize:
        return QSize(self._gutter() + 230 * len(self._columns), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._gutter() + 120, self.minimumHeight())

    # --- mouse and keys ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.cancel_new_item()
        pos = event.position().toPoint()
        self._clicked_column = self.column_at(pos.x())
        hit = self._hit(pos)
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if hit is None:
            if not toggle:
                self._choose([])
                if pos.x() >= self._gutter():
                    column = self.column_at(pos.x())
                    at = min(max(0, snap(self.minute_at(pos.y()))), LAST_MINUTE)
                    self._drag = _Drag("", DragMode.CREATE, pos, column, at, at, at, at, column)
            return
        uid, mode = hit
        if toggle:
            self._choose(sorted(self._selected ^ {uid}))
            return
        self._choose([uid])
        block = self._blocks[uid]
        start, end, column = minutes(block.start), minutes(block.end), self._column_of[uid]
        self._drag = _Drag(uid, mode, pos, column, start, end, start, end, column)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            self._set_hover_cursor(pos)
            return
        offset = pos - drag.press
        if not drag.started and offset.manhattanLength() < QApplication.startDragDistance():
            return
        before = self.pending_rect() if drag.mode == DragMode.CREATE else self.block_rect(drag.uid)
        first = not drag.started
        drag.started = True
        place = (drag.new_column, drag.new_start, drag.new_end)
        self._follow(drag, pos)
        if (drag.new_column, drag.new_start, drag.new_end) != place or first:
            drag.severity = self._probe(drag)
        after = self.pending_rect() if drag.mode == DragMode.CREATE else self.block_rect(drag.uid)
        self.sig_dragged_to.emit(pos.x(), pos.y())
        if first or before is None or after is None:
            self.update()
        else:
            # Only where the block was and is: the rest of the days has not changed.
            self.update(before.united(after).adjusted(-3, -3, 3, 3))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if event.button() != Qt.MouseButton.LeftButton or drag is None:
            return super().mouseReleaseEvent(event)
        self.update()
        if not drag.started:
            return
        if drag.mode == DragMode.CREATE:
            if drag.new_end > drag.new_start:
                self._ask_title(drag.column, drag.new_start, drag.new_end)
            return
        if (drag.new_column, drag.new_start, drag.new_end) == (drag.column, drag.start, drag.end):
            return
        if drag.mode == DragMode.MOVE:
            self.sig_moved.emit(drag.uid, self._columns[drag.new_column], clock(drag.new_start))
        else:
            self.sig_resized.emit(drag.uid, clock(drag.new_start), clock(drag.new_end))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        hit = self._hit(pos)
        if hit is not None:
            self.sig_activated.emit(hit[0])
        elif pos.x() >= self._gutter():
            at = min(max(0, snap(self.minute_at(pos.y()))), LAST_MINUTE - 60)
            self.sig_empty_activated.emit(self._columns[self.column_at(pos.x())], clock(at))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # A drag whose window lost the keyboard (a dialog, another window) is abandoned.
        if self._drag is not None:
            self._drag = None
            self.update()
        super().focusOutEvent(event)

    def _follow(self, drag: _Drag, pos: QPoint) -> None:
        """The times the dragged block would get, snapped and kept inside the day."""
        offset = (pos.y() - drag.press.y()) / self._minute_height()
        last = LAST_MINUTE
        if drag.mode == DragMode.MOVE:
            length = drag.end - drag.start
            start = min(max(snap(drag.start + offset), 0), last - length)
            drag.new_start, drag.new_end = start, start + length
            drag.new_column = self.column_at(pos.x())
        elif drag.mode == DragMode.TOP:
            drag.new_start = min(max(snap(drag.start + offset), 0), drag.end - SNAP_MINUTES)
        elif drag.mode == DragMode.BOTTOM:
            drag.new_end = max(min(snap(drag.end + offset), last), drag.start + SNAP_MINUTES)
        else:
            at = min(max(snap(drag.start + offset), 0), last)
            drag.new_start, drag.new_end = min(drag.start, at), max(drag.start, at)

    def _probe(self, drag: _Drag) -> Severity | None:
        if self.conflict_probe is None or drag.mode == DragMode.CREATE:
            return None
        day = self._columns[drag.new_column]
        return self.conflict_probe(drag.uid, day, clock(drag.new_start), clock(drag.new_end))

    # --- a new item, named in place ------------------------------------------------------------

    def _ask_title(self, column: int, start: int, end: int) -> None:
        self._pending = (column, start, end)
        rect = self.pending_rect()
        assert rect is not None
        hint = self.editor.sizeHint()
        width = max(rect.width(), min(hint.width(), self.width() - rect.left()))
        self.editor.setGeometry(rect.left(), rect.top(), width, hint.height())
        self.editor.start()
        self.update()

    def new_item_span(self) -> tuple[date | None, time, time] | None:
        """The day, start and end of the new item being named (None: none is)."""
        if self._pending is None:
            return None
        column, start, end = self._pending
        return self._columns[column], clock(start), clock(end)

    def cancel_new_item(self) -> None:
        if self._pending is not None:
            self._pending = None
            self.editor.hide()
            self.update()

    def _create_pending(self, title: str, kind: str) -> None:
        span = self.new_item_span()
        self.cancel_new_item()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if span is not None and title.strip():
            self.sig_created.emit(*span, title.strip(), kind)

    def _choose(self, uids: list[str]) -> None:
        if set(uids) != self._selected:
            self._selected = set(uids)
            self.update()
        self.sig_selection_changed.emit(list(uids))

    def _set_hover_cursor(self, pos: QPoint) -> None:
        hit = self._hit(pos)
        if hit is None:
            self.unsetCursor()
        elif hit[1] == DragMode.MOVE:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.setCursor(Qt.CursorShape.SizeVerCursor)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hit = self._hit(event.pos())
            text = self._blocks[hit[0]].tooltip if hit is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.cancel_new_item()  # its line edit would no longer sit over its block

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_axis(painter, event.rect())
        drag = self._drag if self._drag is not None and self._drag.started else None
        dragged = drag.uid if drag is not None else None
        for uid in self._blocks:
            rect = self.block_rect(uid)
            if uid != dragged and rect is not None and event.rect().intersects(rect.adjusted(-2, -2, 2, 2)):
                self._paint_block(painter, uid)
        pen = QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1, Qt.PenStyle.DashLine)
        if drag is not None and dragged:
            lane = self._lanes.get(dragged, Lane(0, 1))
            origin = self._rect(drag.column, lane, drag.start, drag.end)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(origin), 4, 4)
            self._paint_block(painter, dragged)
        pending = self.pending_rect()
        if pending is not None:
            hue = QColor(KIND_COLOURS[ItemKind.PRESENTATION])
            fill = QColor(hue)
            fill.setAlpha(45)
            painter.setPen(QPen(hue, 1, Qt.PenStyle.DashLine))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(pending).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            if drag is not None:
                painter.setPen(QColor("#1b1f24"))
                text = f"{clock(drag.new_start):%H:%M}–{clock(drag.new_end):%H:%M}"
                painter.drawText(pending.adjusted(9, 1, -4, -1), Qt.AlignmentFlag.AlignLeft, text)
        self._paint_sticky_hours(painter, event.rect())
        painter.end()

    def _paint_sticky_hours(self, painter: QPainter, area: QRect) -> None:
        """The hours again at the left of what is seen, once the days have scrolled sideways (the
        scroll area repaints the whole view as it scrolls, so that they are not carried along)."""
        left = self.visibleRegion().boundingRect().left()
        if left <= 0:
            return
        gutter = self._gutter()
        metrics = self.fontMetrics()
        strip = QRect(left, area.top(), gutter - 6, area.height())
        painter.fillRect(strip, self.palette().color(QPalette.ColorRole.Base))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for hour in range(0, 25):
            y = self.y_of(hour * 60)
            label = QRect(left, y - metrics.height() // 2, gutter - 8, metrics.height())
            if label.intersects(area):
                painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")

    def _paint_axis(self, painter: QPainter, area: QRect) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        half = QColor(line)
        half.setAlpha(70)
        gutter = self._gutter()
        metrics = self.fontMetrics()
        if len(self._columns) > 1:
            painter.setPen(QPen(line, 1))
            for index in range(1, len(self._columns)):
                x = self.column_rect(index).left() - 2
                painter.drawLine(x, area.top(), x, area.bottom())
        for hour in range(0, 25):
            y = self.y_of(hour * 60)
            y_half = self.y_of(hour * 60 + 30)
            if y - metrics.height() > area.bottom() or y_half + metrics.height() < area.top():
                continue  # neither the hour's line and label nor its half-hour line is repainted
            painter.setPen(QPen(line, 1))
            painter.drawLine(gutter - 4, y, self.width(), y)
            painter.setPen(text)
            label = QRect(0, y - metrics.height() // 2, gutter - 8, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
            if hour < 24:
                painter.setPen(QPen(half, 1, Qt.PenStyle.DashLine))
                painter.drawLine(gutter, y_half, self.width(), y_half)

    def _paint_block(self, painter: QPainter, uid: str) -> None:
        block = self._blocks[uid]
        rect = self.block_rect(uid)
        assert rect is not None
        hue = QColor(KIND_COLOURS.get(block.kind, KIND_COLOURS[ItemKind.OTHER]))
        selected = uid in self._selected
        fill = QColor(hue).lighter(175 if selected else 190)
        if fill.lightness() > 240:
            fill = QColor(hue)
            fill.setAlpha(80 if selected else 45)
        severity = block.severity
        drag = self._drag
        if drag is not None and drag.started and drag.uid == uid:
            severity = drag.severity  # the proposed place's, before the release
            if severity is not None:
                fill = QColor(CONFLICT_COLOURS[severity]).lighter(160)
        frame = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(hue.darker(115), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(frame, 4, 4)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 1), hue)
        outline = CONFLICT_COLOURS.get(severity) if severity is not None else None
        if selected:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1) if outline is not None else frame, 4, 4)
        if outline is not None:
            painter.setPen(QPen(outline, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(-0.5, -0.5, 0.5, 0.5), 4, 4)
        self._paint_text(painter, block, rect)

    def _fonts(self) -> tuple[QFont, QFont]:
        """The small font of times and places, and the bold one of titles, made once per font."""
        if self._font_cache is None or self._font_cache[0] != self.font():
            small = QFont(self.font())
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
            bold = QFont(self.font())
            bold.setBold(True)
            self._font_cache = (QFont(self.font()), small, bold)
        return self._font_cache[1], self._font_cache[2]

    def _paint_text(self, painter: QPainter, block: TimelineBlock, rect: QRect) -> None:
        drag = self._drag
        start, end = block.start, block.end
        if drag is not None and drag.started and drag.uid == block.uid:
            start, end = clock(drag.new_start), clock(drag.new_end)
        inner = rect.adjusted(9, 1, -4, -1)
        small, bold = self._fonts()
        painter.save()
        painter.setClipRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(QColor("#1b1f24"))
        if inner.height() < 2 * QFontMetrics(small).height():
            # A short block: its start and title on one line, in a font no taller than the block.
            font = QFont(small if inner.height() < self.fontMetrics().height() else self.font())
            if QFontMetrics(font).height() > rect.height():
                font.setPixelSize(max(7, rect.height() - 2))
            painter.setFont(font)
            text = f"{start:%H:%M} {block.title}"
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
            )
        else:
            small_height = QFontMetrics(small).height()
            title_metrics = QFontMetrics(bold)
            room = inner.height() - small_height - (small_height if block.place else 0)
            title_lines = wrapped(block.title, title_metrics, inner.width(), max(1, room // title_metrics.height()))
            lines = [(small, f"{start:%H:%M}–{end:%H:%M}")]
            lines += [(bold, line) for line in title_lines]
            if block.place:
                lines.append((small, block.place))
            y = inner.top()
            for font, text in lines:
                painter.setFont(font)
                metrics = painter.fontMetrics()
                if y + metrics.height() > inner.bottom() + 3:
                    break
                elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
                line_rect = QRect(inner.left(), y, inner.width(), metrics.height())
                painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, elided)
                y += metrics.height()
        painter.restore()


def wrapped(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """`text` broken at spaces into at most `most` lines of `width`; the last one is elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words and lines:
        lines[-1] = metrics.elidedText(f"{lines[-1]} {' '.join(words)}", Qt.TextElideMode.ElideRight, width)
    return lines
