# A plan file is mapped, not read into memory, and the scanner gives back
# the pages it has passed (a 27 MB plan no longer costs its size twice):
# messages still show lines from the start and the very end of a large
# plan, and of a plan that fills its last page exactly (4096 bytes), whose
# text has no byte after it in the file.
--- file gen.sh
# gen.sh BYTES: a plan of exactly BYTES bytes: a goal with an unknown level,
# comment lines, and one more at the very end (no newline)
LC_ALL=C awk -v n="$1" 'BEGIN {
  head = "goal G1 { level okänd }\n"; tail = "goal G2 { level fel }"
  printf "%s", head
  left = n - length(head) - length(tail)
  for (; left > 40; left -= 40) printf "# %37s\n", "kommentar"
  printf "#%" (left - 2) "s\n%s", "", tail
}'
--- run sh gen.sh 4096 > page.ska && sh gen.sh 3000000 > large.ska && wc -c < page.ska && wc -c < large.ska
--- expect exit 0
4096
3000000
--- run ska check --syntax-only page.ska
--- expect exit 2
page.ska:1:11: error: unknown level 'okänd' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G1 { level okänd }
            ^^^^^^^^^^^
page.ska:104:11: error: unknown level 'fel' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G2 { level fel }
            ^^^^^^^^^
--- run ska check --syntax-only large.ska
--- expect exit 2
large.ska:1:11: error: unknown level 'okänd' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G1 { level okänd }
            ^^^^^^^^^^^
large.ska:75001:11: error: unknown level 'fel' (expected one of: huvudman, organiser, förvaltning, administration, enhet, unit)
  goal G2 { level fel }
            ^^^^^^^^^
