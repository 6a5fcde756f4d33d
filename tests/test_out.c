/*
 * test_out.c: unit tests for sen_out, output written atomically.
 *
 * Each test works in a directory of its own made with mkdtemp under
 * /tmp, and removes it afterwards.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "sen.h"
#include "sen_out.h"

/* A test's directory and the output path in it. */
struct dir {
	char path[64];
	char file[128];
	mode_t mask;		/* umask before the test */
};

static int
setup(void **state)
{
	struct dir *d;

	if ((d = calloc(1, sizeof(*d))) == NULL)
		return -1;
	strcpy(d->path, "/tmp/sen-test-out.XXXXXX");
	if (mkdtemp(d->path) == NULL) {
		free(d);
		return -1;
	}
	snprintf(d->file, sizeof(d->file), "%s/report.csv", d->path);
	d->mask = umask(022);
	*state = d;
	return 0;
}

/* Removes whatever the test left in its directory, then the
 * directory. */
static int
teardown(void **state)
{
	struct dir *d = *state;
	struct dirent *e;
	char p[512];
	DIR *dp;

	if ((dp = opendir(d->path)) != NULL) {
		while ((e = readdir(dp)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 ||
			    strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(p, sizeof(p), "%s/%s", d->path, e->d_name);
			if (unlink(p) == -1)
				rmdir(p);
		}
		closedir(dp);
	}
	rmdir(d->path);
	umask(d->mask);
	free(d);
	return 0;
}

/* Returns the number of entries in the directory; the name of the last
 * one seen goes into name (size n) when name is not NULL. */
static int
entries(const char *path, char *name, size_t n)
{
	struct dirent *e;
	DIR *dp;
	int count = 0;

	if ((dp = opendir(path)) == NULL)
		fail_msg("opendir %s failed", path);
	while ((e = readdir(dp)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0)
			continue;
		count++;
		if (name != NULL)
			snprintf(name, n, "%s", e->d_name);
	}
	closedir(dp);
	return count;
}

/* Asserts that the file at path holds exactly want. */
static void
holds(const char *path, const char *want)
{
	char buf[256];
	size_t n;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL)
		fail_msg("cannot open %s", path);
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	if (n != strlen(want) || memcmp(buf, want, n) != 0)
		fail_msg("%s holds \"%s\", not \"%s\"", path, buf, want);
}

/* While writing, only a temporary beside the final name exists; after
 * the commit, only the final file, with what was written. */
static void
test_out_commit(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	struct stat sb;
	char name[256];

	assert_int_equal(sen_out_open(&o, d->file), SEN_OK);
	assert_non_null(o.fp);
	assert_string_equal(o.path, d->file);
	assert_int_equal(entries(d->path, name, sizeof(name)), 1);
	assert_int_equal(strncmp(name, "report.csv.", 11), 0);
	assert_true(strlen(name) > 11);
	assert_int_equal(stat(d->file, &sb), -1);
	assert_int_equal(errno, ENOENT);

	fputs("case_id,weeks\nA1,12\n", o.fp);
	assert_int_equal(sen_out_commit(&o), SEN_OK);

	assert_int_equal(entries(d->path, name, sizeof(name)), 1);
	assert_string_equal(name, "report.csv");
	holds(d->file, "case_id,weeks\nA1,12\n");
	assert_null(o.path);
	assert_null(o.tmp);
}

/* The new file replaces an old one whole. */
static void
test_out_commit_replaces(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	FILE *fp;

	if ((fp = fopen(d->file, "w")) == NULL)
		fail_msg("cannot create %s", d->file);
	fputs("old contents, longer than the new\n", fp);
	fclose(fp);

	assert_int_equal(sen_out_open(&o, d->file), SEN_OK);
	assert_int_equal(entries(d->path, NULL, 0), 2);
	holds(d->file, "old contents, longer than the new\n");
	fputs("new\n", o.fp);
	assert_int_equal(sen_out_commit(&o), SEN_OK);
	assert_int_equal(entries(d->path, NULL, 0), 1);
	holds(d->file, "new\n");
}

/* Abandoned output leaves neither the file nor the temporary. */
static void
test_out_abort(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	struct stat sb;

	assert_int_equal(sen_out_open(&o, d->file), SEN_OK);
	fputs("half a report\n", o.fp);
	sen_out_abort(&o);
	assert_int_equal(entries(d->path, NULL, 0), 0);
	assert_int_equal(stat(d->file, &sb), -1);
	assert_null(o.path);
	assert_null(o.tmp);
	assert_null(o.fp);
}

/* Abandoning leaves an old file as it was. */
static void
test_out_abort_keeps_old(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	FILE *fp;

	if ((fp = fopen(d->file, "w")) == NULL)
		fail_msg("cannot create %s", d->file);
	fputs("old\n", fp);
	fclose(fp);
	assert_int_equal(sen_out_open(&o, d->file), SEN_OK);
	fputs("new\n", o.fp);
	sen_out_abort(&o);
	assert_int_equal(entries(d->path, NULL, 0), 1);
	holds(d->file, "old\n");
}

