"""The frozen `guvoh` walks a whole journey through its command line, with fresh HOME and
XDG folders and no keyring: a coordinator and a researcher vault, the organisation's card
trusted, a case with an attachment, export, the bundle checked with the real `age -d` and
`ssh-keygen -Y verify` (docs/bundle-format.md section 12), verify and import on the
coordinator, a receipt back, receipt-import. Runs only the frozen program and stock tools.

    python3 packaging/check/journey.py PATH/TO/guvoh
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple orbit lantern"


def main(guvoh: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="guvoh-journey-") as tmp_name:
        tmp = Path(tmp_name)
        home = tmp / "home"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local/state"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        home.mkdir(mode=0o700)
        pw = tmp / "pw"
        pw.write_text(PASSPHRASE + "\n")
        pw.chmod(0o600)

        def run(vault: str, *args: str, expect: int = 0) -> str:
            cmd = [str(guvoh), "--vault", str(tmp / vault), *args, "--passphrase-file", str(pw)]
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300,
                                  check=False)
            if done.returncode != expect:
                sys.exit(f"FAILED: guvoh {' '.join(args)} exited {done.returncode}, "
                         f"expected {expect}\n{done.stderr}")
            print(f"ok   guvoh --vault {vault} {' '.join(args)}")
            return done.stdout

        run("coordinator", "init", "--role", "coordinator", "--kdf-seconds", "0", "--no-keyring")
        run("researcher", "init", "--role", "researcher", "--pseudonym", "R-07",
            "--kdf-seconds", "0", "--no-keyring")
        card = tmp / "memorial.card"
        created = run("coordinator", "org", "create", "--name", "Memorial", "--out", str(card))
        trusted = run("researcher", "org", "trust", str(card), "--yes")
        code = created.split("Safety code:")[1].split()[:8]
        if code != trusted.split("Safety code:")[1].split()[:8]:
            sys.exit("FAILED: the safety codes of the card differ")

        example = str(ROOT / "docs/examples/case-uz.json")
        case_id = run("researcher", "case", "add", example).split()[0]
        attachment = tmp / "voice.ogg"
        attachment.write_bytes(os.urandom(150_000))
        run("researcher", "attach", case_id, str(attachment))
        outbox = tmp / "outbox"
        outbox.mkdir()
        exported = json.loads(run("researcher", "export", "--to", "Memorial", "--out",
                                  str(outbox), case_id, "--json"))
        bundle = Path(exported["file"])
        identity = json.loads(run("researcher", "identity", "--json"))
        run("coordinator", "signer", "trust", identity["public_key"], "--name", "Researcher 7")

        # stock tools: age -d with the organisation's key, ssh-keygen -Y verify, sha256sum -c
        org_key = tmp / "org.key"
        run("coordinator", "org", "export-key", "--out", str(org_key), "--yes")
        allowed = tmp / "allowed_signers"
        run("coordinator", "signer", "export-allowed-signers", str(allowed))
        bag = tmp / "bag"
        bag.mkdir()
        stock = (f"set -o pipefail; age -d -i {org_key} {bundle} | tar -x -C {bag} && "
                 f"cd {bag} && ssh-keygen -Y verify -f {allowed} -I 'Researcher 7' "
                 f"-n guvoh-bundle-v1 -s signatures/tagmanifest-sha256.txt.sig "
                 f"< tagmanifest-sha256.txt && sha256sum -c --quiet tagmanifest-sha256.txt "
                 f"&& sha256sum -c --quiet manifest-sha256.txt")
        done = subprocess.run(["bash", "-c", stock], capture_output=True, text=True, check=False)
        said = done.stdout + done.stderr
        if done.returncode != 0 or 'Good "guvoh-bundle-v1" signature' not in said:
            sys.exit(f"FAILED: the bundle does not verify with age and ssh-keygen "
                     f"(exit {done.returncode})\n{done.stdout}{done.stderr}")
        print("ok   age -d | tar -x; ssh-keygen -Y verify; sha256sum -c")

        verified = json.loads(run("coordinator", "verify", str(bundle), "--json"))[0]
        if verified["outcome"] != "verified":
            sys.exit(f"FAILED: verify said {verified}")
        imported = json.loads(run("coordinator", "import", str(bundle), "--json"))[0]
        if imported["outcome"] != "imported":
            sys.exit(f"FAILED: import said {imported}")
        shown = json.loads(run("coordinator", "case", "show", case_id, "--json"))
        copy = tmp / "copy.ogg"
        run("coordinator", "attachment", "export", shown["attachments"][0]["id"],
            "--out", str(copy))
        if copy.read_bytes() != attachment.read_bytes():
            sys.exit("FAILED: the imported attachment differs from the one attached")
        inbox = tmp / "inbox"
        inbox.mkdir()
        receipt = run("coordinator", "receipt", exported["bundle_id"], "--out", str(inbox)).strip()
        done_text = run("researcher", "receipt-import", receipt)
        if "1 case(s) delivered" not in done_text:
            sys.exit(f"FAILED: receipt-import said {done_text!r}")
        run("researcher", "audit", "verify")
        run("coordinator", "check", "--deep")
        if os.environ.get("GUVOH_JOURNEY_KEEP"):
            subprocess.run(["cp", "-a", str(tmp), os.environ["GUVOH_JOURNEY_KEEP"]], check=True)
    print("journey: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve()))
