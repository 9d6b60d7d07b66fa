/* zm-checklist-page.h: the eight steps of the marketing challenge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_TYPE_CHECKLIST_PAGE (zm_checklist_page_get_type ())
G_DECLARE_FINAL_TYPE (ZmChecklistPage, zm_checklist_page, ZM, CHECKLIST_PAGE, AdwBin)

/* Property "assessment" (ZmAssessment, nullable). Edits go straight to the
 * assessment's ZmChecklistItems. */
GtkWidget    *zm_checklist_page_new             (void);
ZmAssessment *zm_checklist_page_get_assessment  (ZmChecklistPage *self);
void          zm_checklist_page_set_assessment  (ZmChecklistPage *self,
                                                 ZmAssessment    *assessment);

G_END_DECLS
