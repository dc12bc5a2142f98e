"""100,000 cases: insert rate and full-text search latency, vault vs plain SQLite.

Ours: a vault (SQLCipher, as `Vault.create` sets it up). Reference: plain SQLite
(sqlcipher3's SQLite with no key), unencrypted, with the same schema (every
storage/migrations/*.sql applied) and the same journal and sync settings
(bench.batchinsert.plain_database). Both receive the same generated records
(bench.casegen) through the same code (bench.batchinsert.add_many:
storage.cases.add_in_transaction, the body of storage.cases.add, 1,000 cases per
transaction). Batches alternate which database goes first; each batch is timed on its own;
the median batch rate is reported.

Search: a fixed set of queries (several languages and both scripts, Uzbek apostrophe
variants, prefixes, two-word queries, filters, a name, a word that matches nothing) run
through `storage.search.search` (50 hits, ranked, with snippets) on both databases, after
one untimed warm-up pass; rounds x queries timings, median and p95 of each side. The time
of the bare FTS5 statement on the plain database is recorded in the details too.
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from bench import casegen
from bench.batchinsert import add_many, plain_database
from bench.common import PASSPHRASE, Context, Result, percentile, result
from crypto import kdf
from storage import search
from storage.devicekeyring import DeviceKeyring
from storage.search import SearchFilters
from storage.vault import Vault

SEED = 2026
BATCH = 1000
INSERT = "100,000 cases: insert rate vs plain SQLite"
SEARCH_MEDIAN = "search, 100,000 cases: median latency vs plain SQLite FTS5"
SEARCH_P95 = "search, 100,000 cases: p95 latency vs plain SQLite FTS5"
RESULTS = [(INSERT, ">= 0.7", "cases/s"), (SEARCH_MEDIAN, "<= 1.3", "ms"),
           (SEARCH_P95, "<= 1.3", "ms")]

QUERIES: list[tuple[str, SearchFilters | None]] = [
    ("Toshkent", None),
    ("Тошкент", None),
    ("Qo'qon*", None),
    ("Qoʻqonda", None),
    ("hibsga olindi", None),
    ("konsullik pasport*", None),
    ("Fargʻona vodiysi", None),
    ("экстрадиции", None),
    ("задержали прокуратуры", None),
    ("Интерпол", None),
    ("СИЗО признание", None),
    ("эмигрант*", None),
    ("Душанбе", None),
    ("хешовандон*", None),
    ("шиносномаам", None),
    ("Алматы", None),
    ("поштам бұзылды", None),
    ("журналист", None),
    ("Gʻiyosov", None),
    ("Ҷамшед Раҳимов", None),
    ("Signal", None),
    ("xyzzyquux", None),
    ("Telegram", SearchFilters(acts=("account_compromise",))),
    ("паспорт", SearchFilters(countries=("TR",), date_from="2020-01-01",
                              date_to="2024-12-31")),
]


def _label(n: int) -> str:
    return f"{n:,} cases" if n != 100_000 else "100,000 cases"


def build(ctx: Context, with_plain: bool) -> dict[str, Any]:
    """Fill a vault (and a plain SQLite database) with ctx.cases generated cases; returns
    the paths and the per-batch timings."""
    base = ctx.workdir / "cases"
    shutil.rmtree(base, ignore_errors=True)  # a build cut short earlier
    ctx.shared.pop("case_vault", None)
    ctx.need_disk(ctx.cases * (30 if with_plain else 15) / 1024 / 1024 + 0.5,
                  f"{ctx.cases:,} cases")
    base.mkdir()
    vault_dir = base / "vault"
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf.FLOOR, DeviceKeyring.none())
    plain_path = base / "plain.db"
    plain = plain_database(plain_path) if with_plain else None
    ours_t: list[float] = []
    plain_t: list[float] = []
    sizes: list[int] = []
    started = time.perf_counter()
    try:
        for n, start in enumerate(range(0, ctx.cases, BATCH)):
            records = casegen.batch(SEED, start, min(BATCH, ctx.cases - start))
            sizes.append(len(records))
            order = [("ours", vault.conn), ("plain", plain)] if n % 2 == 0 else \
                [("plain", plain), ("ours", vault.conn)]
            for side, conn in order:
                if conn is None:
                    continue
                t0 = time.perf_counter()
                add_many(conn, records)
                (ours_t if side == "ours" else plain_t).append(time.perf_counter() - t0)
            if n % 10 == 9:
                done = start + len(records)
                print(f"  {done:,} cases ({time.perf_counter() - started:.0f} s)", flush=True)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        if plain is not None:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.close()
        if plain is not None:
            plain.close()
    built = {"vault": vault_dir, "plain": plain_path if with_plain else None,
             "ours_t": ours_t, "plain_t": plain_t, "sizes": sizes}
    ctx.shared["case_vault"] = vault_dir
    return built


def case_vault(ctx: Context) -> Path:
    """The vault with ctx.cases cases, built now (untimed) if no benchmark built it yet."""
    if "case_vault" not in ctx.shared:
        print(f"  building a vault with {ctx.cases:,} cases (not timed) ...", flush=True)
        build(ctx, with_plain=False)
    return Path(ctx.shared["case_vault"])


def _file_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1024 / 1024


def run(ctx: Context) -> list[Result]:
    built = build(ctx, with_plain=True)
    ours_rates = [n / t for n, t in zip(built["sizes"], built["ours_t"], strict=True)]
    plain_rates = [n / t for n, t in zip(built["sizes"], built["plain_t"], strict=True)]
    vault_db = built["vault"] / "vault.db"
    insert_details = {
        "cases": ctx.cases, "batch": BATCH, "batches": len(ours_rates),
        "ours_total_seconds": sum(built["ours_t"]),
        "plain_total_seconds": sum(built["plain_t"]),
        "ours_first_batch_rate": ours_rates[0], "ours_last_batch_rate": ours_rates[-1],
        "plain_first_batch_rate": plain_rates[0], "plain_last_batch_rate": plain_rates[-1],
        "vault_db_mib": _file_mib(vault_db), "plain_db_mib": _file_mib(built["plain"]),
    }
    insert = result(INSERT.replace("100,000 cases", _label(ctx.cases)),
                    statistics.median(ours_rates), statistics.median(plain_rates), ">= 0.7",
                    "cases/s", insert_details)
    return [insert, *_search(ctx, built["vault"], built["plain"])]


def _search(ctx: Context, vault_dir: Path, plain_path: Path) -> list[Result]:
    vault = Vault.unlock(vault_dir, PASSPHRASE, DeviceKeyring.none())
    plain = plain_database(plain_path)
    ours: list[float] = []
    ref: list[float] = []
    bare: list[float] = []
    hits: dict[str, int] = {}
    # the FTS5 part of storage.search.search alone (constant text, no input)
    bare_sql = ("SELECT rowid FROM case_fts WHERE case_fts MATCH ? "  # noqa: S608
                f"ORDER BY bm25(case_fts, {search._WEIGHTS}) LIMIT 50")
    try:
        for query, filters in QUERIES:  # warm-up, untimed; also counts hits
            a = search.search(vault.conn, query, filters)
            b = search.search(plain, query, filters)
            assert len(a) == len(b), query
            hits[query] = len(a)
        for i in range(ctx.rounds):
            for j, (query, filters) in enumerate(QUERIES):
                sides = [(vault.conn, ours), (plain, ref)]
                if (i + j) % 2:
                    sides.reverse()
                for conn, into in sides:
                    t0 = time.perf_counter()
                    search.search(conn, query, filters)
                    into.append((time.perf_counter() - t0) * 1000)
                expression = search.fts_expression(query)
                if expression is not None:
                    t0 = time.perf_counter()
                    plain.execute(bare_sql, (expression,)).fetchall()
                    bare.append((time.perf_counter() - t0) * 1000)
    finally:
        vault.close()
        plain.close()
    label = _label(ctx.cases)
    details = {
        "queries": len(QUERIES), "rounds": ctx.rounds, "limit": 50,
        "ours_ms_median": statistics.median(ours), "ours_ms_p95": percentile(ours, 95),
        "plain_ms_median": statistics.median(ref), "plain_ms_p95": percentile(ref, 95),
        "plain_bare_fts5_statement_ms_median": statistics.median(bare),
        "plain_bare_fts5_statement_ms_p95": percentile(bare, 95),
        "hits_per_query": hits,
    }
    return [
        result(SEARCH_MEDIAN.replace("100,000 cases", label), statistics.median(ours),
               statistics.median(ref), "<= 1.3", "ms", details),
        result(SEARCH_P95.replace("100,000 cases", label), percentile(ours, 95),
               percentile(ref, 95), "<= 1.3", "ms", details),
    ]
