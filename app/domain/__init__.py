"""The rules of a case, written once (no Qt, no storage).

Consent, redaction, how a person is named and masked, which fields are protected, the own
organisation, import outcomes, sizes and placeholders: the editor, the export, the reports and
the command line all ask these modules, so a rule cannot drift between screens.
"""
