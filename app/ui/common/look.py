"""How Guvoh looks: the system's light or dark scheme as a Fusion palette, one accent colour
for the one main action of a screen, status colours that mean something, and icons.

Icons come from Lucide (ISC licence, resources/icons/README.md), pre-rendered to PNG masks
by tools/icons.py: the app never loads SVG (no image plugin but PNG, which Qt has built in).
An icon is drawn at paint time in the palette's text colour, so it follows a change between
light and dark without being set again.

Every icon is shown next to words (UX.md: icons with text labels, never icons alone).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

# -- colours ------------------------------------------------------------------------------

# One accent, a calm blue, in a shade for each scheme (lighter on the dark window); white
# words on either read at 4.5:1 or better.
ACCENT: Final = {"light": "#2458c6", "dark": "#3b6fd8"}
ON_ACCENT: Final = "#ffffff"

_LIGHT: Final = {
    "window": "#f5f6f8", "base": "#ffffff", "alternate": "#eef0f3", "button": "#e9ecf0",
    "text": "#1d2026", "muted": "#5f6670", "disabled": "#9aa0a8", "tooltip": "#ffffff",
    "link_visited": "#6a3fb5",
}
_DARK: Final = {  # fields a little lighter than the window, so their edges show
    "window": "#1f2125", "base": "#2a2d32", "alternate": "#30343a", "button": "#363a40",
    "text": "#e7e9ec", "muted": "#a3a9b1", "disabled": "#6b7178", "tooltip": "#2c2f34",
    "link_visited": "#b39ae8",
}


class Tone(StrEnum):
    """What a status colour means. Only WARN and BAD ask the person for attention."""

    NEUTRAL = "neutral"  # nothing to do yet, or nothing happened (grey)
    ACTIVE = "active"  # finished and waiting for the next step (the accent blue)
    TRANSIT = "transit"  # on its way: sealed and sent, not yet confirmed (teal)
    GOOD = "good"  # safe where it belongs: delivered, received, imported (green)
    WARN = "warn"  # needs a decision (amber)
    BAD = "bad"  # damaged, hostile or refused (red)


# Badge and dot colours: white text on each of them reads at 4.5:1 or better, on light and
# dark windows alike.
TONE_COLOURS: Final[dict[Tone, str]] = {
    Tone.NEUTRAL: "#656b73",
    Tone.ACTIVE: "#2458c6",
    Tone.TRANSIT: "#0f6f78",
    Tone.GOOD: "#1d7a3a",
    Tone.WARN: "#a85a00",
    Tone.BAD: "#b3261e",
}

# A case's status and its meaning. "Exported" is not a warning: the bundle is made and on its
# way; "Delivered" (the organisation's receipt came back) and "Received" (a coordinator's
# imported case) are where the testimony should be.
STATUS_TONES: Final[dict[str, Tone]] = {
    "draft": Tone.NEUTRAL,
    "ready": Tone.ACTIVE,
    "exported": Tone.TRANSIT,
    "delivered": Tone.GOOD,
    "received": Tone.GOOD,
}


def status_tone(status: str) -> Tone:
    return STATUS_TONES.get(status, Tone.NEUTRAL)


def tone_colour(tone: Tone) -> QColor:
    return QColor(TONE_COLOURS[tone])


def status_colour(status: str) -> QColor:
    return tone_colour(status_tone(status))


def error_colour() -> QColor:
    """The colour of an error sentence's text, readable on the current window."""
    return QColor("#ff8a80") if is_dark() else QColor(TONE_COLOURS[Tone.BAD])


def error_words(widget: QWidget) -> QWidget:
    """Show a widget's words (an inline error sentence) in the error colour of the scheme."""
    widget.setProperty("guvoh_error", True)
    widget.setStyleSheet(f"color: {error_colour().name()};")
    return widget


# -- the scheme and the palette --------------------------------------------------------------


_chosen: list[Qt.ColorScheme] = []  # a scheme chosen by apply(), over the system's


