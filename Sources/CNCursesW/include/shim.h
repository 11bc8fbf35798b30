#ifndef MADO_CNCURSESW_SHIM_H
#define MADO_CNCURSESW_SHIM_H
// The wide-character API (cchar_t, mvwadd_wch, wget_wch) only appears with these defines,
// and the Swift side imports this header with no settings of its own, so they live here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// libncursesw is not linked: it is opened on the first use of the screen (see
// ncurses_on_demand.c, which also defines the curses functions the Swift side calls).
// Returns NULL when ncurses is ready, or why it could not be loaded.
const char *mado_ncurses_load(void);

// Swift 6 refuses ncurses' mutable C globals and cannot import its macros: wrap them. The
// globals are read from the loaded library (ncurses_on_demand.c).
WINDOW *mado_stdscr(void);
int mado_lines(void);
int mado_cols(void);
int mado_colors(void);
int mado_color_pairs(void);
static inline attr_t mado_a_bold(void) { return A_BOLD; }
static inline attr_t mado_a_reverse(void) { return A_REVERSE; }
static inline attr_t mado_a_underline(void) { return A_UNDERLINE; }
static inline attr_t mado_a_dim(void) { return A_DIM; }
static inline attr_t mado_a_italic(void) { return A_ITALIC; }
static inline attr_t mado_a_normal(void) { return A_NORMAL; }
static inline int mado_key_code_yes(void) { return KEY_CODE_YES; }
static inline int mado_err(void) { return ERR; }
#endif
