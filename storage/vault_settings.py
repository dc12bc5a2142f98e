"""Small settings of one vault, kept in its encrypted `meta` table (app/services/settings.py
reads and words them): whether new persons' identifying fields start protected."""

from __future__ import annotations

from storage import audit
from storage.db import Connection, transaction

PROTECT_BY_DEFAULT_META = "protect_by_default"  # "on" or "off"; absent: on


def protect_by_default(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?",
                       (PROTECT_BY_DEFAULT_META,)).fetchone()
    return None if row is None else str(row[0])


def set_protect_by_default(conn: Connection, value: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (PROTECT_BY_DEFAULT_META, value),
        )
        audit.append(conn, "setting_changed", f"{PROTECT_BY_DEFAULT_META}={value}")
