# ska — build, test, demo.  `make help` lists the targets.
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wformat=2 -Wvla -Wno-format-nonliteral
GENWARN := -std=c11 -Wno-unused-function -Wno-sign-compare
PREFIX  ?= /usr/local
DESTDIR ?=
# where Vim looks for system-wide syntax and filetype files (Debian's vim)
VIMFILES ?= $(PREFIX)/share/vim/vimfiles
VERSION := 0.1.0
# No install path is compiled in: an installed ska finds its stdlib
# beside its own binary (BIN/../share/ska/stdlib), for any PREFIX and DESTDIR.
CPPFLAGS += -Iinclude -I$(B) -D_GNU_SOURCE -DSKA_VERSION='"$(VERSION)"'
LDLIBS  := -lsqlite3 -lreadline -lm

B       ?= build
SRCS    := $(wildcard src/*.c)
OBJS    := $(SRCS:src/%.c=$(B)/%.o) $(B)/parser.o $(B)/lexer.o
BIN     ?= ska
ASAN    := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all deps demo test test-fast asan fuzz fuzzers bench install uninstall clean help
all: $(BIN)

$(BIN): $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

# One run writes both files: the .h is made with the .c (two targets of
# one rule would run bison twice at once under -j).
$(B)/parser.c: grammar/parser.y | $(B)
	bison -Wall -Werror --defines=$(B)/parser.h -o $(B)/parser.c $<
$(B)/parser.h: $(B)/parser.c ;
$(B)/lexer.c: grammar/lexer.l $(B)/parser.h | $(B)
	flex --header-file=$(B)/lexer.h -o $(B)/lexer.c $<
$(B)/lexer.h: $(B)/lexer.c ;
$(B)/parser.o: $(B)/parser.c $(B)/lexer.h
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GENWARN) -MMD -MP -c -o $@ $<
$(B)/lexer.o: $(B)/lexer.c $(B)/parser.h
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GENWARN) -MMD -MP -c -o $@ $<
$(B)/%.o: src/%.c $(B)/parser.h $(B)/lexer.h | $(B)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) $(EXTRA_WARN) -MMD -MP -c -o $@ $<
$(B):
	mkdir -p $(B)

-include $(wildcard $(B)/*.d)

deps:
	@sh scripts/deps.sh

# The sanitizer build lives in its own directory so both can coexist.
asan: deps
	$(MAKE) B=build-asan BIN=build-asan/ska CFLAGS="-O1 -g $(ASAN)" LDFLAGS="$(ASAN)"

demo: deps
	@$(MAKE) --no-print-directory all
	@sh examples/demo.sh

# Builds with two jobs unless make was given -j itself (then its jobserver
# shares them); tests/run.sh runs two tests at a time (JOBS=N to change).
PAR := $(if $(findstring -j,$(MAKEFLAGS)),,-j2)
test:
	@sh scripts/deps.sh test
	@$(MAKE) --no-print-directory $(PAR) all EXTRA_WARN=-Werror
	@$(MAKE) --no-print-directory $(PAR) asan >/dev/null
	@sh tests/run.sh ./ska build-asan/ska

test-fast: all
	@sh tests/run.sh ./ska

# libFuzzer harnesses (fuzz/) in build-fuzz/: every object but main.o,
# built by clang with coverage, ASan and UBSan; fuzz/run.sh runs each for
# FUZZ_SECONDS with seeds from examples/ and tests/.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZERS      := plan fmt csv kolada source repl
FUZZ_SAN     := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
fuzz:
	@sh scripts/deps.sh fuzz
	@$(MAKE) --no-print-directory $(PAR) B=build-fuzz CC=$(FUZZ_CC) CFLAGS="-O1 -g $(FUZZ_SAN)" fuzzers >/dev/null
	@sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZERS)

fuzzers: $(FUZZERS:%=$(B)/fuzz-%)
$(B)/fuzz-plan: fuzz/plan.c
$(B)/fuzz-fmt: fuzz/fmt.c
$(B)/fuzz-repl: fuzz/repl.c
$(B)/fuzz-source: fuzz/source.c
$(B)/fuzz-csv $(B)/fuzz-kolada: fuzz/import.c
$(B)/fuzz-csv: FUZZ_WHICH := -DFUZZ_KOLADA=0
$(B)/fuzz-kolada: FUZZ_WHICH := -DFUZZ_KOLADA=1
$(B)/fuzz-%: fuzz/common.c fuzz/fuzz.h $(filter-out $(B)/main.o,$(OBJS))
	$(CC) $(CPPFLAGS) -DFUZZ_TOP='"$(CURDIR)"' $(FUZZ_WHICH) $(CFLAGS) $(WARN) -fsanitize=fuzzer \
	  -o $@ $(filter %.c %.o,$^) $(LDLIBS)

bench:
	@sh scripts/deps.sh bench
	@$(MAKE) --no-print-directory all
	@sh bench/run.sh

BASHCOMP := $(PREFIX)/share/bash-completion/completions
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/ska/stdlib $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(BASHCOMP)
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/ska
	install -m 644 stdlib/*.ska $(DESTDIR)$(PREFIX)/share/ska/stdlib/
	install -m 644 docs/ska.1 $(DESTDIR)$(PREFIX)/share/man/man1/ska.1
	install -m 644 completion/ska.bash $(DESTDIR)$(BASHCOMP)/ska
	install -d $(DESTDIR)$(VIMFILES)/syntax $(DESTDIR)$(VIMFILES)/ftdetect
	install -m 644 editors/vim/syntax/ska.vim $(DESTDIR)$(VIMFILES)/syntax/ska.vim
	install -m 644 editors/vim/ftdetect/ska.vim $(DESTDIR)$(VIMFILES)/ftdetect/ska.vim

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/ska $(DESTDIR)$(PREFIX)/share/man/man1/ska.1 $(DESTDIR)$(BASHCOMP)/ska
	rm -rf $(DESTDIR)$(PREFIX)/share/ska
	rm -f $(DESTDIR)$(VIMFILES)/syntax/ska.vim $(DESTDIR)$(VIMFILES)/ftdetect/ska.vim

clean:
	rm -rf build build-asan build-fuzz ska tests/tmp tests/out

help:
	@echo "make          build ./ska"
	@echo "make demo     install build deps if missing, build, run ska check on examples/"
	@echo "make test     install build deps if missing, build (also with ASan+UBSan), run tests/"
	@echo "make fuzz     build the libFuzzer harnesses (clang), run each FUZZ_SECONDS=$(FUZZ_SECONDS)"
	@echo "make bench    run the benchmarks in bench/, write bench/results.md"
	@echo "make install  install ska, its stdlib, man page and bash completion to PREFIX=$(PREFIX)"
