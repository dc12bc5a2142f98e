"""The team's coordinators as a table: name, fingerprint, when added, when removed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.domain.text import fill
from app.ui.common import i18n
from app.ui.common.table import Column, RecordTable

CONTEXT = "TeamPanel"


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One coordinator, as the services tell it (name, key fingerprint, dates)."""

    name: str
    fingerprint: str
    added_at: str
    removed_at: str | None
    active: bool
    me: bool = False

    @classmethod
    def of(cls, member: Any, mine: str) -> MemberRow:
        return cls(str(member.name), str(member.fingerprint), str(member.added_at),
                   member.removed_at, bool(member.active), member.fingerprint == mine)


def _name(row: MemberRow) -> str:
    if row.me:
        return fill(QCoreApplication.translate("TeamPanel", "%1 (this desk)"), row.name)
    return row.name


MEMBER_COLUMNS: tuple[Column[MemberRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("TeamPanel", "Coordinator")), _name,
           sort=lambda r: r.name.casefold()),
    Column(str(QT_TRANSLATE_NOOP("TeamPanel", "Fingerprint")), lambda r: r.fingerprint,
           tooltip=lambda r: r.fingerprint),
    Column(str(QT_TRANSLATE_NOOP("TeamPanel", "Added")),
           lambda r: i18n.stamp_text(r.added_at, day_only=True), sort=lambda r: r.added_at),
    Column(str(QT_TRANSLATE_NOOP("TeamPanel", "Removed")),
           lambda r: i18n.stamp_text(r.removed_at, day_only=True) if r.removed_at else "",
           sort=lambda r: r.removed_at or ""),
)


def member_table(parent: QObject | None = None) -> RecordTable[MemberRow]:
    return RecordTable(CONTEXT, MEMBER_COLUMNS, parent)
