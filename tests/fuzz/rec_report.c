/*
 * rec_report.c: sen-report for fuzz_records.c.  bin/sen-report.c is
 * built in here with its main() renamed; fuzz_report() does what that
 * main() does, on a command line made from the input, and frees the
 * report where main() returns early and leaves that to exit().  When
 * main() changes, this must follow it.
 *
 * The third input byte: bits 0 and 1 --format (text, markdown, html,
 * text), bit 2 --as-of 2005-07-01, bits 3 and 4 --period (none,
 * 2005-H2, FY2005-06, 2005-07), bit 5 --trend 1 and --suppress 5, bit 6
 * --org and --title of awkward text and --amber 2.5, bit 7 --regime
 * 2014 and --limit 3.
 */
#include "records.h"

int sen_report_main(int, char **);
#define main sen_report_main
#include "sen-report.c"
#undef main

void
fuzz_report(char **files, int n, unsigned cli, unsigned opts)
{
	static const char *const fmts[] = { NULL, "--format=markdown",
	    "--format=html", NULL };
	static const char *const periods[] = { NULL, "--period=2005-H2",
	    "--period=FY2005-06", "--period=2005-07" };
	struct fuzz_args a;
	struct run run;
	struct opts o = { NULL, NULL, SEN_FMT_TEXT, 0 };
	struct sen_out out;
	int bad;

	fuzz_args_start(&a, "sen-report", cli, 0);
	if (fmts[opts & 0x03] != NULL)
		fuzz_arg(&a, fmts[opts & 0x03]);
	if (opts & 0x04)
		fuzz_arg(&a, "--as-of=2005-07-01");
	if (periods[(opts >> 3) & 0x03] != NULL)
		fuzz_arg(&a, periods[(opts >> 3) & 0x03]);
	if (opts & 0x20) {
		fuzz_arg(&a, "--trend=1");
		fuzz_arg(&a, "--suppress=5");
	}
	if (opts & 0x40) {
		fuzz_arg(&a, "--org=Org | *with* <marks> & \"quotes\" "
		    "\x01\x7f \xc3\xa9");
		fuzz_arg(&a, "--title=# Title \\ with `marks` ___ and a very "
		    "long tail that goes on past any width of a cell or line");
		fuzz_arg(&a, "--amber=2.5");
	}
	if (opts & 0x80) {
		fuzz_arg(&a, "--regime=2014");
		fuzz_arg(&a, "--limit=3");
	}
	fuzz_args_end(&a, files, n);

	/* main() */
	cli_prog = "sen-report";
	memset(&run, 0, sizeof(run));
	sen_report_init(&run.rep);
	run.io.on_header = on_header;
	run.io.on_record = on_record;
	run.io.ctx = &run;
	optind = 0;
	options(&run, &o, a.n, a.v);
	cli_rejects_open(&run.io);
	bad = cli_read_all(&run.io, a.v + optind, a.n - optind);
	bad |= cli_finish(&run.io);
	if (sen_report_choose(&run.rep, o.period) != SEN_OK) {
		sen_report_free(&run.rep);
		return;
	}
	cli_out_open(&out, o.outpath);
	if (render(&run, &o, &out) != 0) {
		sen_out_abort(&out);
		sen_report_free(&run.rep);
		return;
	}
	cli_out_commit(&out, o.outpath, bad);
	sen_report_free(&run.rep);
}
