/* zm-csv.h: the scores per pillar as CSV, for spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "zm-assessment.h"
#include "zm-collection.h"
#include "zm-scoring.h"

G_BEGIN_DECLS

/* Column ids of the header row; stable and English in every locale. */
#define ZM_CSV_HEADER "pillar,name,stage,score,fit1,fit2,fit3,fit4,completeness,target," \
                      "respondents,score_min,score_max,score_sd,disagreements,fit_spread,clear"

/* RFC 4180 with @separator between fields and @decimal_mark in numbers:
 * UTF-8 with a byte order mark (so spreadsheets detect the encoding), CRLF
 * line ends, one row per pillar in model order. Score and fits have two
 * decimals, completeness is a fraction with two decimals; a figure that is
 * not determined (or a pillar that is not included) is an empty field.
 * Then the team's spread: respondents with a score of their own, the lowest
 * and highest of those scores and their standard deviation, the number of
 * disagreements, the fit spread and whether the profile is clear (1 or 0,
 * empty where the fit spread is). */
GBytes *zm_csv_write               (ZmAssessment   *assessment,
                                    const ZmResult *result,
                                    char            separator,
                                    char            decimal_mark);

#define ZM_CSV_COLLECTION_HEADER \
  "organisation,unit,date,file,pillar,name,stage,score,completeness,indicative"

/* The same conventions for a comparison: one row per document and
 * included pillar, in the collection's order (organisation, unit, date)
 * and model order; stage and score are those of the document's own CSV,
 * indicative is "yes" or "no". */
GBytes *zm_csv_write_collection    (ZmCollection   *collection,
                                    char            separator,
                                    char            decimal_mark);

/* The separator and decimal mark that a spreadsheet in the user's locale
 * expects: ',' and '.' where the decimal mark is a point, else ';' and the
 * locale's mark (Dutch: ';' and ','). */
void    zm_csv_get_locale_format   (char           *separator,
                                    char           *decimal_mark);

G_END_DECLS
