#!/bin/sh
# The six-monthly monitoring report, run unattended by cron on the first
# of January and of July:
#
#   0 6 1 1,7 *  /usr/local/share/sen/six-monthly.sh /data/sen/export.csv /data/sen/reports
#
# Reads the export, writes the report for the half-year just ended to
# REPORTS/report-PERIOD.md (and .txt), keeps the rejected rows beside it,
# and exits non-zero when rows were rejected or a target was missed, so
# that cron's mail says so.  TARGETS and BASELINE may be set in the
# environment.

set -u
export="${1:?usage: six-monthly.sh export.csv reports-dir}"
reports="${2:?usage: six-monthly.sh export.csv reports-dir}"
here=$(cd "$(dirname "$0")" && pwd)
targets="${TARGETS:-$here/targets.csv}"
baseline="${BASELINE:-2001:2003}"
today=$(date +%Y-%m-%d)
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
status=0

mkdir -p "$reports" || exit 1
sen-import -r "$work/rejects.csv" -o "$work/cases.csv" "$export"
case $? in
0) ;;
1) status=1 ;;
*) exit 1 ;;
esac
sen-weeks --as-of "$today" -o "$work/timed.csv" "$work/cases.csv" ||
    status=1
sen-target --check -t "$targets" --baseline "$baseline" \
    -o "$work/measures.csv" "$work/timed.csv" || status=1
[ -s "$work/measures.csv" ] || exit 1
period=$(sen-report --as-of "$today" "$work/measures.csv" |
    sed -n 's/^Period: \([^,]*\),.*/\1/p')
[ -n "$period" ] || exit 1
for fmt in text markdown; do
	ext=txt
	[ "$fmt" = markdown ] && ext=md
	sen-report --as-of "$today" -p "$period" -f "$fmt" \
	    -o "$reports/report-$period.$ext" "$work/measures.csv" || exit 1
done
cp "$work/rejects.csv" "$reports/rejects-$period.csv" || status=1
[ "$status" -eq 0 ] ||
    echo "six-monthly: report $reports/report-$period.txt; rejected rows" \
        "(if any) in $reports/rejects-$period.csv" >&2
exit "$status"
