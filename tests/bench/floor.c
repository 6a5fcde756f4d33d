/*
 * floor: the least any CSV filter over libcsv can do, for comparison in
 * make bench.  Parses the named file (or standard input) with libcsv's
 * defaults in blocks of 64 KiB and prints the number of fields and of
 * records.
 */
#include <stdio.h>
#include <stdlib.h>

#include <csv.h>

static unsigned long fields, records;

static void
on_field(void *s, size_t len, void *arg)
{
	(void)s;
	(void)len;
	(void)arg;
	fields++;
}

static void
on_record(int c, void *arg)
{
	(void)c;
	(void)arg;
	records++;
}

int
main(int argc, char **argv)
{
	static char buf[64 * 1024];
	struct csv_parser p;
	FILE *fp = stdin;
	size_t n;

	if (argc > 1 && (fp = fopen(argv[1], "rb")) == NULL) {
		perror(argv[1]);
		return 1;
	}
	if (csv_init(&p, 0) != 0)
		return 1;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		if (csv_parse(&p, buf, n, on_field, on_record, NULL) != n) {
			fprintf(stderr, "floor: %s\n",
			    csv_strerror(csv_error(&p)));
			return 1;
		}
	}
	csv_fini(&p, on_field, on_record, NULL);
	csv_free(&p);
	printf("%lu fields, %lu records\n", fields, records);
	return ferror(fp) ? 1 : 0;
}
