#!/bin/sh
# Installs the Debian packages ska needs to build and test, when one is
# missing. Called by `make deps` (and so by `make demo` and `make test`); a
# no-op when everything is present, so it is cheap to run every time.
# Build: flex, bison, a C compiler, SQLite and readline headers.
# Tests: the sqlite3 shell (to look inside stores), python3 (JSON checks),
# tmux (the interactive REPL test).
set -e
need=""
want_cmd() { command -v "$1" >/dev/null 2>&1 || need="$need $2"; }
want_file() { [ -f "$1" ] || need="$need $2"; }
want_cmd flex flex
want_cmd bison bison
want_cmd cc gcc
want_cmd make make
want_file /usr/include/sqlite3.h libsqlite3-dev
want_file /usr/include/readline/readline.h libreadline-dev
if [ "${1:-}" = test ]; then
  want_cmd sqlite3 sqlite3
  want_cmd python3 python3
  want_cmd tmux tmux
fi
[ -z "$need" ] && exit 0
echo "deps: installing$need" >&2
if [ "$(id -u)" != 0 ]; then
  echo "deps: not root; run: sudo apt-get install -y$need" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq $need >/dev/null
