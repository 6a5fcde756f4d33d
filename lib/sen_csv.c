/*
 * sen_csv.c: a CSV reader over libcsv, and a CSV writer.
 *
 * The reader feeds libcsv one physical line at a time (or a block of a
 * long line), so that it always knows the line a record started on, can
 * tell a blank line from an empty quoted field, and can bound a field's
 * size while the field is still being read: libcsv keeps the field in
 * progress in its public entry buffer, and once that passes the bound the
 * reader empties it after every block, so memory stays flat while the
 * rest of the oversized record is stepped over.
 */
#include <sys/types.h>

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "sen.h"
#include "sen_csv.h"
#include "sen_text.h"

#define BLOCK (64 * 1024)	/* bytes read and fed at a time */
#define MORE (-1)		/* the record goes on */

struct sen_csv {
	FILE *fp;
	struct csv_parser p;
	unsigned char delim;
	int detect;		/* find the delimiter from the first line */
	size_t max_field;
	size_t max_record;

	char *buf;		/* input, converted to UTF-8 if need be */
	size_t cap;		/* its size */
	size_t pos, end;	/* unread bytes are buf[pos..end) */
	off_t base;		/* file offset of buf[0], -1 if unknown */
	int eof;		/* fp has nothing more */
	int started;		/* first block seen (byte-order mark) */
	iconv_t cd;		/* from the input's encoding, or (iconv_t)-1 */
	char *rbuf;		/* bytes read, awaiting conversion */
	size_t rlen;

	char *data;		/* the record's fields, each NUL-ended */
	size_t dlen, dcap;
	size_t *offs, *lens;
	size_t nf, fcap;
	size_t cost;		/* bytes the record holds, overhead included */
	int done;		/* libcsv has ended the record */
	int fault;		/* status of the record, SEN_OK if sound */

	int between;		/* no record begun since the last one ended */
	int skipline;		/* discarding to the end of a bad line */
	int first_line;		/* still on the record's first line */
	char *raw;		/* the record's bytes from its second line */
	size_t rawlen, rawcap;
	int raw_over;		/* too many to keep */
	off_t line2;		/* file offset of its second line, or -1 */
	unsigned long line;	/* current physical line */
	unsigned long start;	/* line the current record began on */
	unsigned long blanks;
};

/* libcsv's space test: nothing is a space, so nothing is trimmed. */
static int
never_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Sets up libcsv: strict about quotes, an unclosed quote at the end an
 * error, no trimming. */
static int
parser_init(struct sen_csv *r)
{
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return SEN_ENOMEM;
	csv_set_delim(&r->p, r->delim);
	csv_set_space_func(&r->p, never_space);
	csv_set_blk_size(&r->p, BLOCK);
	return SEN_OK;
}

struct sen_csv *
sen_csv_open(FILE *fp, int delim, size_t max_field)
{
	struct sen_csv *r;

	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	r->fp = fp;
	r->detect = delim == SEN_CSV_AUTO;
	r->delim = (unsigned char)(delim > 0 ? delim : ',');
	r->max_field = max_field ? max_field : SEN_CSV_MAX_FIELD;
	r->max_record = r->max_field * SEN_CSV_RECORD_FACTOR;
	r->between = 1;
	r->line = 1;
	r->cap = BLOCK;
	r->cd = (iconv_t)-1;
	r->base = ftello(fp) == -1 ? -1 : ftello(fp);
	if ((r->buf = malloc(r->cap)) == NULL || parser_init(r) != SEN_OK) {
		free(r->buf);
		free(r);
		return NULL;
	}
	return r;
}

int
sen_csv_set_encoding(struct sen_csv *r, const char *encoding)
{
	if ((r->cd = iconv_open("UTF-8", encoding)) == (iconv_t)-1)
		return SEN_EUNKNOWN;
	if ((r->rbuf = malloc(BLOCK / 4)) == NULL)
		return SEN_ENOMEM;
	r->base = -1;
	return SEN_OK;
}

