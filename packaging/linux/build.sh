#!/usr/bin/env bash
# Build the frozen Linux app reproducibly: `packaging/linux/build.sh OUT_DIR` (run by
# `make package`, twice by `make package-check`). Writes OUT_DIR/guvoh-<version>-linux-x86_64.tar.xz
# and OUT_DIR/guvoh_<version>_amd64.deb. Needs build/venv (made by the Makefile from
# requirements/run.lock + requirements/build.lock) and the compiled translations.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$(mkdir -p "$1" && cd "$1" && pwd)"
VENV="${GUVOH_BUILD_VENV:-$ROOT/build/venv}"
VERSION="$(python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct)}"
export PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
umask 022
WORK="$(mktemp -d "${TMPDIR:-/tmp}/guvoh-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$WORK/dist" --workpath "$WORK/work" "$ROOT/packaging/guvoh.spec" \
    2> >(grep -v "required via ctypes not found" >&2)
APP="$WORK/dist/guvoh"
# Every file and folder gets the same time, so the archives do not record the build's clock.
find "$APP" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

TAROPTS=(--sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner
         --format=gnu)
NAME="guvoh-$VERSION-linux-x86_64"
mkdir -p "$WORK/tar" && cp -a "$APP" "$WORK/tar/$NAME"
# xz -9 in one thread: about 45 MB against 65 MB for gzip -9, and the same bytes every time.
tar -C "$WORK/tar" "${TAROPTS[@]}" -cf - "$NAME" | xz -9 -T1 > "$OUT/$NAME.tar.xz"

# The .deb: the program under /usr/lib/guvoh, /usr/bin/guvoh a symlink to it, desktop entry,
# icon and AppStream metainfo.
DEB="$WORK/deb"
mkdir -p "$DEB/DEBIAN" "$DEB/usr/lib" "$DEB/usr/bin" "$DEB/usr/share/applications" \
    "$DEB/usr/share/icons/hicolor/48x48/apps" "$DEB/usr/share/metainfo" "$DEB/usr/share/doc/guvoh"
cp -a "$APP" "$DEB/usr/lib/guvoh"
ln -s ../lib/guvoh/guvoh "$DEB/usr/bin/guvoh"
install -m 0644 "$ROOT/packaging/linux/guvoh.desktop" "$DEB/usr/share/applications/org.guvoh.Guvoh.desktop"
install -m 0644 "$ROOT/resources/icons/shield-check-24@2x.png" \
    "$DEB/usr/share/icons/hicolor/48x48/apps/org.guvoh.Guvoh.png"
install -m 0644 "$ROOT/packaging/linux/org.guvoh.Guvoh.metainfo.xml" "$DEB/usr/share/metainfo/"
printf 'Guvoh %s\nLicense: AGPL-3.0-or-later\n' "$VERSION" > "$DEB/usr/share/doc/guvoh/copyright"
SIZE="$(du -sk --apparent-size "$DEB/usr" | cut -f1)"
cat > "$DEB/DEBIAN/control" <<CONTROL
Package: guvoh
Version: $VERSION
Architecture: amd64
Maintainer: Guvoh developers <guvoh@invalid>
Installed-Size: $SIZE
Section: utils
Priority: optional
Depends: libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-xkb1, libdbus-1-3
Recommends: gnome-keyring | kwalletmanager, pulseaudio | pipewire-pulse
Homepage: https://example.invalid/guvoh
Description: encrypted testimonies, carried safely to the organisation that documents them
 Guvoh keeps testimonies encrypted on the researcher's computer and carries them,
 signed and encrypted, to the organisation that documents them. The desktop app and
 every command line command are one program, guvoh.
CONTROL
find "$DEB" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
chmod -R go-w "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$DEB" "$OUT/guvoh_${VERSION}_amd64.deb" >/dev/null
echo "built $OUT/$NAME.tar.xz and $OUT/guvoh_${VERSION}_amd64.deb"
