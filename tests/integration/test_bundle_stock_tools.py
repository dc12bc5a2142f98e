"""Bundles and organisation cards checked with stock tools only (Debian's age, GNU tar,
OpenSSH's ssh-keygen, coreutils' sha256sum), as docs/bundle-format.md and each bundle's
README.txt tell a coordinator to; and bundles edited with those tools, re-encrypted with
`age -r`, refused by our reader with the right error."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

import crypto.bundle as bundle_mod
from crypto.age import X25519Identity
from crypto.bundle import (
    BUNDLE_NAMESPACE,
    RECEIPT_FORMAT,
    RECEIPT_NAMESPACE,
    BundleInfo,
    BundleWriter,
    VerifiedBundle,
    read_bundle,
)
from crypto.errors import BundleError, BundleMalformed, BundleNotForUs, BundleTampered
from crypto.identity import PublicKey, SigningKey
from crypto.orgcard import CARD_NAMESPACE, make_card

pytestmark = pytest.mark.interop

ORG = X25519Identity.generate()
OTHER_ORG = X25519Identity.generate()
RESEARCHER = SigningKey.generate()
CREATED = "2025-03-04T05:06:07Z"
PRINCIPAL = "researcher-7"
BIG = bytes(range(256)) * (3 * 4096) + b"!"  # 3 MiB + 1
CASES = [
    (
        str(uuid.UUID(hashlib.sha256(b"case %d" % n).hexdigest()[:32])),
        f'{{"schema": 1, "title": "Свидетельство {n}"}}'.encode(),
        f"Дело {n}\nСвидетель: Ғ. Ҷ.\n".encode(),
    )
    for n in (1, 2)
]
ATTACHMENTS = [
    (hashlib.sha256(b"blob %d" % n).hexdigest()[:32], data)
    for n, data in ((1, BIG), (2, b""), (3, b"x"))
]


def run(
    args: list[str], cwd: Path | None = None, stdin: Path | None = None, data: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    if stdin is not None:
        with stdin.open("rb") as fh:
            return subprocess.run(
                args, cwd=cwd, stdin=fh, capture_output=True, timeout=120, check=False
            )
    return subprocess.run(args, cwd=cwd, input=data, capture_output=True, timeout=120, check=False)


def ok(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout.decode()


class Sink:
    def __init__(self) -> None:
        self.cases: dict[str, bytes] = {}
        self.files: dict[str, bytes] = {}
        self.blobs: dict[str, bytearray] = {}

    def case_file(self, case_id: str, record_json: bytes) -> None:
        self.cases[case_id] = record_json

    def payload_file(self, name: str, data: bytes) -> None:
        self.files[name] = data

    def open_attachment(self, blob_id: str, size: int) -> Sink.Blob:
        self.blobs[blob_id] = bytearray()
        return Sink.Blob(self.blobs[blob_id])

    class Blob:
        def __init__(self, buf: bytearray) -> None:
            self.buf = buf

        def write(self, data: memoryview) -> None:
            self.buf += data

        def close(self) -> None:
            pass


def pinned(key: PublicKey) -> None:
    if key != RESEARCHER.public_key():
        raise LookupError(key.fingerprint())


def our_read(path: Path, **kwargs: object) -> tuple[VerifiedBundle, Sink]:
    sink = Sink()
    with path.open("rb") as fh:
        verified = read_bundle(fh, [ORG], [ORG.recipient.to_string()], pinned, sink, **kwargs)  # type: ignore[arg-type]
    return verified, sink


@dataclass
class Exported:
    path: Path
    key_file: Path
    bundle_id: str


def write(
    tmp_path: Path,
    *,
    fmt: str = bundle_mod.BUNDLE_FORMAT,
    namespace: str = BUNDLE_NAMESPACE,
    receipt: bytes | None = None,
) -> Exported:
    bid = str(uuid.uuid4())
    recipients = sorted([ORG.recipient, OTHER_ORG.recipient], key=lambda r: r.to_string())
    info = BundleInfo(
        bid,
        CREATED,
        tuple(r.to_string() for r in recipients),
        RESEARCHER.public_key().fingerprint(),
        "Guvoh 0.1.0",
        fmt,
    )
    path = tmp_path / (f"R-{bid}.age" if receipt is not None else f"B-{bid}.age")
    with path.open("wb") as fh:
        writer = BundleWriter(fh, recipients, RESEARCHER, info, namespace=namespace)
        if receipt is None:
            for case in CASES:
                writer.add_case(*case)
            for blob_id, data in sorted(ATTACHMENTS):
                writer.add_attachment(blob_id, len(data), io.BytesIO(data))
        else:
            writer.add_payload_file("receipt.json", receipt)
        writer.finish()
    key_file = tmp_path / "org.key"
    key_file.touch(mode=0o600)
    key_file.write_text(f"# organisation key (tests)\n{ORG.to_string()}\n")
    return Exported(path, key_file, bid)


def extract(exported: Exported, dest: Path) -> Path:
    """age -d -i org.key B-....age | tar -x, as two real processes joined by a pipe."""
    dest.mkdir()
    age = subprocess.Popen(
        ["age", "-d", "-i", str(exported.key_file), str(exported.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert age.stdout is not None
    tar = subprocess.run(
        ["tar", "-x"], cwd=dest, stdin=age.stdout, capture_output=True, timeout=120, check=False
    )
    age.stdout.close()
    assert age.wait(timeout=120) == 0, age.stderr.read() if age.stderr else b""
    ok(tar)
    return dest


def allowed_signers(
    path: Path, namespace: str = BUNDLE_NAMESPACE, key: SigningKey = RESEARCHER
) -> Path:
    path.write_text(f'{PRINCIPAL} namespaces="{namespace}" {key.public_key().to_openssh_line()}\n')
    return path


def ssh_verify(
    bag: Path, allowed: Path, namespace: str = BUNDLE_NAMESPACE, principal: str = PRINCIPAL
) -> subprocess.CompletedProcess[bytes]:
    return run(
        [
            "ssh-keygen",
            "-Y",
            "verify",
            "-f",
            str(allowed),
            "-I",
            principal,
            "-n",
            namespace,
            "-s",
            "signatures/tagmanifest-sha256.txt.sig",
        ],
        cwd=bag,
        stdin=bag / "tagmanifest-sha256.txt",
    )


def bag_info(bag: Path) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for line in (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines():
        label, _, value = line.partition(": ")
        fields.setdefault(label, []).append(value)
    return fields


# -- a coordinator with stock tools only -------------------------------------------------


def test_stock_tools_verify_a_bundle(tmp_path: Path) -> None:
    exported = write(tmp_path)
    bag = extract(exported, tmp_path / "bag")

    # the layout, nothing else
    files = sorted(str(p.relative_to(bag)) for p in bag.rglob("*") if p.is_file())
    assert files == sorted(
        [f"data/cases/{c}.{ext}" for c, _, _ in CASES for ext in ("json", "txt")]
        + [f"data/attachments/{b}" for b, _ in ATTACHMENTS]
        + [
            "bagit.txt",
            "bag-info.txt",
            "manifest-sha256.txt",
            "tagmanifest-sha256.txt",
            "README.txt",
            "signatures/tagmanifest-sha256.txt.sig",
        ]
    )
    assert (bag / f"data/attachments/{ATTACHMENTS[0][0]}").read_bytes() == BIG

    # the signature, with the allowed_signers line the spec gives
    allowed = allowed_signers(tmp_path / "allowed_signers")
    result = ssh_verify(bag, allowed)
    assert result.returncode == 0, result.stderr
    assert f'Good "{BUNDLE_NAMESPACE}" signature for {PRINCIPAL}' in result.stdout.decode()
    # ... and not for another namespace, principal or key
    assert ssh_verify(bag, allowed, namespace=RECEIPT_NAMESPACE).returncode == 255
    wrong_ns = allowed_signers(tmp_path / "allowed_ns", namespace=RECEIPT_NAMESPACE)
    assert ssh_verify(bag, wrong_ns).returncode != 0
    assert ssh_verify(bag, allowed, principal="someone-else").returncode != 0
    stranger = allowed_signers(tmp_path / "allowed_other", key=SigningKey.generate())
    assert ssh_verify(bag, stranger).returncode != 0

    # the key's fingerprint as ssh-keygen prints it is the signed Signer-Fingerprint
    pub = tmp_path / "researcher.pub"
    pub.write_text(RESEARCHER.public_key().to_openssh_line("researcher") + "\n")
    info = bag_info(bag)
    assert info["Signer-Fingerprint"] == [ok(run(["ssh-keygen", "-lf", str(pub)])).split()[1]]
    assert ORG.recipient.to_string() in info["Recipient"]
    assert info["External-Identifier"] == [exported.bundle_id]

    # both manifests
    tag_check = ok(run(["sha256sum", "-c", "tagmanifest-sha256.txt"], cwd=bag))
    assert tag_check.count(": OK") == 4
    payload_check = ok(run(["sha256sum", "-c", "manifest-sha256.txt"], cwd=bag))
    assert payload_check.count(": OK") == 2 * len(CASES) + len(ATTACHMENTS)

    # Payload-Oxum by hand, with the commands README.txt gives
    octets = ok(run(["sh", "-c", "find data -type f -exec cat {} + | wc -c"], cwd=bag))
    streams = ok(run(["sh", "-c", "find data -type f | wc -l"], cwd=bag))
    assert info["Payload-Oxum"] == [f"{int(octets)}.{int(streams)}"]

    # README.txt gives exactly these commands (run one by one in test_readme_recipe_...)
    readme = (bag / "README.txt").read_text(encoding="ascii")
    assert f"age -d -i org.key B-{exported.bundle_id}.age | tar -x bagit.txt" in readme
    assert f"age -d -i org.key B-{exported.bundle_id}.age | tar -x data\n" in readme
    assert f'NAME namespaces="{BUNDLE_NAMESPACE}" ssh-ed25519 AAAA...' in readme
    assert (
        f"ssh-keygen -Y verify -f allowed_signers -I NAME -n {BUNDLE_NAMESPACE} \\\n"
        "       -s signatures/tagmanifest-sha256.txt.sig < tagmanifest-sha256.txt"
    ) in readme
    assert "sha256sum -c tagmanifest-sha256.txt\n" in readme
    assert "sha256sum -c manifest-sha256.txt\n" in readme

    # and our reader agrees
    verified, sink = our_read(exported.path)
    assert verified.bundle_id == exported.bundle_id
    assert bytes(sink.blobs[ATTACHMENTS[0][0]]) == BIG


def test_tar_listing_is_plain_and_deterministic(tmp_path: Path) -> None:
    exported = write(tmp_path)
    plain = ok_bytes(run(["age", "-d", "-i", str(exported.key_file), str(exported.path)]))
    listing = ok(run(["tar", "-tv", "--numeric-owner", "--full-time"], data=plain))
    for line in listing.splitlines():
        assert re.match(r"-rw-r--r-- 0/0 +\d+ 2025-03-04 05:06:07 \S+$", line), line
    (tmp_path / "again").mkdir()
    again = write(tmp_path / "again")
    plain_again = ok_bytes(run(["age", "-d", "-i", str(again.key_file), str(again.path)]))
    # different bundle ids, so compare the data section only (same cases, same bytes)
    first_tag = plain.index(b"bagit.txt\0")
    assert plain_again[:first_tag] == plain[:first_tag]


def ok_bytes(result: subprocess.CompletedProcess[bytes]) -> bytes:
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def test_large_file_pax_size_record_with_stock_tar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files of 8 GiB and more carry a pax `size` record; GNU tar reads it (threshold lowered)."""
    monkeypatch.setattr(bundle_mod, "_USTAR_MAX_SIZE", 1000)
    exported = write(tmp_path)
    bag = extract(exported, tmp_path / "bag")
    assert (bag / f"data/attachments/{ATTACHMENTS[0][0]}").read_bytes() == BIG
    assert not (bag / "data/attachments/PaxHeaders").exists()
    ok(run(["sha256sum", "-c", "manifest-sha256.txt"], cwd=bag))
    our_read(exported.path)


