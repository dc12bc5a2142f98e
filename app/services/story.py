"""The submitter's story in progress: kept in the encrypted vault while the person writes,
found again after a lock, a closed window or a crash.

A story in progress is one draft (storage/drafts.py, key ``story:<uuid>``) holding the step
the person is at, the answers of every step as they typed them, and the id of the case the
story is saved into (none until the person agreed and went on) with the version the story
last saved, so that a case changed elsewhere (in Cases) is never saved over. There is one
story in progress at a time: the newest. It is thrown away once the file for the
organisation is made, or when its case was deleted meanwhile (the person deleted the story).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storage import cases, drafts
from storage.db import checkpoint
from storage.drafts import encode
from storage.errors import CaseNotFound as CaseNotFound  # the UI catches it from here
from storage.vault import Vault

__all__ = [
    "CaseNotFound",
    "StoryInProgress",
    "case_revision",
    "discard_story",
    "encode",
    "keep_story",
    "new_story_key",
    "story_in_progress",
]


@dataclass(frozen=True)
class StoryInProgress:
    key: str
    step: str
    case_id: str | None
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    saved_at: str = ""  # UTC, as storage.drafts keeps it
    revision: int | None = None  # the case's version the story last saved

    def state(self) -> dict[str, Any]:
        """The stored form (what keep_story writes)."""
        return {"step": self.step, "case_id": self.case_id, "revision": self.revision,
                "answers": self.answers}


def new_story_key() -> str:
    return drafts.new_story_key()


def keep_story(vault: Vault, story: StoryInProgress, *, encoded: str | None = None) -> str:
    """Keep the story in progress in the vault (one small write, its own transaction).
    Returns when it was saved (UTC)."""
    if not drafts.is_story_key(story.key):
        raise ValueError(f"not a story key: {story.key!r}")
    return drafts.save(vault.conn, story.key, story.state(), None, encoded=encoded)


def story_in_progress(vault: Vault) -> StoryInProgress | None:
    """The newest story in progress, or None. A story whose case no longer exists was
    deleted by the person: its draft goes too."""
    for draft in drafts.story_drafts(vault.conn):
        story = _story(draft.key, draft.record, draft.saved_at)
        if story.case_id is not None:
            try:
                cases.resolve(vault.conn, story.case_id)
            except CaseNotFound:
                discard_story(vault, draft.key)
                continue
        return story
    return None


def discard_story(vault: Vault, key: str) -> None:
    """Forget the story in progress (its case stays), leaving no copy in the WAL."""
    drafts.delete(vault.conn, key)
    checkpoint(vault.conn)


def _story(key: str, state: dict[str, Any], saved_at: str) -> StoryInProgress:
    """Read a stored story leniently: anything of the wrong shape is left out."""
    step = state.get("step")
    case_id = state.get("case_id")
    answers = state.get("answers")
    revision = state.get("revision")
    return StoryInProgress(
        key=key,
        step=step if isinstance(step, str) else "",
        case_id=case_id if isinstance(case_id, str) and case_id else None,
        answers={k: v for k, v in answers.items() if isinstance(k, str) and isinstance(v, dict)}
        if isinstance(answers, dict) else {},
        saved_at=saved_at,
        revision=revision if isinstance(revision, int) and not isinstance(revision, bool)
        else None,
    )


def case_revision(vault: Vault, case_id: str) -> int:
    """The current version of the story's case (raises CaseNotFound)."""
    return cases.get_summary(vault.conn, cases.resolve(vault.conn, case_id)).revision
