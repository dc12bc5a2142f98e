-- The coordinator's Inbox history: every bundle file the Inbox read, when, with what
-- outcome, from whom and which cases it brought, kept inside the encrypted database so the
-- Inbox shows it again after a lock. A row is unread (read_at NULL) until the coordinator
-- looks at it. Only the file's own name is kept, never the folder it came from.
CREATE TABLE inbox (
    num          INTEGER PRIMARY KEY,
    received_at  TEXT NOT NULL,                -- UTC, when the Inbox read the file
    file_name    TEXT NOT NULL,
    size         INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
    outcome      TEXT NOT NULL,                -- app.domain.outcomes.Outcome
    reason       TEXT NOT NULL,                -- "kind" or "kind.detail"
    bundle_id    TEXT,
    sender       TEXT NOT NULL DEFAULT '',     -- the name the sender is known by here
    sender_gave  TEXT NOT NULL DEFAULT '',     -- the name the sender gave in the bundle
    fingerprint  TEXT,                         -- of the key that signed it, if known
    cases        INTEGER NOT NULL DEFAULT 0,
    attachments  INTEGER NOT NULL DEFAULT 0,
    read_at      TEXT                          -- UTC; NULL = not looked at yet
) STRICT;
CREATE INDEX inbox_unread ON inbox (read_at) WHERE read_at IS NULL;

-- The cases each file brought (or, for a file imported before, brought the first time).
CREATE TABLE inbox_cases (
    entry    INTEGER NOT NULL REFERENCES inbox (num) ON DELETE CASCADE,
    case_id  TEXT NOT NULL,   -- no foreign key: a purged case keeps its history here
    PRIMARY KEY (entry, case_id)
) STRICT;
CREATE INDEX inbox_cases_case ON inbox_cases (case_id);