/* With umask 022 the file is 0644, as a file made by open(2) with
 * 0666 would be, not mkstemp's 0600. */
static void
test_out_mode_umask_022(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	struct stat sb;

	umask(022);
	assert_int_equal(sen_out_open(&o, d->file), SEN_OK);
	fputs("x\n", o.fp);
	assert_int_equal(sen_out_commit(&o), SEN_OK);
	assert_int_equal(stat(d->file, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0644);
}

static void
test_out_mode_umask_027(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	struct stat sb;

	umask(027);
	assert_int_equal(sen_out_open(&o, d->file), SEN_OK);
	assert_int_equal(sen_out_commit(&o), SEN_OK);
	assert_int_equal(stat(d->file, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0640);
	/* The umask is left as it was. */
	assert_int_equal(umask(022), 027);
}

/* Nothing written still makes an empty file. */
static void
test_out_empty(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	struct stat sb;

	assert_int_equal(sen_out_open(&o, d->file), SEN_OK);
	assert_int_equal(sen_out_commit(&o), SEN_OK);
	assert_int_equal(stat(d->file, &sb), 0);
	assert_int_equal(sb.st_size, 0);
	assert_int_equal(entries(d->path, NULL, 0), 1);
}

/* A directory with the output's name: it is not a regular file, so it
 * would be written in place, and opening fails with EISDIR, leaving no
 * temporary behind. */
static void
test_out_commit_fails(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	char name[256];

	if (mkdir(d->file, 0755) == -1)
		fail_msg("cannot make %s", d->file);
	errno = 0;
	assert_int_equal(sen_out_open(&o, d->file), SEN_EIO);
	assert_int_equal(errno, EISDIR);
	assert_int_equal(entries(d->path, name, sizeof(name)), 1);
	assert_string_equal(name, "report.csv");
}

/* /dev/null is written in place, never replaced by a regular file. */
static void
test_out_device_kept(void **state)
{
	struct sen_out o;
	struct stat sb;

	(void)state;
	assert_int_equal(sen_out_open(&o, "/dev/null"), SEN_OK);
	fputs("x\n", o.fp);
	assert_int_equal(sen_out_commit(&o), SEN_OK);
	assert_int_equal(stat("/dev/null", &sb), 0);
	assert_true(S_ISCHR(sb.st_mode));
}

/* A symbolic link is followed: the file it names gets the output and the
 * link stays a link. */
static void
test_out_symlink_followed(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	struct stat sb;
	char link[300], buf[16];
	FILE *fp;

	snprintf(link, sizeof(link), "%s/link.csv", d->path);
	if ((fp = fopen(d->file, "w")) == NULL || fclose(fp) != 0 ||
	    symlink(d->file, link) == -1)
		fail_msg("cannot set up %s", link);
	assert_int_equal(sen_out_open(&o, link), SEN_OK);
	fputs("y\n", o.fp);
	assert_int_equal(sen_out_commit(&o), SEN_OK);
	assert_int_equal(lstat(link, &sb), 0);
	assert_true(S_ISLNK(sb.st_mode));
	if ((fp = fopen(d->file, "r")) == NULL)
		fail_msg("cannot read %s", d->file);
	assert_non_null(fgets(buf, sizeof(buf), fp));
	fclose(fp);
	assert_string_equal(buf, "y\n");
	unlink(link);
}

/* NULL and "-" mean standard output, which is left open. */
static void
test_out_stdout(void **state)
{
	struct sen_out o;

	(void)state;
	assert_int_equal(sen_out_open(&o, NULL), SEN_OK);
	assert_ptr_equal(o.fp, stdout);
	assert_null(o.path);
	assert_null(o.tmp);
	assert_int_equal(sen_out_commit(&o), SEN_OK);

	assert_int_equal(sen_out_open(&o, "-"), SEN_OK);
	assert_ptr_equal(o.fp, stdout);
	assert_null(o.path);
	assert_int_equal(sen_out_commit(&o), SEN_OK);
	assert_int_equal(fflush(stdout), 0);
}

/* A directory that does not exist: SEN_EIO with errno ENOENT, and
 * nothing made. */
static void
test_out_missing_dir(void **state)
{
	struct dir *d = *state;
	struct sen_out o;
	char path[256];

	snprintf(path, sizeof(path), "%s/no/such/report.csv", d->path);
	errno = 0;
	assert_int_equal(sen_out_open(&o, path), SEN_EIO);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(entries(d->path, NULL, 0), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_out_commit, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_out_commit_replaces,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_out_abort, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_out_abort_keeps_old,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_out_mode_umask_022,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_out_mode_umask_027,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_out_empty, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_out_device_kept,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_out_symlink_followed,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_out_commit_fails, setup,
		    teardown),
		cmocka_unit_test(test_out_stdout),
		cmocka_unit_test_setup_teardown(test_out_missing_dir, setup,
		    teardown)
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
