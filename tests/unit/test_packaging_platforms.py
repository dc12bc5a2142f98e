"""The Windows and macOS builds (issue 17 item 4) as far as they can be checked on Linux: the
workflow names only files that exist, the per-platform locks pin the same versions as the
Linux locks and every requirement carries a SHA-256 hash, and the spec, the installer and the
app agree on names. The builds themselves run only on GitHub's native runners."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from app.services import provisioning

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github/workflows/package.yml"
FREEZE = ROOT / "packaging/ci/freeze.sh"
NSI = ROOT / "packaging/windows/guvoh.nsi"
SPEC = ROOT / "packaging/guvoh.spec"
REQ = ROOT / "requirements"
PLATFORMS = ("windows", "macos")

# Packages only one platform needs: keyring's backends (Linux: Secret Service over D-Bus;
# Windows: the Credential Manager through pywin32-ctypes) and PyInstaller's binary tools.
LINUX_ONLY = {"jeepney", "secretstorage"}
ONLY_ON = {
    "windows": {"pywin32-ctypes", "pefile"},
    "macos": {"macholib"},
}
REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*\\?$")


def _name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def pins(lock: Path) -> dict[str, tuple[str, list[str]]]:
    """{package: (version, [hash, ...])} of a hash-pinned lock; any other line fails."""
    out: dict[str, tuple[str, list[str]]] = {}
    current = None
    for number, line in enumerate(lock.read_text().splitlines(), 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if text.startswith("--hash="):
            assert current is not None, f"{lock.name}:{number}: a hash before any requirement"
            out[current][1].append(text.removesuffix("\\").strip())
            continue
        match = REQUIREMENT.match(text)
        assert match, f"{lock.name}:{number}: not a pinned requirement: {text!r}"
        current = _name(match[1])
        assert current not in out, f"{lock.name}: {current} twice"
        out[current] = (match[2], [])
    assert out, f"{lock.name} pins nothing"
    return out


def test_every_requirement_of_every_lock_is_pinned_by_sha256() -> None:
    for lock in [REQ / "run.lock", REQ / "build.lock"] + [
            REQ / f"{p}-{kind}.lock" for p in PLATFORMS for kind in ("run", "build")]:
        for name, (_version, hashes) in pins(lock).items():
            assert hashes, f"{lock.name}: {name} has no --hash"
            for value in hashes:
                assert re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", value), \
                    f"{lock.name}: {name}: {value}"


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("kind", ["run", "build"])
def test_a_platform_lock_pins_what_the_linux_lock_pins(platform: str, kind: str) -> None:
    linux = {name: version for name, (version, _) in pins(REQ / f"{kind}.lock").items()}
    other = {name: version for name, (version, _) in pins(REQ / f"{platform}-{kind}.lock").items()}
    for name, version in linux.items():
        if name in LINUX_ONLY:
            continue
        assert other.get(name) == version, \
            f"{platform}-{kind}.lock: {name} {other.get(name)} where {kind}.lock has {version}"
    extra = set(other) - set(linux)
    assert extra <= ONLY_ON[platform], f"{platform}-{kind}.lock: unexpected {sorted(extra)}"


def test_keyring_has_its_windows_backend_and_sqlcipher_is_the_pinned_one() -> None:
    windows = pins(REQ / "windows-run.lock")
    assert "pywin32-ctypes" in windows
    pinned = pins(REQ / "run.lock")["sqlcipher3"][0]
    for platform in PLATFORMS:
        assert pins(REQ / f"{platform}-run.lock")["sqlcipher3"][0] == pinned
        header = (REQ / f"{platform}-run.lock").read_text().splitlines()[:3]
        assert any("make lock-platforms" in line for line in header)


def test_make_lock_platforms_writes_the_four_locks() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^lock-platforms:", makefile, re.M)
    target = makefile.split("\nlock-platforms:")[1].split("\n\n")[0]
    assert "--generate-hashes" in target
    assert "--only-binary" in target
    assert "x86_64-pc-windows-msvc" in makefile
    assert "aarch64-apple-darwin" in makefile
    assert "$$name-run.lock" in target
    assert "$$name-build.lock" in target


def _workflow_text() -> str:
    return WORKFLOW.read_text()


def test_the_workflow_has_the_two_jobs_on_tags_and_by_hand() -> None:
    text = _workflow_text()
    assert "UNTESTED" in text  # says plainly that it has not run
    try:
        import yaml
    except ImportError:  # PyYAML is no dependency: check the structure as text
        assert re.search(r"^on:\n  push:\n    tags: \[\"v\*\"\]\n  workflow_dispatch:", text, re.M)
        assert re.search(r"^  windows:\n(    .*\n|\n)*?    runs-on: windows-latest", text, re.M)
        assert re.search(r"^  macos:\n(    .*\n|\n)*?    runs-on: macos-14", text, re.M)
        assert "\t" not in text
    else:
        data = yaml.safe_load(text)
        on = data.get("on", data.get(True))
        assert on["push"]["tags"] == ["v*"]
        assert "workflow_dispatch" in on
        assert data["jobs"]["windows"]["runs-on"] == "windows-latest"
        assert data["jobs"]["macos"]["runs-on"] == "macos-14"
    for platform in PLATFORMS:
        assert f"freeze.sh venv {platform}" in text
    for step in ("translations", "build", "contents", "smoke", "gui", "sums"):
        assert text.count(f"freeze.sh {step}") == 2, step
    assert 'python-version: "3.11"' in text
    assert "windows-x64-setup.exe" in text
    assert "macos-arm64.dmg" in text
    assert text.count("actions/upload-artifact") == 2
    assert text.count("SHA256SUMS") >= 4


def test_the_workflow_and_scripts_name_only_files_that_exist() -> None:
    named: set[str] = set()
    for source in (WORKFLOW, FREEZE):
        named |= set(re.findall(r"(?<![\w$.-])((?:packaging|requirements|docs|resources)"
                                r"/[\w./*$-]*[\w*])", source.read_text()))
    # globs, shell variables and the placeholders of comments are not single files
    named = {path for path in named
             if not any(mark in path for mark in ("*", "$", "PLATFORM", "VERSION"))}
    assert {"packaging/guvoh.spec", "packaging/windows/guvoh.nsi", "packaging/macos/dmg.sh",
            "packaging/windows/check-installer.ps1", "docs/examples/case-uz.json"} <= named
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert not missing, missing
    for platform in re.findall(r"freeze\.sh venv (\w+)", _workflow_text()):
        for kind in ("run", "build"):
            assert (REQ / f"{platform}-{kind}.lock").is_file()


def _smoke_commands() -> list[list[str]]:
    """The frozen program's command lines in freeze.sh's smoke test, as argv."""
    text = FREEZE.read_text().replace("\\\n", " ")
    smoke = text.split("\nsmoke() {")[1].split("\n}")[0]
    commands = []
    for line in smoke.splitlines():
        line = line.strip()
        if line.startswith("out=\"$("):
            line = line.removeprefix("out=\"$(").removesuffix(")\"")
        if not line.startswith('"$guvoh"'):
            continue
        argv = shlex.split(line.split(">")[0])[1:]
        commands.append(argv)
    return commands


def test_the_smoke_test_uses_cli_flags_that_exist() -> None:
    import app.cli.commands  # noqa: F401  (fills the command table)
    from app.cli.table import build_parser

    parser = build_parser()
    commands = _smoke_commands()
    assert [argv[:1] for argv in commands][:1] == [["--help"]]
    said = [" ".join(argv) for argv in commands]
    for words in ("init", "case add", "case list", "--no-keyring", "--kdf-seconds 0",
                  "--passphrase-file"):
        assert any(words in line for line in said), words
    for argv in commands[1:]:
        parser.parse_args(argv)  # exits (SystemExit) on a flag that does not exist


def test_the_installer_carries_the_provisioning_file_the_app_looks_for() -> None:
    nsi = NSI.read_text()
    assert f'!define PROVISIONING "{provisioning.FILE_NAME}"' in nsi
    assert '"$EXEDIR\\${PROVISIONING}"' in nsi
    assert '"$INSTDIR\\${PROVISIONING}"' in nsi
    assert "$INSTDIR\\guvoh.exe" in nsi
    assert "$INSTDIR\\guvoh-cli.exe" in nsi
    assert "MULTIUSER_USE_PROGRAMFILES64" in nsi
    assert "UNTESTED HERE" in nsi
    assert "windows-x64-setup.exe" in nsi
    assert "RMDir /r \"$INSTDIR\"" not in nsi  # never wipes a folder the person chose


def test_the_spec_builds_the_console_twin_on_windows_and_the_bundle_on_macos() -> None:
    spec = SPEC.read_text()
    assert 'executables = [exe, _exe("guvoh-cli", True)] if IS_WINDOWS else [exe]' in spec
    assert "CONSOLE = not (IS_WINDOWS or IS_MACOS)" in spec
    bundle = spec.split("if IS_MACOS:")[-1]
    for needle in ('bundle_identifier="org.guvoh.Guvoh"', "NSMicrophoneUsageDescription",
                   '"CFBundleShortVersionString": VERSION', "LSMinimumSystemVersion",
                   "icon=None"):
        assert needle in bundle, needle
