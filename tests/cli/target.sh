# sen-target on hand-made timed rows (tests/fixtures/target.txt).

sen-target --per half --by team --baseline 2004:2004 \
    -t $fx/target-targets.csv $fx/target.csv >"$tmp/m.csv"
status "target: counted" 0 $?
same "target: measures" $fx/target.expected "$tmp/m.csv"

sen-target --check --per half --baseline 2004:2004 \
    -t $fx/target-targets.csv $fx/target.csv >/dev/null
status "target --check: a target missed" 1 $?

# Per year: 2005 requests T5-T10 = 6; issued T5-T9 = 5, of which within
# T5 T7 T9 = 3 (60.0); excepted T7 T8 left out: T5 T6 T9, within 2/3 =
# 66.7.
sen-target --per year $fx/target.csv | grep '^2005,' >"$tmp/y.csv"
has "target per year: requests" "$tmp/y.csv" "2005,all,all,requests,6,,6,,"
has "target per year: within" "$tmp/y.csv" \
    "2005,all,all,on_time_all,3,5,60.0,,"
has "target per year: within excl" "$tmp/y.csv" \
    "2005,all,all,on_time_ex,2,3,66.7,,"

# Financial year 2004-05 runs from 1 April 2004 to 31 March 2005:
# requests T3 T4 T5 T6 T7 = 5.
sen-target --per fy $fx/target.csv | grep '^FY2004-05,all,all,requests,' \
    >"$tmp/y.csv"
has "target per fy" "$tmp/y.csv" "FY2004-05,all,all,requests,5,,5,,"

sen-target $fx/weeks.csv >/dev/null 2>"$tmp/err"
status "target: untimed input" 1 $?
says "target: says what the input lacks" "$tmp/err" \
    "neither timed cases (run sen-weeks first), allocations nor statements"
sen-target -k timed $fx/weeks.csv >/dev/null 2>"$tmp/err"
status "target -k timed: untimed input" 1 $?
says "target -k timed: says what is missing" "$tmp/err" \
    "missing column 'clock_start'"

# A --by with more groups than --max-groups stops the run: team has two
# groups (A and B), within a bound of 2; case_id's third (T3, on line 4)
# is past it.
sen-target --by team --max-groups 2 $fx/target.csv >/dev/null
status "target --max-groups: within" 0 $?
sen-target --by case_id --max-groups 2 $fx/target.csv >/dev/null \
    2>"$tmp/err"
status "target --max-groups: past it" 1 $?
says "target --max-groups: said" "$tmp/err" \
    "target.csv:4: too many groups (see --max-groups)"

# Asked to count something and counting nothing is an error: a baseline
# with no request in it, a --where no record meets.
sen-target -B 2010:2011 $fx/target.csv >/dev/null 2>"$tmp/err"
status "target: empty baseline" 1 $?
says "target: empty baseline said" "$tmp/err" \
    "no request fell in the --baseline"
sen-target --period-col clock_start --num within --den within \
    -w team=Z $fx/target.csv >/dev/null 2>"$tmp/err"
status "target: --where meets nothing" 1 $?
says "target: --where said" "$tmp/err" \
    "no record met the --where conditions"