def test_stock_tools_verify_a_receipt(tmp_path: Path) -> None:
    receipt = b'{"format": "guvoh-receipt/1", "bundle_id": "x"}\n'
    exported = write(tmp_path, fmt=RECEIPT_FORMAT, namespace=RECEIPT_NAMESPACE, receipt=receipt)
    bag = extract(exported, tmp_path / "bag")
    assert (bag / "data/receipt.json").read_bytes() == receipt
    allowed = allowed_signers(tmp_path / "allowed_signers", namespace=RECEIPT_NAMESPACE)
    assert ssh_verify(bag, allowed, namespace=RECEIPT_NAMESPACE).returncode == 0
    assert ssh_verify(bag, allowed, namespace=BUNDLE_NAMESPACE).returncode != 0
    ok(run(["sha256sum", "-c", "manifest-sha256.txt"], cwd=bag))
    _, sink = our_read(exported.path, namespace=RECEIPT_NAMESPACE, formats=(RECEIPT_FORMAT,))
    assert sink.files == {"receipt.json": receipt}


# -- edited with stock tools, re-encrypted with age -r ---------------------------------------

ORDER = [
    "bagit.txt",
    "bag-info.txt",
    "manifest-sha256.txt",
    "tagmanifest-sha256.txt",
    "README.txt",
    "signatures/tagmanifest-sha256.txt.sig",
]


