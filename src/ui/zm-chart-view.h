/* zm-chart-view.h: the radar chart as a widget, drawn through the render layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"
#include "zm-render-style.h"
#include "zm-scoring.h"

G_BEGIN_DECLS

#define ZM_TYPE_CHART_VIEW (zm_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (ZmChartView, zm_chart_view, ZM, CHART_VIEW, GtkWidget)

/* Properties "assessment" and "previous" (both ZmAssessment, nullable). The
 * view scores the assessment itself and scores again, once per main loop
 * iteration, after the assessment emits "changed". */
GtkWidget      *zm_chart_view_new             (void);
ZmAssessment   *zm_chart_view_get_assessment  (ZmChartView  *self);
void            zm_chart_view_set_assessment  (ZmChartView  *self,
                                               ZmAssessment *assessment);
ZmAssessment   *zm_chart_view_get_previous    (ZmChartView  *self);
void            zm_chart_view_set_previous    (ZmChartView  *self,
                                               ZmAssessment *previous);
/* The result the view shows now, NULL without an assessment. */
const ZmResult *zm_chart_view_get_result      (ZmChartView  *self);
/* The chart in words, with every score: the accessible description. */
char           *zm_chart_view_dup_description (ZmChartView  *self);
/* What the tooltip says about the pillar whose label or point is at
 * (@x, @y) in widget coordinates, or NULL. */
char           *zm_chart_view_describe_at     (ZmChartView  *self,
                                               double        x,
                                               double        y);

/* Every graphic on screen (the chart, the stage profiles, the checklist
 * graphic) is drawn by the render layer in the style these helpers pick:
 * dark or light after AdwStyleManager. */
void            zm_ui_get_render_style        (GtkWidget            *widget,
                                               ZmRenderStyle        *style);
void            zm_ui_draw_profile            (GtkWidget            *widget,
                                               cairo_t              *cr,
                                               const ZmPillarResult *result,
                                               int                   width,
                                               int                   height);
void            zm_ui_draw_checklist          (GtkWidget            *widget,
                                               cairo_t              *cr,
                                               ZmAssessment         *assessment,
                                               int                   width,
                                               int                   height);
/* The checklist graphic in words, for assistive technologies. */
char           *zm_ui_describe_checklist      (ZmAssessment         *assessment);

/* A score as the window shows it: two decimals in the user's locale, like
 * the command line's summary and the CSV, and never a figure that reads as
 * another stage (1.497 shows as 1.49, not 1.50, because its stage is 1).
 * NAN gives "–". */
char           *zm_ui_format_score            (double                score);

/* A wrapping section heading, an optional description and an
 * AdwPreferencesGroup (returned in @group_out) in a box: used where a
 * group's own title would be cut off on a narrow window. */
GtkWidget      *zm_ui_section_new             (const char           *title,
                                               const char           *description,
                                               GtkWidget           **group_out);

/* A text view for a note: wrapping, Tab moving on, @height tall at least,
 * with a margin of @vertical_margin above and below the text and 8 on the
 * sides, and @label as its accessible name. */
GtkWidget      *zm_ui_note_view_new           (const char           *label,
                                               int                   height,
                                               int                   vertical_margin);

G_END_DECLS
