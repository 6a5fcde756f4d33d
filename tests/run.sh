#!/bin/sh
# Runs the unit test programs given as arguments, then the command-line
# tests, and ends with one line: "N passed, M failed".

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

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

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
