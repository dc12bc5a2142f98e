"""The team desk at scale (issue 19 item 5): 20,000 cases arriving as 2,000 bundles plus
20,000 triage events; a fresh desk's sync rate against importing the same bundles alone,
and the size of the journal on disk.

Setup (not timed; cached, see below): a coordinator founds the organisation and the team on
a shared folder; four researcher vaults, each pinned, get 5,000 generated cases
(bench.casegen, stored with bench.batchinsert.add_many: storage's own insert, one
transaction per bundle) and export them 10 at a time with
`app.services.bundle_export.export_bundle` into the folder's inbox/ (2,000 bundles). Two more
coordinators join through key transfers and each writes 10,000 triage events through
app.services.team (status, assignment, tag, note, spread over the 20,000 cases; one
transaction per 1,000 events, then `flush`: real signed, encrypted files in journal/,
written by two desks that did not see each other's events, so the same Lamport numbers
and some conflicts occur). Two fresh coordinator vaults are invited by the founder.

Measured, each on its own fresh desk (joined from its key transfer, the folder's files
hard-linked into its own folder):
  (a) `team.sync` on a folder whose inbox/ holds the 2,000 bundles and whose journal/ only
      the team's own events (founding, members, pins): importing the bundles alone;
  (b) `team.sync` on the folder with the 2,000 bundles and the 20,000 triage events.
Rates in cases/s (20,000 / seconds); target: (b) at least 0.7x (a). Then the size of the
20,000 events' files (bytes, and blocks on disk). A third fresh desk's sync of a quarter of
the events alone (no inbox/) runs under cProfile, to show where applying events goes.

The generated folder and vaults are kept in <workdir's parent>/guvoh-bench-cache/team-<key>,
the key a hash of the code that writes them (bundle and event formats, migrations, and
GENERATOR, the version of _generate here), so a second run skips the generation (several minutes).
"""

from __future__ import annotations

import cProfile
import hashlib
import json
import os
import pstats
import shutil
import time
from pathlib import Path
from typing import Any

from bench import casegen
from bench.batchinsert import add_many
from bench.common import PASSPHRASE, ROOT, Context, Result, result
from crypto.kdf import FLOOR
from storage.devicekeyring import DeviceKeyring
from storage.vault import Vault

NAME = "team sync, 2,000 bundles + 20,000 events: cases/s vs the bundles alone"
SIZE = "team journal, 20,000 events: bytes on disk per event"
RESULTS = [(NAME, ">= 0.7", "cases/s"), (SIZE, "report only", "bytes")]
ORG = "Memorial"
RESEARCHERS = 4
PER_BUNDLE = 10
SEED = 19
GENERATOR = 1  # the version of _generate: one more whenever what it writes changes
_FORMAT_FILES = ("bench/casegen.py", "bench/batchinsert.py",
                 "crypto/bundle.py", "crypto/teamevent.py", "crypto/age.py",
                 "app/domain/team.py", "app/services/bundle_export.py")


def _code_key() -> str:
    digest = hashlib.sha256(f"generator {GENERATOR}".encode())
    paths = [ROOT / p for p in _FORMAT_FILES]
    paths += sorted((ROOT / "storage" / "migrations").glob("*.sql"))
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _sizes(ctx: Context) -> tuple[int, int]:
    """(bundles, events)"""
    return (200, 2_000) if ctx.quick else (2_000, 20_000)


def _vault(path: Path, **kw: Any) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, FLOOR, DeviceKeyring.none(), **kw)
    return vault