def repack(
    bag: Path, out: Path, names: list[str] | None = None, recipient: str | None = None
) -> Path:
    """tar --format=pax -c (files listed one by one, no directories) | age -r RECIPIENT."""
    if names is None:
        data = sorted(str(p.relative_to(bag)) for p in (bag / "data").rglob("*") if p.is_file())
        names = data + [n for n in ORDER if (bag / n).exists()]
    tar = ok_bytes(run(["tar", "--format=pax", "-c", "-f", "-", *names], cwd=bag))
    ok(run(["age", "-r", recipient or ORG.recipient.to_string(), "-o", str(out)], data=tar))
    return out


def expect(path: Path, kind: type[BundleError], reason: str) -> None:
    with pytest.raises(kind) as exc:
        our_read(path)
    assert getattr(exc.value, "reason", None) == reason, exc.value


def test_repacked_unchanged_by_gnu_tar_still_verifies(tmp_path: Path) -> None:
    bag = extract(write(tmp_path), tmp_path / "bag")
    _, sink = our_read(repack(bag, tmp_path / "repacked.age"))
    assert sink.cases == {c: r for c, r, _ in CASES}


def test_edited_bag_info_is_refused(tmp_path: Path) -> None:
    bag = extract(write(tmp_path), tmp_path / "bag")
    info = bag / "bag-info.txt"
    info.write_text(
        info.read_text().replace(ORG.recipient.to_string(), OTHER_ORG.recipient.to_string())
    )
    expect(repack(bag, tmp_path / "edited.age"), BundleTampered, "tag_manifest")


