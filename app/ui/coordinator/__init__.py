"""The coordinator's desk.

inbox/ takes bundles in (drop, verify, import, pin an unknown researcher); researchers/
lists the pinned researchers, their validity and their bundles; overview.py charts what
arrived; provenance.py shows where a case came from; receipts.py confirms bundles to the
researchers who sent them; reports.py (with report_pdf.py) writes reports of chosen cases.
"""
