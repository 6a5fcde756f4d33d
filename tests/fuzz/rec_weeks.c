/*
 * rec_weeks.c: sen-weeks for fuzz_records.c.  bin/sen-weeks.c is built
 * in here with its main() renamed; fuzz_weeks() does what that main()
 * does, on a command line made from the input.  When main() changes,
 * this must follow it.
 *
 * The third input byte: bit 0 --regime 2014, bit 1 --as-of 2005-09-01,
 * bit 2 --start decision_date, bit 3 --stop final_date, bits 4 to 7
 * --limit 4 times their number (0: the regime's).
 */
#include "records.h"

int sen_weeks_main(int, char **);
#define main sen_weeks_main
#include "sen-weeks.c"
#undef main

void
fuzz_weeks(char **files, int n, unsigned cli, unsigned opts)
{
	struct fuzz_args a;
	struct run run;
	char limit[32];

	fuzz_args_start(&a, "sen-weeks", cli, HAS_EXCEL);
	if (opts & 0x01)
		fuzz_arg(&a, "--regime=2014");
	if (opts & 0x02)
		fuzz_arg(&a, "--as-of=2005-09-01");
	if (opts & 0x04)
		fuzz_arg(&a, "--start=decision_date");
	if (opts & 0x08)
		fuzz_arg(&a, "--stop=final_date");
	if (opts >> 4) {
		snprintf(limit, sizeof(limit), "--limit=%u", (opts >> 4) * 4);
		fuzz_arg(&a, limit);
	}
	fuzz_args_end(&a, files, n);

	/* main() */
	cli_prog = "sen-weeks";
	memset(&run, 0, sizeof(run));
	run.start_col = "request_date";
	run.io.on_header = on_header;
	run.io.on_record = on_record;
	run.io.ctx = &run;
	optind = 0;
	options(&run, a.n, a.v);
	cli_filter(&run.io, a.v + optind, a.n - optind, &run.out, NULL);
	free(run.cell);
	free(run.cell_len);
}
