# A derived indicator or a let defined in terms of itself, directly or
# through others, is an error (reported once, where the cycle is entered).
--- file cycles.ska
indicator a "A" = b + 1
indicator b "B" = a * 2
indicator c "C" = c
let x = y + 1
let y = x - 1
let z = z
--- run ska check --syntax-only cycles.ska
--- expect exit 2
cycles.ska:1:11: error: indicator 'a' is defined in terms of itself
  indicator a "A" = b + 1
            ^
cycles.ska:3:11: error: indicator 'c' is defined in terms of itself
  indicator c "C" = c
            ^
cycles.ska:4:5: error: 'x' is defined in terms of itself
  let x = y + 1
      ^
cycles.ska:6:5: error: 'z' is defined in terms of itself
  let z = z
      ^
