# The editor files cannot drift from the language: the keywords that the
# Vim syntax (editors/vim/syntax/ska.vim) and the TextMate grammar
# (editors/textmate/ska.tmLanguage.json) highlight are exactly the
# spellings of the lexer's keyword table (src/parse.c), English and
# Swedish. A keyword added to the table and not to both files fails here,
# with the words that differ.
--- run grep -o '{"[^"]*", [A-Z_]*}' "$SKA_PATH/src/parse.c" | cut -d'"' -f2 | sort -u > lexer && wc -l < lexer
--- expect exit 0
93
--- run awk '$1 == "syn" && $2 == "keyword" && $3 != "skaTodo" { for (i = 4; i <= NF; i++) print $i }' "$SKA_PATH/editors/vim/syntax/ska.vim" | sort -u > vim && diff lexer vim && echo vim: same keywords
--- expect exit 0
vim: same keywords
--- run python3 -c 'import json, re, sys; g = json.load(open(sys.argv[1])); pats = [p for r in g["repository"].values() for p in r.get("patterns", [r])]; names = lambda p: [p.get("name", "")] + [c["name"] for c in p.get("captures", {}).values()]; kw = {w for p in pats if any(n.startswith(("keyword.other.", "keyword.operator.logical.", "storage.type.")) for n in names(p)) for alt in re.findall(r"\((?:\?:)?((?:\w+\|)+\w+)\)", p["match"]) for w in alt.split("|")}; print("\n".join(sorted(kw)))' "$SKA_PATH/editors/textmate/ska.tmLanguage.json" | sort -u > textmate && diff lexer textmate && echo textmate: same keywords
--- expect exit 0
textmate: same keywords
--- run python3 -c 'import json, sys; p = json.load(open(sys.argv[1])); g = p["contributes"]["grammars"][0]; print(p["contributes"]["languages"][0]["extensions"], g["scopeName"], g["path"])' "$SKA_PATH/editors/textmate/package.json"
--- expect exit 0
['.ska'] source.ska ./ska.tmLanguage.json
