/* zm-chart-data.h: the plain data of the chart and the checklist graphic,
 * built from an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-assessment.h"
#include "zm-checklist-graphic.h"
#include "zm-radar-data.h"
#include "zm-scoring.h"

G_BEGIN_DECLS

/* One axis per included pillar of @model, in model order: the current
 * score (NAN when not determined), the target when any pillar has one, and
 * @previous's score (matched by pillar id) under the legend name
 * @previous_name when @previous is not NULL. */
ZmRadarData     *zm_radar_data_new_for_result         (ZmModel        *model,
                                                       const ZmResult *result,
                                                       const ZmResult *previous,
                                                       const char     *previous_name);
/* The same, scoring @assessment and @previous (nullable) itself; the
 * previous shape is named after the earlier assessment's date. */
ZmRadarData     *zm_radar_data_new_for_assessment     (ZmAssessment   *assessment,
                                                       ZmAssessment   *previous);
ZmChecklistData *zm_checklist_data_new_for_assessment (ZmAssessment   *assessment);

/* For g_ptr_array_sort() on an array of ZmPillarResult pointers: the
 * largest gap to the target first. */
int              zm_pillar_result_compare_gaps        (gconstpointer   a,
                                                       gconstpointer   b);

/* The assessment's date (or, without one, the day it was created) in the
 * UI language. */
char            *zm_assessment_format_date            (ZmAssessment   *assessment);

G_END_DECLS
