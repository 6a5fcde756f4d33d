/*
 * sen_set.c: a compact set of byte strings: open addressing over slots
 * of eight bytes (where the key is, and its hash), the keys themselves
 * in one growing arena, each after its length in two bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_map.h"
#include "sen_set.h"

struct slot {
	uint32_t at;		/* the key's place in the arena, plus 1;
				 * 0 for an empty slot */
	uint32_t hash;
};

struct sen_set {
	struct slot *slot;
	size_t cap;		/* a power of two */
	size_t count;
	unsigned char *arena;
	size_t used, size;
};

struct sen_set *
sen_set_new(void)
{
	struct sen_set *s;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	s->cap = 1024;
	if ((s->slot = calloc(s->cap, sizeof(*s->slot))) == NULL) {
		free(s);
		return NULL;
	}
	return s;
}

void
sen_set_free(struct sen_set *s)
{
	if (s == NULL)
		return;
	free(s->slot);
	free(s->arena);
	free(s);
}

/* Returns 1 when the key kept at slot t is the len bytes at key. */
static int
same(const struct sen_set *s, const struct slot *t, const char *key,
    size_t len)
{
	const unsigned char *k = s->arena + t->at - 1;

	return (size_t)(k[0] | k[1] << 8) == len &&
	    memcmp(k + 2, key, len) == 0;
}

/* Doubles the slots, placing each key again by its hash. */
static int
grow(struct sen_set *s)
{
	struct slot *old = s->slot;
	size_t i, j, oldcap = s->cap;

	if ((s->slot = calloc(2 * oldcap, sizeof(*s->slot))) == NULL) {
		s->slot = old;
		return SEN_ENOMEM;
	}
	s->cap = 2 * oldcap;
	for (i = 0; i < oldcap; i++) {
		if (old[i].at == 0)
			continue;
		for (j = old[i].hash & (s->cap - 1); s->slot[j].at != 0;
		    j = (j + 1) & (s->cap - 1))
			;
		s->slot[j] = old[i];
	}
	free(old);
	return SEN_OK;
}

/* Copies a key into the arena.  Returns its place plus 1, or 0. */
static uint32_t
keep(struct sen_set *s, const char *key, size_t len)
{
	size_t need = s->used + 2 + len, size;
	unsigned char *na;

	if (need > UINT32_MAX - 1)
		return 0;
	if (need > s->size) {
		for (size = s->size ? s->size : 65536; size < need;)
			size *= 2;
		if ((na = realloc(s->arena, size)) == NULL)
			return 0;
		s->arena = na;
		s->size = size;
	}
	s->arena[s->used] = (unsigned char)(len & 0xFF);
	s->arena[s->used + 1] = (unsigned char)(len >> 8);
	memcpy(s->arena + s->used + 2, key, len);
	s->used = need;
	return (uint32_t)(need - 2 - len + 1);
}

int
sen_set_add(struct sen_set *s, const char *key, size_t len)
{
	uint32_t h;
	size_t i;

	if (len > SEN_SET_KEY_MAX)
		return SEN_ETOOBIG;
	h = (uint32_t)sen_map_hash(key, len);
	for (i = h & (s->cap - 1); s->slot[i].at != 0;
	    i = (i + 1) & (s->cap - 1))
		if (s->slot[i].hash == h && same(s, &s->slot[i], key, len))
			return SEN_EDUP;
	if (10 * (s->count + 1) > 7 * s->cap) {
		if (grow(s) != SEN_OK)
			return SEN_ENOMEM;
		for (i = h & (s->cap - 1); s->slot[i].at != 0;
		    i = (i + 1) & (s->cap - 1))
			;
	}
	if ((s->slot[i].at = keep(s, key, len)) == 0)
		return s->used + 2 + len > UINT32_MAX - 1 ? SEN_ETOOBIG :
		    SEN_ENOMEM;
	s->slot[i].hash = h;
	s->count++;
	return SEN_OK;
}

size_t
sen_set_count(const struct sen_set *s)
{
	return s->count;
}
