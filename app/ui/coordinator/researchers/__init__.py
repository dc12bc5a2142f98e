"""The coordinator's Researchers section.

section.py is the screen (ResearchersSection: pinned researchers, pinning one after
comparing the safety code, when their key is valid, their bundles); models.py the two
tables (researchers, one researcher's bundles); dates.py the days chosen on screen and the
UTC stamps a key's validity is stored as.
"""
