/*
 * sen_map.c: open addressing with linear probing; keys live in large
 * chunks so that a million keys cost a few allocations.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sen.h"
#include "sen_map.h"

#define CHUNK (256 * 1024)

struct slot {
	uint64_t hash;
	const char *key;	/* NULL for an empty slot */
	size_t len;
	size_t val;
};

struct chunk {
	struct chunk *next;
	size_t used, size;
	char bytes[];
};

struct sen_map {
	struct slot *slots;
	size_t cap;		/* a power of two */
	size_t count;
	struct chunk *chunks;
};

uint64_t
sen_map_hash(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

struct sen_map *
sen_map_new(void)
{
	struct sen_map *m;

	if ((m = calloc(1, sizeof(*m))) == NULL)
		return NULL;
	m->cap = 64;
	if ((m->slots = calloc(m->cap, sizeof(*m->slots))) == NULL) {
		free(m);
		return NULL;
	}
	return m;
}

void
sen_map_free(struct sen_map *m)
{
	struct chunk *c, *next;

	if (m == NULL)
		return;
	for (c = m->chunks; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(m->slots);
	free(m);
}

/* Returns the slot holding key, or the empty slot where it would go. */
static struct slot *
probe(const struct sen_map *m, uint64_t h, const char *key, size_t len)
{
	size_t i = (size_t)h & (m->cap - 1);
	struct slot *s;

	for (;;) {
		s = &m->slots[i];
		if (s->key == NULL || (s->hash == h && s->len == len &&
		    memcmp(s->key, key, len) == 0))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

int
sen_map_get(const struct sen_map *m, const char *key, size_t len,
    size_t *val)
{
	struct slot *s;

	s = probe(m, sen_map_hash(key, len), key, len);
	if (s->key == NULL)
		return 0;
	*val = s->val;
	return 1;
}

/* Doubles the table. */
static int
grow(struct sen_map *m)
{
	struct slot *old = m->slots, *s;
	size_t i, oldcap = m->cap;

	if ((m->slots = calloc(2 * oldcap, sizeof(*m->slots))) == NULL) {
		m->slots = old;
		return SEN_ENOMEM;
	}
	m->cap = 2 * oldcap;
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		s = probe(m, old[i].hash, old[i].key, old[i].len);
		*s = old[i];
	}
	free(old);
	return SEN_OK;
}

/* Copies a key into the chunks.  Returns the copy or NULL. */
static const char *
keep(struct sen_map *m, const char *key, size_t len)
{
	struct chunk *c = m->chunks;
	size_t size;
	char *p;

	if (c == NULL || c->size - c->used < len) {
		size = len > CHUNK ? len : CHUNK;
		if ((c = malloc(sizeof(*c) + size)) == NULL)
			return NULL;
		c->size = size;
		c->used = 0;
		c->next = m->chunks;
		m->chunks = c;
	}
	p = c->bytes + c->used;
	memcpy(p, key, len);
	c->used += len;
	return p;
}

int
sen_map_put(struct sen_map *m, const char *key, size_t len, size_t val,
    size_t *old)
{
	uint64_t h = sen_map_hash(key, len);
	struct slot *s;

	s = probe(m, h, key, len);
	if (s->key != NULL) {
		if (old != NULL)
			*old = s->val;
		return SEN_EDUP;
	}
	if (2 * (m->count + 1) > m->cap) {
		if (grow(m) != SEN_OK)
			return SEN_ENOMEM;
		s = probe(m, h, key, len);
	}
	if ((s->key = keep(m, key, len)) == NULL)
		return SEN_ENOMEM;
	s->hash = h;
	s->len = len;
	s->val = val;
	m->count++;
	return SEN_OK;
}

size_t
sen_map_count(const struct sen_map *m)
{
	return m->count;
}
