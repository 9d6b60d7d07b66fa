/* zm-test-content.h: every field of an assessment, filled and compared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-assessment.h"

G_BEGIN_DECLS

/* Everything a user would miss if a save or a recovery lost it, as text:
 * the organisation, every answer and note, pillars, targets and every
 * checklist field. */
char         *zm_test_describe_assessment (ZmAssessment *assessment);

/* Gives every field of @assessment a value of its own, as a user filling
 * in the whole assessment would. */
void          zm_test_fill_assessment     (ZmAssessment *assessment);

G_END_DECLS
