#!/bin/sh
# Runs the unit test programs given as arguments, then the command-line
# tests, and ends with one line: "N passed, M failed".
#
# With SEN_SANITIZE=1 (make check SANITIZE=1) the programs and tests
# were built with AddressSanitizer and UndefinedBehaviorSanitizer; with
# SEN_VALGRIND=1 (make check VALGRIND=1) tests/cli.sh runs the programs
# under valgrind.  Either way each report lands in a file of its own in
# $SEN_CHECK_LOGS, is shown at the end, and counts as a failure, even
# where a test looked only at the output; a program that a sanitizer
# stops exits 86, which no test expects.

passed=0
failed=0
log=$(mktemp)
SEN_CHECK_LOGS=$(mktemp -d)
export SEN_CHECK_LOGS
trap 'rm -f "$log"; rm -rf "$SEN_CHECK_LOGS"' EXIT
if [ "${SEN_SANITIZE:-0}" = 1 ]; then
	san="log_path=$SEN_CHECK_LOGS/sanitizer:exitcode=86"
	ASAN_OPTIONS="$san:detect_leaks=1:strict_string_checks=1"
	UBSAN_OPTIONS="$san:print_stacktrace=1:halt_on_error=1"
	export ASAN_OPTIONS UBSAN_OPTIONS
fi

for t in "$@"; do
	"$t" >"$log" 2>&1
	rc=$?
	cat "$log"
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log")
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log")
	p=${p:-0}
	f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "$t: exited with status $rc"
		f=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
done

if [ -f tests/cli.sh ]; then
	sh tests/cli.sh >"$log" 2>&1
	cat "$log"
	p=$(sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log")
	f=$(sed -n 's/^cli: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log")
	if [ -z "$p" ]; then
		echo "tests/cli.sh ended without its summary"
		p=0
		f=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
fi

reports=0
for f in "$SEN_CHECK_LOGS"/*; do
	[ -s "$f" ] || continue
	reports=$((reports + 1))
	echo "=== report $reports: ${f##*/}"
	head -60 "$f"
done
if [ "$reports" -gt 0 ]; then
	echo "$reports sanitizer or valgrind reports, each counted as failed"
	failed=$((failed + reports))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
