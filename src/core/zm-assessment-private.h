/* zm-assessment-private.h: what the document reader needs beyond the API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-assessment.h"

G_BEGIN_DECLS

void        zm_assessment_set_created (ZmAssessment *self,
                                       GDateTime    *created);

/* The current time in UTC, whole seconds: the precision the file keeps, so
 * that a saved and reopened assessment compares equal. */
GDateTime  *zm_now_utc                (void);

G_END_DECLS

G_BEGIN_DECLS

/* While loading, setting content is not a change: "modified" and
 * "changed" stay quiet until zm_assessment_end_load(). */
void        zm_assessment_begin_load  (ZmAssessment *self);
void        zm_assessment_end_load    (ZmAssessment *self);

G_END_DECLS