def scheme() -> Qt.ColorScheme:
    """The scheme in use: the one apply() was given, else the system's (light if unknown)."""
    if _chosen:
        return _chosen[0]
    if QGuiApplication.instance() is None:
        return Qt.ColorScheme.Light
    return QGuiApplication.styleHints().colorScheme()


def is_dark() -> bool:
    return scheme() == Qt.ColorScheme.Dark


def accent() -> QColor:
    return QColor(ACCENT["dark" if is_dark() else "light"])


def palette(dark: bool) -> QPalette:
    """The Fusion palette of a scheme: neutral greys, the accent for selection and links."""
    c = _DARK if dark else _LIGHT
    accent_colour = QColor(ACCENT["dark" if dark else "light"])
    pal = QPalette(QColor(c["button"]), QColor(c["window"]))  # Fusion derives the bevels
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, c["window"]), (role.WindowText, c["text"]), (role.Base, c["base"]),
        (role.AlternateBase, c["alternate"]), (role.Text, c["text"]),
        (role.Button, c["button"]), (role.ButtonText, c["text"]),
        (role.ToolTipBase, c["tooltip"]), (role.ToolTipText, c["text"]),
        (role.PlaceholderText, c["muted"]), (role.BrightText, "#ffffff"),
        (role.HighlightedText, ON_ACCENT), (role.LinkVisited, c["link_visited"]),
    ):
        pal.setColor(r, QColor(colour))
    for r in (role.Highlight, role.Accent):
        pal.setColor(r, accent_colour)
    pal.setColor(role.Link, QColor("#8fb2ff") if dark else accent_colour)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        pal.setColor(disabled, r, QColor(c["disabled"]))
    pal.setColor(disabled, role.Highlight, QColor(c["disabled"]))
    return pal


def apply(app: QApplication, chosen: Qt.ColorScheme | None = None) -> None:
    """Fusion with the palette of the system's light or dark scheme, kept in step when the
    system changes it; `chosen` (Light or Dark) sets one instead (screenshots, tests)."""
    _chosen[:] = [chosen] if chosen in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark) else []
    app.setStyle("Fusion")
    _apply_palette(app)
    if not app.property("guvoh_look"):
        app.setProperty("guvoh_look", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: _apply_palette(app))


def _apply_palette(app: QApplication) -> None:
    app.setPalette(palette(is_dark()))
    for widget in app.allWidgets():
        if isinstance(widget, QAbstractButton) and widget.property("guvoh_primary"):
            _paint_primary(widget)
        elif widget.property("guvoh_error"):
            error_words(widget)
        elif widget.property("guvoh_chart"):
            style_chart(widget)


def style_chart(view: Any) -> None:
    """A chart (a QChartView) in the scheme's colours: the field colour behind it, the
    palette's words on its axes, bars in the accent with white numbers."""
    view.setProperty("guvoh_chart", True)
    pal = QGuiApplication.palette()
    text, base = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
    lines = pal.color(QPalette.ColorRole.Mid)
    chart = view.chart()
    chart.setBackgroundBrush(base)
    chart.setBackgroundRoundness(0)
    chart.setTitleBrush(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setGridLineColor(lines)
        axis.setLinePenColor(lines)
    for series in chart.series():
        for bars in series.barSets() if hasattr(series, "barSets") else ():
            bars.setColor(accent())
            bars.setBorderColor(accent())
            bars.setLabelColor(QColor(ON_ACCENT))


def primary(button: QAbstractButton) -> QAbstractButton:
    """Mark the one main action of a screen: the accent colour, white words and icon."""
    button.setProperty("guvoh_primary", True)
    _paint_primary(button)
    return button


def _paint_primary(button: QAbstractButton) -> None:
    pal = button.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Button, accent())
        pal.setColor(group, QPalette.ColorRole.ButtonText, QColor(ON_ACCENT))
    button.setPalette(pal)
    # Fusion would lighten the accent into a pale gradient: the colour itself, flat, with a
    # clear focus ring for the keyboard.
    colour, c = accent(), _DARK if is_dark() else _LIGHT
    button.setStyleSheet(
        f"QPushButton {{ background-color: {colour.name()}; color: {ON_ACCENT};"
        f" border: 1px solid {colour.darker(130).name()}; border-radius: 4px;"
        " padding: 4px 12px; }"
        f" QPushButton:hover {{ background-color: {colour.lighter(112).name()}; }}"
        f" QPushButton:pressed {{ background-color: {colour.darker(115).name()}; }}"
        f" QPushButton:focus {{ border: 2px solid {c['text']}; padding: 3px 11px; }}"
        f" QPushButton:disabled {{ background-color: {c['button']}; color: {c['disabled']};"
        f" border-color: {c['button']}; }}"
    )
    name = button.property("guvoh_icon")
    if name:
        button.setIcon(icon(str(name), on_accent=True))


