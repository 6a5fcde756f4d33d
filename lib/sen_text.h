/*
 * sen_text.h: checking and protecting text.
 */
#ifndef SEN_TEXT_H
#define SEN_TEXT_H

#include <stddef.h>

/*
 * Checks that the len bytes at s are UTF-8 text without NUL bytes:
 * shortest forms only, no surrogates, nothing above U+10FFFF.  Returns
 * SEN_OK, or SEN_EENCODING with the offset of the first bad byte in
 * *bad.
 */
int sen_text_check(const char *s, size_t len, size_t *bad);

/*
 * Returns 1 when a spreadsheet would read a cell starting as s does as
 * a formula or command: a leading '=', '+', '-', '@', tab or carriage
 * return; but not a plain signed number such as "-0.1" or "+2".
 */
int sen_text_formula(const char *s, size_t len);

/* Skips the spaces and tabs at both ends of the *len bytes at s:
 * returns the first byte kept and leaves the length kept in *len. */
const char *sen_text_trim(const char *s, size_t *len);

#endif
