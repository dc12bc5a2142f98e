-- Deleting a case removes its words from the full-text index itself (FTS5 secure-delete),
-- not only from what a search returns: without it, the blocks of the index keep the folded
-- words of a deleted document until a merge happens to rewrite them.
INSERT INTO case_fts (case_fts, rank) VALUES ('secure-delete', 1);
-- Words that deletes before this migration left behind: merging every segment into one
-- drops them, and the pages it frees are overwritten (PRAGMA secure_delete).
INSERT INTO case_fts (case_fts) VALUES ('optimize');
