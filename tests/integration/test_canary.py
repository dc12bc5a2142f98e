"""Canary sweep: a distinctive text in every field and inside an attachment appears in no
file Guvoh wrote (vault folder, temp folder, home and config folders), in UTF-8 or UTF-16,
after add, edit, search, attach and reading an attachment into memory."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import PASSPHRASE

LATIN = "ZQXCANARYQZ"
CYRILLIC = "ЖЯЦКАНАРЕЙКАЖЯ"


def canary_record() -> dict[str, object]:
    def c(field: str) -> str:
        return f"{LATIN}{field} {CYRILLIC}"

    place = {"country": "UZ", "region": c("region"), "city": c("city")}
    return {
        "schema_version": 1,
        "title": c("title"),
        "host_country": "TR",
        "languages": ["uz-Latn", "ru"],
        "tags": [c("tag")],
        "interview": {"date": "2024-03-09", "place": place,
                      "interviewer_pseudonym": c("interviewer"), "interpreter": c("interp")},
        "consent": {"given": True, "uses": ["documentation"], "anonymity": "pseudonym_only",
                    "may_contact": True, "withdrawn": False, "notes": c("notes")},
        "summary": c("summary"),
        "narrative": c("narrative") + " Qoʻqon Тошкент " * 50,
        "persons": [{"id": "p1", "role": "victim", "real_name": c("name"),
                     "pseudonym": c("pseudonym"), "contact": c("contact"), "location": place,
                     "protected": ["real_name", "contact"]}],
        "events": [{"id": "e1", "date": {"value": "2023-06", "precision": "month"},
                    "place": place, "acts": ["threats_in_person"], "victims": ["p1"],
                    "description": c("event")}],
    }


WORKFLOW = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from app.services import cases, vaults

    vault_dir, case_file, attachment = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    passphrase = sys.argv[4]
    with vaults.unlock(vault_dir, passphrase) as vault:
        case = cases.add_case_file(vault, case_file)
        record = cases.read_case_file(case_file)
        record["narrative"] += " edited"
        cases.edit_case(vault, case.id, record)
        assert cases.find(vault, sys.argv[5])
        blob = cases.attach_file(vault, case.id, attachment)
        assert cases.read_attachment(vault, blob.id) == attachment.read_bytes()
        assert vault.check(deep=True).ok
    print("done")
    """
)


def _sweep(root: Path) -> list[str]:
    needles = [s.encode(enc) for s in (LATIN, CYRILLIC)
               for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found.extend(f"{path}" for n in needles if n in data)
    return found


def test_no_canary_anywhere(tmp_path: Path) -> None:
    home, tmp, src = tmp_path / "home", tmp_path / "tmp", tmp_path / "src"
    for folder in (home, tmp, src):
        folder.mkdir()
    case_file = src / "case.json"
    case_file.write_text(json.dumps(canary_record(), ensure_ascii=False), encoding="utf-8")
    attachment = src / "letter.txt"
    attachment.write_bytes((LATIN + " " + CYRILLIC).encode("utf-8") * 1000
                           + CYRILLIC.encode("utf-16-le") * 1000)
    pw = src / "pw"
    pw.write_text(PASSPHRASE + "\n")
    vault = home / "vault"
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_DATA_HOME": str(home / ".local/share")}
    guvoh = str(Path(sys.executable).with_name("guvoh"))

    def run(*args: str) -> str:
        result = subprocess.run([guvoh, "--vault", str(vault), *args, "--passphrase-file",
                                 str(pw)], env=env, capture_output=True, text=True,
                                stdin=subprocess.DEVNULL, check=False, timeout=120)
        assert result.returncode == 0, result.stderr
        return result.stdout

    run("init", "--kdf-seconds", "0")
    done = subprocess.run(
        [sys.executable, "-c", WORKFLOW, str(vault), str(case_file), str(attachment),
         PASSPHRASE, LATIN + "narrative"],
        env=env, capture_output=True, text=True, check=False, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert LATIN not in done.stderr
    assert CYRILLIC not in done.stderr
    # the command line too: search, list, history, check
    run("search", CYRILLIC)
    run("case", "list")
    run("check", "--deep")
    assert sorted(p.name for p in vault.iterdir()) == ["blobs", "keyslots", "lock", "spare.db",
                                                        "vault.db"]
    assert _sweep(vault) == []
    assert _sweep(tmp) == []
    assert _sweep(home) == []


def test_no_canary_after_the_full_journey(tmp_path: Path) -> None:
    """Researcher and coordinator: add cases in several scripts, attach, search, export,
    verify, import, receipt, receipt-import, purge. The canary appears nowhere on disk but
    inside the encrypted files: vaults, bundle, receipt, temp, home, config and cache."""
    home, tmp, src, outbox = (tmp_path / n for n in ("home", "tmp", "src", "outbox"))
    for folder in (home, tmp, src, outbox):
        folder.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_DATA_HOME": str(home / ".local/share")}
    guvoh = str(Path(sys.executable).with_name("guvoh"))
    pw = src / "pw"
    pw.write_text(PASSPHRASE + "\n")
    researcher, coordinator = home / "researcher", home / "coordinator"

    def run(vault: Path, *args: str) -> str:
        result = subprocess.run([guvoh, "--vault", str(vault), *args, "--passphrase-file",
                                 str(pw)], env=env, capture_output=True, text=True,
                                stdin=subprocess.DEVNULL, check=False, timeout=300)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        for needle in (LATIN, CYRILLIC):
            assert needle not in result.stderr
        return result.stdout

    run(researcher, "init", "--kdf-seconds", "0", "--pseudonym", "R-07")
    run(coordinator, "init", "--role", "coordinator", "--kdf-seconds", "0")
    card = src / "org.card"
    run(coordinator, "org", "create", "--name", "Memorial", "--out", str(card))
    run(researcher, "org", "trust", str(card), "--yes")
    key = json.loads(run(researcher, "identity", "--json"))["public_key"]
    run(coordinator, "signer", "trust", key, "--name", "R7")

    case_ids = []
    for script, extra in (("latin", "Qoʻqon Gʻiyosov"), ("cyrillic", "Ғиёсов Тошкент"),
                          ("tajik", "Ҷамшед Хуҷанд")):
        record = canary_record()
        record["narrative"] = f"{record['narrative']} {extra}"
        case_file = src / f"{script}.json"
        case_file.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        case_ids.append(run(researcher, "case", "add", str(case_file)).split()[0])
    attachment = src / "letter.txt"
    attachment.write_bytes((LATIN + " " + CYRILLIC).encode("utf-8") * 1000
                           + CYRILLIC.encode("utf-16-le") * 1000)
    run(researcher, "attach", case_ids[0], str(attachment))
    run(researcher, "search", CYRILLIC)
    bundle = Path(run(researcher, "export", "--to", "Memorial", "--out", str(outbox),
                      *case_ids).strip())
    run(coordinator, "verify", str(bundle))
    imported = run(coordinator, "import", str(bundle))
    run(coordinator, "search", LATIN + "narrative")
    found = re.search(r"bundle ([0-9a-f-]{36})", imported)  # the file name is neutral
    assert found is not None, imported
    bundle_id = found.group(1)
    receipt = Path(run(coordinator, "receipt", bundle_id, "--out", str(outbox)).strip())
    run(researcher, "receipt-import", str(receipt))
    run(researcher, "purge", "--delivered", "--yes")
    run(coordinator, "check", "--deep")

    for root in (researcher, coordinator, outbox, tmp, home):
        assert _sweep(root) == [], root
