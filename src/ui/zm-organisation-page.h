/* zm-organisation-page.h: the organisation, the pillars to assess and the targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_TYPE_ORGANISATION_PAGE (zm_organisation_page_get_type ())
G_DECLARE_FINAL_TYPE (ZmOrganisationPage, zm_organisation_page, ZM, ORGANISATION_PAGE, AdwBin)

/* Property "assessment" (ZmAssessment, nullable). Every field writes
 * straight to the assessment and follows it. */
GtkWidget    *zm_organisation_page_new             (void);
ZmAssessment *zm_organisation_page_get_assessment  (ZmOrganisationPage *self);
void          zm_organisation_page_set_assessment  (ZmOrganisationPage *self,
                                                    ZmAssessment       *assessment);

G_END_DECLS
