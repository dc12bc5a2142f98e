"""The coordinator's Inbox: bundles dropped or chosen, verified and imported off the GUI
thread, each file with its outcome in plain words.

section.py is the screen (InboxSection); model.py the table of files (InboxModel);
outcomes.py the label, tone and sentence of each import outcome; drop_area.py the area files
are dropped on; pin.py comparing an unknown researcher's safety code, pinning them and
importing their files.
"""