unsigned char
sen_csv_delim(const struct sen_csv *r)
{
	return r->delim;
}

void
sen_csv_close(struct sen_csv *r)
{
	if (r == NULL)
		return;
	csv_free(&r->p);
	if (r->cd != (iconv_t)-1)
		iconv_close(r->cd);
	free(r->rbuf);
	free(r->raw);
	free(r->buf);
	free(r->data);
	free(r->offs);
	free(r->lens);
	free(r);
}

/* Makes room for one more field of len bytes.  Returns a status. */
static int
reserve(struct sen_csv *r, size_t len)
{
	size_t n;
	void *np;

	if (r->nf == r->fcap) {
		n = r->fcap ? 2 * r->fcap : 32;
		if ((np = realloc(r->offs, n * sizeof(*r->offs))) == NULL)
			return SEN_ENOMEM;
		r->offs = np;
		if ((np = realloc(r->lens, n * sizeof(*r->lens))) == NULL)
			return SEN_ENOMEM;
		r->lens = np;
		r->fcap = n;
	}
	if (r->dlen + len + 1 > r->dcap) {
		n = r->dcap ? r->dcap : 1024;
		while (n < r->dlen + len + 1)
			n *= 2;
		if ((np = realloc(r->data, n)) == NULL)
			return SEN_ENOMEM;
		r->data = np;
		r->dcap = n;
	}
	return SEN_OK;
}

/* libcsv's field callback: keeps a copy of the field. */
static void
on_field(void *s, size_t len, void *arg)
{
	struct sen_csv *r = arg;
	int st;

	if (r->fault != SEN_OK)
		return;
	r->cost += len + 1 + 2 * sizeof(size_t);
	if (len > r->max_field || r->cost > r->max_record) {
		r->fault = SEN_ETOOBIG;
		return;
	}
	if ((st = reserve(r, len)) != SEN_OK) {
		r->fault = st;
		return;
	}
	memcpy(r->data + r->dlen, s, len);
	r->data[r->dlen + len] = '\0';
	r->offs[r->nf] = r->dlen;
	r->lens[r->nf] = len;
	r->nf++;
	r->dlen += len + 1;
}

/* libcsv's record callback. */
static void
on_record(int c, void *arg)
{
	struct sen_csv *r = arg;

	(void)c;
	r->done = 1;
}

/*
 * Reads up to n converted bytes into out: the bytes read are converted
 * from the input's encoding to UTF-8; a byte the encoding does not
 * define is passed through as it is, and is then not valid UTF-8, for
 * the caller to find.  Returns the number of bytes stored.
 */
static size_t
read_converted(struct sen_csv *r, char *out, size_t n)
{
	char *in, *o = out;
	size_t inleft, outleft = n, got;

	got = fread(r->rbuf + r->rlen, 1, BLOCK / 4 - r->rlen, r->fp);
	r->rlen += got;
	if (!r->started && r->rlen >= 3 &&
	    memcmp(r->rbuf, "\xEF\xBB\xBF", 3) == 0) {
		memmove(r->rbuf, r->rbuf + 3, r->rlen - 3);	/* a UTF-8 mark */
		r->rlen -= 3;
	}
	in = r->rbuf;
	inleft = r->rlen;
	while (inleft > 0 && outleft >= 4) {
		if (iconv(r->cd, &in, &inleft, &o, &outleft) != (size_t)-1)
			continue;
		if (errno == EINVAL && got > 0)
			break;		/* an incomplete sequence: read more */
		if (errno == E2BIG)
			break;
		*o++ = *in++;		/* undefined here: pass it through */
		inleft--;
		outleft--;
	}
	memmove(r->rbuf, in, inleft);
	r->rlen = inleft;
	return (size_t)(o - out);
}

/* Chooses the delimiter from the first line: the most frequent of
 * comma, semicolon, tab and bar outside quotes; a comma on a tie. */
