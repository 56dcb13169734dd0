# a line longer than 1000 bytes is not echoed under the message; a record over 1 MiB is refused
--- run awk 'BEGIN { print "indikator;enhet;år;namn;värde"; s = ""; for (i = 0; i < 1200; i++) s = s "x"; print "N1;0181;2020;" s ";x" }' > wide.csv
--- expect exit 0
--- run ska import t.db wide.csv
--- expect exit 2
wide.csv:2:1215: error: value "x" is not a number (expected a number such as 83,2, or .. . ~100)
--- run awk 'BEGIN { print "indikator;enhet;år;värde"; s = ""; for (i = 0; i < 1100000; i++) s = s "x"; print "N1;0181;2020;" s }' > big.csv
--- expect exit 0
--- run ska import t.db big.csv
--- expect exit 2
big.csv: error: the record on line 2 is longer than 1 MiB
