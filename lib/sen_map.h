/*
 * sen_map.h: a hash table from byte-string keys to numbers.
 *
 * Used for what must be remembered across records: case references
 * already seen, and the groups being counted.  Keys are copied in.
 */
#ifndef SEN_MAP_H
#define SEN_MAP_H

#include <stddef.h>
#include <stdint.h>

struct sen_map;

/* Returns an empty map, or NULL when out of memory. */
struct sen_map *sen_map_new(void);

/* Frees the map and its keys; NULL is ignored. */
void sen_map_free(struct sen_map *m);

/*
 * Looks key (len bytes) up.  Returns 1 and stores its number in *val
 * when present, 0 when absent.
 */
int sen_map_get(const struct sen_map *m, const char *key, size_t len,
    size_t *val);

/*
 * Adds key with number val.  Returns SEN_OK; SEN_EDUP, with the number
 * already held stored in *old when old is not NULL, when key is present
 * (the map is unchanged); or SEN_ENOMEM.
 */
int sen_map_put(struct sen_map *m, const char *key, size_t len, size_t val,
    size_t *old);

/* Number of keys held. */
size_t sen_map_count(const struct sen_map *m);

/* The 64-bit FNV-1a hash of len bytes, as the map uses. */
uint64_t sen_map_hash(const char *s, size_t len);

#endif
