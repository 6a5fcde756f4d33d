#!/bin/sh
# Runs the libFuzzer targets built in build/fuzz/ (make fuzz-build).
#
#   run.sh SECONDS TARGET...	fuzzes each target for SECONDS on its
#				seeds, tests/fuzz/corpus/TARGET, and on
#				what it found before, build/fuzz/corpus/
#				TARGET, where it adds what it finds
#   run.sh -r TARGET...		runs each target once on every input of
#				tests/fuzz/regress/TARGET
#
# Fuzzing prints, per target, the executions, the coverage libFuzzer
# counts (cov: edges reached; ft: features), the corpus size and the
# time taken; a crash, leak, timeout or sanitizer report is kept in
# build/fuzz/artifacts/TARGET/ and makes the run fail.  Each run ends
# with "fuzz: N passed, M failed".

cd "$(dirname "$0")/../.." || exit 1
fz=build/fuzz
# fuzz_records' files, and what a crash leaves of them, go here.
TMPDIR=$PWD/$fz/tmp
export TMPDIR
mkdir -p "$TMPDIR"
passed=0
failed=0

# Options for a target: its dictionary, and silence for the programs'
# messages.
opts() {
	o=
	[ -f "tests/fuzz/$1.dict" ] && o="-dict=tests/fuzz/$1.dict"
	[ "$1" = fuzz_records ] && o="$o -close_fd_mask=3"
	echo "$o"
}

regress() {
	t=$1
	for f in tests/fuzz/regress/"$t"/*; do
		[ -f "$f" ] || continue
		if "$fz/$t" $(opts "$t") -runs=1 "$f" >"$fz/$t.log" 2>&1; then
			passed=$((passed + 1))
			echo "ok: $t $f"
		else
			failed=$((failed + 1))
			echo "FAIL: $t $f"
			grep -E 'ERROR|CHECK failed|runtime error|#[0-4] ' \
			    "$fz/$t.log" | head -8 | sed 's/^/	/'
		fi
	done
}

fuzz() {
	t=$1
	secs=$2
	mkdir -p "$fz/corpus/$t" "$fz/artifacts/$t" "tests/fuzz/corpus/$t"
	start=$(date +%s)
	"$fz/$t" $(opts "$t") -max_total_time="$secs" -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix="$fz/artifacts/$t/" \
	    "$fz/corpus/$t" "tests/fuzz/corpus/$t" >"$fz/$t.log" 2>&1
	rc=$?
	took=$(($(date +%s) - start))
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$fz/$t.log")
	last=$(grep ' cov: ' "$fz/$t.log" | tail -1)
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
	printf '%-13s %10s runs %6s s  cov %5s  ft %6s  corpus %5s  ' \
	    "$t" "${runs:-?}" "$took" "${cov:-?}" "${ft:-?}" "${corp:-?}"
	if [ "$rc" -eq 0 ]; then
		passed=$((passed + 1))
		echo ok
	else
		failed=$((failed + 1))
		echo "FAILED (status $rc; see $fz/$t.log)"
		grep -E '==ERROR|CHECK failed|runtime error|^SUMMARY|Test unit' \
		    "$fz/$t.log" | head -6 | sed 's/^/	/'
	fi
}

if [ "$1" = -r ]; then
	shift
	for t in "$@"; do
		regress "$t"
	done
else
	secs=${1:-60}
	shift
	for t in "$@"; do
		fuzz "$t" "$secs"
	done
fi
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
