# ska test's command line: --help, and a usage error (exit 2) for no file,
# an unknown option, a format that is not one and an option without its
# value; a file that cannot be read is an error of its own.
--- run ska test --help
--- expect exit 0
usage: ska test FILE... [--format text|junit] [--coverage]

Runs the test blocks of each file: test "name" { data …; expect … } gives
results inline and the status the plan must give its goals, targets, measures
and rules. Each test is judged against its own data only; no store is read.

options:
  --format F         text (default: a line per test, failures with expected and
                     got) or junit (JUnit XML for CI servers)
  --coverage         also list the goals, targets and rules no expectation names

exit status: 0 every test passed, 1 a test failed, 2 an error in a file or the
arguments.
--- run ska test
--- expect exit 2
ska test: expected a test file
(see `ska test --help`)
--- run ska test --junit plan_test.ska
--- expect exit 2
ska test: unknown option '--junit'
(see `ska test --help`)
--- run ska test --format json plan_test.ska
--- expect exit 2
ska test: --format 'json' is not a format (expected text or junit)
(see `ska test --help`)
--- run ska test plan_test.ska --format
--- expect exit 2
ska test: option '--format' needs a value
(see `ska test --help`)
--- run ska test missing_test.ska
--- expect exit 2
ska: error: cannot read missing_test.ska: No such file or directory
--- run ska --help | grep test
--- expect exit 0
  test     run a plan's tests: inline results and the statuses expected
