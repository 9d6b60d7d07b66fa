/* zm-report.h: the board report, paginated, drawn on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

/* A4 portrait, in points. */
#define ZM_REPORT_A4_WIDTH  595.2756
#define ZM_REPORT_A4_HEIGHT 841.8898

#define ZM_TYPE_REPORT (zm_report_get_type ())
G_DECLARE_FINAL_TYPE (ZmReport, zm_report, ZM, REPORT, GObject)

/* Takes a snapshot of everything the report shows, in the UI language:
 * later changes to @assessment do not change the report. @previous
 * (nullable) is the earlier assessment drawn on the chart. */
ZmReport   *zm_report_new            (ZmAssessment *assessment,
                                      ZmAssessment *previous);

/* The report laid out on pages of the given size, in points (the PDF
 * export uses A4; printing passes the printer's page). Pages count from 0. */
guint       zm_report_get_n_pages    (ZmReport     *self,
                                      double        width_pt,
                                      double        height_pt);
void        zm_report_draw_page      (ZmReport     *self,
                                      cairo_t      *cr,
                                      guint         page,
                                      double        width_pt,
                                      double        height_pt);

/* For the PDF's metadata and the print job's name. */
const char *zm_report_get_title      (ZmReport     *self);
const char *zm_report_get_author     (ZmReport     *self);
const char *zm_report_get_subject    (ZmReport     *self);

G_END_DECLS
