/*
 * sen_set.h: a compact set of byte strings.
 *
 * For what must be checked unique across a whole input, such as case
 * references: each key costs its bytes, two more for its length, and
 * eight for its slot (at most ten-sevenths of that with the table's
 * spare room), so a million ten-byte references take about 30 MB.
 */
#ifndef SEN_SET_H
#define SEN_SET_H

#include <stddef.h>

/* The longest key a set holds. */
#define SEN_SET_KEY_MAX 65535

struct sen_set;

/* Returns an empty set, or NULL when out of memory. */
struct sen_set *sen_set_new(void);

/* Frees the set; NULL is ignored. */
void sen_set_free(struct sen_set *s);

/*
 * Adds the len bytes at key.  Returns SEN_OK when they were not there,
 * SEN_EDUP when they were, SEN_ETOOBIG for a key over SEN_SET_KEY_MAX
 * bytes or a set past 4 GiB of keys, or SEN_ENOMEM.
 */
int sen_set_add(struct sen_set *s, const char *key, size_t len);

/* Number of keys held. */
size_t sen_set_count(const struct sen_set *s);

#endif
