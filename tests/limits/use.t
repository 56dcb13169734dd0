# `use` reads plan modules only: a regular file (a FIFO or a device is
# refused at once, not waited on or read until memory runs out) of at most
# 64 MiB, without NUL bytes; a module whose (real) name does not end in .ska
# must parse as a plan, else it is refused whole and none of its lines is
# shown. Before, /proc/self/environ and /etc/passwd were echoed in the
# diagnostics, /dev/zero was read until out of memory and a FIFO hung.
# The plan file itself is read under the same limits.
--- file plan.ska
plan "Moduler" { organiser "Södertälje" }
use "/proc/self/environ"
use "../../../../../../../../../../etc/passwd"
use "/dev/zero"
use "fifo"
use "link.ska"
use "binary.ska"
use "big.ska"
use "defs.txt"
goal G { target x > 0 }
--- file defs.txt
# a module need not be named .ska when it is a plan
let x = 1
--- run mkfifo fifo && ln -s /etc/group link.ska && printf 'let y = 1\0\n' > binary.ska && head -c 68000000 /dev/zero | tr '\0' '\n' > big.ska
--- expect exit 0
--- run SKA_SECRET=hunter2 timeout 20 ska check --syntax-only plan.ska
--- expect exit 2
plan.ska:2:5: error: cannot read /proc/self/environ: it holds NUL bytes, so it is no plan (a plan is UTF-8 text)
  use "/proc/self/environ"
      ^^^^^^^^^^^^^^^^^^^^
plan.ska:3:5: error: ../../../../../../../../../../etc/passwd is not a ska plan module (it does not parse as one; nothing is shown of a file whose name does not end in .ska)
  use "../../../../../../../../../../etc/passwd"
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
plan.ska:4:5: error: cannot read /dev/zero: it is not a regular file (a plan is a file)
  use "/dev/zero"
      ^^^^^^^^^^^
plan.ska:5:5: error: cannot read fifo: it is not a regular file (a plan is a file)
  use "fifo"
      ^^^^^^
plan.ska:6:5: error: link.ska is not a ska plan module (it does not parse as one; nothing is shown of a file whose name does not end in .ska)
  use "link.ska"
      ^^^^^^^^^^
plan.ska:7:5: error: cannot read binary.ska: it holds NUL bytes, so it is no plan (a plan is UTF-8 text)
  use "binary.ska"
      ^^^^^^^^^^^^
plan.ska:8:5: error: cannot read big.ska: it is larger than 64 MiB (no plan is)
  use "big.ska"
      ^^^^^^^^^
--- run timeout 20 ska check --syntax-only fifo
--- expect exit 2
ska: error: cannot read fifo: it is not a regular file (a plan is a file)
--- run timeout 20 ska check --syntax-only /dev/zero
--- expect exit 2
ska: error: cannot read /dev/zero: it is not a regular file (a plan is a file)
--- run ska check --syntax-only big.ska
--- expect exit 2
ska: error: cannot read big.ska: it is larger than 64 MiB (no plan is)
--- run ska check --syntax-only binary.ska
--- expect exit 2
ska: error: cannot read binary.ska: it holds NUL bytes, so it is no plan (a plan is UTF-8 text)
--- run printf 'use "/etc/passwd"\n' | timeout 20 ska repl plan.ska 2>&1 | grep -c root
--- expect exit 1
0
