-- Keys and trust, bundles sent and received, provenance of imported cases, receipts.

-- This vault's own identity: an Ed25519 signing key and an X25519 age identity. The
-- private halves live only here, inside the encrypted database. One row.
CREATE TABLE identity (
    singleton     INTEGER PRIMARY KEY CHECK (singleton = 1),
    signing_seed  BLOB NOT NULL CHECK (length(signing_seed) = 32),
    age_identity  TEXT NOT NULL,       -- AGE-SECRET-KEY-1...
    created_at    TEXT NOT NULL
) STRICT;

-- Organisations this (researcher) vault trusts, from their cards; or, in a coordinator
-- vault, the organisation it is (own = 1).
CREATE TABLE organisations (
    num           INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    age_recipient TEXT NOT NULL UNIQUE,
    signing_key   TEXT NOT NULL,       -- ssh-ed25519 AAAA...
    fingerprint   TEXT NOT NULL UNIQUE,
    card          BLOB NOT NULL,
    own           INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),
    trusted_at    TEXT NOT NULL
) STRICT;

-- Researchers whose bundles this (coordinator) vault accepts.
CREATE TABLE signers (
    num           INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    public_key    TEXT NOT NULL,       -- ssh-ed25519 AAAA...
    fingerprint   TEXT NOT NULL UNIQUE,
    valid_after   TEXT,                -- UTC; NULL = no bound
    valid_before  TEXT,
    trusted_at    TEXT NOT NULL
) STRICT;

-- Bundles written (direction 'out') and received (direction 'in').
CREATE TABLE bundles (
    id                 TEXT PRIMARY KEY NOT NULL,   -- the bundle UUID
    direction          TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    created_at         TEXT NOT NULL,
    file_sha256        TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    signer_name        TEXT NOT NULL DEFAULT '',
    sender_recipient   TEXT NOT NULL DEFAULT '',   -- 'in': where receipts go
    recipients         TEXT NOT NULL,              -- JSON list of age1... recipients
    payload_bytes      INTEGER NOT NULL DEFAULT 0,
    imported_at        TEXT,
    delivered_at       TEXT,                       -- 'out': when a receipt arrived
    receipt_sha256     TEXT
) STRICT;

CREATE TABLE bundle_cases (
    bundle_id TEXT NOT NULL REFERENCES bundles (id) ON DELETE CASCADE,
    case_id   TEXT NOT NULL,   -- no foreign key: a purged case keeps its history here
    revision  INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, case_id)
) STRICT;
CREATE INDEX bundle_cases_case ON bundle_cases (case_id);

CREATE TABLE bundle_attachments (
    bundle_id TEXT NOT NULL REFERENCES bundles (id) ON DELETE CASCADE,
    blob_id   TEXT NOT NULL,
    size      INTEGER NOT NULL,
    sha256    TEXT NOT NULL,
    PRIMARY KEY (bundle_id, blob_id)
) STRICT;
