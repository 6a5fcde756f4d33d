#!/bin/sh
# Command-line tests: the programs run on small fixtures whose expected
# results were worked out by hand (the working is in tests/fixtures/*.txt).
# Ends with "cli: N passed, M failed".

cd "$(dirname "$0")/.." || exit 1
PATH=$PWD/bin:$PATH
fx=tests/fixtures
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

ok() {
	pass=$((pass + 1))
}

no() {
	fail=$((fail + 1))
	echo "FAIL: $1"
}

# same NAME EXPECTED ACTUAL: the files are equal.
same() {
	if cmp -s "$2" "$3"; then
		ok
	else
		no "$1"
		diff "$2" "$3" | head -20
	fi
}

# status NAME WANT GOT
status() {
	if [ "$2" = "$3" ]; then
		ok
	else
		no "$1: exit status $3, expected $2"
	fi
}

# has NAME FILE TEXT: FILE holds the line TEXT, runs of spaces counted
# as one.
has() {
	if tr -s ' ' <"$2" | grep -qxF -- "$3"; then
		ok
	else
		no "$1: no line '$3' in $2"
	fi
}

# says NAME FILE TEXT: FILE holds TEXT somewhere.
says() {
	if grep -qF -- "$3" "$2"; then
		ok
	else
		no "$1: '$3' not in $2"
	fi
}

for t in tests/cli/*.sh; do
	. "./$t"
done

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
