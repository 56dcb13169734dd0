#!/bin/sh
# tests/report/screenshot.sh — renders an HTML report in headless Chromium
# and checks the picture.
#
#   sh screenshot.sh REPORT.html SHOT.png WIDTH HEIGHT
#
# Installs Debian's chromium first when it is missing and we are root (its
# output goes to chromium-install.log); if it is not there and cannot be
# installed, says so and fails: a missing browser never passes. Chromium's
# own chatter goes to chromium.log, shown only when no screenshot came out.
# On success prints check-png.py's one line.
set -u
[ $# -eq 4 ] || { echo "usage: screenshot.sh REPORT.html SHOT.png WIDTH HEIGHT" >&2; exit 2; }
html=$1 png=$2 w=$3 h=$4
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
      > chromium-install.log 2>&1
  fi
  if ! command -v chromium >/dev/null 2>&1; then
    echo "FAIL: chromium is not installed and could not be installed"
    echo "      (as root: apt-get install chromium; see chromium-install.log)"
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
if [ ! -s "$png" ]; then
  echo "FAIL: chromium wrote no screenshot"
  sed -n '1,20p' chromium.log
  exit 1
fi
python3 "$here/check-png.py" "$png" "$w" "$h"
