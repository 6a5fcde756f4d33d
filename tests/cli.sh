#!/bin/sh
# Command-line tests: the programs run on small fixtures whose expected
# results were worked out by hand (the working is in tests/fixtures/*.txt).
# Ends with "cli: N passed, M failed".
#
# The programs are taken from $SEN_BINDIR (default bin/; relative to the
# top directory), the tools from $SEN_BUILD (default build/).  With
# SEN_VALGRIND=1 each program runs under valgrind's memcheck, which
# exits 99 on an error or a definite or indirect leak, and otherwise
# with the program's own status; its reports go to files in
# $SEN_CHECK_LOGS (tests/run.sh counts them there), or else to a
# directory of its own, each of which then counts as a failure here.

cd "$(dirname "$0")/.." || exit 1
bindir=${SEN_BINDIR:-bin}
case $bindir in
/*)	;;
*)	bindir=$PWD/$bindir ;;
esac
PATH=$bindir:$PATH
build=${SEN_BUILD:-build}
fx=tests/fixtures
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

logs=${SEN_CHECK_LOGS:-$tmp/logs}
if [ -n "${SEN_VALGRIND:-}" ]; then
	mkdir -p "$tmp/valgrind" "$logs"
	for p in sen-import sen-weeks sen-target sen-report; do
		printf '%s\n' '#!/bin/sh' \
		    'exec valgrind -q --error-exitcode=99 --leak-check=full \' \
		    '    --errors-for-leak-kinds=definite,indirect \' \
		    "    --log-file='$logs/valgrind-$p.%p' \\" \
		    "    '$bindir/$p' \"\$@\"" >"$tmp/valgrind/$p"
		chmod +x "$tmp/valgrind/$p"
	done
	PATH=$tmp/valgrind:$PATH
fi

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

# valgrind's reports, when nobody else counts them.
if [ -z "${SEN_CHECK_LOGS:-}" ] && [ -d "$logs" ]; then
	for f in "$logs"/*; do
		[ -s "$f" ] || continue
		no "valgrind: $f"
		cat "$f"
	done
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