static void
detect_delim(struct sen_csv *r)
{
	static const char cands[] = ",;\t|";
	size_t count[4] = { 0 }, i, k, best = 0;
	int quoted = 0;
	char c;

	for (i = r->pos; i < r->end && (r->buf[i] == '\n' ||
	    r->buf[i] == '\r'); i++)
		;			/* blank lines before the header */
	for (; i < r->end; i++) {
		c = r->buf[i];
		if (c == '"')
			quoted = !quoted;
		if (!quoted && (c == '\n' || c == '\r'))
			break;
		for (k = 0; !quoted && k < 4; k++)
			count[k] += c == cands[k];
	}
	for (k = 1; k < 4; k++)
		if (count[k] > count[best])
			best = k;
	r->delim = (unsigned char)cands[best];
	csv_set_delim(&r->p, r->delim);
}

/* The first block: skips a UTF-8 byte-order mark, finds the
 * delimiter. */
static void
first_block(struct sen_csv *r)
{
	r->started = 1;
	if (r->end >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
		r->pos = 3;
	if (r->detect)
		detect_delim(r);
}

/* Moves unread bytes to the front and reads more.  Returns SEN_OK,
 * SEN_EOF when nothing more came, or SEN_EIO. */
static int
fill(struct sen_csv *r)
{
	size_t n, got;

	if (r->eof)
		return SEN_EOF;
	n = r->end - r->pos;
	memmove(r->buf, r->buf + r->pos, n);
	if (r->base >= 0)
		r->base += (off_t)r->pos;
	r->pos = 0;
	r->end = n;
	if (r->cd != (iconv_t)-1) {
		do
			got = read_converted(r, r->buf + n, r->cap - n);
		while (got == 0 && r->rlen > 0 && !feof(r->fp) &&
		    !ferror(r->fp));
	} else
		got = fread(r->buf + n, 1, r->cap - n, r->fp);
	r->end += got;
	if (got == 0) {
		if (ferror(r->fp))
			return SEN_EIO;
		r->eof = 1;
		return n ? SEN_OK : SEN_EOF;
	}
	if (!r->started)
		first_block(r);
	return SEN_OK;
}

/*
 * Measures the next piece to feed: up to and including the next line
 * end (LF, CR LF or a lone CR), setting *term, or the rest of the block
 * when it holds no line end.  Returns 0 when a CR ends the block and
 * more input is needed to know whether an LF follows.
 */
static size_t
piece(const struct sen_csv *r, int *term)
{
	const char *s = r->buf + r->pos, *nl, *cr;
	size_t avail = r->end - r->pos, lim;

	nl = memchr(s, '\n', avail);
	lim = nl ? (size_t)(nl - s) : avail;
	*term = 1;
	if ((cr = memchr(s, '\r', lim)) == NULL) {
		if (nl != NULL)
			return lim + 1;
		*term = 0;
		return avail;
	}
	lim = (size_t)(cr - s);
	if (lim + 1 < avail)
		return lim + (s[lim + 1] == '\n' ? 2 : 1);
	if (r->eof)
		return lim + 1;
	*term = 0;
	return lim;
}

/* Feeds n bytes to libcsv and keeps the field in progress within its
 * bound (plus one byte: libcsv holds a closing quote in the field until
 * it sees what follows; on_field checks the exact length).  Returns
 * SEN_OK, SEN_ECSV or SEN_ENOMEM. */
static int
feed(struct sen_csv *r, const char *s, size_t n)
{
	if (csv_parse(&r->p, s, n, on_field, on_record, r) != n)
		return csv_error(&r->p) == CSV_EPARSE ? SEN_ECSV : SEN_ENOMEM;
	if (r->fault == SEN_ENOMEM)
		return SEN_ENOMEM;
	if (r->p.entry_pos > r->max_field + 1) {
		r->fault = SEN_ETOOBIG;
		r->p.entry_pos = 0;
	}
	return SEN_OK;
}

/* Keeps a piece of a record's second or later line, while the record
 * is small enough to be read again. */
static void
keep_raw(struct sen_csv *r, const char *s, size_t n)
{
	size_t cap;
	char *nr;

	if (r->raw_over)
		return;
	if (r->rawlen + n > r->max_record) {
		r->raw_over = 1;
		return;
	}
	if (r->rawlen + n > r->rawcap) {
		for (cap = r->rawcap ? r->rawcap : BLOCK; cap < r->rawlen + n;)
			cap *= 2;
		if ((nr = realloc(r->raw, cap)) == NULL) {
			r->raw_over = 1;
			return;
		}
		r->raw = nr;
		r->rawcap = cap;
	}
	memcpy(r->raw + r->rawlen, s, n);
	r->rawlen += n;
}

/* Puts the kept bytes back in front of the unread input. */
static int
unread_raw(struct sen_csv *r)
{
	size_t left = r->end - r->pos, need = r->rawlen + left, cap;
	char *nb;

	cap = need + BLOCK > r->cap ? need + BLOCK : r->cap;
	if ((nb = malloc(cap)) == NULL)
		return 0;
	if (r->rawlen > 0)
		memcpy(nb, r->raw, r->rawlen);
	memcpy(nb + r->rawlen, r->buf + r->pos, left);
	free(r->buf);
	r->buf = nb;
	r->cap = cap;
	r->base = r->line2;
	r->pos = 0;
	r->end = need;
	return 1;
}

/*
 * After a malformed record that spans lines, arranges to read again from
 * its second line, so that a stray or unclosed quote costs that one
 * line and not every line it swallowed: from the bytes kept, or, for a
 * record too large to keep, by seeking back in a regular file.  Returns
 * 1 when reading will go on from there, 0 when it cannot.
 */
static int
replay(struct sen_csv *r)
{
	if (r->first_line)
		return 0;
	if (!r->raw_over) {
		if (!unread_raw(r))
			return 0;
	} else if (r->line2 < 0 || fseeko(r->fp, r->line2, SEEK_SET) != 0) {
		return 0;
	} else {
		r->base = r->line2;
		r->pos = r->end = 0;
		r->eof = 0;
	}
	r->line = r->start + 1;
	r->rawlen = 0;
	return 1;
}

/* Starts libcsv afresh after a malformed record, reading again from its
 * second line when it spans lines, else from the next line. */
static int
restart(struct sen_csv *r, int term)
{
	csv_free(&r->p);
	r->between = 1;
	r->skipline = !replay(r) && !term;
	return parser_init(r) == SEN_OK ? SEN_ECSV : SEN_ENOMEM;
}

/* Ends input: the last record may lack its line end. */
static int
finish(struct sen_csv *r)
{
	if (r->between)
		return SEN_EOF;
	r->between = 1;
	if (csv_fini(&r->p, on_field, on_record, r) != 0)
		return restart(r, 1);
	if (r->fault == SEN_ENOMEM)
		return SEN_ENOMEM;
	return r->fault;
}

/* Begins a record at the current line. */
static void
begin(struct sen_csv *r)
{
	r->between = 0;
	r->start = r->line;
	r->first_line = 1;
	r->rawlen = 0;
	r->raw_over = 0;
	r->line2 = -1;
}

/* Handles one piece of n bytes.  Returns MORE while the record goes
 * on, or the record's status once it has ended. */
static int
take(struct sen_csv *r, size_t n, int term)
{
	const char *s = r->buf + r->pos;
	int st;

	r->pos += n;
	if (r->skipline) {
		r->skipline = !term;
		r->line += (unsigned long)term;
		return MORE;
	}
	if (r->between) {
		if (term && (n == 1 || (n == 2 && s[0] == '\r'))) {
			r->blanks++;
			r->line++;
			return MORE;
		}
		begin(r);
	} else if (!r->first_line) {
		keep_raw(r, s, n);
	}
	st = feed(r, s, n);
	r->line += (unsigned long)term;
	if (term && r->first_line) {
		r->first_line = 0;
		r->line2 = r->base >= 0 ? r->base + (off_t)r->pos : -1;
	}
	if (st == SEN_ECSV)
		return restart(r, term);
	if (st != SEN_OK)
		return st;
	if (!r->done)
		return MORE;
	r->between = 1;
	return r->fault;
}

int
sen_csv_read(struct sen_csv *r)
{
	size_t n;
	int st, term;

	r->nf = 0;
	r->dlen = 0;
	r->cost = 0;
	r->done = 0;
	r->fault = SEN_OK;
	for (;;) {
		if (r->pos == r->end || (n = piece(r, &term)) == 0) {
			st = fill(r);
			if (st == SEN_EOF)
				return finish(r);
			if (st != SEN_OK)
				return st;
			continue;
		}
		if ((st = take(r, n, term)) != MORE)
			return st;
	}
}

size_t
sen_csv_nfields(const struct sen_csv *r)
{
	return r->nf;
}

const char *
sen_csv_field(const struct sen_csv *r, size_t i, size_t *len)
{
	if (len != NULL)
		*len = r->lens[i];
	return r->data + r->offs[i];
}

unsigned long
sen_csv_line(const struct sen_csv *r)
{
	return r->start;
}

unsigned long
sen_csv_blanks(const struct sen_csv *r)
{
	return r->blanks;
}

size_t
sen_csv_max_field(const struct sen_csv *r)
{
	return r->max_field;
}

/*
 * Headers.
 */

struct sen_header {
	size_t n;
	char **names;
};

struct sen_header *
sen_header_from(const struct sen_csv *r)
{
	struct sen_header *h;
	size_t i;

	if ((h = calloc(1, sizeof(*h))) == NULL)
		return NULL;
	if ((h->names = calloc(r->nf + 1, sizeof(*h->names))) == NULL) {
		free(h);
		return NULL;
	}
	h->n = r->nf;
	for (i = 0; i < r->nf; i++) {
		if ((h->names[i] = strdup(r->data + r->offs[i])) == NULL) {
			sen_header_free(h);
			return NULL;
		}
	}
	return h;
}

void
sen_header_free(struct sen_header *h)
{
	size_t i;

	if (h == NULL)
		return;
	for (i = 0; i < h->n; i++)
		free(h->names[i]);
	free(h->names);
	free(h);
}

size_t
sen_header_count(const struct sen_header *h)
{
	return h->n;
}

const char *
sen_header_name(const struct sen_header *h, size_t i)
{
	return h->names[i];
}

int
sen_header_find(const struct sen_header *h, const char *name, size_t *idx)
{
	size_t i, found = 0;

	for (i = 0; i < h->n; i++) {
		if (h->names[i] != NULL && strcmp(h->names[i], name) == 0) {
			if (found++ == 0)
				*idx = i;
		}
	}
	if (found == 0)
		return SEN_ECOLUMN;
	return found == 1 ? SEN_OK : SEN_EDUPCOL;
}

/*
 * The writer.
 */

struct sen_csvw {
	FILE *fp;
	char delim;
	int crlf;
	int excel;		/* byte-order mark, CRLF, formulas disarmed */
	char special[256];	/* bytes that make a field need quotes */
	uint64_t delims;	/* the delimiter, eight times */
	int err;
	size_t nfield;
	int first_empty;	/* the record's first field is empty */
	size_t len;
	char buf[BLOCK];
};

static void put(struct sen_csvw *, const char *, size_t);

struct sen_csvw *
sen_csvw_open(FILE *fp, int delim, int flags)
{
	struct sen_csvw *w;

	if ((w = malloc(sizeof(*w))) == NULL)
		return NULL;
	w->fp = fp;
	w->delim = (char)(delim ? delim : ',');
	w->excel = (flags & SEN_CSVW_EXCEL) != 0;
	w->crlf = w->excel || (flags & SEN_CSVW_CRLF) != 0;
	w->err = 0;
	w->nfield = 0;
	w->len = 0;
	memset(w->special, 0, sizeof(w->special));
	w->special[(unsigned char)w->delim] = 1;
	w->special['"'] = w->special['\n'] = w->special['\r'] = 1;
	w->delims = 0x0101010101010101ULL * (unsigned char)w->delim;
	if (w->excel)
		put(w, "\xEF\xBB\xBF", 3);
	return w;
}

int
sen_csvw_flush(struct sen_csvw *w)
{
	if (w->len > 0 && !w->err) {
		if (fwrite(w->buf, 1, w->len, w->fp) != w->len)
			w->err = errno ? errno : EIO;
	}
	w->len = 0;
	return w->err ? SEN_EIO : SEN_OK;
}

/* Appends n bytes to the buffer. */
static void
put(struct sen_csvw *w, const char *s, size_t n)
{
	size_t k;

	while (n > 0) {
		if (w->len == sizeof(w->buf))
			sen_csvw_flush(w);
		k = sizeof(w->buf) - w->len;
		if (k > n)
			k = n;
		memcpy(w->buf + w->len, s, k);
		w->len += k;
		s += k;
		n -= k;
	}
}

/* Returns nonzero when any byte of x is b (a byte repeated eight
 * times): the zero-byte test of x ^ b, eight bytes at a time. */
static uint64_t
has_byte(uint64_t x, uint64_t b)
{
	uint64_t y = x ^ b;

	return (y - 0x0101010101010101ULL) & ~y & 0x8080808080808080ULL;
}

/* Returns 1 when a field must be quoted to read back the same: it holds
 * the delimiter, a quote, CR or LF.  Looks at eight bytes at a time. */
static int
needs_quotes(const struct sen_csvw *w, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t x;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&x, u + i, 8);
		if (has_byte(x, w->delims) || has_byte(x, 0x2222222222222222ULL)
		    || has_byte(x, 0x0A0A0A0A0A0A0A0AULL) ||
		    has_byte(x, 0x0D0D0D0D0D0D0D0DULL))
			return 1;
	}
	for (; i < len; i++)
		if (w->special[u[i]])
			return 1;
	return 0;
}

