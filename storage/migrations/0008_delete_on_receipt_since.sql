-- Delete on receipt (DESIGN.md 2b) is on by default for researchers and submitters. For a
-- vault made before it existed, the default applies only to receipts that arrive from now
-- on: cases delivered earlier stay until the person removes them or chooses a grace period.
-- A new vault gets its creation time here, so every receipt it ever imports counts.
INSERT OR IGNORE INTO meta (key, value)
VALUES ('delete_on_receipt_since', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
