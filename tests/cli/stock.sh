# sen-target on allocations and statements (tests/fixtures/banding.txt
# and statements.txt).

sen-target --per fy --by year_group --policy $fx/banding-policy.csv \
    -t $fx/banding-targets.csv $fx/banding.csv >"$tmp/b.csv"
status "banding: counted" 0 $?
for line in \
    "FY2004-05,all,all,banded_cases,1,,1,," \
    "FY2004-05,all,all,banded_amount,1800.00,,1800.00,," \
    "FY2004-05,all,all,committed_next,11739.45,,11739.45,," \
    "FY2004-05,all,all,banded_beyond_policy,0,,0,," \
    "FY2005-06,all,all,banded_cases,3,,3,," \
    "FY2005-06,all,all,banded_amount,11739.45,,11739.45,<=12000,met" \
    "FY2005-06,all,all,committed_next,11000.00,,11000.00,," \
    "FY2005-06,all,all,banded_beyond_policy,1,,1,<=0,missed" \
    "FY2006-07,all,all,banded_cases,1,,1,," \
    "FY2006-07,all,all,banded_amount,11000.00,,11000.00,," \
    "FY2006-07,all,all,committed_next,11900.00,,11900.00,," \
    "FY2006-07,all,all,banded_beyond_policy,0,,0,," \
    "FY2007-08,all,all,banded_cases,2,,2,," \
    "FY2007-08,all,all,banded_amount,11900.00,,11900.00,," \
    "FY2007-08,all,all,committed_next,11000.00,,11000.00,," \
    "FY2005-06,year_group,8,banded_amount,2439.45,,2439.45,<=12000,met" \
    "FY2005-06,year_group,9,banded_beyond_policy,1,,1,<=0,missed" \
    "FY2007-08,year_group,8,banded_amount,900.00,,900.00,,"; do
	has "banding: $line" "$tmp/b.csv" "$line"
done
if grep -q '^FY2007-08,all,all,banded_beyond_policy' "$tmp/b.csv"; then
	no "banding: no policy row without a policy"
else
	ok
fi

sen-target --per year $fx/statements.csv >"$tmp/s.csv"
status "statements: counted" 0 $?
for line in \
    "2002,all,all,statements_maintained,1,,1,," \
    "2002,all,all,reviews_overdue,0,,0,," \
    "2003,all,all,statements_maintained,3,,3,," \
    "2003,all,all,reviews_overdue,0,,0,," \
    "2004,all,all,statements_maintained,5,,5,," \
    "2004,all,all,statements_ceased,0,,0,," \
    "2004,all,all,reviews_overdue,1,,1,," \
    "2005,all,all,statements_maintained,4,,4,," \
    "2005,all,all,statements_ceased,2,,2,," \
    "2005,all,all,reviews_overdue,2,,2,," \
    "2005,cease_reason,moved_away,statements_ceased,1,,1,," \
    "2005,cease_reason,needs_met,statements_ceased,1,,1,,"; do
	has "statements: $line" "$tmp/s.csv" "$line"
done

# The report's banding and statement tables, from the measures above
# (their figures worked in banding.txt and statements.txt).
sen-target --per fy --by year_group --by band \
    --policy $fx/banding-policy.csv $fx/banding.csv >"$tmp/bm.csv"
sen-report -p FY2005-06 "$tmp/bm.csv" >"$tmp/br.txt"
status "banding report: written" 0 $?
for line in "Banded funding" \
    "FY2004-05 1 £1,800.00 £11,739.45 0" \
    "FY2005-06 3 £11,739.45 £11,000.00 1" \
    "Banded funding by year group, FY2005-06" \
    "7 1 £1,800.00 0" "8 1 £2,439.45 0" "9 1 £7,500.00 1" \
    "All 3 £11,739.45 1" \
    "Banded funding by year group, FY2006-07" "R 1 £11,000.00 0" \
    "Banded funding by band, FY2005-06" "B 1 £2,439.45"; do
	has "banding report: $line" "$tmp/br.txt" "$line"
done
sen-target --per year $fx/statements.csv >"$tmp/sm.csv"
sen-report -p 2005 "$tmp/sm.csv" >"$tmp/sr.txt"
for line in "2004 5 0 1" "2005 4 2 2" \
    "Statements ceased by reason, 2005" "moved_away 1" "needs_met 1" \
    "All 2"; do
	has "statements report: $line" "$tmp/sr.txt" "$line"
done

# School profiles: statements in force at the end of 2004 and of 2005,
# school by school (statements.txt): Hill S1 S2, then S1 S2 S5; Oak S3 S4
# S6, then S6 alone.
sen-target --per year --by school $fx/statements.csv >"$tmp/sp.csv"
sen-report -p 2005 "$tmp/sp.csv" >"$tmp/sp.txt"
has "profiles: heading" "$tmp/sp.txt" "School profiles"
has "profiles: Hill" "$tmp/sp.txt" "Hill - 2 → 3 (+1) -"
has "profiles: Oak" "$tmp/sp.txt" "Oak - 3 → 1 (-2) -"
