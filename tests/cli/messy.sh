# sen-import on messy exports (tests/fixtures/messy/README says what
# each one holds and why the expected output is what it is).

mx=$fx/messy

# import NAME STATUS [OPTIONS]: imports NAME.csv and compares with
# NAME.expected; checks the counts reconcile.
import() {
	name=$1
	want=$2
	shift 2
	sen-import -v "$@" -r "$tmp/rej.csv" $mx/$name.csv >"$tmp/out.csv" \
	    2>"$tmp/err"
	status "messy $name: status" "$want" $?
	same "messy $name: output" $mx/$name.expected "$tmp/out.csv"
	reconcile "messy $name"
}

# reconcile NAME: records read = written + rejected, as -v says them.
reconcile() {
	set -- "$1" $(sed -n 's/.*: \([0-9]*\) records read, \([0-9]*\) written, \([0-9]*\) rejected.*/\1 \2 \3/p' "$tmp/err")
	if [ $# -eq 4 ] && [ "$2" -eq $(($3 + $4)) ]; then
		ok
	else
		no "$1: counts do not reconcile: $2 $3 $4"
	fi
}

# rejected NAME LINE REASON: the rejects file names the line and reason.
rejected() {
	if cut -d, -f2,3 "$tmp/rej.csv" | grep -qx "$2,$3"; then
		ok
	else
		no "$1: line $2 not rejected as $3"
	fi
}

for f in bom bom-quoted crlf cr nofinal nofinal-quoted trailing \
    trailing-rows semicolon tab spaces header-only; do
	import $f 0
done

import blanks 0
says "messy blanks: counted" "$tmp/err" "6 blank lines"

import embedded 1
rejected "messy embedded" 7 impossible_date

import fieldcount 1
rejected "messy fieldcount" 2 field_count
rejected "messy fieldcount" 3 field_count
says "messy fieldcount: both counts" "$tmp/rej.csv" \
    "2 fields where the header has 3"
says "messy fieldcount: both counts" "$tmp/rej.csv" \
    "4 fields where the header has 3"

import duphead 0
sen-import --keep-extra $mx/duphead.csv >"$tmp/out.csv"
same "messy duphead: kept" $mx/duphead-keep.expected "$tmp/out.csv"

sen-import $mx/dupneeded.csv >"$tmp/out.csv" 2>"$tmp/err"
status "messy dupneeded: status" 1 $?
says "messy dupneeded: named" "$tmp/err" \
    "columns 'Case Ref' and 'Case Ref' both give case_id"

sen-import $mx/empty.csv >"$tmp/out.csv" 2>"$tmp/err"
status "messy empty: status" 1 $?
says "messy empty: said" "$tmp/err" "empty.csv: empty: no header"

import nul 1
rejected "messy nul" 2 bad_encoding
says "messy nul: said" "$tmp/rej.csv" "field 2 (School): NUL byte at byte 5"

import latin1 1
rejected "messy latin1" 2 bad_encoding
sen-import -e latin1 $mx/latin1.csv >"$tmp/out.csv"
same "messy latin1 -e latin1" $mx/latin1-e.expected "$tmp/out.csv"
sen-import -e cp1252 $mx/cp1252.csv >"$tmp/out.csv"
same "messy cp1252 -e cp1252" $mx/cp1252-e.expected "$tmp/out.csv"
sen-import -e no-such-code $mx/cp1252.csv >/dev/null 2>"$tmp/err"
status "messy: unknown encoding" 1 $?

# Dates as spreadsheets and exports write them (see the README there).
import dates 1 --as-of 2005-06-30
rejected "messy dates" 7 impossible_date
rejected "messy dates" 8 implausible_date
rejected "messy dates" 11 implausible_date

import unclosed 1
rejected "messy unclosed" 3 bad_csv

import bigfield 1 --max-field 64
rejected "messy bigfield" 2 too_big

sen-import --keep-extra --excel $mx/formula.csv >"$tmp/out.csv"
same "messy formula --excel" $mx/formula.expected "$tmp/out.csv"

import pseudo 0 --pseudonymise $mx/pseudo.key
printf 'short' >"$tmp/short.key"
sen-import --pseudonymise "$tmp/short.key" $mx/pseudo.csv >/dev/null \
    2>"$tmp/err"
status "messy pseudo: short key" 2 $?

# --max-rejects stops the run.
sen-import --max-rejects 1 $mx/fieldcount.csv >/dev/null 2>"$tmp/err"
status "messy --max-rejects: status" 1 $?
says "messy --max-rejects: said" "$tmp/err" \
    "fieldcount.csv:2: stopped after 1 rejected records"

# A closed pipe ends quietly; a full disk is an error; an unreadable
# input is reported and the others still read.
sen-import $mx/crlf.csv >/dev/full 2>"$tmp/err"
status "messy: full disk" 1 $?
sen-import $tmp/none.csv $mx/bom.csv >"$tmp/out.csv" 2>"$tmp/err"
status "messy: unreadable input" 1 $?
same "messy: other input read" $mx/bom.expected "$tmp/out.csv"

# A first file whose header cannot be used, then a good one, with
# --keep-extra: the second file's columns are the ones passed through.
printf 'a,b,c,d,e\n1,2,3,4,5\n' >"$tmp/bad-head.csv"
sen-import --keep-extra "$tmp/bad-head.csv" $mx/duphead.csv \
    >"$tmp/out.csv" 2>"$tmp/err"
status "messy: unusable first header" 1 $?
same "messy: second file read" $mx/duphead-keep.expected "$tmp/out.csv"
