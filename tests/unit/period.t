# Unit test of src/period.c (tests/unit/period_test.c): parsing and printing
# periods, stepping, converting between kinds (an autumn term belongs to the
# school year it opens; a year to the school year ending in it), first and
# last days, and valid calendar dates (leap years included).
--- run cc -std=c11 -Wall -Wextra -Werror -I"$SKA_PATH/include" -o period_test "$SKA_PATH/tests/unit/period_test.c" "$SKA_PATH/src/period.c" && ./period_test
--- expect exit 0
parse 2018         -> 2018
parse 2018/19      -> 2018/19
parse 2018/2019    -> 2018/19
parse ht2020       -> ht2020
parse HT 2020      -> ht2020
parse vt2021       -> vt2021
parse  2018        -> 2018
parse 1999/00      -> 1999/00
parse 2018/20      -> not a period
parse 2018/2020    -> not a period
parse vt21         -> not a period
parse 1899         -> not a period
parse 2200         -> not a period
parse 2018/        -> not a period
parse ht           -> not a period
parse              -> not a period
parse 20188        -> not a period
parse ht2020x      -> not a period
2018     prev 2017     next 2019     dates 20180101..20181231  year: 2018  school year: 2017/18  vt: ht2018  ht: ht2018
2018/19  prev 2017/18  next 2019/20  dates 20180701..20190630  year: 2019  school year: 2018/19  vt: vt2019  ht: vt2019
vt2019   prev ht2018   next ht2019   dates 20190101..20190630  year: 2019  school year: 2018/19  vt: vt2019  ht: vt2019
ht2018   prev vt2018   next vt2019   dates 20180701..20181231  year: 2018  school year: 2018/19  vt: ht2018  ht: ht2018
steps 2014..2018 = 4, 2014/15..2017/18 = 3, ht2019..vt2021 = 3, vt2019..vt2021 = 4
chronological: vt2018 < 2018/19 < ht2018 < 2019: yes
date 2024-02-29 valid
date 2023-02-29 not valid
date 2000-02-29 valid
date 2100-02-29 not valid
date 2021-04-31 not valid
date 2021-12-31 valid
date 2021-13-01 not valid
date 2021-00-10 not valid
date 2021-01-00 not valid
date 1899-12-31 not valid
date 2199-12-31 valid
