#!/bin/sh
# The demo: the example exports through the whole pipeline, each stage's
# output kept in build/demo/ for inspection, and the report for the
# second half of 2005 printed; it is also written as Markdown, HTML and
# an Excel workbook in build/demo/.
#
# The exports were taken on 6 February 2006.  The assessment export holds
# six bad rows, the banding export four and the statements export three;
# sen-import rejects them (with status 1) into build/demo/rejects-*.csv.

cd "$(dirname "$0")/.." || exit 1
PATH=$PWD/bin:$PATH
dir=build/demo
asof=2006-02-06
org="Anyshire County Council"
mkdir -p "$dir"

# import KIND EXPORT OUTPUT: rejected rows are expected here.
import() {
	sen-import -v -k "$1" -r "$dir/rejects-$1.csv" -o "$3" "$2"
	[ $? -le 1 ]
}

import assessment examples/export.csv "$dir/cases.csv" || exit 1
sen-weeks --as-of $asof -o "$dir/timed.csv" "$dir/cases.csv" || exit 1
sen-target -t examples/targets.csv --baseline 2001:2003 --by team \
    -o "$dir/measures.csv" "$dir/timed.csv" || exit 1
sen-target --per year --by school -o "$dir/schools.csv" \
    "$dir/timed.csv" || exit 1

import banding examples/banding.csv "$dir/banding.csv" || exit 1
sen-target --per fy --by year_group --by band --by school \
    --policy examples/banding-policy.csv -o "$dir/banding-measures.csv" \
    "$dir/banding.csv" || exit 1

import statement examples/statements.csv "$dir/statements.csv" || exit 1
sen-target --per year --by school -o "$dir/statement-measures.csv" \
    "$dir/statements.csv" || exit 1

all="$dir/measures.csv $dir/schools.csv $dir/banding-measures.csv
    $dir/statement-measures.csv"
for fmt in markdown:md html:html xlsx:xlsx; do
	sen-report --as-of $asof -p 2005-H2 --org "$org" -f "${fmt%%:*}" \
	    -o "$dir/report.${fmt#*:}" $all || exit 1
done
sen-report --as-of $asof -p 2005-H2 --org "$org" $all || exit 1

echo
echo "Rejected rows: $dir/rejects-*.csv; each stage's output: $dir/"
echo "The report as HTML: $dir/report.html; as a workbook: $dir/report.xlsx"
