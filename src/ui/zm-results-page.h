/* zm-results-page.h: the chart and the result per pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_TYPE_RESULTS_PAGE (zm_results_page_get_type ())
G_DECLARE_FINAL_TYPE (ZmResultsPage, zm_results_page, ZM, RESULTS_PAGE, AdwBin)

/* Property "assessment" (ZmAssessment, nullable). The page follows the
 * assessment's "changed" signal itself; the window only sets the property. */
GtkWidget    *zm_results_page_new             (void);
ZmAssessment *zm_results_page_get_assessment  (ZmResultsPage *self);
void          zm_results_page_set_assessment  (ZmResultsPage *self,
                                               ZmAssessment  *assessment);
/* The earlier assessment shown on the chart, NULL when not comparing. */
ZmAssessment *zm_results_page_get_previous    (ZmResultsPage *self);

G_END_DECLS
