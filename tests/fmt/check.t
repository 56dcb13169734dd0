# ska fmt --check writes nothing: it prints a unified diff (three lines of
# context, as diff -u) for each file not in the layout and exits 1, or
# exits 0 in silence. -w writes each file that changes back in place,
# keeping its permissions, and leaves a formatted file untouched. A
# directory stands for every *.ska file under it, in name order, hidden
# ones skipped; - is standard input. (Output lines are shown after a `|`:
# a line of a test may not start with `--- `.)
--- file good.ska
goal G {
  target a > 1
}
--- file bad.ska
goal G {
target a>1
}
indicator a "A"
let b = 1
let c = 2
let d = 3
let e = 4
let f = 5
let g = 6
let h = 7
goal H {   owner "X" }
--- file dir/one.ska
let x=1
--- file dir/sub/two.ska
let y = 2
--- file dir/.hidden/three.ska
let z=3
--- file dir/notes.txt
let w=4
--- run ska fmt --check good.ska
--- expect exit 0
--- run ska fmt --check good.ska bad.ska > out; rc=$?; sed 's/^/|/' out; exit $rc
--- expect exit 1
|--- bad.ska
|+++ bad.ska (formatted)
|@@ -1,5 +1,5 @@
| goal G {
|-target a>1
|+  target a > 1
| }
| indicator a "A"
| let b = 1
|@@ -9,4 +9,6 @@
| let f = 5
| let g = 6
| let h = 7
|-goal H {   owner "X" }
|+goal H {
|+  owner "X"
|+}
--- run printf 'let x=1' | ska fmt --check - > out; rc=$?; sed 's/^/|/' out; exit $rc
--- expect exit 1
|--- <stdin>
|+++ <stdin> (formatted)
|@@ -1 +1 @@
|-let x=1
|\ No newline at end of file
|+let x = 1
--- run printf 'let x=1' | ska fmt -
--- expect exit 0
let x = 1
--- run ska fmt --check dir > out; rc=$?; sed 's/^/|/' out; exit $rc
--- expect exit 1
|--- dir/one.ska
|+++ dir/one.ska (formatted)
|@@ -1 +1 @@
|-let x=1
|+let x = 1
--- run chmod 640 bad.ska && touch -d 2001-01-01 good.ska bad.ska dir/one.ska dir/sub/two.ska dir/.hidden/three.ska && touch -d 2002-01-01 stamp && ska fmt -w good.ska bad.ska dir/ && ls -l bad.ska | cut -c1-10 && find . -newer stamp -name '*.ska' | sort
--- expect exit 0
-rw-r-----
./bad.ska
./dir/one.ska
--- run ska fmt --check good.ska bad.ska dir && cat bad.ska dir/.hidden/three.ska dir/notes.txt
--- expect exit 0
goal G {
  target a > 1
}
indicator a "A"
let b = 1
let c = 2
let d = 3
let e = 4
let f = 5
let g = 6
let h = 7
goal H {
  owner "X"
}
let z=3
let w=4
--- run ska fmt dir/notes.txt
--- expect exit 0
let w = 4
--- run mkdir -p tree/sub && printf 'plan "P" {\n  organiser "X"\n}\n' > tree/sub/a.ska && ln -s .. tree/sub/loop && ska fmt --check tree && echo "a link inside the tree is not followed"
--- expect exit 0
a link inside the tree is not followed
