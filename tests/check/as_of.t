# --as-of DATE lists, for each follow-up of each measure, the latest occasion
# due by that date: `every` week, month, quarter, term (June 30, December 31)
# or year (June 30, the end of a school year) counted from the measure's
# start and never past its end, which is the final follow-up; or the dates
# given with `at` (a period there means its last day).
--- file units.csv
code;name;kind;parent
0181;Södertälje;kommun;
--- file plan.ska
plan "Plan" { organiser "Södertälje kommun" }
measure W "Weekly" { from 2021-01-04 to 2021-06-30; followup "checklist" every week }
measure M "Monthly" { from 2021-01-15 to vt2021; owner "Rektor"; followup "meeting" every month }
measure Q "Quarterly" { from ht2020 to vt2021; followup "report" every quarter }
measure T "Termly" { from ht2020 to vt2022; followup "dialogue" every term }
measure Y "Yearly" { from 2019/20 to 2022/23; followup "review" every year }
measure D "Dates" { from 2021 to 2021; followup "survey" at 2021-03-15, 2021-09-30, vt2021 }
measure S "Swedish" { från 2021-01-01 till 2021-12-31; uppföljning "v" varje vecka; uppföljning "m" varje månad; uppföljning "k" varje kvartal; uppföljning "t" varje termin; uppföljning "å" varje år }
--- run ska import t.db units.csv >/dev/null
--- expect exit 0
--- run ska check plan.ska --db t.db --as-of 2020-12-31 | sed -n '/^Follow/,/^$/p'
--- expect exit 0
--- run ska check plan.ska --db t.db --as-of 2021-03-31 | sed -n '/^Follow/,/^$/p'
--- expect exit 0
--- run ska check plan.ska --db t.db --as-of 2021-06-30 | sed -n '/^Follow/,/^$/p'
--- expect exit 0
--- run ska check plan.ska --db t.db --as-of 2021-12-31 | sed -n '/^Follow/,/^$/p'
--- expect exit 0
--- run ska check plan.ska --db t.db --as-of 2019-01-01 | sed -n '/^Follow/,/^$/p'
--- expect exit 0
--- run ska check plan.ska --db t.db --as-of 2021-02-29
--- expect exit 2
ska check: --as-of '2021-02-29' is not a date (expected YYYY-MM-DD)
(see `ska check --help`)
--- run ska check plan.ska --db t.db --as-of tomorrow
--- expect exit 2
ska check: --as-of 'tomorrow' is not a date (expected YYYY-MM-DD)
(see `ska check --help`)
