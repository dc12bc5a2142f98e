-- References are compared without regard to case (a user types "kz-2024-002" for
-- "KZ-2024-002"); this index serves those lookups instead of a scan of every case.
CREATE INDEX cases_reference_nocase ON cases (reference COLLATE NOCASE);
