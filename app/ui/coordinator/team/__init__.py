"""The organisation's desk on several machines in the desktop app (docs/team.md): the Team
panel in Organisations (panel.py, with the code comparisons of compare.py), automatic sync
of the shared folder (auto_sync.py) and the triage of a received case (triage.py)."""
