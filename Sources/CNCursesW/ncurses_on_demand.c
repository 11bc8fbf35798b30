// ncurses on demand. Only the inbox screen draws with ncurses; `mado list`, `mado search` and the
// other commands never do, yet linking libncursesw made every process map and bind it and
// libtinfo at start (about 0.35 ms of a 7 ms `mado list`). The curses functions the Swift side
// calls are defined here instead (hidden: ncurses' own calls never land here) and forward to the
// real ones, found with dlopen/dlsym the first time the screen is set up, as libcurl's are
// (see CCurlOnDemand). Their types come from curses.h itself (__typeof__), so a mismatch with
// the library is a compile error here.
#define _GNU_SOURCE
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <dlfcn.h>
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
// curses.h's declarations hidden like the definitions below (the C library's stay as they are).
#pragma GCC visibility push(hidden)
#include "shim.h"
#include "CLibraryOnDemand.h"
#pragma GCC visibility pop

#define HIDDEN __attribute__((visibility("hidden")))

// Every curses function MadoTerminal calls (`nm -u` of its objects). One that is missing here
// makes the link fail (an undefined symbol), never a binary that loads ncurses at start.
#define NCURSES_FUNCTIONS(X) \
    X(curs_set) X(def_prog_mode) X(endwin) X(flushinp) X(has_colors) X(init_pair) X(initscr) \
    X(intrflush) X(keypad) X(mvwadd_wch) X(noecho) X(nonl) X(raw) X(reset_prog_mode) \
    X(resizeterm) X(set_escdelay) X(setcchar) X(start_color) X(unget_wch) X(ungetch) \
    X(use_default_colors) X(wclear) X(wget_wch) X(wmove) X(wrefresh) X(wtimeout)

#define DECLARE_POINTER(name) static __typeof__(name) *real_##name;
NCURSES_FUNCTIONS(DECLARE_POINTER)
static WINDOW **real_stdscr;
static int *real_LINES, *real_COLS, *real_COLORS, *real_COLOR_PAIRS;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static mado_library library;
static const char *failure;

static void load(void) {
    // Debian's libncursesw6 (it brings libtinfo, where some of the names live: dlsym on the
    // handle looks there too), or MADO_LIBNCURSES.
    if (!mado_library_open(&library, "MADO_LIBNCURSES", "libncursesw.so.6")) {
        failure = library.failure;
        return;
    }
#define RESOLVE_AS(pointer, name) \
    if (!(pointer = (__typeof__(pointer))mado_library_symbol(&library, name, "an ncurses"))) { \
        failure = library.failure; \
        return; \
    }
#define RESOLVE(name) RESOLVE_AS(real_##name, #name)
    NCURSES_FUNCTIONS(RESOLVE)
    RESOLVE_AS(real_stdscr, "stdscr")
    RESOLVE_AS(real_LINES, "LINES")
    RESOLVE_AS(real_COLS, "COLS")
    RESOLVE_AS(real_COLORS, "COLORS")
    RESOLVE_AS(real_COLOR_PAIRS, "COLOR_PAIRS")
}

const char *mado_ncurses_load(void) {
    pthread_once(&once, load);
    return failure;
}

#define READY (mado_ncurses_load() == NULL)

WINDOW *mado_stdscr(void) { return READY ? *real_stdscr : NULL; }
int mado_lines(void) { return READY ? *real_LINES : 0; }
int mado_cols(void) { return READY ? *real_COLS : 0; }
int mado_colors(void) { return READY ? *real_COLORS : 0; }
int mado_color_pairs(void) { return READY ? *real_COLOR_PAIRS : 0; }

// Some of these are also macros in curses.h; the functions are what the Swift side calls.
#undef mvwadd_wch
#undef wmove
#undef wclear
#undef wrefresh
#undef wtimeout

#define FORWARD(type, name, fail, params, args) \
    HIDDEN type name params { \
        if (!READY) return fail; \
        return real_##name args; \
    }

FORWARD(int, curs_set, ERR, (int visibility), (visibility))
FORWARD(int, def_prog_mode, ERR, (void), ())
FORWARD(int, endwin, ERR, (void), ())
FORWARD(int, flushinp, ERR, (void), ())
FORWARD(bool, has_colors, FALSE, (void), ())
FORWARD(int, init_pair, ERR, (NCURSES_PAIRS_T pair, NCURSES_COLOR_T foreground, NCURSES_COLOR_T background), (pair, foreground, background))
FORWARD(WINDOW *, initscr, NULL, (void), ())
FORWARD(int, intrflush, ERR, (WINDOW *window, bool flag), (window, flag))
FORWARD(int, keypad, ERR, (WINDOW *window, bool flag), (window, flag))
FORWARD(int, mvwadd_wch, ERR, (WINDOW *window, int y, int x, const cchar_t *character), (window, y, x, character))
FORWARD(int, noecho, ERR, (void), ())
FORWARD(int, nonl, ERR, (void), ())
FORWARD(int, raw, ERR, (void), ())
FORWARD(int, reset_prog_mode, ERR, (void), ())
FORWARD(int, resizeterm, ERR, (int lines, int columns), (lines, columns))
FORWARD(int, set_escdelay, ERR, (int milliseconds), (milliseconds))
FORWARD(int, setcchar, ERR, (cchar_t *character, const wchar_t *text, const attr_t attributes, NCURSES_PAIRS_T pair, const void *options),
        (character, text, attributes, pair, options))
FORWARD(int, start_color, ERR, (void), ())
FORWARD(int, unget_wch, ERR, (const wchar_t character), (character))
FORWARD(int, ungetch, ERR, (int character), (character))
FORWARD(int, use_default_colors, ERR, (void), ())
FORWARD(int, wclear, ERR, (WINDOW *window), (window))
FORWARD(int, wget_wch, ERR, (WINDOW *window, wint_t *character), (window, character))
FORWARD(int, wmove, ERR, (WINDOW *window, int y, int x), (window, y, x))
FORWARD(int, wrefresh, ERR, (WINDOW *window), (window))

HIDDEN void wtimeout(WINDOW *window, int delay) {
    if (READY) real_wtimeout(window, delay);
}
