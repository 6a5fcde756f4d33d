# What every program does alike: help, version, usage errors, write
# errors, unreadable inputs, closed pipes, atomic output.

for p in sen-import sen-weeks sen-target sen-report; do
	$p --help >"$tmp/h" 2>&1
	status "$p --help" 0 $?
	says "$p --help: usage" "$tmp/h" "usage: $p"
	$p --version >"$tmp/h"
	status "$p --version" 0 $?
	has "$p --version: line" "$tmp/h" "$p 0.1.0"
	$p --no-such-option </dev/null >/dev/null 2>"$tmp/err"
	status "$p: unknown option" 2 $?
done

sen-weeks --limit 0 </dev/null >/dev/null 2>"$tmp/err"
status "weeks: --limit 0" 2 $?
says "weeks: --limit range named" "$tmp/err" "--limit: '0' is not a number"

sen-weeks $fx/weeks2014.csv >/dev/full 2>"$tmp/err"
status "weeks: full disk" 1 $?
says "weeks: full disk said" "$tmp/err" "No space left on device"

sen-weeks --regime 2014 $tmp/no-such.csv $fx/weeks2014.csv >"$tmp/out.csv" \
    2>"$tmp/err"
status "weeks: unreadable input" 1 $?
says "weeks: unreadable named" "$tmp/err" \
    "sen-weeks: $tmp/no-such.csv: No such file or directory"
same "weeks: other input still read" $fx/weeks2014.expected "$tmp/out.csv"

gen=$build/examples/gen-export
$gen --canonical -n 50000 | sen-weeks | head -1 >/dev/null 2>"$tmp/err"
if [ -s "$tmp/err" ]; then no "closed pipe: quiet"; else ok; fi

sen-weeks --regime 2014 -o "$tmp/o.csv" $fx/weeks2014.csv
same "weeks -o: written" $fx/weeks2014.expected "$tmp/o.csv"
ls "$tmp" | grep -q 'o\.csv\.' && no "-o: temporary left" || ok
sen-weeks -o "$tmp/o.csv" $fx/target.csv 2>/dev/null
same "weeks -o: failed run keeps the old file" $fx/weeks2014.expected \
    "$tmp/o.csv"

# The example export is reproducible from its seeded generator.
$gen | cmp -s - examples/export.csv && ok || no "gen-export: example"
