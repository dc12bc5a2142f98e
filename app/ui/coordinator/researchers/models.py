"""The Researchers section's two tables: the researchers (pinned ones, and keys bundles came
from that are not pinned any more) and the bundles received from the selected one. Headers
and texts keep the "Researchers" translation context."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.domain.text import fill
from app.services import provenance, signers
from app.services.provenance import BundleSummary
from app.services.signers import Signer
from app.services.vaults import Vault
from app.ui.common.table import RIGHT, Column, RecordTable
from app.ui.coordinator.researchers.dates import now_stamp, shown_from, shown_until, stamp_text

CONTEXT = "Researchers"


def short_code(code: str) -> str:
    groups = code.split()
    return " ".join(groups[:2]) + (" ..." if len(groups) > 2 else "")


# -- the researchers ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResearcherRow:
    fingerprint: str
    name: str
    signer: Signer | None  # None: bundles came from this key, but it is not pinned now
    bundles: tuple[BundleSummary, ...]

    @property
    def status(self) -> str:
        if self.signer is None:
            return "not_pinned"
        now = now_stamp()
        if self.signer.valid_at(now):
            return "active"
        if self.signer.valid_after is not None and now < self.signer.valid_after:
            return "not_yet"
        return "ended"


def researcher_rows(vault: Vault) -> list[ResearcherRow]:
    """Every pinned researcher and every key bundles came from, by name."""
    pinned = {s.fingerprint: s for s in signers.signers(vault)}
    return [ResearcherRow(entry.fingerprint, entry.name, pinned.get(entry.fingerprint),
                          entry.bundles)
            for entry in provenance.signers_with_bundles(vault)]


class ResearcherColumn(IntEnum):
    NAME = 0
    CODE = 1
    VALID_FROM = 2
    VALID_UNTIL = 3
    STATUS = 4
    BUNDLES = 5


STATUS_LABELS = {
    "active": str(QT_TRANSLATE_NOOP("Researchers", "Accepted")),
    "ended": str(QT_TRANSLATE_NOOP("Researchers", "Ended")),
    "not_yet": str(QT_TRANSLATE_NOOP("Researchers", "Not valid yet")),
    "not_pinned": str(QT_TRANSLATE_NOOP("Researchers", "Not pinned")),
}


def _code(row: ResearcherRow) -> str:
    return row.signer.public_key.safety_code() if row.signer is not None else ""


RESEARCHER_COLUMNS: tuple[Column[ResearcherRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Researcher")), lambda r: r.name,
           sort=lambda r: r.name.casefold()),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Safety code")),
           lambda r: short_code(_code(r)) if r.signer is not None else "", sort=_code),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Valid from")),
           lambda r: shown_from(r.signer.valid_after) if r.signer is not None else "",
           sort=lambda r: (r.signer.valid_after or "") if r.signer is not None else ""),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Valid until")),
           lambda r: shown_until(r.signer.valid_before) if r.signer is not None else "",
           sort=lambda r: (r.signer.valid_before or "9999") if r.signer is not None else ""),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Status")),
           lambda r: QCoreApplication.translate(CONTEXT, STATUS_LABELS[r.status]),
           sort=lambda r: r.status),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Bundles")), lambda r: str(len(r.bundles)),
           sort=lambda r: len(r.bundles), align=RIGHT),
)


def researcher_table(parent: QObject | None = None) -> RecordTable[ResearcherRow]:
    """Pinned researchers (and keys bundles came from that are not pinned any more), by
    name. RecordRole gives the ResearcherRow; SortRole raw values."""
    return RecordTable(CONTEXT, RESEARCHER_COLUMNS, parent)


# -- one researcher's bundles ---------------------------------------------------------------


class BundleColumn(IntEnum):
    BUNDLE = 0
    CREATED = 1
    IMPORTED = 2
    CASES = 3
    RECEIPT = 4


def _receipt_text(b: BundleSummary) -> str:
    if b.receipt.created:
        return fill(QCoreApplication.translate("Researchers", "Receipt made %1"),
                    stamp_text(b.receipt.at))
    return QCoreApplication.translate("Researchers", "No receipt yet")


BUNDLE_COLUMNS: tuple[Column[BundleSummary], ...] = (
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Bundle")), lambda b: b.bundle_id[:8],
           sort=lambda b: b.bundle_id, tooltip=lambda b: b.bundle_id),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Created")),
           lambda b: stamp_text(b.created_at), sort=lambda b: b.created_at),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Imported")),
           lambda b: stamp_text(b.imported_at), sort=lambda b: b.imported_at or ""),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Cases")), lambda b: str(b.cases),
           sort=lambda b: b.cases),
    Column(str(QT_TRANSLATE_NOOP("Researchers", "Receipt")), _receipt_text,
           sort=lambda b: b.receipt.at or ""),
)


def bundle_table(parent: QObject | None = None) -> RecordTable[BundleSummary]:
    """The bundles received from one researcher, newest import first. RecordRole gives
    the BundleSummary; SortRole raw values."""
    return RecordTable(CONTEXT, BUNDLE_COLUMNS, parent)
