"""The coordinator's Inbox: bundles dropped or chosen, verified and imported off the GUI
thread, each file with its outcome in plain words.

section.py is the screen (InboxSection); model.py the table of files (InboxModel), with the
history kept in the vault (app.services.inbox); outcomes.py the label, tone and sentence of
each import outcome; selected.py what is said about the selected file; drop_area.py the area
files are dropped on; batch.py the batch as a job; pin.py comparing an unknown sender's
safety code, accepting them and importing their files.
"""
