# sen-report on the measures of tests/fixtures/target.expected, whose
# figures are worked out in tests/fixtures/target.txt.

sen-report -p 2005-H2 $fx/target.expected >"$tmp/r.txt"
status "report: written" 0 $?
has "report: period" "$tmp/r.txt" \
    "Period: 2005-H2, 1 July 2005 to 31 December 2005"
has "report: on time, all" "$tmp/r.txt" \
    "Within 18 weeks, exceptions included 33.3% 1 of 3 at least 30% met"
has "report: on time, excl." "$tmp/r.txt" \
    "Within 18 weeks, exceptions left out 50.0% 1 of 2 at least 50% met"
has "report: requests" "$tmp/r.txt" "Requests for assessment 2"
has "report: baseline" "$tmp/r.txt" \
    "Requests, % of historical level 100.0% 2 of 2.0 at most 150% met"
has "report: issued" "$tmp/r.txt" "Proposed statements issued 3"
has "report: trend, missed marked" "$tmp/r.txt" \
    "2005-H1 4 2 100.0% 100.0% 200.0% !"
has "report: by team" "$tmp/r.txt" "B 1 1 0.0% ! -"

# The default period: the latest, or the latest ended before --as-of.
sen-report $fx/target.expected | grep '^Period:' >"$tmp/p"
has "report: latest period" "$tmp/p" \
    "Period: 2005-H2, 1 July 2005 to 31 December 2005"
sen-report --as-of 2005-12-31 $fx/target.expected | grep '^Period:' \
    >"$tmp/p"
has "report: latest complete period" "$tmp/p" \
    "Period: 2005-H1, 1 January 2005 to 30 June 2005"

sen-report -R 2014 -p 2005-H2 $fx/target.expected >"$tmp/r.txt"
has "report 2014: 20 weeks" "$tmp/r.txt" \
    "Within 20 weeks, exceptions included 33.3% 1 of 3 at least 30% met"
has "report 2014: plans" "$tmp/r.txt" "EHC plans issued 3"

sen-report -p 2009-H1 $fx/target.expected >/dev/null 2>"$tmp/err"
status "report: period not in the stream" 1 $?
says "report: names the period" "$tmp/err" "no period '2009-H1'"

# Text from the data is escaped in Markdown.
sed 's/,team,B,/,team,<b>|x,/' $fx/target.expected |
    sen-report -f markdown -p 2005-H2 >"$tmp/r.md"
says "report: markdown escapes" "$tmp/r.md" '| \<b\>\|x |'

# A --benchmark group no measure has is said, and the status is 1.
sen-report --benchmark Nowhere $fx/target.expected >/dev/null 2>"$tmp/err"
status "report: unknown benchmark group" 1 $?
says "report: unknown benchmark group said" "$tmp/err" \
    "--benchmark: no group 'Nowhere' in the measures"
