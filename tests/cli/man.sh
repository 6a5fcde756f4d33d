# The manual pages are well-formed mdoc.

for m in man/*.[17]; do
	if mandoc -Tlint -W warning "$m" >"$tmp/lint" 2>&1; then
		ok
	else
		no "mandoc -Tlint $m"
		head -5 "$tmp/lint"
	fi
done
