# sen-report's --suppress and --amber, its HTML and its workbook, on the
# measures of tests/fixtures/report-small.csv, whose figures are worked
# out in tests/fixtures/report-small.txt; then the browser test.

small=$fx/report-small.csv
inc="Within 18 weeks, exceptions included"

# --suppress 10 and --amber 2 in text: the lines worked out by hand.
sen-report -p 2005-H2 --suppress 10 --amber 2 $small >"$tmp/s.txt"
status "suppress: written" 0 $?
has "amber: missed by exactly the margin" "$tmp/s.txt" \
    "$inc 88.0% 88 of 100 at least 90% near miss"
has "suppress: shares on large counts shown" "$tmp/s.txt" \
    "Within 18 weeks, exceptions left out 93.6% 88 of 94 at least 90% met"
has "suppress: a count" "$tmp/s.txt" "Requests for assessment c"
has "suppress: a percentage on it, no status" "$tmp/s.txt" \
    "Requests, % of historical level c c of 20.0 at most 50%"
has "suppress: trend, earlier period shown" "$tmp/s.txt" \
    "2005-H1 40 30 86.7% ! 92.9% 200.0% !"
has "suppress: trend, amber marked ~" "$tmp/s.txt" \
    "2005-H2 c 100 88.0% ~ 93.6% c"
has "suppress: team" "$tmp/s.txt" "O'Neil & \"Sons\" c 36 86.1% ! 93.9%"
has "suppress: small team" "$tmp/s.txt" "C c c c c"
says "suppress: said in the notes" "$tmp/s.txt" \
    "Counts below 10 are shown as c, with any percentage built on them"
says "amber: said in the notes" "$tmp/s.txt" \
    "no more than 2 percentage points"

# The margin compares the exact figure: 88 of 100 misses 90 by 2, and
# 26 of 30 (86.666...) by 3.333..., though it is shown as 86.7.
sen-report -p 2005-H2 --amber 1.9 $small >"$tmp/a.txt"
has "amber: beyond the margin" "$tmp/a.txt" \
    "$inc 88.0% 88 of 100 at least 90% missed"
sen-report -p 2005-H2 --amber 3.3 $small >"$tmp/a.txt"
has "amber: exact figure, not the rounded one" "$tmp/a.txt" \
    "2005-H1 40 30 86.7% ! 92.9% 200.0% !"
sen-report -p 2005-H2 --amber 3.4 $small >"$tmp/a.txt"
has "amber: within 3.4" "$tmp/a.txt" "2005-H1 40 30 86.7% ~ 92.9% 200.0% !"
sen-report -p 2005-H2 $small >"$tmp/a.txt"
has "amber: none by default" "$tmp/a.txt" \
    "$inc 88.0% 88 of 100 at least 90% missed"
if grep -q 'Counts below' "$tmp/a.txt"; then
	no "suppress: no note without it"
else
	ok
fi
sen-report --amber 2.55 $small >/dev/null 2>"$tmp/err"
status "amber: two decimals refused" 2 $?
sen-report --suppress -1 $small >/dev/null 2>"$tmp/err"
status "suppress: negative refused" 2 $?

# Markdown suppresses alike.
sen-report -f markdown -p 2005-H2 --suppress 10 $small >"$tmp/s.md"
says "suppress: markdown" "$tmp/s.md" "| Requests for assessment | c |"

# HTML: escaped, suppressed, amber, self-contained and printable.
sen-report -f html -p 2005-H2 --suppress 10 --amber 2 \
    --org 'Anyshire <County> & "Council"' $small >"$tmp/r.html"
status "html: written" 0 $?
says "html: group escaped" "$tmp/r.html" \
    '<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th>'
says "html: quotes and ampersand escaped" "$tmp/r.html" \
    'O&#39;Neil &amp; &quot;Sons&quot;'
says "html: organisation escaped" "$tmp/r.html" \
    'Anyshire &lt;County&gt; &amp; &quot;Council&quot;'
if grep -qi '<script\|<link\|<img\|@import\|url(\|src=\|href=' "$tmp/r.html"
then
	no "html: loads or runs nothing"
else
	ok
fi
says "html: a count suppressed" "$tmp/r.html" \
    '<th scope="row">Requests for assessment</th><td class="n">c</td>'
says "html: amber, as text" "$tmp/r.html" \
    '<span class="rag rag-near">near miss</span>'
says "html: green, as text" "$tmp/r.html" \
    '<span class="rag rag-met">met</span>'
says "html: suppression in the notes" "$tmp/r.html" \
    "Counts below 10 are shown as c, with any percentage built on them"
says "html: A4" "$tmp/r.html" "@page{size:A4"
says "html: rows kept whole" "$tmp/r.html" "tr{break-inside:avoid"
says "html: headings scoped" "$tmp/r.html" '<th scope="col">Measure</th>'
says "html: captions" "$tmp/r.html" \
    "<caption>Headline figures for 2005-H2, all cases</caption>"
n=$(grep -c '<svg role="img"' "$tmp/r.html")
status "html: two charts" 2 "$n"
says "html: chart title" "$tmp/r.html" '<title id="chart-ontime-title">'\
'Share within 18 weeks, 2005-H1 to 2005-H2</title>'
says "html: chart in words" "$tmp/r.html" "<li>2005-H2: 88.0% with "\
"exceptions included, 93.6% with them left out; target at least 90%.</li>"
says "html: requests in words, suppressed" "$tmp/r.html" \
    "<li>2005-H2: c requests; historical level 20.0 a period.</li>"

