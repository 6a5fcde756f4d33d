/*
 * rec_target.c: sen-target for fuzz_records.c.  bin/sen-target.c is
 * built in here with its main() renamed; fuzz_target() does what that
 * main() does, on a command line made from the input, and then frees
 * what main() leaves for exit() to free.  When main() changes, this
 * must follow it.
 *
 * The third input byte: bits 0 to 2 --per (0 year ... 6 ay, 7 the
 * default, half); bits 3 and 4 the kind: told by the columns, -k timed,
 * -k banding with --policy, or published counts (--period-col period
 * --num num --den den --compare pct --where la=A); bit 5 --by team and
 * --by team,school; bit 6 --baseline over 2003 and 2004 as labels of
 * the kind (so whole periods); bit 7 -t with a fixed targets file and
 * --check.
 */
#include "records.h"

int sen_target_main(int, char **);
#define main sen_target_main
#include "sen-target.c"
#undef main

/* --baseline FROM:TO, the labels of the periods of kind holding the
 * first day of 2003 and the last of 2004. */
static void
baseline(struct fuzz_args *a, enum sen_per per, char *buf)
{
	struct sen_period p, q;

	p = sen_period_of(per, sen_date_from_ymd(2003, 1, 1));
	q = sen_period_of(per, sen_date_from_ymd(2004, 12, 31));
	strcpy(buf, "--baseline=");
	sen_period_format(&p, buf + strlen(buf));
	strcat(buf, ":");
	sen_period_format(&q, buf + strlen(buf));
	fuzz_arg(a, buf);
}

void
fuzz_target(char **files, int n, unsigned cli, unsigned opts)
{
	static const char *const pers[] = { "year", "half", "quarter",
	    "month", "fy", "fy-half", "ay" };
	struct fuzz_args a;
	struct run run;
	char base[64], per[32];

	fuzz_args_start(&a, "sen-target", cli, HAS_EXCEL);
	if ((opts & 0x07) < 7) {
		snprintf(per, sizeof(per), "--per=%s", pers[opts & 0x07]);
		fuzz_arg(&a, per);
	}
	switch ((opts >> 3) & 0x03) {
	case 1:
		fuzz_arg(&a, "-k");
		fuzz_arg(&a, "timed");
		break;
	case 2:
		fuzz_arg(&a, "-k");
		fuzz_arg(&a, "banding");
		fuzz_arg(&a, "--policy");
		fuzz_arg(&a, fuzz_policy_path);
		break;
	case 3:
		fuzz_arg(&a, "--period-col=period");
		fuzz_arg(&a, "--num=num");
		fuzz_arg(&a, "--den=den");
		fuzz_arg(&a, "--compare=pct");
		fuzz_arg(&a, "--where=la=A");
		break;
	}
	if (opts & 0x20) {
		fuzz_arg(&a, "--by=team");
		fuzz_arg(&a, "--by=team,school");
	}
	if (opts & 0x40)
		baseline(&a, (opts & 0x07) < 7 ? (enum sen_per)(opts & 0x07) :
		    SEN_PER_HALF, base);
	if (opts & 0x80) {
		fuzz_arg(&a, "-t");
		fuzz_arg(&a, fuzz_targets_path);
		fuzz_arg(&a, "--check");
	}
	fuzz_args_end(&a, files, n);

	/* main() */
	cli_prog = "sen-target";
	memset(&run, 0, sizeof(run));
	run.per = SEN_PER_HALF;
	run.max_groups = MAX_GROUPS;
	run.io.on_header = on_header;
	run.io.on_record = on_record;
	run.io.ctx = &run;
	optind = 0;
	options(&run, a.n, a.v);
	make_counters(&run);
	cli_filter(&run.io, a.v + optind, a.n - optind, &run.out, write_all);
	free_counters(&run);
	free(run.gbuf);
	sen_targets_free(&run.targets);
}
