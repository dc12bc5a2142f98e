-- Autosaved drafts of the case editor: the whole record being edited, kept inside the
-- encrypted database (never as a file) so a crash loses at most a few seconds of typing.
-- One draft per case; a case not saved yet has the key 'new:<uuid>'. Saving the case
-- deletes its draft; deleting the case deletes it too (secure_delete overwrites it).
CREATE TABLE drafts (
    case_key      TEXT PRIMARY KEY NOT NULL,  -- a case id, or 'new:<uuid>'
    base_revision INTEGER,                    -- the saved revision the draft started from
    record        TEXT NOT NULL,              -- the record being edited, JSON
    saved_at      TEXT NOT NULL               -- UTC, ISO 8601 with milliseconds
) STRICT;

CREATE TRIGGER drafts_follow_case_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM drafts WHERE case_key = OLD.id;
END;
