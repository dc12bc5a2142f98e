-- The organisation's shared desk (docs/team.md): several coordinator vaults holding the
-- same organisation key, a folder synced by Syncthing with inbox/ (bundles) and journal/
-- (events). Everything here is inside the encrypted database; the folder holds only
-- ciphertext.

-- This desk: its own member key (signs the events it writes) and age identity (receives
-- key transfers), the team it belongs to (the id of the founding event) and the folder.
CREATE TABLE team (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    member_name   TEXT NOT NULL,
    signing_seed  BLOB NOT NULL,
    age_identity  TEXT NOT NULL,
    team_id       TEXT,          -- NULL until this desk founds or joins a team
    folder        TEXT,          -- the shared folder, NULL until named
    created_at    TEXT NOT NULL,
    -- the organisation's keys and card as this desk got them when it founded or joined:
    -- what it holds when no rotation (org_key event) is valid
    base_signing_seed BLOB,
    base_age_identity TEXT,
    base_card         BLOB
) STRICT;

-- Every event this desk has read or written, verified; body is the canonical JSON that
-- was signed. Applied in the order (lamport, id).
CREATE TABLE team_events (
    id       TEXT PRIMARY KEY,      -- SHA-256 (hex) of the signed body
    lamport  INTEGER NOT NULL CHECK (lamport >= 0),
    author   TEXT NOT NULL,         -- fingerprint of the member key that signed it
    key_line TEXT NOT NULL,         -- that key
    prev     TEXT,                  -- the author's previous event, NULL for its first
    kind     TEXT NOT NULL,
    at       TEXT NOT NULL,         -- the author's clock, UTC (shown, never ordered by)
    body     TEXT NOT NULL,
    secret   BLOB,                  -- an org_key event's transferred keys, else NULL
    state    TEXT NOT NULL DEFAULT 'new',  -- new | applied | refused
    written  INTEGER NOT NULL DEFAULT 0    -- 1 once in journal/ (0: made before the folder)
) STRICT;
CREATE INDEX team_events_order ON team_events (lamport, id);
CREATE INDEX team_events_author ON team_events (author);

-- Files of the shared folder already dealt with (by name, size and change time), so a
-- sync reads each once. A file that changes is read again.
CREATE TABLE team_files (
    name      TEXT PRIMARY KEY,     -- "journal/<hash>.evt" or "inbox/<name>"
    size      INTEGER NOT NULL,
    mtime_ns  INTEGER NOT NULL,
    outcome   TEXT NOT NULL
) STRICT;

-- What the applied events decided (rebuilt from team_events whenever an event arrives
-- that sorts before one already applied).
CREATE TABLE team_members (
    fingerprint TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    key_line    TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    added_by    TEXT NOT NULL,      -- event id
    added_at    TEXT NOT NULL,
    removed_by  TEXT,               -- event id
    removed_at  TEXT,
    head        TEXT                -- the last event of this member the remover had applied
) STRICT;

CREATE TABLE triage (
    case_id  TEXT NOT NULL,
    field    TEXT NOT NULL CHECK (field IN ('status', 'assignee')),
    value    TEXT NOT NULL,
    event    TEXT NOT NULL,
    PRIMARY KEY (case_id, field)
) STRICT;

CREATE TABLE triage_tags (
    case_id  TEXT NOT NULL,
    tag      TEXT NOT NULL,
    present  INTEGER NOT NULL CHECK (present IN (0, 1)),
    event    TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) STRICT;

-- Every change applied, winners and losers, in the order applied: a case's history.
CREATE TABLE triage_history (
    seq      INTEGER PRIMARY KEY,
    case_id  TEXT NOT NULL,
    event    TEXT NOT NULL,
    field    TEXT NOT NULL,         -- status | assignee | tag | untag | note | receipt | removed
    value    TEXT NOT NULL
) STRICT;
CREATE INDEX triage_history_case ON triage_history (case_id);

-- Researchers the team pinned (pin and end_sender events), the last value of each winning.
CREATE TABLE team_pins (
    fingerprint   TEXT PRIMARY KEY,
    key_line      TEXT NOT NULL,
    name          TEXT NOT NULL,
    valid_after   TEXT,
    valid_before  TEXT,
    event         TEXT NOT NULL
) STRICT;

-- The organisation key the events chose (the last valid org_key event), and who was given
-- which organisation key (founding, key transfer, org_key event): a desk that finds a
-- removed coordinator among the holders of the current key, or an active one missing,
-- repairs it (docs/team.md).
CREATE TABLE team_org_key (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    event      TEXT NOT NULL,
    recipient  TEXT NOT NULL
) STRICT;
CREATE TABLE team_key_holders (
    recipient  TEXT NOT NULL,
    member     TEXT NOT NULL,
    PRIMARY KEY (recipient, member)
) STRICT;

CREATE TABLE team_receipts (
    bundle_id TEXT PRIMARY KEY,
    event     TEXT NOT NULL
) STRICT;

CREATE TABLE team_removed_cases (
    case_id TEXT PRIMARY KEY,
    event   TEXT NOT NULL
) STRICT;

-- Signers this desk pinned because the team did (not rebuilt: what a rebuild no longer
-- pins is unpinned again).
CREATE TABLE team_pinned (
    fingerprint TEXT PRIMARY KEY
) STRICT;

-- Organisation age identities replaced by a rotation: bundles sent to them still import.
CREATE TABLE org_keys_retired (
    recipient     TEXT PRIMARY KEY,
    age_identity  TEXT NOT NULL,
    retired_at    TEXT NOT NULL
) STRICT;
