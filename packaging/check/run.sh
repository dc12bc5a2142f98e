#!/usr/bin/env bash
# make package-check (issue 17 item 2): build the frozen app twice, in two folders, from the
# same commit and SOURCE_DATE_EPOCH; the two builds must be identical byte for byte (archives
# compared by SHA-256, and diffoscope shows where they differ when they do). Then test what
# was built: its contents (contents.py), the .deb's files and metadata, the first screen in a
# real X window (window.py), and a whole journey through the frozen command line with the
# real age and ssh-keygen (journey.py). The checked artifacts and SHA256SUMS end in OUT_DIR.
#     packaging/check/run.sh OUT_DIR
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$(mkdir -p "$1" && cd "$1" && pwd)"
PY="$ROOT/.venv/bin/python"
CHECK="$(mktemp -d "${TMPDIR:-/tmp}/guvoh-package-check.XXXXXX")"
trap 'rm -rf "$CHECK"' EXIT
export SOURCE_DATE_EPOCH="$(git -C "$ROOT" log -1 --format=%ct)"

step() { printf '\n== %s\n' "$*"; }

step "build 1 of 2"
start=$SECONDS
"$ROOT/packaging/linux/build.sh" "$CHECK/a"
echo "took $((SECONDS - start)) s"
step "build 2 of 2, in another folder"
"$ROOT/packaging/linux/build.sh" "$CHECK/b"

step "the two builds are identical"
(cd "$CHECK/a" && sha256sum -- *) > "$CHECK/a.sums"
(cd "$CHECK/b" && sha256sum -- *) > "$CHECK/b.sums"
cat "$CHECK/a.sums"
if ! cmp -s "$CHECK/a.sums" "$CHECK/b.sums"; then
    echo "FAILED: the two builds differ" >&2
    diff "$CHECK/a.sums" "$CHECK/b.sums" >&2 || true
    for file in "$CHECK"/a/*; do
        name="$(basename "$file")"
        cmp -s "$file" "$CHECK/b/$name" || diffoscope --max-report-size 200000 --text - \
            "$file" "$CHECK/b/$name" | head -200 >&2 || true
    done
    exit 1
fi
echo "ok   the tarball and the .deb of both builds have the same SHA-256"

step "contents"
TARBALL="$(ls "$CHECK"/a/guvoh-*-linux-x86_64.tar.xz)"
DEB="$(ls "$CHECK"/a/guvoh_*_amd64.deb)"
mkdir "$CHECK/unpacked"
tar -xJf "$TARBALL" -C "$CHECK/unpacked"
ONEDIR="$(ls -d "$CHECK"/unpacked/guvoh-*)"
python3 "$ROOT/packaging/check/contents.py" "$ONEDIR" "$TARBALL" "$DEB"

step "the .deb"
dpkg-deb -x "$DEB" "$CHECK/deb"
for path in usr/bin/guvoh usr/lib/guvoh/guvoh usr/share/applications/org.guvoh.Guvoh.desktop \
        usr/share/icons/hicolor/48x48/apps/org.guvoh.Guvoh.png \
        usr/share/metainfo/org.guvoh.Guvoh.metainfo.xml; do
    test -e "$CHECK/deb/$path" || { echo "FAILED: the .deb lacks /$path" >&2; exit 1; }
done
[ "$(readlink "$CHECK/deb/usr/bin/guvoh")" = ../lib/guvoh/guvoh ] \
    || { echo "FAILED: /usr/bin/guvoh is not the link to /usr/lib/guvoh/guvoh" >&2; exit 1; }
desktop-file-validate "$CHECK/deb/usr/share/applications/org.guvoh.Guvoh.desktop"
appstreamcli validate --no-net "$CHECK/deb/usr/share/metainfo/org.guvoh.Guvoh.metainfo.xml"
"$CHECK/deb/usr/bin/guvoh" --help | grep -q "usage: guvoh" \
    || { echo "FAILED: the .deb's guvoh does not run" >&2; exit 1; }
echo "ok   /usr/bin/guvoh runs; desktop entry, icon and AppStream metainfo valid"

step "the first screen, in a real X window"
"$PY" "$ROOT/packaging/check/window.py" "$ONEDIR/guvoh" "$OUT/check"

step "a whole journey through the frozen command line"
python3 "$ROOT/packaging/check/journey.py" "$ONEDIR/guvoh"

cp "$CHECK"/a/* "$OUT/"
(cd "$OUT" && sha256sum -- guvoh-*-linux-x86_64.tar.xz guvoh_*_amd64.deb > SHA256SUMS)
printf '\npackage-check: passed (%s)\n' "$(tr '\n' ' ' < "$OUT/SHA256SUMS")"
