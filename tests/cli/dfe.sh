# sen-target on the DfE's published 20-week timeliness table
# (examples/dfe-ehcp), checked against the published percentages and
# the published regional and national rows.

dfe=examples/dfe-ehcp/timeliness_20_week.csv
both="--period-col time_period
    --measure within_all --num plans_issued_within_20_weeks
    --den plans_issued_den --compare pc_plans_issued_within_20_weeks
    --measure within_ex --num plans_issued_20_weeks_ex
    --den plans_issued_den_ex --compare PC_plans_issued_20_weeks_ex"

# Every row: its own group, at each geographic level.
: >"$tmp/rows.csv"
for lvl in "National:country_code" "Regional:region_code" \
    "Local authority:new_la_code"; do
	sen-target --where "geographic_level=${lvl%%:*}" \
	    --by "${lvl#*:},breakdown_topic,breakdown" $both $dfe |
	    grep -v ',all,all,' | sed 1d >>"$tmp/rows.csv"
	status "dfe ${lvl%%:*}: counted" 0 $?
done

# 12,211 rows, two figures each: 24,336 pairs of numbers, 86 with a
# symbol (x) in place of a number; of the 24,336, 137 have no plans
# (denominator 0) and so no percentage; the other 24,199 are worked out
# and set beside the published one.  (Counted with Python's csv module.)
n=$(grep -c ',\(agrees\|differs\)$' "$tmp/rows.csv")
has "dfe: percentages compared" /dev/stdin "24199" <<EOF2
$n
EOF2
n=$(awk -F, '{ m += $(NF - 3) } END { print m }' "$tmp/rows.csv")
has "dfe: symbols left out, never zero" /dev/stdin "86" <<EOF2
$n
EOF2

# Two differ: 23 of 80 is 28.75 % and 41 of 80 is 51.25 %, exact halves
# that rounding away from zero makes 28.8 and 51.3; the publisher shows
# 28.7 and 51.2, as binary floating point (0.2875 is held as
# 0.28749999...) rounds them down.
grep ',differs$' "$tmp/rows.csv" | sed 's/^[^,]*,"[^"]*",//' \
    >"$tmp/differ.csv"
same "dfe: the two rows that differ" /dev/stdin "$tmp/differ.csv" <<EOF2
E08000025 / Child or young persons age / age 8,within_ex,23,80,28.8,,,0,28.7,0.1,differs
E10000015 / Ethnicity / White - Any other White background,within_all,41,80,51.3,,,0,51.2,0.1,differs
EOF2

sen-target --check --where "geographic_level=National" $both $dfe \
    >/dev/null
status "dfe national: agrees, --check passes" 0 $?
sen-target --check --where "geographic_level=Local authority" \
    --by new_la_code,breakdown_topic,breakdown $both $dfe >/dev/null
status "dfe local: differs, --check fails" 1 $?

# Roll-ups: local authorities summed by region against the published
# regional rows, regions summed against the national rows.
rollup() {
	sen-target --where "geographic_level=$1" \
	    --by "$2,breakdown_topic,breakdown" $both $dfe | sed 1d |
	    grep -v ',all,all,' | sed "s/^\([^,]*\),\"[^\"]*\",/\1,/"
}
rollup "Local authority" region_code >"$tmp/la.csv"
rollup Regional region_code >"$tmp/rg.csv"
rollup Regional country_code >"$tmp/rgn.csv"
rollup National country_code >"$tmp/nat.csv"

# compare SUMS PUBLISHED: prints "M D S", groups with nothing missing
# whose sums differ (must be 0), with something missing that differ, and
# with something missing that still agree.
compare() {
	awk -F, 'NR == FNR { r[$1 "," $2 "," $3] = $4 "," $5; next }
	{
		same = r[$1 "," $2 "," $3] == $4 "," $5
		if ($(NF - 3) == 0 && !same) m++
		if ($(NF - 3) > 0 && !same) d++
		if ($(NF - 3) > 0 && same) s++
	}
	END { print m + 0, d + 0, s + 0 }' "$2" "$1"
}

# Where nothing is missing, the sums reproduce every published regional
# figure.  Where an authority's row is x, 82 figures (41 groups) differ:
# London 2022 (Havering and Tower Hamlets x), East Midlands 2022 (one
# authority x) and London 2023 (Hackney x, in all 40 of its breakdowns),
# as the region's published total counts the withheld authorities; East
# of England 2022 (Norfolk x) agrees, its published total leaving
# Norfolk out too.
compare "$tmp/la.csv" "$tmp/rg.csv" >"$tmp/cmp"
has "dfe roll-up to regions" "$tmp/cmp" "0 82 2"
compare "$tmp/rgn.csv" "$tmp/nat.csv" >"$tmp/cmp"
has "dfe roll-up to England" "$tmp/cmp" "0 0 0"
# 90 national rows, two figures each, all reproduced by the regions.
n=$(wc -l <"$tmp/rgn.csv")
has "dfe roll-up to England: figures" /dev/stdin "180" <<EOF2
$n
EOF2

# The benchmark table: Herefordshire beside the West Midlands and
# England, each from its own rows of the table (all plans), with and
# without exceptions; the figures are the published ones, as above.
: >"$tmp/bench.csv"
for lvl in "Local authority:la_name" "Regional:region_name" \
    "National:country_name"; do
	sen-target --where "geographic_level=${lvl%%:*}" \
	    --where "breakdown_topic=All EHC plans issued" \
	    --by "${lvl#*:}" $both $dfe -o "$tmp/bench-${lvl#*:}.csv"
done
sen-report --benchmark "Herefordshire, County of" \
    --benchmark "West Midlands" --benchmark England \
    "$tmp"/bench-*.csv >"$tmp/bench.txt"
status "dfe benchmark: written" 0 $?
for line in "Benchmark: within_all" \
    "2019 90.1% 52.8% 58.7%" "2020 91.0% 50.6% 55.6%" \
    "2021 84.1% 60.1% 57.9%" "2022 74.7% 48.9% 47.7%" \
    "2023 77.1% 48.4% 49.1%" "2024 67.4% 41.0% 45.9%" \
    "Benchmark: within_ex" \
    "2019 90.1% 53.7% 60.4%" "2020 91.0% 50.0% 58.0%" \
    "2021 85.5% 62.6% 59.9%" "2022 74.7% 50.1% 49.2%" \
    "2023 77.1% 49.5% 50.3%" "2024 67.6% 42.3% 46.4%"; do
	has "dfe benchmark: $line" "$tmp/bench.txt" "$line"
done
