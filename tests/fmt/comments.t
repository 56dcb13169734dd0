# ska fmt keeps every comment, `#` and `//` alike, in its order: a comment
# on a line of its own stays on its own line at the depth of what follows
# it; one after code stays after that code, and trailing comments of
# consecutive lines line up. A comment inside a field ends the line: the
# field goes on below, two steps deeper. A comment between a header and
# its `{` comes right after the brace. Trailing blanks of a comment go; a
# `#` inside a string is no comment.
--- file plan.ska
   # The file's header.   
// Second line.

indicator a "A # not a comment" // after a title
indicator b "B" = a * 2 # derived
goal G # between the header and its brace
{ # after the brace
  target a >    # inside a target
    # on a line of its own, inside it
    2 "lbl"
  target b > 1 # first
  target a > 1 partly > 0 # second


  # before the brace that closes the block
} # after it
goal H { owner "X"; level enhet } # after a block written on one line
source s "S" { split "X" { # inside a table
  "a" = "b", # after a pair and its comma
  } }
# the last line
--- run ska fmt plan.ska
--- expect exit 0
# The file's header.
// Second line.

indicator a "A # not a comment" // after a title
indicator b "B" = a * 2         # derived
goal G { # between the header and its brace
  # after the brace
  target a > # inside a target
      # on a line of its own, inside it
      2 "lbl"
  target b > 1            # first
  target a > 1 partly > 0 # second

  # before the brace that closes the block
} # after it
goal H {
  owner "X"
  level enhet
} # after a block written on one line
source s "S" {
  split "X" { # inside a table
    "a" = "b" # after a pair and its comma
  }
}
# the last line
--- run ska fmt plan.ska > once.ska && ska fmt once.ska | cmp - once.ska && echo idempotent
--- expect exit 0
idempotent
