# a line longer than 1000 bytes is not echoed under the message; a record over 1 MiB is refused
--- run { echo "indikator;enhet;år;namn;värde"; printf 'N1;0181;2020;'; head -c 1200 /dev/zero | tr '\0' x; echo ';x'; } > wide.csv
--- expect exit 0
--- run ska import t.db wide.csv
--- expect exit 2
wide.csv:2:1215: error: value "x" is not a number (expected a number such as 83,2, or .. . ~100)
--- run { echo "indikator;enhet;år;värde"; printf 'N1;0181;2020;'; head -c 1100000 /dev/zero | tr '\0' x; echo; } > big.csv
--- expect exit 0
--- run ska import t.db big.csv
--- expect exit 2
big.csv: error: the record on line 2 is longer than 1 MiB
