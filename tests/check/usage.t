# ska check needs exactly one plan file and a store (--db, or $SKA_DB);
# anything else is a usage error (exit 2).
--- file plan.ska
plan "P" { organiser "Södertälje kommun" }
--- run ska check --db t.db
--- expect exit 2
ska check: expected one plan file
(see `ska check --help`)
--- run ska check a.ska b.ska --db t.db
--- expect exit 2
ska check: expected only one plan file
(see `ska check --help`)
--- run ska check plan.ska
--- expect exit 2
ska check: no store given (use --db DB or set SKA_DB)
(see `ska check --help`)
--- run SKA_DB=t.db ska check plan.ska
--- expect exit 2
ska check: t.db: cannot open the store (does it exist? `ska import` creates it)