def test_edited_case_is_refused(tmp_path: Path) -> None:
    bag = extract(write(tmp_path), tmp_path / "bag")
    case = bag / f"data/cases/{CASES[0][0]}.json"
    case.write_bytes(case.read_bytes().replace("Свидетельство".encode(), "Ложь".encode()))
    expect(repack(bag, tmp_path / "edited.age"), BundleTampered, "manifest")


def test_edited_case_with_updated_manifests_but_old_signature_is_refused(tmp_path: Path) -> None:
    """The forger fixes both manifests with sha256sum but cannot sign."""
    bag = extract(write(tmp_path), tmp_path / "bag")
    case = bag / f"data/cases/{CASES[0][0]}.json"
    case.write_bytes(b'{"schema": 1, "title": "forged"}')
    names = sorted(str(p.relative_to(bag)) for p in (bag / "data").rglob("*") if p.is_file())
    (bag / "manifest-sha256.txt").write_bytes(ok_bytes(run(["sha256sum", *names], cwd=bag)))
    tags = ["README.txt", "bag-info.txt", "bagit.txt", "manifest-sha256.txt"]
    (bag / "tagmanifest-sha256.txt").write_bytes(ok_bytes(run(["sha256sum", *tags], cwd=bag)))
    ok(run(["sha256sum", "-c", "manifest-sha256.txt"], cwd=bag))  # stock checks pass...
    assert ssh_verify(bag, allowed_signers(tmp_path / "allowed")).returncode != 0  # ...but this
    expect(repack(bag, tmp_path / "edited.age"), BundleTampered, "signature")


