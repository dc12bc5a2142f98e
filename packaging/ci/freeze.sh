#!/usr/bin/env bash
# The steps of a frozen build that every platform shares, in one place (issue 17 item 4), run
# with bash on each native runner (.github/workflows/package.yml; Git Bash on Windows):
#
#   packaging/ci/freeze.sh venv PLATFORM     build venv from requirements/PLATFORM-run.lock +
#                                            requirements/PLATFORM-build.lock (--require-hashes;
#                                            linux: run.lock + build.lock)
#   packaging/ci/freeze.sh translations      resources/i18n/*.ts -> .qm (as `make translations`)
#   packaging/ci/freeze.sh build             PyInstaller with packaging/guvoh.spec -> dist/
#                                            (GUVOH_DIST, GUVOH_WORK, GUVOH_BUILD_VENV override)
#   packaging/ci/freeze.sh contents ONEDIR   nothing the spec leaves out is inside, what the
#                                            program needs is; the size
#   packaging/ci/freeze.sh smoke PROGRAM     the frozen command line: --help, init, case add,
#                                            case list (fresh home, no keyring, offscreen)
#   packaging/ci/freeze.sh gui PROGRAM       the frozen desktop app starts and stays up 15 s
#   packaging/ci/freeze.sh sums DIR FILE...  DIR/SHA256SUMS for FILE... (names relative to DIR)
#   packaging/ci/freeze.sh version           the version in pyproject.toml
#
# UNTESTED HERE: Guvoh's own machine is Linux, and the Windows and macOS builds run only on
# GitHub's native runners; on Linux `make package` (packaging/linux/build.sh) is the build.
# The same reproducibility settings as there: SOURCE_DATE_EPOCH = the last commit's time,
# PYTHONHASHSEED=0, TZ=UTC.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
VENV="${GUVOH_BUILD_VENV:-$ROOT/build/venv}"
DIST="${GUVOH_DIST:-$ROOT/dist}"
PYTHON="${PYTHON:-python}"

# The venv's folder of programs: Scripts on Windows, bin elsewhere.
venv_bin() {
    if [ -d "$VENV/Scripts" ]; then echo "$VENV/Scripts"; else echo "$VENV/bin"; fi
}

# A path as the native program wants it (C:\... on Windows under Git Bash).
native() {
    if command -v cygpath >/dev/null 2>&1; then cygpath -w "$1"; else echo "$1"; fi
}

version() {
    "$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
        "$ROOT/pyproject.toml"
}

make_venv() {
    local platform="$1" run build
    if [ "$platform" = linux ]; then  # the Linux locks have no prefix (make package)
        run=requirements/run.lock build=requirements/build.lock
    else
        run="requirements/$platform-run.lock" build="requirements/$platform-build.lock"
    fi
    if [ ! -f "$run" ] || [ ! -f "$build" ]; then
        echo "no locks for $platform ($run, $build)" >&2; exit 1
    fi
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    local bin; bin="$(venv_bin)"
    "$bin/python" -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
        -r "$run" -r "$build"
    # --no-deps installs exactly the locks: pip check fails if a lock misses a dependency
    # this platform needs (as keyring needs pywin32-ctypes on Windows)
    "$bin/python" -m pip check
}

