"""The organisation's desk on several machines (DESIGN.md section 10, docs/team.md).

Coordinator vaults that hold the same organisation key share a folder that Syncthing keeps
in step: `inbox/` receives bundle files, `journal/` holds events. This module is all of it
that is ours: joining (a signed, encrypted key transfer), leaving (the organisation key is
rotated), writing events when a coordinator decides something, and `sync`, which imports the
bundles of `inbox/` and applies every event not applied yet, in the order of
app.domain.team, so that every desk ends with the same archive.

Events are applied in (lamport, id) order inside one transaction per sync: an event that
arrives late and sorts before events already applied makes the desk rebuild what the events
decided from all of them (`_rebuild`), so arrival order never matters.
"""

from app.services.team.apply import flush
from app.services.team.desk import (
    DEFAULT_NAME,
    EVENT_SUFFIX,
    INBOX,
    INVITE_HEADER,
    JOURNAL,
    MemberLine,
    TeamStatus,
    code_matches,
    folder_of,
    in_team,
    my_line,
    parse_member_line,
    status,
)
from app.services.team.joining import (
    Invitation,
    InviteWritten,
    Removed,
    invite,
    join,
    members,
    read_invite,
    remove_member,
    set_folder,
)
from app.services.team.syncing import SyncProgress, SyncReport, sync
from app.services.team.triage import (
    CaseTriage,
    Change,
    canonical_dump,
    case_triage,
    my_name,
    read_note,
    receipt_issued,
    remove_case,
    sender_ended,
    sender_pinned,
    share_imported,
    triage,
    triage_for,
)

__all__ = [
    "DEFAULT_NAME",
    "EVENT_SUFFIX",
    "INBOX",
    "INVITE_HEADER",
    "JOURNAL",
    "CaseTriage",
    "Change",
    "Invitation",
    "InviteWritten",
    "MemberLine",
    "Removed",
    "SyncProgress",
    "SyncReport",
    "TeamStatus",
    "canonical_dump",
    "case_triage",
    "code_matches",
    "flush",
    "folder_of",
    "in_team",
    "invite",
    "join",
    "members",
    "my_line",
    "my_name",
    "parse_member_line",
    "read_invite",
    "read_note",
    "receipt_issued",
    "remove_case",
    "remove_member",
    "sender_ended",
    "sender_pinned",
    "set_folder",
    "share_imported",
    "status",
    "sync",
    "triage",
    "triage_for",
]
