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
