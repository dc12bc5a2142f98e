"""The team desk's screens for the real-window check (issue 19): the Team panel after founding
the team, inviting a coordinator (its safety code to compare), and on a new coordinator
vault, joining (the organisation's and the inviter's codes to compare)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QWidget

from app.services import team
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault
from tests.window.world import PASSPHRASE

if TYPE_CHECKING:
    from tests.window.driver import Driver, Screen


def scroll_to(widget: QWidget) -> None:
    """Scroll the page so that `widget` shows (from its bottom up to its top)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget, 0, 0)


def screens(driver: Driver) -> Iterator[Screen]:
    window = driver.window(driver.tmp / "coordinator")
    window.show()
    driver.screen_name = "organisations-team"
    driver.unlock(window, "coordinator")
    workspace = window.workspace
    workspace.select("organisations")
    panel = workspace.organisations.team
    folder = driver.tmp / "team"
    folder.mkdir()
    driver.screen_name = "organisations-team-unnamed"  # founding refused until named
    if panel.name.text() or panel.choose_folder(folder):
        driver.fault("", "an unnamed desk showed a name or founded the team")
    driver.settle(window)
    scroll_to(panel.message)  # the refusal, and the empty name above it
    scroll_to(panel.name)
    driver.settle(window)
    yield "organisations-team-unnamed", window
    driver.screen_name = "organisations-team"
    panel.name.setText("Alice")
    if not panel.choose_folder(folder):
        driver.fault("", f"the team was not founded: {panel.message.text()}")
    driver.settle(window)
    scroll_to(panel.members_box)
    driver.settle(window)
    yield "organisations-team", window

    driver.screen_name = "organisations-team-invite"
    newcomer = Vault.unlock(driver.tmp / "newdesk", PASSPHRASE, DeviceKeyring.none())
    try:
        line = team.my_line(newcomer, "Dilnoza").line
    finally:
        newcomer.close()
    panel.invite_button.click()
    panel.invite.paste.setText(line)
    panel.invite.read_button.click()
    driver.settle(window)
    scroll_to(panel.invite.compare)
    driver.settle(window)
    yield "organisations-team-invite", window
    transfer = driver.tmp / "transfer.age"
    if not panel.invite.invite_to(transfer):
        driver.fault("", f"no key transfer was made: {panel.message.text()}")
    window.lock()
    window.close()

    window = driver.window(driver.tmp / "newdesk")
    window.show()
    driver.screen_name = "organisations-join"
    driver.unlock(window, "newdesk")
    workspace = window.workspace
    workspace.select("organisations")
    panel = workspace.organisations.team
    driver.settle(window)
    scroll_to(panel.join)
    driver.settle(window)
    yield "organisations-join", window
    driver.screen_name = "organisations-join-codes"
    if not panel.join.open_transfer(transfer):
        driver.fault("", f"the key transfer did not open: {panel.message.text()}")
    driver.settle(window)
    scroll_to(panel.join.compare)
    driver.settle(window)
    yield "organisations-join-codes", window
    window.lock()
    window.close()
