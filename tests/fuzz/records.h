/*
 * records.h: what fuzz_records.c shares with its drivers, rec_*.c, each
 * of which builds one program of bin/ into itself and runs that
 * program's own option parsing, reading and writing on the files the
 * fuzz input makes, on a command line the input chooses.
 */
#ifndef RECORDS_H
#define RECORDS_H

#include "cli.h"

/* Bits of the second input byte: the options every program has, or
 * most, as far as each has them. */
#define CLI_DELIM	0x03	/* 0 the program's default, 1 -d ';',
				 * 2 -d tab, 3 -d '|' */
#define CLI_SMALL	0x04	/* --max-field 16 */
#define CLI_CP1252	0x08	/* -e cp1252 (sen-import) */
#define CLI_EXCEL	0x10	/* --excel (not sen-report) */
#define CLI_REJECTS	0x20	/* -r /dev/null, else messages on stderr */
#define CLI_MAXREJ	0x40	/* --max-rejects 2 (sen-import) */
#define CLI_TWO		0x80	/* two input files, cut at the first \f */

/* Which of those a program has. */
#define HAS_ENCODING	0x01
#define HAS_MAXREJ	0x02
#define HAS_EXCEL	0x04

/* A command line being made. */
struct fuzz_args {
	char *v[64];
	int n;
};

/* Fixed files the options name: a -m map, a -t targets file, a
 * --policy file and a --pseudonymise key. */
extern const char *fuzz_map_path;
extern const char *fuzz_targets_path;
extern const char *fuzz_policy_path;
extern const char *fuzz_key_path;

/* Starts a command line: the program's name, -o /dev/null, and what
 * the second input byte says, as far as has says the program has it. */
void fuzz_args_start(struct fuzz_args *a, const char *prog, unsigned cli,
    int has);

/* Adds an argument. */
void fuzz_arg(struct fuzz_args *a, const char *s);

/* Adds the input files and ends the command line. */
void fuzz_args_end(struct fuzz_args *a, char **files, int n);

/* Run one program on files[0 .. n-1]; opts is the third input byte. */
void fuzz_import(char **files, int n, unsigned cli, unsigned opts);
void fuzz_weeks(char **files, int n, unsigned cli, unsigned opts);
void fuzz_target(char **files, int n, unsigned cli, unsigned opts);
void fuzz_report(char **files, int n, unsigned cli, unsigned opts);

#endif
