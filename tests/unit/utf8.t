# Unit test of the UTF-8 helpers (src/util.c) and of caret columns
# (src/diag.c), tests/unit/utf8_test.c: widths and edit distances count
# characters, not bytes.
--- run cc -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE -I"$SKA_PATH/include" -o utf8_test "$SKA_PATH/tests/unit/utf8_test.c" "$SKA_PATH/src/util.c" "$SKA_PATH/src/diag.c" && ./utf8_test
--- expect exit 0
width "merit" = 5
width "åäö" = 3
width "Ålder" = 5
width "€" = 1
width "" = 0
width "a�b" = 3
distance meritvarde meritvärde = 1
distance flikor flickor = 1
distance skolr skolor = 1
distance åäö aao = 3
distance  abc = 3
distance mål mål = 0
distance behörig ej_behörig = 3
ieq Totalt totalt 1, ÅR år 0, sv SV 1
x at line 2, column 7
end at line 3, column 1
strbuf 2000 bytes, ends "8,9,"
empty strbuf ""
