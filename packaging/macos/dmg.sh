#!/usr/bin/env bash
# dist/Guvoh.app (PyInstaller's BUNDLE from packaging/guvoh.spec) -> a compressed disk image,
# dist/guvoh-VERSION-macos-arm64.dmg, holding the app and a link to /Applications to drag it
# onto; then the image is verified, mounted read-only, and the app's program answers --help
# from it.
#
#   packaging/macos/dmg.sh DIST_DIR VERSION
#
# UNTESTED HERE: hdiutil exists only on macOS; Guvoh's own machine is Linux. This runs on
# GitHub's macos-14 runner (.github/workflows/package.yml). Signing and notarisation are not
# done (packaging/README.md, "Signing and notarisation").
set -euo pipefail
DIST="$(cd "$1" && pwd)"
VERSION="$2"
APP="$DIST/Guvoh.app"
DMG="$DIST/guvoh-$VERSION-macos-arm64.dmg"
[ -x "$APP/Contents/MacOS/guvoh" ] || { echo "no $APP (run the PyInstaller build first)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'hdiutil detach -quiet "$WORK/mnt" 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir "$WORK/stage" "$WORK/mnt"
ditto "$APP" "$WORK/stage/Guvoh.app"  # ditto keeps the bundle's links, modes and signatures
ln -s /Applications "$WORK/stage/Applications"

# hdiutil on CI runners now and then fails with "Resource busy": try three times.
for attempt in 1 2 3; do
    if hdiutil create -volname Guvoh -srcfolder "$WORK/stage" -fs HFS+ -format UDZO \
            -imagekey zlib-level=9 -ov "$DMG"; then
        break
    fi
    [ "$attempt" = 3 ] && { echo "hdiutil create failed" >&2; exit 1; }
    sleep 10
done

hdiutil verify "$DMG"
hdiutil attach -nobrowse -readonly -noautoopen -mountpoint "$WORK/mnt" "$DMG" >/dev/null
"$WORK/mnt/Guvoh.app/Contents/MacOS/guvoh" --help >/dev/null
plutil -lint "$WORK/mnt/Guvoh.app/Contents/Info.plist"
hdiutil detach "$WORK/mnt" >/dev/null
echo "built $DMG"
