#!/bin/sh
# The demo: the example export through the whole pipeline, each stage's
# output kept in build/demo/ for inspection, and the report for the
# second half of 2005 printed; it is also written as Markdown, HTML and
# an Excel workbook in build/demo/.
#
# The export was taken on 6 February 2006; it holds six bad rows, which
# sen-import rejects (with status 1) into build/demo/rejects.csv.

cd "$(dirname "$0")/.." || exit 1
PATH=$PWD/bin:$PATH
dir=build/demo
mkdir -p "$dir"

sen-import -v -r "$dir/rejects.csv" -o "$dir/cases.csv" examples/export.csv
[ $? -le 1 ] || exit 1
sen-weeks --as-of 2006-02-06 -o "$dir/timed.csv" "$dir/cases.csv" || exit 1
sen-target -t examples/targets.csv --baseline 2001:2003 --by team \
    -o "$dir/measures.csv" "$dir/timed.csv" || exit 1
sen-report --as-of 2006-02-06 --org "Anyshire County Council" \
    -o "$dir/report.md" -f markdown "$dir/measures.csv" || exit 1
sen-report --as-of 2006-02-06 --org "Anyshire County Council" \
    -o "$dir/report.html" -f html "$dir/measures.csv" || exit 1
sen-report --as-of 2006-02-06 --org "Anyshire County Council" \
    -o "$dir/report.xlsx" -f xlsx "$dir/measures.csv" || exit 1
sen-report --as-of 2006-02-06 --org "Anyshire County Council" \
    "$dir/measures.csv" || exit 1

echo
echo "Rejected rows: $dir/rejects.csv; each stage's output: $dir/"
echo "The report as HTML: $dir/report.html; as a workbook: $dir/report.xlsx"
