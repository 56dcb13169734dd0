# Modules and files: a module that is not found (the message says where ska
# looked; a directory of that name is no module), a plan that cannot be read,
# and errors inside a module, shown with the module's path.
--- file plan.ska
use "missing.ska"
use "lib/broken.ska"
use "adir"
--- file lib/broken.ska
let x = 1 +
--- run mkdir adir
--- expect exit 0
--- run ska check --syntax-only plan.ska
--- expect exit 2
plan.ska:1:5: error: module "missing.ska" not found (looked next to plan.ska and above, in $SKA_PATH and the stdlib)
  use "missing.ska"
      ^^^^^^^^^^^^^
plan.ska:3:5: error: module "adir" not found (looked next to plan.ska and above, in $SKA_PATH and the stdlib)
  use "adir"
      ^^^^^^
lib/broken.ska:1:12: error: unexpected end of input, expected number, string, name, period, 'not', '-' or '('
  let x = 1 +
             ^
--- run ska check --syntax-only adir
--- expect exit 2
ska: error: cannot read adir: it is a directory
--- run ska check --syntax-only nothing.ska
--- expect exit 2
ska: error: cannot read nothing.ska: No such file or directory
