"""The fixed parts of the error catalog (app/messages): the exit statuses, the Explanation
an error becomes, and the sentence tables keyed by reason (a weak passphrase, a file system
error, a recovery code, a case file's problem, an attached file's source or original, a
refused provisioning file) and by import outcome. explain() in app/messages/__init__.py
picks among them. Every sentence is marked for Qt Linguist in the "Errors" context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.domain.outcomes import Outcome
from app.domain.text import fill

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    """Marks `text` for extraction by lupdate; translation happens where it is shown."""
    del context
    return text


class ExitCode:
    OK = 0
    FAILURE = 1
    USAGE = 2
    WRONG_SECRET = 3
    NO_VAULT = 4
    IN_USE = 5
    CORRUPT = 6
    WEAK_PASSPHRASE = 7
    KEYRING = 8
    CHECK_FAILED = 9
    FILE_SYSTEM = 10
    EXISTS = 11
    BAD_INPUT = 12
    NOT_FOUND = 13
    CORRUPT_ATTACHMENT = 14
    SOURCE_CHANGED = 15
    CANCELLED = 16
    TAMPERED = 20
    UNKNOWN_SIGNER = 21
    REPLAY = 22
    NOT_FOR_US = 23
    DUPLICATE = 24
    MALFORMED_BUNDLE = 25
    UNSUPPORTED_FORMAT = 26
    SIGNER_EXPIRED = 27
    INVALID_CASE = 28
    CONFLICT = 29
    RECEIPT_MISMATCH = 30
    WRONG_ROLE = 31
    CONSENT = 32
    NOTHING_TO_EXPORT = 33
    NOT_DELIVERED = 34
    BAD_CARD = 35
    SEALED = 40  # sealed for travel (storage/seal.py)
    INTERRUPTED = 130


@dataclass(frozen=True, slots=True)
class Explanation:
    exit_code: int
    text: str  # English source text with %1.. placeholders, translated by the UI
    args: tuple[str, ...] = ()

    def render(self, translated: str | None = None) -> str:
        """The sentence (or its translation) with %1.. filled in one pass: an argument is
        never read again, so a path holding "%2" prints as it is."""
        return fill(translated if translated is not None else self.text, *self.args)



WEAK_REASONS = {
    "empty": QT_TRANSLATE_NOOP("Errors", "Please enter a passphrase."),
    "too_short": QT_TRANSLATE_NOOP("Errors", "Use at least 12 characters; four or five unrelated words work well."),
    "common_words": QT_TRANSLATE_NOOP("Errors", "It is built from very common words or passwords; add unusual words."),
    "keyboard_pattern": QT_TRANSLATE_NOOP("Errors", "It follows a pattern on the keyboard; use unrelated words instead."),
    "repeated": QT_TRANSLATE_NOOP("Errors", "It repeats the same characters; use several different words."),
    "sequence": QT_TRANSLATE_NOOP("Errors", "It is an easy sequence like abcd or 1234; use unrelated words."),
    "dates": QT_TRANSLATE_NOOP("Errors", "Dates and years are easy to guess; use words instead."),
    "personal": QT_TRANSLATE_NOOP("Errors", "It contains your name or the program's name; choose other words."),
    "guessable": QT_TRANSLATE_NOOP("Errors", "It would be too easy to guess; add two or three more unrelated words."),
}

FS_REASONS = {
    "disk_full": QT_TRANSLATE_NOOP("Errors", "The disk is full, so nothing was changed. Free some space and try again."),
    "read_only": QT_TRANSLATE_NOOP("Errors", "The disk is read-only, so nothing was changed."),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "Guvoh may not write to %1, so nothing was changed."),
    "io_error": QT_TRANSLATE_NOOP("Errors", "Writing to %1 failed, so nothing was changed. The disk may be failing."),
}

RECOVERY_REASONS = {
    "length": QT_TRANSLATE_NOOP("Errors", "A recovery code has 8 groups of 4 letters and digits; check that none is missing."),
    "characters": QT_TRANSLATE_NOOP("Errors", "The recovery code contains characters it cannot have; check for typing mistakes."),
    "checksum": QT_TRANSLATE_NOOP("Errors", "The recovery code has a typing mistake; compare each group with your copy."),
}


CASE_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("Errors", "The case file is missing the field %1."),
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "The case file has a field Guvoh does not know at %1: %2."),
    "unknown_code": QT_TRANSLATE_NOOP("Errors", "%2 at %1 is not a known code; see resources/vocab/%3.json for the list."),
    "unsupported_version": QT_TRANSLATE_NOOP("Errors", "The case file at %1 has schema version %2; this Guvoh reads version 1."),
    "type": QT_TRANSLATE_NOOP("Errors", "%1 must be of type %2."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "%1 is too long or too large (the limit is %2)."),
    "too_short": QT_TRANSLATE_NOOP("Errors", "%1 is empty or too small (at least %2)."),
    "format": QT_TRANSLATE_NOOP("Errors", "%1 is not in the expected form: %2."),
    "duplicate_id": QT_TRANSLATE_NOOP("Errors", "Two entries use the id %2 (at %1); ids must be unique."),
    "unknown_person": QT_TRANSLATE_NOOP("Errors", "%1 names %2, but no person in the case has that id."),
    "unknown_attachment": QT_TRANSLATE_NOOP("Errors", "%1 names the file %2, but this case has no attachment with that id."),
    "bad_date": QT_TRANSLATE_NOOP("Errors", "%1 is not a real calendar date: %2."),
    "not_allowed_on_add": QT_TRANSLATE_NOOP("Errors", "A new case cannot have the field %1; the vault assigns it. To change an existing case use 'guvoh case edit'."),
    "id_mismatch": QT_TRANSLATE_NOOP("Errors", "The file is for another case (id %2)."),
    "status_not_allowed": QT_TRANSLATE_NOOP("Errors", "The status %2 is set by exporting or by a receipt; a case file may say draft or ready."),
    "schema": QT_TRANSLATE_NOOP("Errors", "The case file is not valid at %1: %2"),
    "bad_text": QT_TRANSLATE_NOOP("Errors", "%1 holds a broken character (a lone surrogate, which is not Unicode text); the case was not stored."),
    "bad_filename": QT_TRANSLATE_NOOP("Errors", "The file name at %1 holds a slash, a backslash, a control character or a text-direction mark, which could disguise it; the case was not stored."),
}

SOURCE_REASONS = {
    "missing": QT_TRANSLATE_NOOP("Errors", "The file %1 does not exist; nothing was stored."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "The file %1 could not be read; nothing was stored."),
    "not_a_file": QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a file; nothing was stored."),
    "vanished": QT_TRANSLATE_NOOP("Errors", "The file %1 was moved or deleted while it was being stored; nothing was stored. Try again."),
    "shrank": QT_TRANSLATE_NOOP("Errors", "The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it."),
    "grew": QT_TRANSLATE_NOOP("Errors", "The file %1 changed while it was being stored; nothing was stored. Try again when no other program is writing it."),
}

# The original of an attached file, left where it was (app/services/originals.py).
ORIGINAL_REASONS = {
    "missing": QT_TRANSLATE_NOOP("Errors", "The original %1 is no longer there, so nothing was removed. The copy in your vault is safe."),
    "changed": QT_TRANSLATE_NOOP("Errors", "The original %1 has changed since it was stored in the vault, so it was not removed. The copy in your vault is safe."),
    "symlink": QT_TRANSLATE_NOOP("Errors", "The original %1 is a link to another place, so Guvoh did not remove it. The copy in your vault is safe."),
    "not_a_file": QT_TRANSLATE_NOOP("Errors", "The original %1 is not an ordinary file, so Guvoh did not remove it. The copy in your vault is safe."),
    "failed": QT_TRANSLATE_NOOP("Errors", "The original %1 could not be removed: the system did not allow it. The copy in your vault is safe."),
    "emptied": QT_TRANSLATE_NOOP("Errors", "The original %1 was overwritten with zeros, but the system did not allow removing it; delete the empty file yourself. The copy in your vault is safe."),
}


# Why an organisation's provisioning file was refused (app/services/provisioning.py).
PROVISION_REASONS = {
    "unreadable": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The provisioning file could not be read, so nothing was set. Check that it is there and copied whole.")),
    "too_large": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "This file is too large to be a provisioning file, so nothing was set. Choose the file your organisation gave you.")),
    "malformed": (ExitCode.BAD_CARD, QT_TRANSLATE_NOOP("Errors", "This is not a provisioning file, or it is damaged or cut short, so nothing was set. Ask your organisation for a new copy.")),
    "unknown_field": (ExitCode.BAD_CARD, QT_TRANSLATE_NOOP("Errors", "This provisioning file holds a setting this Guvoh does not know (%1), so nothing was set. Update Guvoh, or ask your organisation for a new file.")),
    "bad_value": (ExitCode.BAD_CARD, QT_TRANSLATE_NOOP("Errors", "This provisioning file gives the setting %1 a value Guvoh does not accept, so nothing was set. Ask your organisation for a new file.")),
    "unsigned": (ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This provisioning file is not signed by the organisation, so nothing was set. Ask your organisation for its signed file.")),
    "tampered": (ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This provisioning file was altered or damaged after the organisation signed it, so nothing was set. Ask your organisation for a new copy.")),
    "foreign": (ExitCode.TAMPERED, QT_TRANSLATE_NOOP("Errors", "This provisioning file is signed by someone other than the organisation it names, so nothing was set. Do not use it; ask your organisation for its own file.")),
}

# The inbox's sentence for each import outcome, keyed by the closed list
# (app.domain.outcomes.Outcome); tests/unit/test_errors.py checks every member has one. The
# full sentence for an error comes from explain().
IMPORT_OUTCOMES: Final[dict[Outcome, str]] = {
    Outcome.IMPORTED: QT_TRANSLATE_NOOP("Errors", "Imported."),
    Outcome.VERIFIED: QT_TRANSLATE_NOOP("Errors", "Verified: the bundle passed every check. Nothing was imported."),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("Errors", "Already imported; nothing was imported twice."),
    Outcome.REPLAY: QT_TRANSLATE_NOOP("Errors", "Refused: another file with the same bundle id was seen before (a replay)."),
    Outcome.NOT_FOR_US: QT_TRANSLATE_NOOP("Errors", "Not for us: this bundle is addressed to another organisation."),
    Outcome.UNKNOWN_SIGNER: QT_TRANSLATE_NOOP("Errors", "Unknown sender: compare the safety code with the sender by phone or in person; if it matches, the file is imported."),
    Outcome.SIGNER_EXPIRED: QT_TRANSLATE_NOOP("Errors", "Refused: files from this sender are accepted only between the dates you set for them."),
    Outcome.TAMPERED: QT_TRANSLATE_NOOP("Errors", "Damaged or altered: the file changed after its sender made it. Nothing was imported."),
    Outcome.TRUNCATED: QT_TRANSLATE_NOOP("Errors", "Incomplete: the file was cut short, perhaps while copying. Nothing was imported."),
    Outcome.MALFORMED: QT_TRANSLATE_NOOP("Errors", "Refused: not a well-formed Guvoh bundle. Nothing was imported."),
    Outcome.UNSUPPORTED: QT_TRANSLATE_NOOP("Errors", "Refused: a bundle format this Guvoh does not read. Update Guvoh."),
    Outcome.UNREADABLE: QT_TRANSLATE_NOOP("Errors", "Unreadable: not a Guvoh bundle, or a file that could not be read."),
    Outcome.INVALID_CASE: QT_TRANSLATE_NOOP("Errors", "Refused: a case in the bundle does not follow the case format."),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("Errors", "Refused: the bundle would overwrite a case or file that came from elsewhere."),
    Outcome.ID_CONFLICT: QT_TRANSLATE_NOOP("Errors", "Refused: another sender already used this bundle's id. One of the two copied it; ask both senders before trusting either."),
    Outcome.NO_SPACE: QT_TRANSLATE_NOOP("Errors", "Not read: the vault's disk has too little free space for this bundle. Free some space and import it again."),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("Errors", "Cancelled: nothing was imported from this file."),
    Outcome.FAILED: QT_TRANSLATE_NOOP("Errors", "Failed: an unexpected error stopped this file; nothing was imported from it."),
}

# Finer sentences for some "kind.detail" reasons (app.domain.outcomes.reason).
IMPORT_OUTCOME_DETAILS: Final[dict[str, str]] = {
    "not_for_us.no_identity": QT_TRANSLATE_NOOP("Errors", "Not for us: this bundle is encrypted for another organisation."),
    "not_for_us.recipient": QT_TRANSLATE_NOOP("Errors", "Not for us: this bundle was made for another organisation and passed on."),
    "malformed.no_case": QT_TRANSLATE_NOOP("Errors", "Refused: the bundle holds no case. Nothing was imported."),
}


def import_outcome_text(reason: str) -> str:
    """The sentence for a batch outcome `reason` ("kind" or "kind.detail"); an unknown
    kind gets the sentence of FAILED."""
    if reason in IMPORT_OUTCOME_DETAILS:
        return IMPORT_OUTCOME_DETAILS[reason]
    try:
        return IMPORT_OUTCOMES[Outcome(reason.split(".")[0])]
    except ValueError:
        return IMPORT_OUTCOMES[Outcome.FAILED]


# The shared desk (app.services.team.TeamError), keyed by reason; %1 is the detail.
TEAM_REASONS = {
    "bad_line": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "That is not a coordinator's line from 'guvoh team identity'; ask for it again and paste the whole line.")),
    "bad_name": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "That name cannot be used: give 1 to 200 letters, without control characters.")),
    "bad_value": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "That value cannot be recorded (%1): check the status, the tag or the note and try again.")),
    "no_folder": (ExitCode.FAILURE, QT_TRANSLATE_NOOP("Errors", "This desk has no shared folder yet. Name it first with 'guvoh team folder DIR'.")),
    "folder_missing": (ExitCode.FILE_SYSTEM, QT_TRANSLATE_NOOP("Errors", "The shared folder %1 is not there (an unplugged disk, or Syncthing not set up yet). Nothing was read.")),
    "folder_unwritable": (ExitCode.FILE_SYSTEM, QT_TRANSLATE_NOOP("Errors", "Guvoh cannot write into the shared folder %1. Check that it exists and that you may write there; what you decided is kept and written at the next sync.")),
    "not_joined": (ExitCode.WRONG_ROLE, QT_TRANSLATE_NOOP("Errors", "This desk is not part of a team: create the organisation here first, or join with the key transfer a coordinator made for you.")),
    "already_joined": (ExitCode.CONFLICT, QT_TRANSLATE_NOOP("Errors", "This desk has already joined this team; nothing was changed.")),
    "other_team": (ExitCode.CONFLICT, QT_TRANSLATE_NOOP("Errors", "This desk belongs to another team already, so it cannot join this one.")),
    "has_organisation": (ExitCode.CONFLICT, QT_TRANSLATE_NOOP("Errors", "This vault is already the organisation %1, so it cannot take another organisation's keys. Join from a new coordinator vault.")),
    "bad_invite": (ExitCode.BAD_CARD, QT_TRANSLATE_NOOP("Errors", "This is not a key transfer made for this desk, or it is damaged, so nothing was changed. Ask the coordinator to make it again from your line.")),
    "unreadable": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "The file %1 could not be read, so nothing was changed.")),
    "exists": (ExitCode.EXISTS, QT_TRANSLATE_NOOP("Errors", "%1 exists already and is never overwritten; choose another name.")),
    "was_removed": (ExitCode.CONFLICT, QT_TRANSLATE_NOOP("Errors", "%1 was removed from the team and cannot join again with the same key. Ask for a new line from a new vault.")),
    "name_taken": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "A coordinator of this team is already called %1; ask the newcomer to choose another name.")),
    "remove_self": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "A desk cannot remove itself; another coordinator removes it.")),
    "no_member": (ExitCode.NOT_FOUND, QT_TRANSLATE_NOOP("Errors", "No coordinator %1 in this team. 'guvoh team status' lists them.")),
    "ambiguous_member": (ExitCode.BAD_INPUT, QT_TRANSLATE_NOOP("Errors", "More than one coordinator matches %1; use the fingerprint.")),
    "nothing_to_do": (ExitCode.USAGE, QT_TRANSLATE_NOOP("Errors", "Say what to record: a status, an assignment, a tag or a note.")),
}
