# `make install` with any PREFIX and DESTDIR, after a build that knew
# neither: the installed ska finds its stdlib beside its own binary
# (BIN/../share/ska/stdlib), so a plan that uses the stdlib checks clean
# with the installed ska run from anywhere, without $SKA_PATH. The install
# reuses the binary under test (-o all: nothing is rebuilt). The bash
# completion is installed where bash-completion looks; uninstall removes
# every file again.
--- file plan.ska
use "stdlib/skola.ska"
plan "P" { organiser "Ankeby"; period 2020 }
goal G { target ej_behörig <= 20 % }
--- run make --no-print-directory -s -C "$SKA_PATH" -o all install BIN="$(command -v ska)" DESTDIR="$PWD/dest" PREFIX=/opt/ska && cd dest && find . -type f | sort
--- expect exit 0
./opt/ska/bin/ska
./opt/ska/share/bash-completion/completions/ska
./opt/ska/share/man/man1/ska.1
./opt/ska/share/ska/stdlib/skola.ska
./opt/ska/share/ska/stdlib/skolverket.ska
./opt/ska/share/ska/stdlib/skolverket_indikatorer.ska
./opt/ska/share/ska/stdlib/status.ska
./opt/ska/share/vim/vimfiles/ftdetect/ska.vim
./opt/ska/share/vim/vimfiles/syntax/ska.vim
--- run mkdir -p elsewhere && cp plan.ska elsewhere/ && cd elsewhere && env -u SKA_PATH ../dest/opt/ska/bin/ska check --syntax-only plan.ska && echo found
--- expect exit 0
found
--- run env -u SKA_PATH dest/opt/ska/bin/ska check --list goals elsewhere/plan.ska
--- expect exit 0
G
--- run make --no-print-directory -s -C "$SKA_PATH" uninstall DESTDIR="$PWD/dest" PREFIX=/opt/ska && find dest -type f
--- expect exit 0
