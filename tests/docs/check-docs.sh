#!/bin/sh
# tests/docs/check-docs.sh — every example in the documentation is a test.
#
# Reads the fenced blocks of README.md, docs/language.md and docs/json.md:
#   ```ska        a plan that must pass `ska check --syntax-only` silently but
#                 for warnings (a fragment may declare what it does not use)
#   ```ska-error  a mistake: `ska check --syntax-only` must reject it (exit 2);
#                 when a ```text block follows (only blank lines between),
#                 that is the exact error output
#   ```csv        a data file, imported (in order of appearance) into the
#                 store of its document with `ska import`
#   ```ska-run    a plan run with `ska check --db STORE` against that store
#                 (more options on a first line `# options: --format json …`);
#                 the ```text block that follows is its exact output, or a
#                 ```json block is, compared without the white space outside
#                 strings; the exit status must be 0 or 1 (a judgement)
#   ```ska-test   a plan with test blocks run with `ska test` (more options on
#                 a first line `# options: --coverage …`); the ```text block
#                 that follows is its exact output; exit status 0 or 1
#   ```ska-fmt    a plan as written: `ska fmt` must accept it, and the ```ska
#                 block that follows is its exact output (the layout)
# Other blocks (```text or ```json on their own, ```sh) are prose.
# Each plan is written to a file called example.ska (the name error
# messages show) in a scratch directory of its own. The plans in the man page
# docs/ska.1 (.nf blocks starting with `plan`) must pass --syntax-only too,
# and those with test blocks `ska test` (exit 0).
#
# usage: sh tests/docs/check-docs.sh [--update] [SKA_BINARY]   (default: ska on PATH)
# Prints one summary line; exits 1 if any example did not behave as shown.
# --update rewrites the output blocks that differ with what ska prints now
# (review the change with git diff before committing it).
set -u
update=false
[ "${1:-}" = --update ] && { update=true; shift; }
top=${SKA_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}
export SKA_PATH="$top"   # so `use "stdlib/…"` in an example finds the repository's stdlib
export SOURCE_DATE_EPOCH=1561852800   # 2019-06-30: recorded judgements and imports show this date
ska=${1:-ska}
case $ska in */*) ska=$(cd "$(dirname "$ska")" && pwd)/$(basename "$ska") ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/ska-docs.XXXXXX")
trap 'rm -rf "$work"' EXIT
nska=0 nerr=0 nrun=0 ntest=0 nfmt=0 ncsv=0 nman=0 bad=0 updated=0

# The output of ska in $1 without its warnings (each three lines: the
# message, the source line, the caret).
errors_of() { awk '/^[^ ].*: warning: / { skip = 3 } skip { skip--; next } { print }' "$1"; }

fail() { # $1 = doc:line, $2 = what went wrong, $3 = file with details (optional)
  echo "FAIL $1: $2"
  [ -n "${3:-}" ] && [ -s "$3" ] && sed 's/^/  /' "$3" | head -30
  bad=$((bad + 1))
}

# JSON in a normal form for comparing: no white space outside strings, and a
# line break after each { [ and , so that a difference shows as a short diff.
# With -v pretty=1, indented instead as the documentation shows it: an object
# or array without nested ones on one line when it fits in 90 columns.
json_form() {
  awk -v pretty="${1:-0}" '
    function tokens(s,   n, i, j, c, len) {
      n = 0; i = 1; len = length(s)
      while (i <= len) {
        c = substr(s, i, 1)
        if (c == "\"") {
          for (j = i + 1; j <= len && substr(s, j, 1) != "\""; j++) if (substr(s, j, 1) == "\\") j++
          tok[++n] = substr(s, i, j - i + 1); i = j + 1
        } else if (index("{}[],:", c)) { tok[++n] = c; i++ }
        else if (index(" \t\r\n", c)) i++
        else {
          for (j = i; j <= len && !index("{}[],: \t\r\n", substr(s, j, 1)); j++) ;
          tok[++n] = substr(s, i, j - i); i = j
        }
      }
      return n
    }
    function closing(i,   d, k) {
      for (k = i; k <= ntok; k++) {
        if (tok[k] == "{" || tok[k] == "[") d++
        else if ((tok[k] == "}" || tok[k] == "]") && --d == 0) return k
      }
      return ntok
    }
    function pad(n,   s) { s = ""; while (n-- > 0) s = s "  "; return s }
    function inline(i, j,   k, s) {
      s = ""
      for (k = i; k <= j; k++) {
        if (tok[k] == "{" || tok[k] == "[") return ""
        s = s (tok[k] == "," ? ", " : tok[k] == ":" ? ": " : tok[k])
      }
      return s
    }
    # Appends the value at token i, which starts at column col of a line
    # indented ind levels; returns the index of the token after it.
    function value(i, ind, col,   j, k, s, lead) {
      if (tok[i] != "{" && tok[i] != "[") { out = out tok[i]; return i + 1 }
      j = closing(i)
      s = (j == i + 1) ? tok[i] tok[j] : tok[i] inline(i + 1, j)
      if (j == i + 1 || (s != tok[i] && col + length(s) <= 90)) { out = out s; return j + 1 }
      out = out tok[i] "\n"
      for (k = i + 1; k < j;) {
        lead = pad(ind + 1)
        if (tok[i] == "{") { lead = lead tok[k] ": "; k += 2 }
        out = out lead
        k = value(k, ind + 1, length(lead))
        if (tok[k] == ",") { out = out ","; k++ }
        out = out "\n"
      }
      out = out pad(ind) tok[j]
      return j + 1
    }
    { text = text "\n" $0 }
    END {
      ntok = tokens(text)
      if (pretty) { out = ""; value(1, 0, 0); print out; exit }
      for (k = 1; k <= ntok; k++) printf "%s%s", tok[k], (tok[k] == "{" || tok[k] == "[" || tok[k] == ",") ? "\n" : ""
      printf "\n"
    }'
}

# Splits a document into $dir/N.kind, N.body and N.line for each example, and
# N.expect, N.expectkind and N.expectat (the lines of its fences) for the
# output block that belongs to example N.
extract() { # $1 = document, $2 = directory
  awk -v dir="$2" '
    function put(name, text) { printf "%s\n", text > (dir "/" name); close(dir "/" name) }
    inblock && /^```[ \t]*$/ {
      inblock = 0; close(dir "/" target)
      if (kind == "ska-error" || kind == "ska-run" || kind == "ska-test" || kind == "ska-fmt") { owner = n; ownerkind = kind }
      if (expecting) { put(n ".expectat", opened " " NR); expecting = 0 }
      next
    }
    inblock { printf "%s\n", $0 > (dir "/" target); next }
    /^```/ {
      k = substr($0, 4); sub(/[ \t]+$/, "", k)
      inblock = 1; kind = k
      if ((k == "text" || k == "json" || (k == "ska" && ownerkind == "ska-fmt")) && owner) {
        target = owner ".expect"; printf "" > (dir "/" target); owner = 0
        put(n ".expectkind", k); expecting = 1; opened = NR
        next
      }
      owner = 0
      if (k == "ska" || k == "ska-error" || k == "ska-run" || k == "ska-test" || k == "ska-fmt" || k == "csv") {
        n++; target = n ".body"; printf "" > (dir "/" target)
        put(n ".kind", k); put(n ".line", NR)
      } else target = "prose"
      next
    }
    /[^ \t]/ { owner = 0 }
    END {
      if (inblock) printf "%s: a fenced block is not closed\n", FILENAME > "/dev/stderr"
      put("count", n + 0)
    }
  ' "$1"
}

# Compares example $i's output with its block; with --update, queues the new
# block instead of failing. $1 = doc:line, $2 = what differs.
compare() {
  if cmp -s "$dir/$i.expect" "$dir/out"; then return; fi
  if $update; then
    if [ "$(cat "$dir/$i.expectkind")" = json ]; then json_form 1 <"$dir/out.raw" >"$dir/$i.new"
    else cp "$dir/out.raw" "$dir/$i.new"; fi
    echo "$(cat "$dir/$i.expectat") $dir/$i.new" >>"$dir/updates"
    echo "UPDATED $1"
    updated=$((updated + 1))
    return
  fi
  diff -u "$dir/$i.expect" "$dir/out" | sed 1,2d >"$dir/diff"
  fail "$1" "$2" "$dir/diff"
}

# Replaces the lines between each queued pair of fences with its new file.
apply_updates() { # $1 = document
  [ -s "$dir/updates" ] || return 0
  awk 'FNR == NR { from[++n] = $1; to[n] = $2; file[n] = $3; next }
    { for (k = 1; k <= n; k++) if (FNR > from[k] && FNR < to[k]) next
      print
      for (k = 1; k <= n; k++) if (FNR == from[k]) while ((getline line < file[k]) > 0) print line }
  ' "$dir/updates" "$top/$1" >"$dir/updated.md" && cat "$dir/updated.md" >"$top/$1"
}

check_doc() { # $1 = path relative to the repository
  doc=$1 dir=$work/$(echo "$1" | tr '/.' '__')
  mkdir -p "$dir/store"
  extract "$top/$doc" "$dir" 2>"$dir/extract.err" || { fail "$doc" "cannot read it" "$dir/extract.err"; return; }
  [ -s "$dir/extract.err" ] && fail "$doc" "malformed" "$dir/extract.err"
  n=$(cat "$dir/count") i=1
  while [ "$i" -le "$n" ]; do
    kind=$(cat "$dir/$i.kind") at="$doc:$(cat "$dir/$i.line")"
    case $kind in
    csv)
      ncsv=$((ncsv + 1))
      cp "$dir/$i.body" "$dir/store/data$i.csv"
      (cd "$dir/store" && "$ska" import docs.db "data$i.csv") >"$dir/out" 2>&1 ||
        fail "$at" "ska import rejected this csv block" "$dir/out"
      ;;
    ska | ska-error | ska-run | ska-test | ska-fmt)
      case $kind in
      ska) nska=$((nska + 1)) ;; ska-error) nerr=$((nerr + 1)) ;; ska-test) ntest=$((ntest + 1)) ;;
      ska-fmt) nfmt=$((nfmt + 1)) ;; *) nrun=$((nrun + 1)) ;;
      esac
      run=$dir/run$i
      mkdir -p "$run"
      cp "$dir/$i.body" "$run/example.ska"
      if [ "$kind" = ska-test ]; then
        # shellcheck disable=SC2046 # the options are words by design
        (cd "$run" && "$ska" test example.ska $(sed -n '1s/^# options: //p' example.ska)) >"$dir/out" 2>&1
      elif [ "$kind" = ska-run ]; then
        # shellcheck disable=SC2046 # the options are words by design
        (cd "$run" && "$ska" check example.ska --db "$dir/store/docs.db" \
          $(sed -n '1s/^# options: //p' example.ska)) >"$dir/out" 2>&1
      elif [ "$kind" = ska-fmt ]; then
        (cd "$run" && "$ska" fmt example.ska) >"$dir/out" 2>&1
      else
        (cd "$run" && "$ska" check example.ska --syntax-only) >"$dir/out" 2>&1
      fi
      rc=$?
      cp "$dir/out" "$dir/out.raw"
      if [ "$(cat "$dir/$i.expectkind" 2>/dev/null)" = json ]; then
        json_form <"$dir/$i.expect" >"$dir/want" && mv "$dir/want" "$dir/$i.expect"
        json_form <"$dir/out.raw" >"$dir/out"
      fi
      case $kind in
      ska)
        if [ "$rc" != 0 ] || [ -n "$(errors_of "$dir/out")" ]; then
          fail "$at" "this example does not parse (exit $rc)" "$dir/out"
        fi ;;
      ska-error)
        if [ "$rc" != 2 ]; then
          fail "$at" "this mistake is not rejected (exit $rc, expected 2)" "$dir/out"
        elif [ -f "$dir/$i.expect" ]; then
          compare "$at" "the error output differs from the text block after it"
        fi ;;
      ska-run | ska-test)
        if [ ! -f "$dir/$i.expect" ]; then
          fail "$at" "a $kind block needs a text or json block with its output after it"
        elif [ "$rc" != 0 ] && [ "$rc" != 1 ]; then
          fail "$at" "ska $([ "$kind" = ska-test ] && echo test || echo check) failed (exit $rc)" "$dir/out"
        else
          compare "$at" "the output differs from the block after it"
        fi ;;
      ska-fmt)
        if [ ! -f "$dir/$i.expect" ]; then
          fail "$at" "a ska-fmt block needs a ska block with its layout after it"
        elif [ "$rc" != 0 ]; then
          fail "$at" "ska fmt refused it (exit $rc)" "$dir/out"
        else
          compare "$at" "the layout differs from the ska block after it"
        fi ;;
      esac
      ;;
    esac
    i=$((i + 1))
  done
  apply_updates "$doc"
}

# The man page's plans: each .nf … .fi block that starts with `plan` must pass
# `ska check --syntax-only` (groff's \- and \e read as - and \, and the
# escapes the page writes letters outside ASCII with as those letters).
check_man() { # $1 = path relative to the repository
  dir=$work/man
  mkdir -p "$dir"
  awk -v dir="$dir" '
    /^\.nf/ { inblock = 1; first = 1; next }
    /^\.fi/ { if (file) close(file); inblock = 0; file = ""; next }
    inblock && first {
      first = 0
      if ($0 ~ /^plan /) { n++; file = dir "/" n ".ska"; printf "%d\n", NR > (dir "/" n ".line"); close(dir "/" n ".line") }
    }
    inblock && file {
      line = $0; gsub(/\\-/, "-", line); gsub(/\\e/, "\\", line)
      gsub(/\\\[oa\]/, "å", line); gsub(/\\\[:a\]/, "ä", line); gsub(/\\\[:o\]/, "ö", line)
      gsub(/\\\[oA\]/, "Å", line); gsub(/\\\[:A\]/, "Ä", line); gsub(/\\\[:O\]/, "Ö", line)
      gsub(/\\\[\047e\]/, "é", line); gsub(/\\\(en/, "–", line); gsub(/\\\(em/, "—", line)
      gsub(/\\\(dq/, "\"", line)
      print line > file
    }
    END { printf "%d\n", n > (dir "/count") }
  ' "$top/$1"
  n=$(cat "$dir/count") i=1
  while [ "$i" -le "$n" ]; do
    nman=$((nman + 1))
    mkdir -p "$dir/run$i" && cp "$dir/$i.ska" "$dir/run$i/example.ska"
    (cd "$dir/run$i" && "$ska" check example.ska --syntax-only) >"$dir/out" 2>&1
    rc=$?
    if [ "$rc" != 0 ] || [ -n "$(errors_of "$dir/out")" ]; then
      fail "$1:$(cat "$dir/$i.line")" "this example does not parse (exit $rc)" "$dir/out"
    elif grep -q '^test "' "$dir/$i.ska"; then
      (cd "$dir/run$i" && "$ska" test example.ska) >"$dir/out" 2>&1 ||
        fail "$1:$(cat "$dir/$i.line")" "the tests of this example fail" "$dir/out"
    fi
    i=$((i + 1))
  done
}

for doc in README.md docs/language.md docs/json.md; do check_doc "$doc"; done
check_man docs/ska.1
total=$((nska + nerr + nrun + ntest + nfmt + ncsv + nman))
if [ "$bad" -eq 0 ]; then
  $update && echo "check-docs: output blocks rewritten: $updated"
  echo "check-docs: $total examples as documented ($nska ska, $nerr ska-error, $nrun ska-run, $ntest ska-test, $nfmt ska-fmt, $ncsv csv, $nman in ska.1)"
else
  echo "check-docs: $bad of $total examples not as documented"
  exit 1
fi
