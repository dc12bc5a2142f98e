"""A researcher and a coordinator vault, set up with the `guvoh` command line the way
tests/integration/test_cli_bundles.py does: init, org create, org trust --yes, signer trust;
plus the organisation's age identity file (org export-key) for the stock-tool reference."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.common import PASSPHRASE, ROOT, Context

ORG = "Memorial"


def bundles_missing() -> str | None:
    """Why the bundle benchmarks cannot run yet, or None."""
    source = ROOT / "crypto" / "bundle.py"
    if "raise NotImplementedError" in source.read_text("utf-8"):
        return "crypto/bundle.py is not implemented yet (raises NotImplementedError)"
    try:
        from app.services import bundle_export, bundle_import  # noqa: F401
    except ImportError as err:
        return f"the bundle services do not import: {err}"
    return None


def guvoh() -> str:
    return str(Path(sys.executable).parent / "guvoh")


@dataclass
class Party:
    vault: Path
    pw: Path
    env: dict[str, str]

    def ok(self, *args: str) -> str:
        done = subprocess.run(
            [guvoh(), "--vault", str(self.vault), *args, "--passphrase-file", str(self.pw)],
            capture_output=True, text=True, env=self.env, stdin=subprocess.DEVNULL,
            timeout=3600, check=False, start_new_session=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"guvoh {' '.join(args)} exited {done.returncode}: "
                               f"{done.stderr.strip()[-1500:]}")
        return done.stdout


@dataclass
class Pair:
    researcher: Party
    coordinator: Party
    org: str
    org_key: Path  # age identity file of the organisation
    org_recipient: str


def setup(ctx: Context, base: Path) -> Pair:
    base.mkdir(parents=True, exist_ok=True)
    pw = base / "pw"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    pw.chmod(0o600)
    coordinator = Party(base / "coordinator", pw, ctx.env)
    researcher = Party(base / "researcher", pw, ctx.env)
    coordinator.ok("init", "--role", "coordinator", "--kdf-seconds", "0", "--no-keyring")
    researcher.ok("init", "--role", "researcher", "--pseudonym", "R-07", "--kdf-seconds", "0",
                  "--no-keyring")
    card = base / "org.card"
    coordinator.ok("org", "create", "--name", ORG, "--out", str(card))
    researcher.ok("org", "trust", str(card), "--yes")
    key_line = json.loads(researcher.ok("identity", "--json"))["public_key"]
    coordinator.ok("signer", "trust", key_line, "--name", "Researcher 7")
    org_key = base / "org.key"
    coordinator.ok("org", "export-key", "--out", str(org_key), "--yes")
    recipient = json.loads(coordinator.ok("identity", "--json"))["age_recipient"]
    return Pair(researcher, coordinator, ORG, org_key, recipient)
