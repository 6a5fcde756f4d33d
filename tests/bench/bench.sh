#!/bin/sh
# make bench: speed and memory of each program, of the pipeline, of a
# bare libcsv parse (the floor) and of Miller doing the same job, on one
# generated file.  Prints a table; asserts nothing.
#
#   ROWS   rows in the generated file (default 1000000)
#   BIG    rows for the flat-memory check (default 10000000; 0 skips it)
#   RUNS   runs per measurement, the median reported (default 5)

cd "$(dirname "$0")/../.." || exit 1
rows=${ROWS:-1000000}
big=${BIG:-10000000}
runs=${RUNS:-5}
dir=build/bench
mkdir -p "$dir"
PATH=$PWD/bin:$PATH
gen=build/examples/gen-export

cases=$dir/cases-$rows.csv
[ -s "$cases" ] || $gen --canonical -n "$rows" >"$cases" || exit 1
sen-import "$cases" >$dir/imported.csv || exit 1
sen-weeks "$dir/imported.csv" >$dir/timed.csv || exit 1
bytes=$(wc -c <"$cases")

# median of the numbers on standard input
median() {
	sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# measure NAME COMMAND: median wall seconds and peak resident kB.
measure() {
	name=$1
	shift
	: >"$dir/times"
	: >"$dir/mems"
	i=0
	while [ $i -lt "$runs" ]; do
		/usr/bin/time -f '%e %M' -o "$dir/tm" sh -c "$*" >/dev/null ||
		    { echo "bench: $name failed" >&2; return 1; }
		cut -d' ' -f1 "$dir/tm" >>"$dir/times"
		cut -d' ' -f2 "$dir/tm" >>"$dir/mems"
		i=$((i + 1))
	done
	echo "$name $(median <"$dir/times") $(median <"$dir/mems")" \
	    >>"$dir/results"
}

: >"$dir/results"
measure floor "build/tests/bench-floor $cases"
measure sen-import "sen-import $cases"
measure sen-weeks "sen-weeks $dir/imported.csv"
measure sen-target "sen-target $dir/timed.csv"
measure pipeline "sen-import $cases | sen-weeks | sen-target"
measure miller "sh tests/bench/miller.sh $cases"

echo "sen bench: $rows rows, $bytes bytes, median of $runs runs"
awk -v bytes="$bytes" -v rows="$rows" '
	{ name[NR] = $1; t[NR] = $2; m[NR] = $3 }
	$1 == "floor" { floor = $2 }
	$1 == "miller" { miller = $2 }
	END {
		printf "%-11s %8s %8s %11s %8s %9s %9s\n", "job", "seconds",
		    "MB/s", "rows/s", "peak MB", "x Miller", "x floor"
		for (i = 1; i <= NR; i++) {
			s = t[i] > 0 ? t[i] : 0.01
			printf "%-11s %8.2f %8.1f %11.0f %8.1f %9.1f %9.2f\n",
			    name[i], t[i], bytes / s / 1e6, rows / s,
			    m[i] / 1024, miller / s, floor / s
		}
	}' "$dir/results"

[ "$big" -gt 0 ] || exit 0
echo
echo "flat memory: peak MB at $rows and at $big rows"
bigf=$dir/cases-$big.csv
[ -s "$bigf" ] || $gen --canonical -n "$big" >"$bigf" || exit 1
for p in sen-import sen-weeks; do
	for f in "$cases" "$bigf"; do
		/usr/bin/time -f '%M' -o "$dir/tm" $p "$f" >/dev/null
		printf '%s %s %.1f\n' "$p" "$(basename "$f")" \
		    "$(awk '{ print $1 / 1024 }' "$dir/tm")"
	done
done
