-- What each attachment reveals about where, when, on what and by whom it was made (issue
-- 16), as read at intake or when first shown, by the limited child process
-- (app.services.file_metadata). The reading is case content: it lives only here, in the
-- encrypted database, and goes with its attachment.
--   status: 'read' (a format module read it; findings may be empty), 'unsupported' (no
--   module knows the format), 'too_large' (not inspected: over the reader's limit),
--   'failed' (the reader could not parse it or gave up)
--   reading: JSON {"format": "...", "cleanable": bool, "findings": [{"kind", "field",
--   "value"}...]}
CREATE TABLE attachment_metadata (
    attachment_id TEXT PRIMARY KEY NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    status        TEXT NOT NULL CHECK (status IN ('read', 'unsupported', 'too_large', 'failed')),
    reading       TEXT NOT NULL,
    read_at       TEXT NOT NULL
) STRICT;

-- Cleaned copies (the metadata removed) made of an attachment: each with its own SHA-256
-- and the SHA-256 of its original, so the chain of custody stays whole. The cleaned bytes
-- are never stored: they are made again from the original when saved or exported. On a
-- coordinator's vault a row also records a cleaned copy received in a bundle (the
-- attachment's own bytes are then the cleaned ones, original_sha256 is the sender's).
CREATE TABLE attachment_cleaned (
    attachment_id   TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    cleaned_sha256  TEXT NOT NULL CHECK (length(cleaned_sha256) = 64),
    original_sha256 TEXT NOT NULL CHECK (length(original_sha256) = 64),
    cleaned_size    INTEGER NOT NULL CHECK (cleaned_size >= 0),
    made_at         TEXT NOT NULL,
    received        INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),
    PRIMARY KEY (attachment_id, cleaned_sha256)
) STRICT;
