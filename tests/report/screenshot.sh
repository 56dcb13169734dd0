#!/bin/sh
# tests/report/screenshot.sh — renders an HTML report in headless Chromium
# and checks the picture.
#
#   sh screenshot.sh REPORT.html SHOT.png WIDTH HEIGHT
#
# Installs Debian's chromium first when it is missing and we are root (its
# output goes to chromium-install.log); if it is not there and cannot be
# installed, says so, shows the end of that log and fails: a missing browser
# never passes. Chromium's own chatter goes to chromium.log, shown only when
# no screenshot came out. Both logs stay in the test's directory, which
# tests/run.sh keeps under tests/out/ when the test fails.
# On success prints check-png.py's one line.
set -u
[ $# -eq 4 ] || { echo "usage: screenshot.sh REPORT.html SHOT.png WIDTH HEIGHT" >&2; exit 2; }
html=$1 png=$2 w=$3 h=$4
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    # tests run two at a time: the other binary's run of this test may be
    # installing it right now (apt-get would fail on dpkg's lock)
    ( if command -v flock >/dev/null 2>&1; then flock 9; fi
      command -v chromium >/dev/null 2>&1 ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
    ) 9> "${TMPDIR:-/tmp}/ska-chromium-install.lock" > chromium-install.log 2>&1
  fi
  if ! command -v chromium >/dev/null 2>&1; then
    echo "FAIL: chromium is not installed and could not be installed"
    if [ -s chromium-install.log ]; then
      echo "      apt-get said (the whole log: chromium-install.log, kept with the test):"
      tail -n 15 chromium-install.log | sed 's/^/      /'
    else
      echo "      (not root, or no apt-get here: run apt-get install chromium as root)"
    fi
    exit 1
  fi
fi
profile=$(mktemp -d "${TMPDIR:-/tmp}/ska-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT
rm -f "$png"
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$png" --window-size="$w,$h" \
  "file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")" > chromium.log 2>&1
rc=$?
if [ ! -s "$png" ]; then
  echo "FAIL: chromium wrote no screenshot (exit $rc); the start of chromium.log:"
  sed -n '1,20p' chromium.log
  exit 1
fi
python3 "$here/check-png.py" "$png" "$w" "$h"