def test_added_and_removed_files_are_refused(tmp_path: Path) -> None:
    bag = extract(write(tmp_path), tmp_path / "bag")
    extra = bag / "data/attachments" / ("f" * 32)
    extra.write_bytes(b"MZ\x90\x00 not really a program")
    expect(repack(bag, tmp_path / "added.age"), BundleTampered, "extra_file")
    extra.unlink()
    (bag / f"data/attachments/{ATTACHMENTS[2][0]}").unlink()
    expect(repack(bag, tmp_path / "removed.age"), BundleTampered, "missing_file")


def test_repacked_with_directories_or_links_is_refused(tmp_path: Path) -> None:
    bag = extract(write(tmp_path), tmp_path / "bag")
    expect(repack(bag, tmp_path / "dirs.age", names=["data", *ORDER]), BundleMalformed, "file_type")
    (bag / "data/attachments" / ("e" * 32)).symlink_to("/etc/passwd")
    expect(repack(bag, tmp_path / "link.age"), BundleMalformed, "link")


def test_reencrypted_to_someone_else_is_not_for_us(tmp_path: Path) -> None:
    bag = extract(write(tmp_path), tmp_path / "bag")
    path = repack(bag, tmp_path / "other.age", recipient=OTHER_ORG.recipient.to_string())
    expect(path, BundleNotForUs, "no_identity")


def test_signed_for_someone_else_reencrypted_to_us(tmp_path: Path) -> None:
    """A bundle for OTHER_ORG only, decrypted by them and passed on to us."""
    bid = str(uuid.uuid4())
    info = BundleInfo(
        bid,
        CREATED,
        (OTHER_ORG.recipient.to_string(),),
        RESEARCHER.public_key().fingerprint(),
        "Guvoh 0.1.0",
    )
    path = tmp_path / f"B-{bid}.age"
    with path.open("wb") as fh:
        writer = BundleWriter(fh, [OTHER_ORG.recipient], RESEARCHER, info)
        writer.add_case(*CASES[0])
        writer.finish()
    other_key = tmp_path / "other.key"
    other_key.write_text(OTHER_ORG.to_string() + "\n")
    bag = extract(Exported(path, other_key, bid), tmp_path / "bag")
    expect(repack(bag, tmp_path / "passed-on.age"), BundleNotForUs, "recipient")


# -- organisation cards ------------------------------------------------------------------


def test_card_signature_verifies_with_ssh_keygen(tmp_path: Path) -> None:
    key = SigningKey.generate()
    card = make_card("Правозащитный центр «Мемориал»", ORG.recipient, key, CREATED)
    cut = card.index(b"-----BEGIN SSH SIGNATURE-----")
    (tmp_path / "card.body").write_bytes(card[:cut])
    (tmp_path / "card.sig").write_bytes(card[cut:])
    allowed = tmp_path / "allowed"
    allowed.write_text(f'org namespaces="{CARD_NAMESPACE}" {key.public_key().to_openssh_line()}\n')
    result = run(
        [
            "ssh-keygen",
            "-Y",
            "verify",
            "-f",
            str(allowed),
            "-I",
            "org",
            "-n",
            CARD_NAMESPACE,
            "-s",
            str(tmp_path / "card.sig"),
        ],
        stdin=tmp_path / "card.body",
    )
    assert result.returncode == 0, result.stderr
    result = run(
        [
            "ssh-keygen",
            "-Y",
            "verify",
            "-f",
            str(allowed),
            "-I",
            "org",
            "-n",
            BUNDLE_NAMESPACE,
            "-s",
            str(tmp_path / "card.sig"),
        ],
        stdin=tmp_path / "card.body",
    )
    assert result.returncode != 0


