# Raters are reserved group words: not a name, one group per reference,
# and gap needs both.
--- file bad.ska
indicator ledning "Ledning" { scale grade }
let rektor = 1
goal G { target ledning[personal, rektor] > 3; target gap(ledning, personal) < 1 }
--- run ska check --syntax-only bad.ska
--- expect exit 2
bad.ska:2:5: error: 'rektor' is a reserved word (a group, set of units, unit or period word)
  let rektor = 1
      ^^^^^^
bad.ska:3:35: error: this selector repeats what an earlier one already chose
  goal G { target ledning[personal, rektor] > 3; target gap(ledning, personal) < 1 }
                                    ^^^^^^
bad.ska:3:55: error: gap takes either no groups or two (gap(x, flickor, pojkar))
  goal G { target ledning[personal, rektor] > 3; target gap(ledning, personal) < 1 }
                                                        ^^^^^^^^^^^^^^^^^^^^^^
