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
/* US Letter, for organisations that print on it. */
#define ZM_REPORT_LETTER_WIDTH  612.0
#define ZM_REPORT_LETTER_HEIGHT 792.0

/**
 * ZmReportOptions:
 * @include_notes: the notes given with the answers and the checklist's
 *   steps; left out, the report can go where those remarks should not
 * @page_width: in points
 * @page_height: in points
 */
typedef struct {
  gboolean include_notes;
  double   page_width;
  double   page_height;
} ZmReportOptions;

/* A4 with the notes. */
void        zm_report_options_init   (ZmReportOptions *options);

#define ZM_TYPE_REPORT (zm_report_get_type ())
G_DECLARE_FINAL_TYPE (ZmReport, zm_report, ZM, REPORT, GObject)

/* Takes a snapshot of everything the report shows, in the UI language:
 * later changes to @assessment do not change the report. @previous
 * (nullable) is the earlier assessment drawn on the chart. */
ZmReport   *zm_report_new            (ZmAssessment *assessment,
                                      ZmAssessment *previous);
/* As zm_report_new(); @options (nullable: the defaults) says what the
 * report holds. */
ZmReport   *zm_report_new_with_options (ZmAssessment          *assessment,
                                        ZmAssessment          *previous,
                                        const ZmReportOptions *options);

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
/* The page size of the options it was made with, for a PDF; printing
 * lays it out on the printer's paper. */
double      zm_report_get_page_width  (ZmReport    *self);
double      zm_report_get_page_height (ZmReport    *self);
const char *zm_report_get_title      (ZmReport     *self);
const char *zm_report_get_author     (ZmReport     *self);
const char *zm_report_get_subject    (ZmReport     *self);

G_END_DECLS
