#!/usr/bin/env bash
# Run a command inside a private D-Bus session with a real, unlocked Secret Service
# (gnome-keyring-daemon), in a throwaway HOME so the developer's own keyring is untouched.
# The daemon ends with the bus session.
set -euo pipefail
export GUVOH_TEST_HOME
GUVOH_TEST_HOME=$(mktemp -d)
trap 'rm -rf "$GUVOH_TEST_HOME"' EXIT
export HOME="$GUVOH_TEST_HOME" XDG_RUNTIME_DIR="$GUVOH_TEST_HOME/run"
mkdir -m 0700 -p "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
    # The keyring password is a throwaway for this test session only; it goes in on stdin.
    printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    export GUVOH_SECRET_SERVICE=1
    exec "$@"
' bash "$@"