translations() {
    local bin ts; bin="$(venv_bin)"
    for ts in resources/i18n/*.ts; do
        "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
}

build() {
    export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct)}"
    export PYTHONHASHSEED=0 TZ=UTC
    umask 022
    "$(venv_bin)/pyinstaller" --noconfirm --clean --log-level WARN \
        --distpath "$DIST" --workpath "${GUVOH_WORK:-$ROOT/build/pyinstaller}" \
        "$ROOT/packaging/guvoh.spec"
}

# The spec's exclusions checked on the built onedir by packaging/check/contents.py's own
# rules (shared with the Linux check), and what the program needs on this platform (the
# Linux check's list names Linux's files, so this one is per platform).
contents() {
    "$(venv_bin)/python" - "$1" <<'PY'
import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("contents", "packaging/check/contents.py")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
onedir = Path(sys.argv[1])
bad = module.offending(onedir)
for name in bad:
    print(f"FAILED: left out by the spec but inside the build: {name}")
platform = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}.get(sys.platform, "libqxcb.so")
needed = (f"platforms/{platform}", "imageformats/*qjpeg.*", "resources/i18n/guvoh_ru.qm",
          "resources/i18n/guvoh_en.qm", "storage/migrations")
lacking = [pattern for pattern in needed if not any(onedir.rglob(pattern))]
for pattern in lacking:
    print(f"FAILED: the build lacks {pattern}")
real = [p for p in onedir.rglob("*") if p.is_file() and not p.is_symlink()]
print(f"size: {len(real)} files, {sum(p.stat().st_size for p in real) / 1e6:.1f} MB unpacked")
sys.exit(1 if bad or lacking else 0)
PY
    echo "ok   nothing the spec leaves out is inside $1, and what the program needs is"
}

# A fresh home for the frozen program: nothing of the runner's user reaches it.
fresh_home() {
    local tmp="$1"
    mkdir -p "$tmp/home" "$tmp/appdata" "$tmp/localappdata"
    export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
    export XDG_CACHE_HOME="$tmp/home/.cache" XDG_STATE_HOME="$tmp/home/.local/state"
    export APPDATA; APPDATA="$(native "$tmp/appdata")"
    export LOCALAPPDATA; LOCALAPPDATA="$(native "$tmp/localappdata")"
    export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
}

smoke() {
    local guvoh="$1" tmp out case_id
    tmp="$(mktemp -d)"
    fresh_home "$tmp"
    printf '%s\n' "correct horse battery staple orbit lantern" > "$tmp/pw"
    chmod 600 "$tmp/pw"
    local vault pw example
    vault="$(native "$tmp/vault")"
    pw="$(native "$tmp/pw")"
    example="$(native "$ROOT/docs/examples/case-uz.json")"

    "$guvoh" --help > "$tmp/help.txt"
    grep -q "init" "$tmp/help.txt" || { echo "FAILED: guvoh --help names no init" >&2; exit 1; }
    echo "ok   guvoh --help"
    "$guvoh" --vault "$vault" init --role researcher --pseudonym R-01 --kdf-seconds 0 \
        --no-keyring --passphrase-file "$pw" > "$tmp/init.txt"
    echo "ok   guvoh init"
    out="$("$guvoh" --vault "$vault" case add "$example" --passphrase-file "$pw")"
    case_id="$(echo "$out" | head -n 1 | awk '{print $1}')"
    [ -n "$case_id" ] || { echo "FAILED: case add printed no case id" >&2; exit 1; }
    echo "ok   guvoh case add ($case_id)"
    "$guvoh" --vault "$vault" case list --json --passphrase-file "$pw" > "$tmp/list.txt"
    grep -q "$case_id" "$tmp/list.txt" || { echo "FAILED: case list lacks $case_id" >&2; exit 1; }
    echo "ok   guvoh case list"
    rm -rf "$tmp"
}

gui() {
    local guvoh="$1" tmp pid
    tmp="$(mktemp -d)"
    fresh_home "$tmp"
    "$guvoh" > "$tmp/gui.log" 2>&1 &
    pid=$!
    sleep 15
    if ! kill -0 "$pid" 2>/dev/null; then
        cat "$tmp/gui.log" >&2
        echo "FAILED: the desktop app exited within 15 s" >&2
        exit 1
    fi
    if [ -r "/proc/$pid/winpid" ]; then  # Git Bash: end the Windows process itself
        taskkill //F //T //PID "$(cat "/proc/$pid/winpid")" >/dev/null
    else
        kill "$pid"
    fi
    wait "$pid" 2>/dev/null || true
    echo "ok   the desktop app stayed up 15 s (offscreen)"
    rm -rf "$tmp"
}

sums() {
    local dir="$1"; shift
    (cd "$dir" && if command -v sha256sum >/dev/null 2>&1; then sha256sum -b "$@"; \
                  else shasum -a 256 -b "$@"; fi) > "$dir/SHA256SUMS"
    cat "$dir/SHA256SUMS"
}

step="${1:-}"; shift || true
case "$step" in
    venv) make_venv "$@" ;;
    translations) translations ;;
    build) build ;;
    contents) contents "$@" ;;
    smoke) smoke "$@" ;;
    gui) gui "$@" ;;
    sums) sums "$@" ;;
    version) version ;;
    *) sed -n '2,17p' "$0" >&2; exit 2 ;;
esac
