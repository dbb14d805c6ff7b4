#!/usr/bin/env bash
# Runs the packaged launcher of a built app image against a throw-away home folder:
# `--version` and `db info` must both succeed (the runtime has every module the start needs,
# the class path is complete, Flyway migrates a new database).
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=target/installer/image/StoreDesk/bin/StoreDesk
[ -x "$launcher" ] || { echo "smoke: no app image at $launcher (run mvn -Pinstaller package)" >&2; exit 1; }
home=$(mktemp -d /tmp/storedesk-smoke.XXXXXX)
trap 'rm -rf "$home"' EXIT

STOREDESK_HOME="$home" "$launcher" --version | tee "$home/version.txt"
grep -q '^StoreDesk ' "$home/version.txt"
STOREDESK_HOME="$home" "$launcher" db info | tee "$home/db.txt"
grep -q '^Schema version:' "$home/db.txt"
[ -f "$home/logs/storedesk.log" ] || { echo "smoke: no log in the data folder" >&2; exit 1; }
echo "smoke: packaged launcher OK ($(du -sh target/installer/image | cut -f1) app image)"
