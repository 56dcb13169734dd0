#!/bin/sh
# Installs the Debian packages ska needs to build, when one is missing.
# Called by `make deps` (and so by `make demo` and `make test`); a no-op when
# everything is present, so it is cheap to run every time.
set -e
need=""
command -v flex  >/dev/null 2>&1 || need="$need flex"
command -v bison >/dev/null 2>&1 || need="$need bison"
command -v cc    >/dev/null 2>&1 || need="$need gcc"
[ -f /usr/include/sqlite3.h ]            || need="$need libsqlite3-dev"
[ -f /usr/include/readline/readline.h ]  || need="$need libreadline-dev"
[ -z "$need" ] && exit 0
echo "deps: installing$need" >&2
if [ "$(id -u)" != 0 ]; then
  echo "deps: not root; run: sudo apt-get install -y$need" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq $need >/dev/null
