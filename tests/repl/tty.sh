#!/bin/sh
# tests/repl/tty.sh — drives `ska repl` on a real terminal (tmux) the way a
# person would: Tab completion of a UTF-8 name (meritv → meritvärde), of a
# goal id from a list, of a unit's name in quotes; a definition over
# several lines at the continuation prompt; Ctrl-C cancelling a line;
# Ctrl-D leaving. A second session then recalls the first one's inputs
# with the Up key, the three-line definition as one entry. Prints each
# session's screen and the history file (timestamps masked) for
# tests/repl/tty.t to compare.
#
# Run in a directory holding plan.ska and t.db, with `ska` on PATH and
# SKA_HISTORY set. Installs tmux with apt-get when it is missing and we are
# root; without tmux it fails, loudly, rather than pass untested.
set -u
if ! command -v tmux >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get install -y -q tmux >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q tmux >/dev/null 2>&1; }
fi
command -v tmux >/dev/null 2>&1 || { echo "tty.sh: tmux is missing and cannot be installed here"; exit 1; }

# Each session gets a tmux server of its own: a server whose last session
# ended may still be shutting down when the next one starts.
sock=
ska=$(command -v ska)
tm() { tmux -S "$sock" "$@"; }
trap 'for s in "$PWD"/.tmux-*; do tmux -S "$s" kill-server 2>/dev/null; done' EXIT

# The screen without the blank lines below the last line written.
screen() { tm capture-pane -p -t repl | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }

# Waits (up to 30 s: test machines can be busy) until the screen shows $1.
wait_for() {
  i=0
  while ! screen | grep -qF -- "$1"; do
    i=$((i + 1))
    if [ $i -gt 300 ]; then
      echo "tty.sh: timed out waiting for: $1"
      screen
      exit 1
    fi
    sleep 0.1
  done
}

# Waits until the last line on the screen is $1: the prompt is back, so
# nothing typed next is echoed before readline reads it.
wait_last() {
  i=0
  while [ "$(screen | tail -n 1)" != "$1" ]; do
    i=$((i + 1))
    if [ $i -gt 300 ]; then
      echo "tty.sh: timed out waiting for a last line: $1"
      screen
      exit 1
    fi
    sleep 0.1
  done
}

start() { # $1: the session's name
  sock=$PWD/.tmux-$1
  tm new-session -d -s repl -x 90 -y 40 \
    "env TERM=xterm LC_ALL=C.UTF-8 SKA_HISTORY='$SKA_HISTORY' SKA_PATH='${SKA_PATH:-}' \
     '$ska' repl plan.ska --db t.db; echo \"[exit \$?]\"; sleep 60"
  wait_for 'ska>'
}

# ---- first session: completion, continuation, Ctrl-C, Ctrl-D ----
start first
tm send-keys -t repl 'meritv' Tab
wait_last 'ska> meritvärde'
tm send-keys -t repl '[2017]' Enter
wait_for '217,9'
wait_last 'ska>'
tm send-keys -t repl 'status G' Tab Tab
wait_for 'G1  G2  G3'
wait_last 'ska> status G'
tm send-keys -t repl '2' Enter
wait_for 'delvis uppnått  behörig'
wait_last 'ska>'
tm send-keys -t repl 'goal G9 "Fler behöriga" {' Enter
wait_last '...>'
tm send-keys -t repl 'target behörig >= 80 %' Enter
wait_last '...>'
tm send-keys -t repl '}' Enter
wait_last 'ska>'
tm send-keys -t repl 'status G9' Enter
wait_for 'G9  uppnått'
wait_last 'ska>'
tm send-keys -t repl 'meritvärde[20'
wait_last 'ska> meritvärde[20'
tm send-keys -t repl C-c
wait_last 'ska>'
tm send-keys -t repl 'behörig["Bj' Tab
wait_last 'ska> behörig["Björkskolan"'
tm send-keys -t repl ']' Enter
wait_for '91,2 %'
wait_last 'ska>'
tm send-keys -t repl C-d
wait_for '[exit 0]'
echo "== first session"
screen
tm kill-server

# ---- second session: the history of the first ----
start second
tm send-keys -t repl Up
wait_last 'ska> behörig["Björkskolan"]'
tm send-keys -t repl Up Up
wait_last '}'
tm send-keys -t repl Enter
wait_last 'ska>'
tm send-keys -t repl 'status G9' Enter
wait_for 'G9  uppnått'
wait_last 'ska>'
tm send-keys -t repl C-d
wait_for '[exit 0]'
echo "== second session"
screen
echo "== the history file"
sed 's/^#[0-9][0-9]*$/#TIME/' "$SKA_HISTORY"
