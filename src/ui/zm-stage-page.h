/* zm-stage-page.h: the statements of one stage of one pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_TYPE_STAGE_PAGE (zm_stage_page_get_type ())
G_DECLARE_FINAL_TYPE (ZmStagePage, zm_stage_page, ZM, STAGE_PAGE, AdwBin)

/* Properties "assessment" (ZmAssessment) and "stage" (ZmStage), both
 * nullable; the page shows one ZmStatementRow per statement of the stage. */
GtkWidget    *zm_stage_page_new              (void);
ZmAssessment *zm_stage_page_get_assessment   (ZmStagePage  *self);
void          zm_stage_page_set_assessment   (ZmStagePage  *self,
                                              ZmAssessment *assessment);
ZmStage      *zm_stage_page_get_stage        (ZmStagePage  *self);
void          zm_stage_page_set_stage        (ZmStagePage  *self,
                                              ZmStage      *stage);
/* Moves the keyboard focus to the first statement, so that the number keys
 * rate it at once. */
void          zm_stage_page_focus_first_row  (ZmStagePage  *self);
/* The row of @statement, when the page shows it. */
void          zm_stage_page_focus_statement  (ZmStagePage  *self,
                                              ZmStatement  *statement);
/* The first statement without an answer, else the first. */
void          zm_stage_page_focus_first_open_row (ZmStagePage *self);

G_END_DECLS
