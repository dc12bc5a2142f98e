-- The full case record, its revisions, facets for filters, full-text search, attachments
-- and the audit log. Case content lives only in this encrypted database.

-- Rebuild `cases` with an integer key so the full-text index can follow it by rowid.
CREATE TABLE cases_new (
    num              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    reference        TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'ready', 'exported', 'delivered')),
    host_country     TEXT,
    current_revision INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
INSERT INTO cases_new (id, reference, title, status, created_at, updated_at)
    SELECT id, reference, title, status, created_at, updated_at FROM cases;
DROP TABLE cases;
ALTER TABLE cases_new RENAME TO cases;
CREATE INDEX cases_updated ON cases (updated_at DESC, num);
CREATE INDEX cases_status ON cases (status);

-- Every save is a new revision; an exported (sealed) revision never changes.
CREATE TABLE case_revisions (
    case_num   INTEGER NOT NULL REFERENCES cases (num) ON DELETE CASCADE,
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    saved_at   TEXT NOT NULL,
    record     TEXT NOT NULL,          -- the case record, JSON (schema case-v1)
    sealed_at  TEXT,                   -- set when exported
    sealed_for TEXT,                   -- the bundle id it was exported in
    PRIMARY KEY (case_num, revision)
) STRICT;

CREATE TRIGGER case_revisions_sealed_are_immutable
BEFORE UPDATE ON case_revisions
WHEN OLD.sealed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'sealed revision');
END;

-- Filter facets: act, perpetrator and country codes; date spans of events and interview.
CREATE TABLE case_facets (
    case_num INTEGER NOT NULL REFERENCES cases (num) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('act', 'perpetrator', 'country')),
    value    TEXT NOT NULL,
    PRIMARY KEY (kind, value, case_num)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_facets_case ON case_facets (case_num);

CREATE TABLE case_dates (
    case_num  INTEGER NOT NULL REFERENCES cases (num) ON DELETE CASCADE,
    date_from TEXT NOT NULL,
    date_to   TEXT NOT NULL
) STRICT;
CREATE INDEX case_dates_case ON case_dates (case_num);
CREATE INDEX case_dates_span ON case_dates (date_from, date_to);

-- Full-text search over folded text (storage/textnorm.py folds the index and the query
-- the same way). rowid = cases.num.
CREATE VIRTUAL TABLE case_fts USING fts5 (
    title, people, places, narrative, other,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Attachments: the bytes are in blobs/<id>, encrypted under file_key (age STREAM).
-- Deleting the row destroys the key.
CREATE TABLE attachments (
    id          TEXT PRIMARY KEY NOT NULL,
    case_num    INTEGER NOT NULL REFERENCES cases (num) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL,
    file_key    BLOB NOT NULL CHECK (length(file_key) = 16),
    description TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_case ON attachments (case_num);

-- Append-only, hash-chained audit log: actions and object ids, never content.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    object_id TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
