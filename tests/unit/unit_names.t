# Unit test of src/unit_names.c, tests/unit/unit_names_test.c: the forms under which an
# organiser's name is looked up (genitive -s before kommun/stad, "Region X"), the widths
# a shortened code may be padded to (4 municipality, 8 school unit; kind decides), and
# which text in a code column is a name (no digit).
--- run cc -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE -I"$SKA_PATH/include" -o unit_names_test "$SKA_PATH/tests/unit/unit_names_test.c" "$SKA_PATH/src/unit_names.c" "$SKA_PATH/src/store.c" "$SKA_PATH/src/util.c" -lsqlite3 && ./unit_names_test
--- expect exit 0
Norbergs kommun: [Norbergs kommun] [Norbergs] [Norberg]
Norberg: [Norberg]
Borås Stad: [Borås Stad] [Borås] [Borå]
Stockholms stad: [Stockholms stad] [Stockholms] [Stockholm]
Falu kommun: [Falu kommun] [Falu]
Region Gotland: [Region Gotland] [Gotland]
Ale kommun: [Ale kommun] [Ale]
Kommun: [Kommun]
Upplands Väsby kommun: [Upplands Väsby kommun] [Upplands Väsby]
Malmö municipality: [Malmö municipality] [Malmö]
pads "127" (-): 4 8 
pads "127" (kommun): 4 
pads "127" (school): 8 
pads "1250001" (-): 8 
pads "12345" (kommun): none
pads "0127" (-): none
pads "12345678" (-): none
pads "123456789" (-): none
pads "V15E068400701" (-): none
pads "" (-): none
pads "12a" (-): none
name "Södertälje": 1
name "0181": 0
name "S1": 0
name "Upplands Väsby": 1
name "Fredriksborgskolan F-9": 0
name "": 0
