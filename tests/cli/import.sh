# sen-import on a hand-checked export (tests/fixtures/import.txt).

sen-import -v -r "$tmp/rej.csv" $fx/import.csv >"$tmp/out.csv" \
    2>"$tmp/err"
status "import: rows rejected" 1 $?
same "import: canonical rows" $fx/import.expected "$tmp/out.csv"
sed 1d "$tmp/rej.csv" | grep -v '^ ' | cut -d, -f2,3 | tr , ' ' \
    >"$tmp/reasons"
same "import: reject lines and reasons" $fx/import.rejects "$tmp/reasons"
says "import: counts reconcile" "$tmp/err" \
    "15 records read, 6 written, 9 rejected, 1 blank lines"

# Without -r, each rejected record is a diagnostic naming file and line.
sen-import $fx/import.csv >/dev/null 2>"$tmp/err"
says "import: diagnostic names the place" "$tmp/err" \
    "sen-import: $fx/import.csv:7: request_date '31/04/2005': impossible"

# The rejects file keeps the original fields for mending.
says "import: rejects keep fields" "$tmp/rej.csv" \
    "$fx/import.csv,8,month_first,request_date '04/13/2005': probably month first,SA6,C6,Ashfield Primary,3,HPS,04/13/2005,Assess,,,Open,,"

# -m names a column the built-in names do not know.
printf 'Ref No,When\nX1,01/02/2005\n' >"$tmp/odd.csv"
printf 'from,to\nRef No,case_id\nWhen,request_date\n' >"$tmp/map.csv"
sen-import -m "$tmp/map.csv" "$tmp/odd.csv" >"$tmp/out.csv"
status "import -m: accepted" 0 $?
has "import -m: mapped" "$tmp/out.csv" "X1,,,,,2005-02-01,,,,,,"
sen-import "$tmp/odd.csv" >/dev/null 2>"$tmp/err"
status "import: no case_id column" 1 $?
says "import: missing column named" "$tmp/err" "no column for case_id"

# -m with a third column adds a word to a vocabulary.
printf 'Case Ref,Request Date,Decision\nX2,01/02/2005,Go ahead\n' \
    >"$tmp/word.csv"
printf 'from,to,column\nGo ahead,assess,decision\n' >"$tmp/map.csv"
sen-import -m "$tmp/map.csv" "$tmp/word.csv" >"$tmp/out.csv"
has "import -m: word mapped" "$tmp/out.csv" "X2,,,,,2005-02-01,,assess,,,,"

# Two columns that both give request_date are an error naming them.
printf 'Case Ref,Request Date,Date Received\nX3,01/02/2005,01/02/2005\n' \
    >"$tmp/two.csv"
sen-import "$tmp/two.csv" >/dev/null 2>"$tmp/err"
status "import: two request dates" 1 $?
says "import: both columns named" "$tmp/err" \
    "columns 'Request Date' and 'Date Received' both give request_date"

# -v names the columns it drops.
sen-import -v $fx/import.csv >/dev/null 2>"$tmp/err"
says "import -v: dropped column named" "$tmp/err" \
    "column 'Case Officer' is not a canonical one; dropped"
