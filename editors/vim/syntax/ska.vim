" Vim syntax file
" Language:    ska (quality plans for Swedish schools: `ska check`, `ska fmt`)
" Filenames:   *.ska
"
" Every spelling of every keyword of the lexer's table (src/parse.c), English
" and Swedish alike; tests/editors/keywords.t checks that the lists below
" hold exactly those words. Comments run from # or // to the end of the line.
" Periods (2019, 2019/20, 2019/2020, ht2020, vt2021), dates (2021-06-30),
" numbers with a decimal point or comma (213,4) and the codes of missing
" values in data (`..`, `.`, `~100`) are constants.

if exists("b:current_syntax")
  finish
endif

" å, ä, ö and the other Latin-1 letters are part of names and keywords
syn iskeyword @,48-57,_,192-255

" declarations
syn keyword skaDeclaration plan indicator indikator goal mål measure insats åtgärd
syn keyword skaDeclaration rule regel unit enhet let låt use använd area område
syn keyword skaDeclaration statuses statusskala source källa test data set mängd
" fields
syn keyword skaField organiser organizer huvudman period scale skala higher högre
syn keyword skaField lower lägre is är better bättre goals owner ansvarig level nivå
syn keyword skaField target målvärde partly delvis from från to till cost kostnad
syn keyword skaField resources resurser expect effekt followup uppföljning every each
syn keyword skaField varje at vid for för when när require krav description
syn keyword skaField beskrivning code kod kind typ parent tillhör language språk
syn keyword skaField assessed bedömning förvänta coverage täckning
" operators in words
syn keyword skaWordOperator and och or eller not inte

syn match skaOperator "<=\|>=\|!=\|<>\|==\|[-+*/%<>=]"
syn match skaNumber "\<\d\+\%([.,]\d\+\)\=\>"
syn match skaPeriod "\<\d\{4}/\d\{2}\%(\d\{2}\)\=\>"
syn match skaPeriod "\<[hHvV][tT]\d\{4}\>"
syn match skaDate "\<\d\{4}-\d\{2}-\d\{2}\>"
syn match skaRange "\.\."
" the codes of missing and rounded values: `..` and `.` standing alone, ~100
syn match skaCode "\%(^\|[ \t,;(\[{]\)\@<=\.\.\=\%([ \t,;)\]}]\|$\)\@="
syn match skaCode "\~\d\+\%([.,]\d\+\)\="

syn match skaEscape +\\[nt"\\]+ contained
syn match skaBadEscape +\\[^nt"\\]\|\\$+ contained
syn region skaString start=+"+ skip=+\\\\\|\\"+ end=+"+ end=+$+ contains=skaEscape,skaBadEscape

syn keyword skaTodo TODO FIXME XXX contained
syn match skaComment "#.*$" contains=skaTodo,@Spell
syn match skaComment "//.*$" contains=skaTodo,@Spell

hi def link skaDeclaration Structure
hi def link skaField Keyword
hi def link skaWordOperator Operator
hi def link skaOperator Operator
hi def link skaRange Operator
hi def link skaNumber Number
hi def link skaPeriod Constant
hi def link skaDate Constant
hi def link skaCode Special
hi def link skaString String
hi def link skaEscape SpecialChar
hi def link skaBadEscape Error
hi def link skaComment Comment
hi def link skaTodo Todo

let b:current_syntax = "ska"
