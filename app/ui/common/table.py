"""What every table model in the app shares: the index type Qt passes, and the roles.

Every model answers RecordRole with the row's record and SortRole with the raw value to sort
by, so views, delegates and tests read any table the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex  # what Qt passes as a model index
RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
