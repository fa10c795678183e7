// Wrappers for the parts of ncursesw that Swift cannot import directly (macros, C globals).
#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <wchar.h>

static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline int parley_lines(void) { return LINES; }
static inline int parley_cols(void) { return COLS; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_dim(void) { return A_DIM; }
static inline attr_t parley_a_normal(void) { return A_NORMAL; }
static inline int parley_wcwidth(wchar_t c) { return wcwidth(c); }
#endif
