# The Vim files work: a *.ska file gets filetype ska, the syntax file loads
# without an error, and each kind of token gets its group: declarations
# and fields in English and Swedish, names, strings with their escapes,
# comments (# and //), numbers with a decimal comma, periods (2019/20,
# ht2020), dates, the range `..` and, standing alone, the codes `..`, `.`
# and `~100`. Skipped where vim is not installed.
--- file plan.ska
mål G1 "Titel \"x\"" { # kommentar
  målvärde behörig[ht2020] >= 85,5 % delvis >= 80 "l"
  target trend(x, 2016..2020) > 0 and not y // comment
  från 2019/20 till 2021-06-30
}
värden: 12 .. . ~100
--- file probe.vim
" prints the syntax group of the first match of each pattern, in order
let s:probes = [[1, 'mål'], [1, 'G1'], [1, 'Titel'], [1, '\\"'], [1, '# k'],
      \ [2, 'målvärde'], [2, 'ht2020'], [2, '85,5'], [2, 'delvis'], [3, 'target'],
      \ [3, '2016'], [3, '\.\.'], [3, 'and'], [3, 'not'], [3, '//'], [4, 'från'],
      \ [4, '2019/20'], [4, 'till'], [4, '2021-06-30'], [6, ' \zs\.\.'], [6, ' \zs\. '], [6, '\~100']]
let s:out = ['filetype ' . &filetype]
for [s:l, s:pat] in s:probes
  let s:col = match(getline(s:l), s:pat) + 1
  call add(s:out, printf('%d %s: %s', s:l, s:pat, synIDattr(synID(s:l, s:col, 1), 'name')))
endfor
call writefile(s:out, 'probe.out')
qall!
--- run command -v vim >/dev/null || { echo "vim is not installed"; exit 77; }; vim -Nu NONE -i NONE -es --cmd "set rtp^=$SKA_PATH/editors/vim" -c 'filetype on' -c 'syntax on' -c 'e plan.ska' -c 'source probe.vim' </dev/null; cat probe.out
--- expect exit 0
filetype ska
1 mål: skaDeclaration
1 G1: 
1 Titel: skaString
1 \\": skaEscape
1 # k: skaComment
2 målvärde: skaField
2 ht2020: skaPeriod
2 85,5: skaNumber
2 delvis: skaField
3 target: skaField
3 2016: skaNumber
3 \.\.: skaRange
3 and: skaWordOperator
3 not: skaWordOperator
3 //: skaComment
4 från: skaField
4 2019/20: skaPeriod
4 till: skaField
4 2021-06-30: skaDate
6  \zs\.\.: skaCode
6  \zs\. : skaCode
6 \~100: skaCode
