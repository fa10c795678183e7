// Wrappers for the parts of ncursesw that Swift cannot import directly (macros, C globals).
//
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
// Swift 6 rejects C globals (stdscr, LINES, COLS, stdout) as not concurrency-safe, and the
// attribute and mouse masks are macros Swift does not import: each gets an accessor.
#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline WINDOW *parley_curscr(void) { return curscr; }
static inline int parley_lines(void) { return LINES; }
static inline int parley_cols(void) { return COLS; }
static inline int parley_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_dim(void) { return A_DIM; }
static inline attr_t parley_a_normal(void) { return A_NORMAL; }
// wcwidth needs _XOPEN_SOURCE, which Swift's Glibc module does not define.
static inline int parley_wcwidth(wchar_t c) { return wcwidth(c); }
// getmaxyx assigns to its arguments.
static inline int parley_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int parley_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline FILE *parley_stdout(void) { return stdout; }
static inline FILE *parley_stdin(void) { return stdin; }
static inline mmask_t parley_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t parley_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t parley_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t parley_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t parley_button5_pressed(void) { return BUTTON5_PRESSED; }
// tigetstr returns (char *)-1 for "not a string capability" and NULL for "absent".
static inline int parley_has_string_capability(const char *name) {
  char *value = tigetstr(name);
  return value != NULL && value != (char *)-1;
}
static inline int parley_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}
#endif
