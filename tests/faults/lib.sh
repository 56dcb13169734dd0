# tests/faults/lib.sh — what the fault tests share; sourced by their steps.
# They print only lines that hold whatever the timing ("ok …"), so a race
# that goes either way gives the same output.

# results N: a CSV of N result rows (100 indicators, 500 units, distinct
# keys), made in linear time.
results() {
  awk -v n="$1" 'BEGIN { print "indikator;enhet;år;värde"
    for (i = 0; i < n; i++) printf "N%d;%04d;%d;%d\n", i % 100, int(i / 100) % 500, 2000 + int(i / 50000), i % 97 }'
}

# rows DB: the number of result rows in DB (an error says so).
rows() { sqlite3 "$1" "SELECT count(*) FROM result" 2>&1; }

# intact DB: "intact" if SQLite finds the file sound.
intact() {
  r=$(sqlite3 "$1" "PRAGMA integrity_check" 2>&1)
  [ "$r" = ok ] && echo intact || echo "damaged: $r"
}

# need_mounts WHAT: re-runs the calling script in a mount namespace of its
# own (its mounts vanish with it), or exits 77 (skipped) saying it needs
# root for WHAT.
need_mounts() {
  [ -n "${SKA_FAULTS_NS:-}" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "needs root, for $1"
    exit 77
  fi
  if ! unshare -m true 2>/dev/null; then
    echo "needs unshare -m (a mount namespace of its own), for $1"
    exit 77
  fi
  SKA_FAULTS_NS=1 exec unshare -m sh "$0"
}

# until_true CMD...: polls CMD (20 s at most); for "the other process has
# got that far", never for a measured time.
until_true() {
  n=0
  until "$@"; do
    n=$((n + 1))
    [ "$n" -lt 400 ] || { echo "gave up waiting for: $*"; return 1; }
    sleep 0.05
  done
}
