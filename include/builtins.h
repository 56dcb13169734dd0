/* builtins.h — the functions of the language, one table shared by the
 * resolver (names, arity, argument kinds), the evaluator and the REPL's
 * completion. */
#ifndef SKA_BUILTINS_H
#define SKA_BUILTINS_H

#define BUILTIN_LIST(X)                                                               \
    X(CHANGE, "change", 1, 2, "change(x) = x - x[previous]; change(x, 2014..2018) = x[2018] - x[2014]") \
    X(TREND, "trend", 1, 2, "trend(x, 2014..2018): least-squares slope per period") \
    X(GAP, "gap", 1, 3, "gap(x) = |x[flickor] - x[pojkar]|; gap(x, g1, g2)")      \
    X(MEAN, "mean", 1, 2, "mean(x, kommuner): mean over units (or over periods of a series)") \
    X(MIN, "min", 1, 2, "min(x, skolor): smallest value over units or periods")   \
    X(MAX, "max", 1, 2, "max(x, skolor): largest value over units or periods")    \
    X(SPREAD, "spread", 1, 2, "spread(x, skolor) = max - min over units or periods") \
    X(RANK, "rank", 2, 2, "rank(x, kommuner): 1 = best, by the indicator's direction") \
    X(LATEST, "latest", 1, 1, "latest(x): the value of the latest period with data") \
    X(COUNT, "count", 1, 2, "count(cond, skolor): units (or periods) where cond holds / x has a value") \
    X(ABS, "abs", 1, 1, "abs(x): absolute value")

typedef enum BuiltinId {
#define X(id, name, lo, hi, help) FN_##id,
    BUILTIN_LIST(X)
#undef X
    FN_COUNT_
} BuiltinId;

typedef struct Builtin {
    const char *name;
    int min_args, max_args;
    const char *help;
} Builtin;
extern const Builtin builtins[FN_COUNT_];
int builtin_lookup(const char *name); /* index, or -1 */

#endif
