# --syntax-only parses and resolves the plan without reading a store (so no
# --db is needed): exit 0 when the plan is valid, 2 with the errors when not.
--- file good.ska
plan "Good" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 { target merit > 200 }
--- file bad.ska
plan "Bad" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
goal G1 { target merit > 200 and meritt < 300 }
--- run ska check --syntax-only good.ska
--- expect exit 0
--- run ska check good.ska --syntax-only --db does-not-exist.db
--- expect exit 0
--- run ska check --syntax-only bad.ska
--- expect exit 2
bad.ska:3:34: error: unknown name 'meritt' (did you mean 'merit'?)
  goal G1 { target merit > 200 and meritt < 300 }
                                   ^^^^^^