# The workbook: a file only, the same bytes each time, a zip of sheets.
sen-report -f xlsx $small >/dev/null 2>"$tmp/err"
status "xlsx: standard output refused" 2 $?
sen-report -f xlsx -o - $small >/dev/null 2>"$tmp/err"
status "xlsx: -o - refused" 2 $?
says "xlsx: says why" "$tmp/err" "name the workbook with -o"
mkdir "$tmp/x"
sen-report -f xlsx -a 2006-02-06 --suppress 10 --amber 2 \
    -o "$tmp/x/a.xlsx" $small
status "xlsx: written" 0 $?
sleep 1
TZ=Pacific/Kiritimati sen-report -f xlsx -a 2006-02-06 --suppress 10 \
    --amber 2 -o "$tmp/x/b.xlsx" $small
if cmp -s "$tmp/x/a.xlsx" "$tmp/x/b.xlsx"; then
	ok
else
	no "xlsx: two runs give the same bytes"
fi
sen-report -f xlsx -o "$tmp/x/c.xlsx" $small
sen-report -f xlsx -o "$tmp/x/d.xlsx" $small
cmp -s "$tmp/x/c.xlsx" "$tmp/x/d.xlsx" && ok ||
    no "xlsx: the same bytes without --as-of"
ls "$tmp/x" | grep -q 'xlsx\.' && no "xlsx: temporary left" || ok
if [ "$(head -c 4 "$tmp/x/a.xlsx" | od -An -c | tr -d ' ')" = 'PK003004' ]
then
	ok
else
	no "xlsx: a zip file"
fi
if command -v unzip >/dev/null 2>&1; then
	unzip -l "$tmp/x/a.xlsx" >"$tmp/x/list"
	says "xlsx: first sheet" "$tmp/x/list" "xl/worksheets/sheet1.xml"
	says "xlsx: a chart" "$tmp/x/list" "xl/charts/chart1.xml"
	unzip -p "$tmp/x/a.xlsx" docProps/core.xml >"$tmp/x/core"
	says "xlsx: created on the as-of day" "$tmp/x/core" \
	    ">2006-02-06T00:00:00Z</dcterms:created>"
	unzip -p "$tmp/x/c.xlsx" docProps/core.xml >"$tmp/x/core"
	says "xlsx: a fixed day otherwise" "$tmp/x/core" \
	    ">2000-01-01T00:00:00Z</dcterms:created>"
	unzip -p "$tmp/x/a.xlsx" xl/sharedStrings.xml >"$tmp/x/strings"
	says "xlsx: c as text" "$tmp/x/strings" "<t>c</t>"
	says "xlsx: sheet per measure" "$tmp/x/list" "xl/worksheets/sheet7.xml"
	says "xlsx: status in words" "$tmp/x/strings" "<t>near miss</t>"
	unzip -p "$tmp/x/a.xlsx" xl/worksheets/sheet1.xml >"$tmp/x/s1"
	# the share 88.0% is the number 88, not text
	says "xlsx: numbers as numbers" "$tmp/x/s1" "<v>88</v>"
	unzip -p "$tmp/x/a.xlsx" xl/styles.xml >"$tmp/x/styles"
	says "xlsx: percentage format" "$tmp/x/styles" \
	    'formatCode="0.0&quot;%&quot;"'
fi
cp "$tmp/x/a.xlsx" "$tmp/x/keep.xlsx"
sen-report -f xlsx -o "$tmp/x/keep.xlsx" $small "$tmp/no-such.csv" \
    2>/dev/null
status "xlsx: unreadable input" 1 $?
cmp -s "$tmp/x/a.xlsx" "$tmp/x/keep.xlsx" && ok ||
    no "xlsx: failed run keeps the old file"
ls "$tmp/x" | grep -q 'xlsx\.' && no "xlsx: temporary left on failure" ||
    ok

# usage() names the options of the manual's SYNOPSIS, in its order.
sen-report --help | sed -n '/^usage:/,/^$/p' | tr -s ' \n' '  ' |
    sed 's/^usage: //; s/ *$//' >"$tmp/usage"
mandoc -Tascii man/sen-report.1 | col -bx |
    sed -n '/^SYNOPSIS/,/^DESCRIPTION/{/^[A-Z]/d;p;}' | tr -s ' \n' '  ' |
    sed 's/^ *//; s/ *$//' >"$tmp/synopsis"
same "report: usage() is the SYNOPSIS" "$tmp/synopsis" "$tmp/usage"

# The demo's HTML report in headless Chromium, when it is installed.
if [ -x /usr/bin/chromium ]; then
	sh tests/browser/report.sh >"$tmp/browser" 2>&1
	cat "$tmp/browser"
	bp=$(sed -n 's/^browser: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' \
	    "$tmp/browser")
	bf=$(sed -n 's/^browser: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' \
	    "$tmp/browser")
	if [ -z "$bp" ]; then
		no "browser: ended without its summary"
	else
		pass=$((pass + bp))
		fail=$((fail + bf))
	fi
else
	echo "skipped: no chromium"
fi
