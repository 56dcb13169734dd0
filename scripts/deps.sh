#!/bin/sh
# Installs the Debian packages ska needs, when one is missing; a no-op when
# everything is present, so it is cheap to run every time.
#   sh scripts/deps.sh         build: flex, bison, a C compiler, SQLite and
#                              readline headers (`make`, `make demo`)
#   sh scripts/deps.sh bench   and what the benchmark compares ska with: the
#                              sqlite3 shell, Lua 5.4 (luac -p), pandas for
#                              Debian's python3, GNU time (`make bench`)
#   sh scripts/deps.sh test    all of that (the tests run a tiny benchmark)
#                              and tmux for the interactive REPL test
#   sh scripts/deps.sh fuzz    and clang, for the libFuzzer harnesses
#                              (`make fuzz`)
set -e
need=""
want_cmd() { command -v "$1" >/dev/null 2>&1 || need="$need $2"; }
want_file() { [ -e "$1" ] || need="$need $2"; }
want_cmd flex flex
want_cmd bison bison
want_cmd cc gcc
want_cmd make make
want_file /usr/include/sqlite3.h libsqlite3-dev
want_file /usr/include/readline/readline.h libreadline-dev
case "${1:-}" in
bench|test)
  want_cmd sqlite3 sqlite3
  want_cmd luac5.4 lua5.4
  want_file /usr/bin/time time
  # find_spec: whether pandas is there, without the half second importing it takes
  /usr/bin/python3 -c 'import importlib.util as u, sys; sys.exit(u.find_spec("pandas") is None)' \
    >/dev/null 2>&1 || need="$need python3-pandas"
  ;;
esac
[ "${1:-}" = test ] && want_cmd tmux tmux
[ "${1:-}" = fuzz ] && want_cmd clang clang
[ -z "$need" ] && exit 0
echo "deps: installing$need" >&2
if [ "$(id -u)" != 0 ]; then
  echo "deps: not root; run: sudo apt-get install -y$need" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq $need >/dev/null
