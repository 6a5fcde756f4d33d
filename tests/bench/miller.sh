#!/bin/sh
# The job make bench gives Miller, the same as sen-weeks | sen-target
# does for its on-time figure: days from request to proposed statement,
# within 18 weeks (126 days), and the on-time share per half-year of
# issue.
exec mlr --icsv --ocsv filter 'is_not_empty($proposed_date)' \
    then put '$days = (strptime($proposed_date, "%Y-%m-%d") -
        strptime($request_date, "%Y-%m-%d")) / 86400;
    $within = $days <= 126 ? 1 : 0;
    $half = substr0($proposed_date, 0, 3) .
        (substr0($proposed_date, 5, 6) <= "06" ? "-H1" : "-H2")' \
    then stats1 -a mean,count -f within -g half "$1"
