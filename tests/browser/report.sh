#!/bin/sh
# The browser test: the demo's HTML report opened in headless Chromium,
# from a local file only, with a fresh profile.  The DOM the browser
# builds must hold the headline table, both charts with their titles and
# the notes; the report printed to PDF must be on A4 pages; and a
# screenshot of the first screen is kept in build/report.png.
#
# Ends with "browser: N passed, M failed", or prints "skipped: no
# chromium" when Chromium is not installed.

cd "$(dirname "$0")/../.." || exit 1
chromium=/usr/bin/chromium
if [ ! -x "$chromium" ]; then
	echo "skipped: no chromium"
	exit 0
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# check NAME COMMAND...: counts whether COMMAND succeeds.
check() {
	name=$1
	shift
	if "$@" >/dev/null 2>&1; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $name"
		return 1
	fi
}

# has NAME TEXT: the DOM holds TEXT.
has() {
	check "$1: '$2' in the DOM" grep -qF -- "$2" "$tmp/dom.html"
}

# browse ARGS...: runs Chromium on the report with a new empty profile;
# what it says goes to $tmp/log.
browse() {
	profile=$(mktemp -d "$tmp/profile.XXXXXX") || return 1
	timeout 120 "$chromium" --headless --no-sandbox --disable-gpu \
	    --disable-quic --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$profile" "$@" "file://$PWD/$report" \
	    2>>"$tmp/log"
}

# The demo writes build/demo/report.html.
report=build/demo/report.html
rm -f "$report"
sh examples/demo.sh >"$tmp/demo" 2>&1
check "demo: $report written" test -s "$report" || tail -5 "$tmp/demo"

browse --dump-dom >"$tmp/dom.html"
check "chromium: the DOM dumped" test -s "$tmp/dom.html" ||
    tail -5 "$tmp/log"
has "title" "<h1>Statutory assessment monitoring report</h1>"
has "organisation" '<p class="org">Anyshire County Council</p>'
has "headline table" \
    "<caption>Headline figures for 2005-H2, all cases</caption>"
has "headline row" \
    '<th scope="row">Within 18 weeks, exceptions included</th>'
has "headline status" '<span class="rag rag-met">met</span>'
has "on-time chart" '<svg role="img" aria-labelledby="chart-ontime-title'
has "on-time chart title" \
    '<title id="chart-ontime-title">Share within 18 weeks, 2001-H1'
has "requests chart" \
    '<svg role="img" aria-labelledby="chart-requests-title'
has "requests chart title" \
    '<title id="chart-requests-title">Requests for assessment, 2001-H1'
has "chart in words" "<li>2005-H2: 97.0% with exceptions included"
has "trend table" "<caption>Figures for each period up to 2005-H2"
has "team table" "<caption>Figures by team, 2005-H2</caption>"
has "notes" '<section id="notes">'
has "notes: the limit" "Within 18 weeks: the proposed statement"
n=$(grep -o '<svg role="img"' "$tmp/dom.html" | wc -l)
check "two charts, not $n" test "$n" -eq 2
check "no script in the DOM" test "$(grep -ci '<script' "$tmp/dom.html")" \
    -eq 0

browse --no-pdf-header-footer --print-to-pdf="$tmp/report.pdf" \
    >/dev/null
pages=$(grep -a -c '/MediaBox \[0 0 59[45]\.[0-9]* 841\.[0-9]*\]' \
    "$tmp/report.pdf" 2>/dev/null)
others=$(grep -a '/MediaBox' "$tmp/report.pdf" 2>/dev/null |
    grep -a -v -c '/MediaBox \[0 0 59[45]\.[0-9]* 841\.[0-9]*\]')
check "print: A4 pages (${pages:-0} A4, ${others:-0} other)" \
    test "${pages:-0}" -ge 1 -a "${others:-0}" -eq 0

mkdir -p build
rm -f build/report.png
browse --screenshot="$PWD/build/report.png" --window-size=1240,1754 \
    >/dev/null
magic=$(head -c 4 build/report.png 2>/dev/null | od -An -c | tr -d ' ')
check "screenshot: build/report.png" test "$magic" = '211PNG' ||
    tail -5 "$tmp/log"

echo "browser: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
