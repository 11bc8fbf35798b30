#ifndef MADO_CNCURSESW_SHIM_H
#define MADO_CNCURSESW_SHIM_H
// The wide-character API (cchar_t, mvwadd_wch, wget_wch) only appears with these defines,
// and a system library target cannot pass cSettings, so they live here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 refuses ncurses' mutable C globals and cannot import its macros: wrap them.
static inline WINDOW *mado_stdscr(void) { return stdscr; }
static inline int mado_lines(void) { return LINES; }
static inline int mado_cols(void) { return COLS; }
static inline int mado_colors(void) { return COLORS; }
static inline int mado_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t mado_a_bold(void) { return A_BOLD; }
static inline attr_t mado_a_reverse(void) { return A_REVERSE; }
static inline attr_t mado_a_underline(void) { return A_UNDERLINE; }
static inline attr_t mado_a_dim(void) { return A_DIM; }
static inline attr_t mado_a_italic(void) { return A_ITALIC; }
static inline attr_t mado_a_normal(void) { return A_NORMAL; }
static inline int mado_key_code_yes(void) { return KEY_CODE_YES; }
static inline int mado_err(void) { return ERR; }
#endif
