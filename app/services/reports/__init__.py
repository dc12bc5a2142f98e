"""Reports for the organisation's advocacy: selected cases as JSON (json_report.py), as CSV
with one row per event (csv_report.py) and as a printable case report (printable.py: a
document model rendered to safe HTML, which the Qt layer prints to PDF with QTextDocument +
QPdfWriter). The cases they cover come from gather.py; their labels in every language from
labels.py.

Consent rules (docs/reports.md): a case may be published only if consent was given, not
withdrawn, and its uses include "publication" (the other uses, documentation, advocacy and
legal, are confidential). Every report marks the cases without publication consent (a CSV
column, a JSON field, a banner in the case report). Person fields listed in a person's
`protected` list are left out unless the caller passes include_protected=True. Free text
(narrative, descriptions) is reported as written: it is not redacted.

Files are written privately and atomically through storage.fsio, never over an existing
file unless `replace=True`.
"""
