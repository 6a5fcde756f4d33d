/*
 * sen_out.c: output written atomically.
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sen.h"
#include "sen_out.h"

/* Gives the temporary file the mode a new file would get. */
static int
set_mode(int fd)
{
	mode_t mask;

	mask = umask(0);
	umask(mask);
	return fchmod(fd, 0666 & ~mask);
}

/*
 * Opens a path that is not a regular file, such as /dev/null or a named
 * pipe, for writing in place: renaming over it would replace it.
 */
static int
open_special(struct sen_out *o, const char *path)
{
	if ((o->fp = fopen(path, "w")) == NULL)
		return SEN_EIO;
	return SEN_OK;
}

int
sen_out_open(struct sen_out *o, const char *path)
{
	struct stat sb;
	char *real = NULL;
	int fd;

	memset(o, 0, sizeof(*o));
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = stdout;
		o->special = 1;
		return SEN_OK;
	}
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		o->special = 1;
		return open_special(o, path);
	}
	if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode) &&
	    (real = realpath(path, NULL)) != NULL)
		path = real;
	o->path = strdup(path);
	free(real);
	if (o->path == NULL ||
	    (o->tmp = malloc(strlen(o->path) + sizeof(".XXXXXX"))) == NULL) {
		free(o->path);
		o->path = NULL;
		return SEN_ENOMEM;
	}
	path = o->path;
	strcpy(o->tmp, path);
	strcat(o->tmp, ".XXXXXX");
	if ((fd = mkstemp(o->tmp)) == -1 || set_mode(fd) == -1 ||
	    (o->fp = fdopen(fd, "w")) == NULL) {
		if (fd != -1) {
			close(fd);
			unlink(o->tmp);
		}
		free(o->path);
		free(o->tmp);
		o->path = o->tmp = NULL;
		return SEN_EIO;
	}
	return SEN_OK;
}

/* Frees the names. */
static void
forget(struct sen_out *o)
{
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	o->fp = NULL;
}

int
sen_out_commit(struct sen_out *o)
{
	int saved, bad;

	if (o->special && o->fp == stdout)
		return fflush(o->fp) == 0 && !ferror(o->fp) ? SEN_OK : SEN_EIO;
	if (o->special) {
		bad = ferror(o->fp);
		bad |= fclose(o->fp) != 0;
		o->fp = NULL;
		return bad ? SEN_EIO : SEN_OK;
	}
	bad = ferror(o->fp);
	if (fclose(o->fp) != 0)
		bad = 1;
	else if (bad)
		errno = EIO;
	if (bad || rename(o->tmp, o->path) != 0) {
		saved = errno;
		unlink(o->tmp);
		forget(o);
		errno = saved;
		return SEN_EIO;
	}
	forget(o);
	return SEN_OK;
}

void
sen_out_abort(struct sen_out *o)
{
	if (o->special && o->fp != stdout && o->fp != NULL)
		fclose(o->fp);
	if (o->path != NULL) {
		fclose(o->fp);
		unlink(o->tmp);
	}
	forget(o);
}
