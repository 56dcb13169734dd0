# kill -9 during an import, at several moments: the store is intact and
# holds all of the import or none of it, whether it existed before or the
# import was creating it.
. "$SKA_PATH"/tests/faults/lib.sh
results 300000 > big.csv
printf 'indikator;enhet;år;värde\nA;0001;2020;50\n' > small.csv
printf 'plan "p" { organiser "0001"; period 2020 }\nindicator A "a" { scale percent }\ngoal G1 "g" { target A >= 40 %% }\n' > plan.ska
for d in 0.1 0.3 0.6; do
  rm -f s.db s.db-wal s.db-shm
  ska import s.db small.csv > /dev/null
  ska import s.db big.csv > /dev/null 2>&1 &
  sleep "$d"
  kill -9 $! 2>/dev/null
  wait $! 2>/dev/null
  n=$(rows s.db)
  case $n in 1|300001) all="all or none" ;; *) all="$n rows" ;; esac
  ska check plan.ska --db s.db > /dev/null && checked="check reads it" || checked="check fails"
  echo "existing store, killed after $d s: $(intact s.db), $all, $checked"
  rm -f new.db
  ska import new.db big.csv > /dev/null 2>&1 &
  sleep "$d"
  kill -9 $! 2>/dev/null
  wait $! 2>/dev/null
  if [ ! -e new.db ]; then state="no store"; else state="$(intact new.db), $(rows new.db) rows"; fi
  case $state in "no store"|"intact, 300000 rows") state="no store or all of it" ;; esac
  echo "new store, killed after $d s: $state"
  # a killed run leaves only its own temporary file behind
  rm -f .new.db.tmp.*
done
# Ctrl-C or kill (not -9) removes the temporary file of a store being made
for sig in INT TERM; do
  rm -f new.db
  # a script's background job ignores SIGINT: --default-signal undoes that
  env --default-signal=INT ska import new.db big.csv > /dev/null 2>&1 &
  sleep 0.2
  kill -$sig $! 2>/dev/null
  wait $! 2>/dev/null
  echo "new store, SIG$sig after 0.2 s: $(ls -A | grep -c '\.tmp\.') temporary files"
done
