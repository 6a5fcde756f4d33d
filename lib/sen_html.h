/*
 * sen_html.h: the monitoring report as one self-contained HTML file.
 *
 * The file holds its stylesheet, for the screen and for A4 paper, and
 * its charts as inline SVG; it loads nothing and runs no script.  Every
 * text that comes from the data or the options is escaped.
 */
#ifndef SEN_HTML_H
#define SEN_HTML_H

#include <stdio.h>

#include "sen_report.h"

/*
 * Renders the report chosen with sen_report_choose() to fp: the title,
 * organisation, period and as-of day; the headline table with a red,
 * amber or green status; a line chart of the shares within the limit
 * against the target and a chart of requests against the historical
 * level, each with its figures in words; the trend table; a table per
 * group; the notes.  Returns SEN_OK, SEN_ENOMEM, or SEN_EIO when a write
 * to fp failed.
 */
int sen_html_render(const struct sen_report *r, FILE *fp);

/* Writes s as HTML text or attribute value: & < > " ' as references,
 * control bytes as '?'. */
void sen_html_text(FILE *fp, const char *s);

#endif
