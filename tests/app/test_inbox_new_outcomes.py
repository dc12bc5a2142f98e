"""The Inbox shows the outcomes issue 13 added as their own words: a bundle id already used
by another sender (not "seen before", which would hide the genuine bundle as a replay), and
a disk too full to read a bundle."""

from __future__ import annotations

from pathlib import Path

from app.domain.outcomes import Outcome, reason
from app.services.coordinator import BatchItem
from app.services.errors import BundleIdConflict
from app.ui.coordinator.inbox import outcomes as shown


def test_an_id_conflict_is_not_shown_as_a_replay(qapp: object) -> None:
    assert shown.label(Outcome.ID_CONFLICT) == "Refused: id used by another sender"
    assert shown.label(Outcome.ID_CONFLICT) != shown.label(Outcome.REPLAY)
    assert shown.tone_of(Outcome.ID_CONFLICT) is shown.Tone.BAD
    item = BatchItem(Path("B-x.age"), Outcome.ID_CONFLICT, reason(Outcome.ID_CONFLICT),
                     error=BundleIdConflict("9c1e", "Researcher 7"))
    assert shown.sentence(item).startswith("Refused: another sender already used this bundle")


def test_a_full_disk_is_a_warning_with_its_own_words(qapp: object) -> None:
    assert shown.label(Outcome.NO_SPACE) == "Not read: disk full"
    assert shown.tone_of(Outcome.NO_SPACE) is shown.Tone.WARN
    item = BatchItem(Path("B-x.age"), Outcome.NO_SPACE, reason(Outcome.NO_SPACE))
    assert "too little free space" in shown.sentence(item)