# -- README.txt's recipe, run as written: the signature before the payload (issue 13 item 7) --


def _recipe(readme: str) -> list[str]:
    """The shell commands of README.txt's numbered steps: the lines indented by 5 spaces,
    with their continuation lines, in order; NAME is the principal."""
    commands: list[str] = []
    lines = readme.split("To check it with standard tools only", 1)[1].splitlines()
    for line in lines:
        if commands and commands[-1].endswith("\\"):
            commands[-1] = commands[-1][:-1] + " " + line.strip()
        elif line.startswith("     ") and not line.startswith("      "):
            commands.append(line.strip())
    return [c for c in commands if not c.startswith("NAME namespaces=")]


def _run_recipe(exported: Exported, work: Path, allowed: Path) -> list[tuple[str, int, Path]]:
    """Each command of the bundle's own README.txt in a new folder holding only the bundle
    and org.key, in bash with pipefail as it says; stops at the first failure. Returns
    (command, status, whether data/ existed after it) for each command run."""
    work.mkdir()
    (work / exported.path.name).write_bytes(exported.path.read_bytes())
    (work / "org.key").write_bytes(exported.key_file.read_bytes())
    (work / "allowed_signers").write_text(allowed.read_text().replace(PRINCIPAL, "NAME", 1))
    readme = extract_readme(exported)
    ran = []
    for command in _recipe(readme):
        result = run(["bash", "-o", "pipefail", "-c", command], cwd=work)
        ran.append((command, result.returncode, work / "data"))
        if result.returncode != 0:
            break
        if command.startswith("ssh-keygen -Y verify"):
            assert b'Good "guvoh-bundle-v1" signature for NAME' in result.stdout
    return ran


def extract_readme(exported: Exported) -> str:
    plain = ok_bytes(run(["age", "-d", "-i", str(exported.key_file), str(exported.path)]))
    return ok_bytes(run(["tar", "-xO", "README.txt"], data=plain)).decode("ascii")


def test_readme_recipe_runs_as_written_and_checks_the_signature_first(tmp_path: Path) -> None:
    exported = write(tmp_path)
    allowed = allowed_signers(tmp_path / "allowed")
    ran = _run_recipe(exported, tmp_path / "work", allowed)
    commands = [c for c, _, _ in ran]
    assert all(status == 0 for _, status, _ in ran), ran
    assert [c.split()[0] for c in commands] == [
        "age", "ssh-keygen", "sha256sum", "age", "sha256sum", "find", "find"]
    verify_at = next(i for i, c in enumerate(commands) if c.startswith("ssh-keygen -Y verify"))
    tags_at = commands.index("sha256sum -c tagmanifest-sha256.txt")
    payload_at = next(i for i, c in enumerate(commands) if c.endswith("| tar -x data"))
    assert verify_at < tags_at < payload_at  # was: `| tar -x` of everything first
    work = tmp_path / "work"
    assert sorted(p.name for p in (work / "data/attachments").iterdir()) == sorted(
        b for b, _ in ATTACHMENTS)


def test_readme_recipe_unpacks_no_payload_from_a_stranger(tmp_path: Path) -> None:
    """A bundle signed by a key the coordinator did not pin: the recipe stops at the
    signature, and nothing of data/ was ever written to disk."""
    exported = write(tmp_path)
    stranger = allowed_signers(tmp_path / "allowed", key=SigningKey.generate())
    ran = _run_recipe(exported, tmp_path / "work", stranger)
    command, status, data = ran[-1]
    assert command.startswith("ssh-keygen -Y verify")
    assert status != 0
    assert not data.exists()  # was: the whole payload unpacked in step 1
    assert (tmp_path / "work/tagmanifest-sha256.txt").exists()