/* Writes a field between quotes, doubling the quotes inside it, after
 * an apostrophe when guard is set. */
static void
put_quoted(struct sen_csvw *w, const char *s, size_t len, int guard)
{
	const char *q;

	put(w, guard ? "\"'" : "\"", guard ? 2 : 1);
	while ((q = memchr(s, '"', len)) != NULL) {
		put(w, s, (size_t)(q - s) + 1);
		put(w, "\"", 1);
		len -= (size_t)(q - s) + 1;
		s = q + 1;
	}
	put(w, s, len);
	put(w, "\"", 1);
}

void
sen_csvw_field(struct sen_csvw *w, const char *s, size_t len)
{
	int guard = w->excel && sen_text_formula(s, len);

	if (w->nfield == 0)
		w->first_empty = len == 0;
	if (w->nfield++ > 0) {
		if (w->len == sizeof(w->buf))
			sen_csvw_flush(w);
		w->buf[w->len++] = w->delim;
	}
	if (needs_quotes(w, s, len)) {
		put_quoted(w, s, len, guard);
		return;
	}
	if (guard)
		put(w, "'", 1);
	if (len < sizeof(w->buf) - w->len) {
		memcpy(w->buf + w->len, s, len);
		w->len += len;
		return;
	}
	put(w, s, len);
}

void
sen_csvw_str(struct sen_csvw *w, const char *s)
{
	sen_csvw_field(w, s, strlen(s));
}

int
sen_csvw_end(struct sen_csvw *w)
{
	if (w->nfield == 1 && w->first_empty)
		put(w, "\"\"", 2);	/* else it would read back as blank */
	if (w->crlf)
		put(w, "\r\n", 2);
	else
		put(w, "\n", 1);
	w->nfield = 0;
	return w->err ? SEN_EIO : SEN_OK;
}

int
sen_csvw_close(struct sen_csvw *w)
{
	int st;

	st = sen_csvw_flush(w);
	if (st == SEN_OK && fflush(w->fp) != 0)
		st = SEN_EIO;
	free(w);
	return st;
}
