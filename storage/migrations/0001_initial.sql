-- Vault metadata: one row per key. Never holds case content.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Cases: the minimal list the first window shows. The full record arrives in 0002.
CREATE TABLE cases (
    id          TEXT PRIMARY KEY NOT NULL,
    reference   TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'ready', 'exported', 'delivered')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX cases_updated ON cases (updated_at DESC);