def _generate(base: Path, bundles: int, events: int) -> dict[str, Any]:
    """Write the shared folder, the invited fresh desks and their key transfers to `base`."""
    from app.domain.team import STATUSES, Kind
    from app.services import bundle_export, organisations, signers, team
    from app.services.team.apply import _new_event, flush
    from app.services.team.desk import _desk
    from storage import keys
    from storage.db import transaction

    base.mkdir(parents=True)
    shared = base / "shared"
    (shared / "inbox").mkdir(parents=True)
    founder = _vault(base / "founder", role="coordinator")
    card = base / "memorial.card"
    organisations.create_organisation(founder, ORG, card)
    researchers = []
    for r in range(RESEARCHERS):
        pseudonym = f"R-{r + 1:02d}"
        vault = _vault(base / f"researcher-{r}", role="researcher", pseudonym=pseudonym)
        parsed, raw = organisations.read_card(card)
        organisations.trust_organisation(vault, parsed, raw)
        line = keys.identity(vault.conn).public_key.to_openssh_line(pseudonym)
        signers.trust_signer(founder, line, f"Researcher {pseudonym}")
        researchers.append(vault)
    # the researchers' cases, stored (not exported yet): their ids are what events name
    per_researcher = bundles // RESEARCHERS
    groups: list[tuple[Vault, list[str]]] = []
    t0 = time.perf_counter()
    for r, vault in enumerate(researchers):
        start = r * per_researcher * PER_BUNDLE
        for b in range(per_researcher):
            records = casegen.batch(SEED, start + b * PER_BUNDLE, PER_BUNDLE)
            for record in records:
                record["status"] = "ready"
            add_many(vault.conn, records)
            groups.append((vault, [str(row[0]) for row in vault.conn.execute(
                "SELECT id FROM cases ORDER BY rowid DESC LIMIT ?", (PER_BUNDLE,))]))
    case_ids = [case for _, ids in groups for case in ids]
    store_t = time.perf_counter() - t0
    print(f"  {len(case_ids):,} cases stored ({store_t:.0f} s)", flush=True)

    team.set_folder(founder, shared, "Founder")
    writers = []
    for name in ("Desk One", "Desk Two", "Fresh A", "Fresh B", "Fresh P"):
        vault = _vault(base / name.replace(" ", "-").lower(), role="coordinator")
        member_line = team.my_line(vault, name)
        transfer = base / f"{name.replace(' ', '-').lower()}.invite"
        team.invite(founder, team.parse_member_line(member_line.line), transfer)
        if name.startswith("Desk"):
            writers.append(vault)
        else:
            vault.close()
    founder.close()
    base_events = sorted(p.name for p in (shared / "journal").iterdir())
    for vault in writers:  # both know the team (the empty inbox: nothing to import)
        team.join(vault, team.read_invite(vault, base / (
            team.my_line(vault).name.replace(" ", "-").lower() + ".invite")), shared)
        team.sync(vault)
    t0 = time.perf_counter()
    names = ("Desk One", "Desk Two", "Founder")
    tags = ("urgent", "legal", "medical", "follow-up", "press", "translated")
    for w, vault in enumerate(writers):
        desk = _desk(vault)
        for chunk in range(0, events // len(writers), 1000):
            with transaction(vault.conn) as conn:
                for i in range(chunk, min(chunk + 1000, events // len(writers))):
                    n = i * len(writers) + w
                    case = case_ids[(n * 7919) % len(case_ids)]
                    kind = (Kind.STATUS, Kind.ASSIGN, Kind.TAG, Kind.NOTE)[n % 4]
                    data: dict[str, Any] = {"case": case}
                    if kind is Kind.STATUS:
                        data["value"] = STATUSES[(n // 4) % len(STATUSES)]
                    elif kind is Kind.ASSIGN:
                        data["value"] = names[(n // 4) % len(names)]
                    elif kind is Kind.TAG:
                        data.update(tag=tags[(n // 4) % len(tags)], on=(n // 8) % 3 != 2)
                    else:
                        data["text"] = (f"Called back on day {n % 30 + 1}; the witness "
                                        f"confirms the dates. Note {n} by desk {w + 1}.")
                    _new_event(conn, desk, kind, data)
        flush(vault)
        vault.close()
        print(f"  desk {w + 1}/{len(writers)}: {events // len(writers):,} events "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
    events_t = time.perf_counter() - t0

    t0 = time.perf_counter()
    for n, (vault, ids) in enumerate(groups):
        bundle_export.export_bundle(vault, [ORG], shared / "inbox", ids)
        if n % 500 == 499:
            print(f"  {n + 1:,} bundles exported ({time.perf_counter() - t0:.0f} s)",
                  flush=True)
    export_t = time.perf_counter() - t0
    for vault in researchers:
        vault.close()
    info = {"bundles": bundles, "events": events, "cases": len(case_ids),
            "base_events": base_events, "store_cases_s": store_t,
            "export_s": export_t, "generate_events_s": events_t}
    (base / "info.json").write_text(json.dumps(info), encoding="utf-8")
    return info


def _cached(ctx: Context) -> tuple[Path, dict[str, Any]]:
    bundles, events = _sizes(ctx)
    root = ctx.workdir.parent / "guvoh-bench-cache"
    base = root / f"team-{_code_key()}-{bundles}-{events}"
    info_file = base / "info.json"
    if info_file.exists():
        print(f"  using the generated data in {base}", flush=True)
        return base, json.loads(info_file.read_text("utf-8"))
    if root.is_dir():
        for old in root.glob(f"team-*-{bundles}-{events}"):
            shutil.rmtree(old, ignore_errors=True)  # an older code version's data
    shutil.rmtree(base, ignore_errors=True)  # a generation cut short
    ctx.need_disk(0.5 if ctx.quick else 1.0, "the team benchmark's folder")
    print(f"  generating {bundles:,} bundles and {events:,} events in {base} (not timed) ...",
          flush=True)
    return base, _generate(base, bundles, events)


def _link_tree(names: list[str], src: Path, dst: Path) -> None:
    dst.mkdir(parents=True)
    for name in names:
        os.link(src / name, dst / name)


def _fresh(ctx: Context, cache: Path, name: str, inbox: bool,
           journal: list[str] | None) -> tuple[Vault, Path]:
    """A copy of an invited fresh desk, joined to its own folder: inbox/ and journal/
    hard-linked from the generated one (journal None: all of it)."""
    from app.services import team

    work = ctx.workdir / "team" / name
    shutil.copytree(cache / name, work / "vault")
    folder = work / "shared"
    src = cache / "shared"
    _link_tree(sorted(os.listdir(src / "inbox")) if inbox else [], src / "inbox",
               folder / "inbox")
    _link_tree(sorted(os.listdir(src / "journal")) if journal is None else journal,
               src / "journal", folder / "journal")
    vault = Vault.unlock(work / "vault", PASSPHRASE, DeviceKeyring.none())
    team.join(vault, team.read_invite(vault, cache / f"{name}.invite"), folder)
    return vault, folder


def _sync(vault: Vault) -> tuple[float, Any]:
    from app.services import team

    t0 = time.perf_counter()
    report = team.sync(vault)
    return time.perf_counter() - t0, report


def _top(profile: cProfile.Profile, n: int = 15) -> list[str]:
    stats = pstats.Stats(profile)
    raw: Any = stats.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in raw.values())
    by_own = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:n]
    return [f"{v[2] / total:6.1%} {v[2]:7.2f}s {v[1]:>7} {Path(k[0]).name}:{k[1]} {k[2]}"
            for k, v in by_own]


def _extra(events: int, both_t: float, alone_t: float) -> str:
    if both_t <= alone_t:
        return "the events added no measurable time to the import"
    return f"{events / (both_t - alone_t):.0f} events/s on top of the import"


def run(ctx: Context) -> list[Result]:
    cache, info = _cached(ctx)
    cases, events = info["cases"], info["events"]
    journal = cache / "shared" / "journal"
    base_events = set(info["base_events"])
    triage_files = [p for p in journal.iterdir() if p.name not in base_events]
    apparent = sum(p.stat().st_size for p in triage_files)
    blocks = sum(p.stat().st_blocks * 512 for p in triage_files)

    print("  (a) fresh desk: the bundles alone", flush=True)
    vault, _ = _fresh(ctx, cache, "fresh-a", True, info["base_events"])
    try:
        alone_t, alone = _sync(vault)
    finally:
        vault.close()
    if alone.imported != info["bundles"]:
        raise RuntimeError(f"(a) imported {alone.imported} of {info['bundles']} bundles")
    print(f"      {alone_t:.1f} s, {cases / alone_t:.0f} cases/s", flush=True)
    shutil.rmtree(ctx.workdir / "team" / "fresh-a")

    print("  (b) fresh desk: the bundles and the events", flush=True)
    vault, _ = _fresh(ctx, cache, "fresh-b", True, None)
    try:
        both_t, both = _sync(vault)
        counts = dict(vault.conn.execute(
            "SELECT state, count(*) FROM team_events GROUP BY state").fetchall())
    finally:
        vault.close()
    if both.imported != info["bundles"] or counts.get("applied", 0) < events:
        raise RuntimeError(f"(b) imported {both.imported} bundles, events {counts}")
    print(f"      {both_t:.1f} s, {cases / both_t:.0f} cases/s; events {counts}", flush=True)
    shutil.rmtree(ctx.workdir / "team" / "fresh-b")

    # a quarter of the events (the files sorted by name: a random quarter), no bundles
    profiled = [*info["base_events"], *sorted(p.name for p in triage_files)[: events // 4]]
    print(f"  {events // 4:,} events alone under cProfile", flush=True)
    vault, _ = _fresh(ctx, cache, "fresh-p", False, profiled)
    try:
        profile = cProfile.Profile()
        t0 = time.perf_counter()
        profile.enable()
        from app.services import team

        team.sync(vault)
        profile.disable()
        profiled_t = time.perf_counter() - t0
    finally:
        vault.close()
    shutil.rmtree(ctx.workdir / "team", ignore_errors=True)
    top = _top(profile)
    print("      " + "\n      ".join(top[:8]), flush=True)

    details = {
        "bundles": info["bundles"], "cases": cases, "events": events,
        "bundles_alone_s": alone_t, "bundles_alone_cases_per_s": cases / alone_t,
        "with_events_s": both_t, "with_events_cases_per_s": cases / both_t,
        "events_per_s_extra": events / (both_t - alone_t) if both_t > alone_t else None,
        "event_states": counts, "events_applied_reported": both.events_applied,
        "profiled_events": events // 4,
        "profiled_events_alone_s (cProfile overhead)": profiled_t,
        "top_functions_by_own_time": top,
        "journal_bytes": apparent, "journal_bytes_on_disk": blocks,
        "generation": {k: info[k] for k in ("store_cases_s", "export_s",
                                            "generate_events_s")},
    }
    size_details = {"events": events, "bytes": apparent, "bytes_on_disk": blocks,
                    "bytes_per_event": apparent / events,
                    "bytes_on_disk_per_event": blocks / events}
    name = NAME.replace("2,000", f"{info['bundles']:,}").replace("20,000", f"{events:,}")
    return [
        result(name, cases / both_t, cases / alone_t, ">= 0.7", "cases/s", details,
               f"{_extra(events, both_t, alone_t)}"),
        result(SIZE.replace("20,000", f"{events:,}"), blocks / events, 1.0, "report only",
               "bytes", size_details,
               f"{apparent / events:.0f} bytes per event file, {blocks / events:.0f} on disk "
               f"({apparent / 1e6:.1f} MB, {blocks / 1e6:.1f} MB on disk)"),
    ]
