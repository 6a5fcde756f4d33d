/*
 * rec_import.c: sen-import for fuzz_records.c.  bin/sen-import.c is
 * built in here with its main() renamed; fuzz_import() does what that
 * main() does, on a command line made from the input.  When main()
 * changes, this must follow it.
 *
 * The third input byte: bit 0 --month-first, bit 1 --keep-extra, bit 2
 * --as-of 2006-06-30, bit 3 --pseudonymise with a fixed key, bit 4 -m
 * with a fixed map of column names and words, bits 5 and 6 -k (none,
 * assessment, banding, statement), bit 7 --bands 'A, B1,Top'.
 */
#include "records.h"

int sen_import_main(int, char **);
#define main sen_import_main
#include "sen-import.c"
#undef main

void
fuzz_import(char **files, int n, unsigned cli, unsigned opts)
{
	static const char *const kinds[] = { NULL, "assessment", "banding",
	    "statement" };
	struct fuzz_args a;
	struct run run;
	size_t i;

	fuzz_args_start(&a, "sen-import", cli, HAS_ENCODING | HAS_MAXREJ |
	    HAS_EXCEL);
	if (opts & 0x01)
		fuzz_arg(&a, "--month-first");
	if (opts & 0x02)
		fuzz_arg(&a, "--keep-extra");
	if (opts & 0x04)
		fuzz_arg(&a, "--as-of=2006-06-30");
	if (opts & 0x08) {
		fuzz_arg(&a, "--pseudonymise");
		fuzz_arg(&a, fuzz_key_path);
	}
	if (kinds[(opts >> 5) & 0x03] != NULL) {
		fuzz_arg(&a, "-k");
		fuzz_arg(&a, kinds[(opts >> 5) & 0x03]);
	}
	if (opts & 0x10) {
		fuzz_arg(&a, "-m");
		fuzz_arg(&a, fuzz_map_path);
	}
	if (opts & 0x80)
		fuzz_arg(&a, "--bands=A, B1,Top");
	fuzz_args_end(&a, files, n);
	sen_code_reset();

	/* main() */
	cli_prog = "sen-import";
	memset(&run, 0, sizeof(run));
	run.kind = SEN_K_ASSESSMENT;
	run.first_day = sen_date_from_ymd(FIRST_YEAR, 1, 1);
	run.as_of = sen_date_from_ymd(LAST_YEAR, 12, 31);
	run.io.delim = SEN_CSV_AUTO;
	run.date_flags = SEN_DATE_YY | SEN_DATE_SERIAL;
	set_bands(&run, "A,B,C,D");
	run.io.on_header = start_file;
	run.io.on_record = take;
	run.io.ctx = &run;
	optind = 0;
	options(&run, a.n, a.v);
	for (i = 0; i < run.nmap_paths; i++)
		read_map(&run, run.map_paths[i]);
	run.cols = sen_kind_columns(run.kind, &run.ncols);
	run.vals = calloc(run.ncols, sizeof(*run.vals));
	run.ids = sen_set_new();
	if (run.vals == NULL || run.ids == NULL)
		abort();
	cli_filter(&run.io, a.v + optind, a.n - optind, &run.out, NULL);
	free_extras(&run);
	for (i = 0; i < run.nmaps; i++)
		free(run.maps[i].from);
	free(run.maps);
	sen_code_reset();
	free(run.canon);
	free(run.extra);
	free(run.vals);
	sen_set_free(run.ids);
}
