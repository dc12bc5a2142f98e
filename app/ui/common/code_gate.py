"""A safety code is compared whole: "They match" is enabled only while every digit group of
the code is on screen (issue 14: the second row of groups was cut off at 780 px while
"They match" could be clicked).

:class:`WholeCodeGate` watches a SafetyCodeLabel (its size, whether it is shown, and the
scroll areas it sits in) and enables the button only while the label has its full height
and no part of it is clipped by the window or a scroll area; :meth:`WholeCodeGate.reveal`
scrolls the code and the button into view when the comparison appears.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QSizePolicy, QWidget

_WATCHED = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Move,
            QEvent.Type.ParentChange)


def code_fully_shown(code: QLabel) -> bool:
    """Every line of the code is on screen: the label has its full height and no part of
    it is clipped by its window or by a scroll area it sits in."""
    need = code.sizeHint().height()
    if not code.text() or not code.isVisible() or code.height() < need:
        return False
    shown = code.visibleRegion().boundingRect()
    return shown.height() >= need and shown.width() >= min(code.width(), need)


def _scroll_areas(widget: QWidget) -> list[QScrollArea]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            found.append(parent)
        parent = parent.parentWidget()
    return found


class WholeCodeGate(QObject):
    """Keeps `button` enabled only while the whole of `code` is on screen (and `free`)."""

    def __init__(self, code: QLabel, button: QAbstractButton) -> None:
        super().__init__(code)
        self.code = code
        self.button = button
        self.free = True
        self._watched: set[int] = set()
        # A layout gives the code its full height; the page around it scrolls instead.
        code.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        code.installEventFilter(self)

    def set_free(self, free: bool) -> None:
        """False while a job runs: the button stays disabled whatever is shown."""
        self.free = free
        self.update()

    def update(self) -> None:
        self.button.setEnabled(self.free and code_fully_shown(self.code))

    def reveal(self) -> None:
        """Scroll every scroll area the code sits in so the code, then the button, show
        (after the layout has placed them)."""
        def scroll() -> None:
            for area in _scroll_areas(self.code):
                area.ensureWidgetVisible(self.button, 0, 0)
                area.ensureWidgetVisible(self.code, 0, 0)
            self.update()

        QTimer.singleShot(0, self, scroll)

    def _watch_scrolling(self) -> None:
        for area in _scroll_areas(self.code):
            if id(area) not in self._watched:
                self._watched.add(id(area))
                area.verticalScrollBar().valueChanged.connect(self.update)
                area.horizontalScrollBar().valueChanged.connect(self.update)
                area.viewport().installEventFilter(self)  # a viewport made smaller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.code and event.type() in _WATCHED:
            self._watch_scrolling()
            self.update()
        elif watched is not self.code and event.type() == QEvent.Type.Resize:
            self.update()
        return super().eventFilter(watched, event)
