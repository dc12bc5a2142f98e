"""Layout checks of a real top-level window, as a person would see it:

- the window, frame included, fits the screen (and its minimum size does too);
- no visible widget lies outside its parent, where it would be clipped, unless the parent is
  a scroll area's viewport that can scroll to it;
- no two visible sibling widgets overlap;
- no meaningful text is cut: a single-line label or a button narrower than its text, a
  word-wrapped label lower than its text needs at its width, a tab that is elided or out of
  its bar, a list box narrower than its chosen item, a cell of a word-wrapping table lower
  (or narrower) than its text needs.

Each check returns faults as (widget, what) pairs; Qt's own parts of complex widgets (the
line edit inside a combo box, a tab bar's scroll buttons...) are not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QScrollBar,
    QSizeGrip,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

Fault = tuple[QWidget | None, str]

# Widgets whose children are Qt's own parts, laid out by the widget itself.
OPAQUE = (QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QScrollBar, QCalendarWidget,
          QProgressBar, QTextEdit, QAbstractItemView)
TOLERANCE = 1  # px: rounding in layouts
MEANINGFUL = re.compile(r"\w", re.UNICODE)


def describe(widget: QWidget | None, *, owner: bool = True) -> str:
    """A widget as a person fixing it would look for it: its class, name or text, and the
    nearest of the app's own widgets it sits in."""
    if widget is None:
        return "window"
    parts = [type(widget).__name__]
    name = widget.objectName() or widget.accessibleName()
    if name:
        parts.append(f"[{name}]")
    text = _text(widget)
    if text:
        parts.append(repr(text[:50] + ("..." if len(text) > 50 else "")))
    if not owner:
        return " ".join(parts)
    found = widget.parentWidget()
    while found is not None and not type(found).__module__.startswith("app."):
        found = found.parentWidget()
    if found is not None:
        parts.append(f"in {type(found).__name__}")
    return " ".join(parts)


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return " ".join(widget.text().split())
    return ""


