# A syntax error inside a source description's field, after a table
# argument: the error is reported and nothing the parser dropped leaks (the
# ASan run checks; found by the plan fuzzer).
--- file plan.ska
source elevtal "Elevtal" {
  title  "Elevtal per skola"
  period "Läsår" kind årplit  "Årskurs" { "F-3" = "_f3"; "4-6" = "_46" }
indicator"Antal elever# = "elever"
}
--- run ska check plan.ska --syntax-only
--- expect exit 2
plan.ska:1:8: error: source elevtal has no unit column (write unit "Kommun-kod" kind kommun)
  source elevtal "Elevtal" {
         ^^^^^^^
plan.ska:1:8: error: source elevtal has no value column (write value "column" = KEY)
  source elevtal "Elevtal" {
         ^^^^^^^
plan.ska:4:1: error: unexpected 'indicator' ('indicator' is a keyword: choose another name)
  indicator"Antal elever# = "elever"
  ^^^^^^^^^
plan.ska:4:34: error: unterminated string (expected a closing " on the same line)
  indicator"Antal elever# = "elever"
                                   ^
