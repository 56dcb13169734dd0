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
--- run ska check --syntax-only --format json good.ska
--- expect exit 0
{"diagnostics":[],"errors":0,"warnings":0}
--- run ska check --syntax-only --format json bad.ska
--- expect exit 2
{"diagnostics":[{"file":"bad.ska","line":3,"column":34,"end_line":3,"end_column":40,"severity":"error","message":"unknown name 'meritt' (did you mean 'merit'?)"}],"errors":1,"warnings":0}
--- file mixed.ska
plan "Mixed" { organiser "Södertälje kommun"; period 2018 }
indicator merit "Meritvärde" { scale points; higher is better }
indicator oläst "Oläst" { scale percent }
goal G1 { target merit > 200 }
goal G2 { target merit > 90 % }
goal G3 { target
--- run ska check --syntax-only --format json mixed.ska
--- expect exit 2
{"diagnostics":[{"file":"mixed.ska","line":6,"column":17,"end_line":7,"end_column":1,"severity":"error","message":"unexpected end of input, expected number, string, name, period, 'not', '-' or '('"}],"errors":1,"warnings":0}
--- run head -n 5 mixed.ska > warn.ska && ska check --syntax-only --format json warn.ska
--- expect exit 0
{"diagnostics":[{"file":"warn.ska","line":3,"column":11,"end_line":3,"end_column":16,"severity":"warning","message":"indicator 'oläst' is not read by any target, rule, measure or definition"},{"file":"warn.ska","line":5,"column":26,"end_line":5,"end_column":30,"severity":"warning","message":"a percentage compared with 'merit', whose scale is points"}],"errors":0,"warnings":2}
--- run ska check --syntax-only --format json missing.ska
--- expect exit 2
{"diagnostics":[{"file":null,"line":null,"column":null,"end_line":null,"end_column":null,"severity":"error","message":"cannot read missing.ska: No such file or directory"}],"errors":1,"warnings":0}
