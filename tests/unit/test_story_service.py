"""The submitter's story in progress (app.services.story): kept in the encrypted database
as a draft of its own kind, the newest found again, read leniently, gone when its case was
deleted, never mistaken for the editor's drafts."""

from __future__ import annotations

import pytest

from app.services import cases as svc
from app.services import drafts as draft_svc
from app.services import story
from app.services.story import StoryInProgress
from storage import drafts
from storage.vault import Vault
from tests.casedata import minimal

pytestmark = pytest.mark.vault(role="submitter")


def test_keep_find_and_discard(vault: Vault) -> None:
    assert story.story_in_progress(vault) is None
    key = story.new_story_key()
    kept = StoryInProgress(key, "what", None, {"what": {"narrative": "Они пришли ночью."}})
    saved_at = story.keep_story(vault, kept)
    found = story.story_in_progress(vault)
    assert found == StoryInProgress(key, "what", None, kept.answers, saved_at)

    case_id = svc.add_case(vault, minimal("My story")).id
    story.keep_story(vault, StoryInProgress(key, "when", case_id, kept.answers, revision=1))
    found = story.story_in_progress(vault)
    assert found is not None
    assert (found.step, found.case_id, found.revision) == ("when", case_id, 1)
    assert drafts.count(vault.conn) == 1  # one story, replaced in place

    story.discard_story(vault, key)
    assert story.story_in_progress(vault) is None


def test_the_newest_story_is_the_one_in_progress(vault: Vault) -> None:
    older, newer = story.new_story_key(), story.new_story_key()
    story.keep_story(vault, StoryInProgress(older, "what", None))
    story.keep_story(vault, StoryInProgress(newer, "who", None))
    found = story.story_in_progress(vault)
    assert found is not None
    assert found.key == newer


def test_a_story_whose_case_was_deleted_is_gone(vault: Vault) -> None:
    case_id = svc.add_case(vault, minimal("My story")).id
    key = story.new_story_key()
    story.keep_story(vault, StoryInProgress(key, "what", case_id))
    svc.delete_case(vault, case_id)
    assert story.story_in_progress(vault) is None
    assert drafts.get(vault.conn, key) is None


def test_stories_are_not_the_editors_drafts(vault: Vault) -> None:
    case_id = svc.add_case(vault, minimal("My story")).id
    story.keep_story(vault, StoryInProgress(story.new_story_key(), "what", case_id))
    assert draft_svc.new_case_draft(vault) is None  # the editor's "New case" offers nothing
    assert draft_svc.draft_for_case(vault, case_id) is None
    assert [d.case_id for d in drafts.story_drafts(vault.conn)] == [None]
    with pytest.raises(ValueError, match="not a story key"):
        story.keep_story(vault, StoryInProgress(drafts.new_key(), "what", None))


def test_a_damaged_story_is_read_leniently(vault: Vault) -> None:
    key = story.new_story_key()
    drafts.save(vault.conn, key, {"step": 7, "case_id": "", "revision": True,
                                  "answers": {"what": {"narrative": "x"}, "when": "2020"}})
    found = story.story_in_progress(vault)
    assert found == StoryInProgress(key, "", None, {"what": {"narrative": "x"}},
                                    found.saved_at if found else "")