def _internal(widget: QWidget, top: QWidget) -> bool:
    """Part of a complex Qt widget, or a window of its own: not judged here."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QSizeGrip):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, OPAQUE):
            return True
        parent = parent.parentWidget()
    return False


def shown(top: QWidget) -> Iterator[QWidget]:
    """Every widget of `top` a person can see (visible, not a separate window, not Qt's
    own part of a complex widget)."""
    for widget in top.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisible() or _internal(widget, top):
            continue
        yield widget


def window_fits(top: QWidget, screen: QScreen, frame: QRect | None = None) -> list[Fault]:
    """`frame`: the window with its frame as the window manager says (Qt may keep the
    frame's margins of the state before)."""
    faults: list[Fault] = []
    available = screen.availableGeometry()
    frame = frame if frame is not None else top.frameGeometry()
    # A window at its own size may sit anywhere (a person can move it): its size must fit;
    # a maximised one must also lie on the screen.
    too_big = frame.width() > available.width() or frame.height() > available.height()
    if too_big or (top.isMaximized() and not available.contains(frame)):
        faults.append((None, f"window {frame.width()}x{frame.height()} at "
                             f"{frame.x()},{frame.y()} does not fit the screen "
                             f"{available.width()}x{available.height()}"))
    margins = frame.size() - top.geometry().size()
    margins = margins.expandedTo(margins * 0)  # QSize(0, 0) at least
    room = available.size() - margins
    need = top.minimumSizeHint().expandedTo(top.minimumSize())
    if need.width() > room.width() or need.height() > room.height():
        vertical = need.height() > room.height() and need.width() <= room.width()
        culprit = widest(top, vertical=vertical)
        parts = ""
        layout = culprit.layout() if culprit is not None else None
        if layout is not None:
            items = sorted(_layout_parts(layout, vertical), key=lambda p: -p[1])
            parts = "; its parts: " + ", ".join(f"{what} {px}" for what, px in items[:6])
        faults.append((culprit, f"makes the window need at least {need.width()}x"
                                f"{need.height()}, the screen leaves "
                                f"{room.width()}x{room.height()}{parts}"))
    return faults


def _minimum(widget: QWidget, vertical: bool) -> int:
    size = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return size.height() if vertical else size.width()


def _layout_parts(layout: QLayout, vertical: bool) -> list[tuple[str, int]]:
    """What a layout holds (widgets, and the widgets of the layouts in it) with the minimum
    each needs; hidden ones marked (a layout last computed while hidden keeps counting
    them)."""
    found = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            size = widget.minimumSizeHint().expandedTo(widget.minimumSize())
            hidden = " (hidden)" if item.isEmpty() else ""
            found.append((describe(widget, owner=False) + hidden,
                          size.height() if vertical else size.width()))
        elif inner is not None:
            found.extend(_layout_parts(inner, vertical))
    return found


def _parts(widget: QWidget, top: QWidget) -> list[QWidget]:
    """The children that count in `widget`'s layout."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return [k for k in widget.findChildren(QWidget, options=direct)
            if not k.isWindow() and not _internal(k, top)
            and not (k.isHidden() and not isinstance(widget, QStackedWidget)
                     and k.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
                     and not k.sizePolicy().retainSizeWhenHidden())]


def widest(top: QWidget, *, vertical: bool = False) -> QWidget | None:
    """The widget that makes `top` so wide (or tall): from the window down, the child
    that needs nearly all of its parent's minimum, as long as there is one (pages of a
    stack count even when not shown: a stack is as wide as its widest page)."""
    widget, found = top, None
    while True:
        need = _minimum(widget, vertical)
        kids = _parts(widget, top)
        if not kids or need <= 0:
            return found
        kid = max(kids, key=lambda k: _minimum(k, vertical))
        if _minimum(kid, vertical) < 0.75 * need:
            return found
        widget = found = kid


def _scroll_area_of(viewport: QWidget | None) -> QAbstractScrollArea | None:
    parent = viewport.parentWidget() if viewport is not None else None
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is viewport:
        return parent
    return None


def outside(top: QWidget) -> list[Fault]:
    """Widgets (partly) outside their parent, where nobody can see or reach that part."""
    faults: list[Fault] = []
    for widget in shown(top):
        parent = widget.parentWidget()
        if parent is None:
            continue
        area = _scroll_area_of(parent)
        if area is not None:
            if isinstance(area, QScrollArea) and area.widget() is widget:
                faults.extend(_unscrollable(area, widget))
            continue
        if isinstance(parent, QAbstractScrollArea):
            continue  # the viewport and scroll bars, placed by the area itself
        inner = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        box = widget.geometry()
        if not inner.contains(box):
            cut = box.width() * box.height() - (box & parent.rect()).width() * (
                box & parent.rect()).height()
            faults.append((widget, f"lies outside its parent {type(parent).__name__} "
                                   f"({_rect(box)} in {parent.width()}x{parent.height()}, "
                                   f"{cut} px² hidden)"))
    return faults


def _unscrollable(area: QScrollArea, content: QWidget) -> list[Fault]:
    faults: list[Fault] = []
    viewport = area.viewport()
    for axis, over, bar, policy in (
        ("wide", content.width() - viewport.width(), area.horizontalScrollBar(),
         area.horizontalScrollBarPolicy()),
        ("tall", content.height() - viewport.height(), area.verticalScrollBar(),
         area.verticalScrollBarPolicy()),
    ):
        if over > TOLERANCE and (policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                                 or bar.maximum() + TOLERANCE < over):
            faults.append((content, f"is {over} px too {axis} for its scroll area, which "
                                    "cannot scroll to the rest"))
    return faults


def overlapping(top: QWidget) -> list[Fault]:
    """Visible siblings drawn over each other."""
    faults: list[Fault] = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in shown(top):
        parent = widget.parentWidget()
        if parent is None or isinstance(parent, QAbstractScrollArea):
            continue
        by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for i, a in enumerate(siblings):
            for b in siblings[i + 1:]:
                common = a.geometry() & b.geometry()
                if common.width() > 2 * TOLERANCE and common.height() > 2 * TOLERANCE:
                    faults.append((a, f"overlaps {describe(b)} ({_rect(common)})"))
    return faults


def cut_text(top: QWidget) -> list[Fault]:
    """Labels, buttons and tabs whose text does not fit."""
    faults: list[Fault] = []
    for widget in shown(top):
        if isinstance(widget, QLabel):
            faults.extend(_cut_label(widget))
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
            if MEANINGFUL.search(text) and widget.width() + TOLERANCE < widget.sizeHint().width():
                faults.append((widget, f"text cut: {widget.width()} px wide, needs "
                                       f"{widget.sizeHint().width()}"))
        elif isinstance(widget, QComboBox):
            faults.extend(_cut_combo(widget))
    for view in top.findChildren(QTableView):
        if view.isVisible() and view.window() is top and view.wordWrap():
            faults.extend(_cut_cells(view))
    for bar in top.findChildren(QTabBar):
        if not bar.isVisible() or bar.window() is not top:
            continue
        for i in range(bar.count()):
            if not bar.isTabVisible(i):
                continue
            box, need = bar.tabRect(i), bar.tabSizeHint(i).width()
            if box.width() + TOLERANCE < need:
                faults.append((bar, f"tab {bar.tabText(i)!r} cut: {box.width()} px, "
                                    f"needs {need}"))
            elif not bar.rect().adjusted(-TOLERANCE, 0, TOLERANCE, 0).contains(box):
                faults.append((bar, f"tab {bar.tabText(i)!r} does not fit in the tab bar "
                                    f"({bar.width()} px; reached only by its arrows)"))
    return faults


def _cut_cells(view: QTableView) -> list[Fault]:
    """A table that wraps its text (so it means to show all of it) whose rows are too low
    for a cell's wrapped text: the cell ends in "..." or loses its last lines."""
    model, viewport = view.model(), view.viewport().rect()
    if model is None:
        return []
    first, last = view.rowAt(0), view.rowAt(viewport.height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    faults: list[Fault] = []
    for row in range(max(first, 0), last + 1):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect = view.visualRect(index)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if (view.isColumnHidden(column) or not rect.intersects(viewport)
                    or not isinstance(text, str) or not MEANINGFUL.search(text)):
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            room = QRect(0, 0, max(1, rect.width() - 2 * margin), 100_000)
            bounds = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
            if bounds.height() > rect.height() + 2 * TOLERANCE:
                faults.append((view, f"cell {text[:50]!r} cut: row {rect.height()} px high, "
                                     f"its wrapped text needs {bounds.height()}"))
            elif bounds.width() > room.width() + 2 * TOLERANCE:  # a word longer than a line
                faults.append((view, f"cell {text[:50]!r} cut: column {rect.width()} px wide, "
                                     f"a word in it needs {bounds.width() + 2 * margin}"))
    return faults


def _cut_combo(combo: QComboBox) -> list[Fault]:
    """A closed list box whose chosen item's text does not fit its field."""
    text = combo.currentText()
    if not MEANINGFUL.search(text):
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = option.iconSize.width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    need = combo.fontMetrics().horizontalAdvance(text) + icon
    edit = combo.lineEdit()
    if edit is not None:  # typed into: the text scrolls inside its line edit
        if edit.text() != text:
            return []  # something being typed, not a chosen item
        margins = edit.textMargins()
        field = edit.contentsRect().adjusted(margins.left() + 2, 0, -margins.right() - 2, 0)
        need = edit.fontMetrics().horizontalAdvance(text)
    if field.width() + TOLERANCE < need:
        return [(combo, f"chosen item {text[:50]!r} cut: {field.width()} px, needs {need}")]
    return []


def _cut_label(label: QLabel) -> list[Fault]:
    text = label.text()
    if not MEANINGFUL.search(text) or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + TOLERANCE:
            return [(label, f"wrapped text cut: {label.height()} px high at width "
                            f"{label.width()}, needs {need}")]
        return []
    hint = label.minimumSizeHint()
    if label.width() + TOLERANCE < hint.width():
        return [(label, f"text cut: {label.width()} px wide, needs {hint.width()}")]
    if label.height() + TOLERANCE < hint.height():
        return [(label, f"text cut: {label.height()} px high, needs {hint.height()}")]
    return []


def _rect(r: QRect) -> str:
    return f"{r.width()}x{r.height()}+{r.x()}+{r.y()}"


def check(top: QWidget, screen: QScreen, frame: QRect | None = None) -> list[Fault]:
    """Every check on `top`, a window shown on `screen` (`frame`: see window_fits)."""
    return [*window_fits(top, screen, frame), *outside(top), *overlapping(top),
            *cut_text(top)]