# -- Created at the edge of tar's 11 octal digits (issue 13 item 8) -------------------------

LAST = "2242-03-16T12:56:31Z"  # 0o77777777777 seconds
AFTER_LAST = "2242-03-16T12:56:32Z"


def _info(created: str) -> BundleInfo:
    return BundleInfo(str(uuid.uuid4()), created, (ORG.recipient.to_string(),),
                      RESEARCHER.public_key().fingerprint(), "Guvoh 0.1.0")


@pytest.mark.parametrize("created", ["1970-01-01T00:00:00Z", LAST])
def test_writer_and_reader_accept_the_first_and_last_created(tmp_path: Path,
                                                             created: str) -> None:
    path = tmp_path / "B-edge.age"
    with path.open("wb") as fh:
        writer = BundleWriter(fh, [ORG.recipient], RESEARCHER, _info(created))
        writer.add_case(*CASES[0])
        writer.finish()
    plain = ok_bytes(run(["age", "-d", "-i", str(write_key(tmp_path)), str(path)]))
    listing = ok(run(["tar", "-tv", "--full-time", "--utc"], data=plain)).splitlines()
    when = created.replace("T", " ").rstrip("Z")
    assert all(when in line for line in listing), listing  # GNU tar reads the mtime
    verified, _ = our_read(path)
    assert verified.created == created


@pytest.mark.parametrize("created", [AFTER_LAST, "2242-12-31T23:59:59Z",
                                     "1969-12-31T23:59:59Z"])
def test_writer_refuses_created_outside_the_range(tmp_path: Path, created: str) -> None:
    with (tmp_path / "x.age").open("wb") as fh, pytest.raises(ValueError, match="2242-03-16"):
        BundleWriter(fh, [ORG.recipient], RESEARCHER, _info(created))


def write_key(tmp_path: Path) -> Path:
    key_file = tmp_path / "org.key"
    key_file.write_text(f"{ORG.to_string()}\n")
    return key_file


def _resigned_with_created(tmp_path: Path, created: str) -> Path:
    """A bundle made from the spec with stock tools: bag-info's Created changed, both
    manifests recomputed with sha256sum, signed again with ssh-keygen -Y sign by the
    researcher's key, packed by GNU tar, encrypted by age."""
    tmp_path.mkdir()
    bag = extract(write(tmp_path), tmp_path / "bag")
    info = bag / "bag-info.txt"
    info.write_text(re.sub(r"Created: .*", f"Created: {created}", info.read_text()))
    tags = ["README.txt", "bag-info.txt", "bagit.txt", "manifest-sha256.txt"]
    (bag / "tagmanifest-sha256.txt").write_bytes(ok_bytes(run(["sha256sum", *tags], cwd=bag)))
    key = tmp_path / "researcher_key"
    key.write_bytes(
        Ed25519PrivateKey.from_private_bytes(RESEARCHER.to_bytes()).private_bytes(
            Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption()))
    key.chmod(0o600)
    ok(run(["ssh-keygen", "-Y", "sign", "-f", str(key), "-n", BUNDLE_NAMESPACE,
            "tagmanifest-sha256.txt"], cwd=bag))
    (bag / "tagmanifest-sha256.txt.sig").replace(bag / "signatures/tagmanifest-sha256.txt.sig")
    return repack(bag, tmp_path / f"B-{created[:4]}.age")


def test_reader_created_boundary_on_bundles_made_with_stock_tools(tmp_path: Path) -> None:
    verified, _ = our_read(_resigned_with_created(tmp_path / "last", LAST))
    assert verified.created == LAST
    expect(_resigned_with_created(tmp_path / "after", AFTER_LAST), BundleMalformed, "bag_info")
