#!/bin/sh
# Makes sure the Debian packages that sen needs are present.
#
#   deps.sh build	what building and the demo need
#   deps.sh check	what the tests need as well
#   deps.sh bench	what make bench needs as well
#
# Missing packages are installed with apt-get when run as root; otherwise
# the command to run is printed and the script fails.

need=""

have_header() {
	printf '#include <stddef.h>\n#include <stdarg.h>\n#include <setjmp.h>\n#include <%s>\n' "$1" |
	    ${CC:-cc} -E -x c - >/dev/null 2>&1
}

want() {
	# want PACKAGE TEST...
	pkg=$1
	shift
	if ! "$@" >/dev/null 2>&1; then
		need="$need $pkg"
	fi
}

want make command -v make
want gcc command -v ${CC:-cc}
want libcsv-dev have_header csv.h
want libsodium-dev have_header sodium.h
want libxlsxwriter-dev have_header xlsxwriter.h
if [ "$1" = bench ]; then
	want miller command -v mlr
	want time test -x /usr/bin/time
fi
if [ "$1" = check ]; then
	want libcmocka-dev have_header cmocka.h
	want mandoc command -v mandoc
fi

[ -z "$need" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "installing:$need"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq $need >/dev/null ||
	    { echo "apt-get install failed" >&2; exit 1; }
	exit 0
fi
echo "missing packages; run:" >&2
echo "  sudo apt-get install -y$need" >&2
exit 1
