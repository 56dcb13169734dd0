# Every example in the documentation behaves as the documentation says:
# ```ska plans in README.md, docs/language.md and docs/json.md pass
# `ska check --syntax-only`; ```ska-error plans are rejected with the error
# output shown; ```ska-run plans, run against the ```csv data of their
# document, print exactly the output shown; the plan in the man page
# docs/ska.1 parses. When an example is added or removed, update the counts.
--- run sh "$SKA_PATH/tests/docs/check-docs.sh"
--- expect exit 0
check-docs: 60 examples as documented (20 ska, 7 ska-error, 14 ska-run, 3 ska-test, 1 ska-fmt, 13 csv, 2 in ska.1)
