# sen-weeks on hand-checked cases (tests/fixtures/weeks.txt and
# weeks2014.txt).

sen-weeks -v --as-of 2005-12-31 $fx/weeks.csv >"$tmp/out.csv" 2>"$tmp/err"
status "weeks: rows rejected" 1 $?
same "weeks: clock columns" $fx/weeks.expected "$tmp/out.csv"
says "weeks: counts reconcile" "$tmp/err" \
    "11 records read, 8 written, 3 rejected"
says "weeks: stop before start" "$tmp/err" \
    "weeks.csv:9: proposed_date '2005-04-01' is before request_date"
says "weeks: exception of the other regime" "$tmp/err" \
    "weeks.csv:11: exceptions: 'coronavirus' is not an exception under the 2001 regime"

sen-weeks --regime 2014 $fx/weeks2014.csv >"$tmp/out.csv"
status "weeks 2014: accepted" 0 $?
same "weeks 2014: 20 weeks to the final plan" $fx/weeks2014.expected \
    "$tmp/out.csv"

# --limit and --stop: 2 weeks (14 days) to the proposed date.
sen-weeks --regime 2014 --stop proposed_date --limit 8 $fx/weeks2014.csv |
    cut -d, -f6- >"$tmp/out.csv"
has "weeks --limit --stop" "$tmp/out.csv" \
    "2015-01-05,2015-03-01,2015-03-02,55,7.9,1,0,on_time"

# Running the stream through twice refreshes the clock columns rather
# than adding more.
sen-weeks --regime 2014 $fx/weeks2014.csv | sen-weeks --regime 2014 \
    >"$tmp/out.csv"
same "weeks: idempotent" $fx/weeks2014.expected "$tmp/out.csv"
