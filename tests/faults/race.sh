# Two `ska import` into a new store at once, three times: both succeed, one
# adding the rows, the other finding them there; the store holds the whole
# import and no temporary file is left.
. "$SKA_PATH"/tests/faults/lib.sh
results 10000 > a.csv
for round in 1 2 3; do
  rm -f s.db s.db-wal s.db-shm
  ska import s.db a.csv > 1.out 2>&1 &
  p1=$!
  ska import s.db a.csv > 2.out 2>&1 &
  p2=$!
  wait $p1; r1=$?
  wait $p2; r2=$?
  case "$r1 $r2" in
    "0 0") runs="both succeed" ;;
    "0 2"|"2 0") grep -h '^ska import: ' 1.out 2.out > /dev/null && runs="one fails cleanly" || runs="one fails without a message" ;;
    *) runs="exit codes $r1 and $r2" ;;
  esac
  left=$(ls -A | grep -c '\.tmp\.')
  echo "round $round: $runs; store $(intact s.db) with $(rows s.db) rows; $left temporary files"
  grep -h 'rows:' 1.out 2.out | sort
done