# -- icons --------------------------------------------------------------------------------

# The icon of each section of the left rail (app/ui/shell/workspace.py).
SECTION_ICONS: Final = {
    "story": "message-square-text",
    "inbox": "inbox",
    "cases": "folder-open",
    "researchers": "users",
    "overview": "chart-column",
    "organisations": "building-2",
    "identity": "id-card",
    "settings": "settings",
}
SIZES: Final = (16, 24)  # rendered at 1x and 2x each: <name>-16.png, <name>-16@2x.png...


def icons_dir() -> Path:
    return Path(str(resources.files("resources") / "icons"))


@cache
def _mask(name: str, size: int, scale: int) -> QPixmap:
    """The rendered shape of an icon (black on transparent), read as PNG and nothing else."""
    suffix = "@2x" if scale == 2 else ""
    path = icons_dir() / f"{name}-{size}{suffix}.png"
    pixmap = QPixmap()
    if not pixmap.load(str(path), "PNG"):  # type: ignore[arg-type]  # str works, stub says bytes
        raise FileNotFoundError(path)
    return pixmap


class _TintedIcon(QIconEngine):
    """An icon mask drawn in a colour read when it is painted: the palette's text colour (or
    white on the accent), dimmed when disabled."""

    def __init__(self, name: str, on_accent: bool) -> None:
        super().__init__()
        self.name = name
        self.on_accent = on_accent

    def colour(self, mode: QIcon.Mode) -> QColor:
        if self.on_accent and mode != QIcon.Mode.Disabled:
            return QColor(ON_ACCENT)
        pal = QGuiApplication.palette()
        if mode == QIcon.Mode.Selected:  # on the accent of a selected row
            return pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        group = (QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled
                 else QPalette.ColorGroup.Active)
        return pal.color(group, QPalette.ColorRole.ButtonText)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        device = max(1, round(side * scale))
        base = next((s for s in SIZES if s >= side), SIZES[-1])
        mask = _mask(self.name, base, 2 if scale > 1 else 1)
        if mask.width() != device:
            mask = mask.scaled(device, device, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        # No QPainter here: one opened from Python while Qt paints a widget crashed the app
        # (a segfault drawing a disabled button's icon with PySide6 6.11; the recorder's
        # disabled Record button when no microphone is found, tests/app/test_recorder.py).
        tinted = QImage(mask.size(), QImage.Format.Format_ARGB32_Premultiplied)
        tinted.fill(self.colour(mode))
        tinted.setAlphaChannel(mask.toImage().convertToFormat(QImage.Format.Format_Alpha8))
        out = QPixmap.fromImage(tinted)
        out.setDevicePixelRatio(scale)
        return out

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,  # noqa: N802
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def iconName(self) -> str:  # noqa: N802
        return self.name

    def clone(self) -> QIconEngine:
        return _TintedIcon(self.name, self.on_accent)


def icon(name: str, *, on_accent: bool = False) -> QIcon:
    """The icon `name` (a Lucide name, e.g. "lock"); FileNotFoundError if it was not rendered."""
    _mask(name, SIZES[0], 1)  # fail now, not at paint time
    return QIcon(_TintedIcon(name, on_accent))


def with_icon(button: QAbstractButton, name: str) -> QAbstractButton:
    """Put icon `name` before the button's words (white on the accent for the main action)."""
    button.setProperty("guvoh_icon", name)
    button.setIcon(icon(name, on_accent=bool(button.property("guvoh_primary"))))
    return button
