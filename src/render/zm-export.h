/* zm-export.h: the chart, the checklist and the report as files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-assessment.h"
#include "zm-checklist-graphic.h"
#include "zm-compare-data.h"
#include "zm-radar-data.h"
#include "zm-report.h"

G_BEGIN_DECLS

#define ZM_EXPORT_ERROR (zm_export_error_quark ())

typedef enum {
  ZM_EXPORT_ERROR_UNKNOWN_FORMAT,  /* the file name has no .png, .svg or .pdf */
  ZM_EXPORT_ERROR_INVALID_SIZE,    /* width, height or scale out of range */
  ZM_EXPORT_ERROR_FAILED,          /* cairo could not draw or write */
} ZmExportError;

typedef enum {
  ZM_IMAGE_FORMAT_PNG,
  ZM_IMAGE_FORMAT_SVG,
  ZM_IMAGE_FORMAT_PDF,
} ZmImageFormat;

/* The slide deck: a PDF with a 16:9 page per slide, or a PowerPoint file. */
typedef enum {
  ZM_SLIDES_FORMAT_PDF,
  ZM_SLIDES_FORMAT_PPTX,
} ZmSlidesFormat;

/* Sizes are limited so that a typo cannot ask for gigabytes. */
#define ZM_EXPORT_MIN_SIZE 100
#define ZM_EXPORT_MAX_SIZE 10000
#define ZM_EXPORT_MAX_SCALE 4.0
#define ZM_EXPORT_MAX_PIXELS 16384

/**
 * ZmImageOptions:
 * @width: the drawing's width in points (100–10000); a PNG at scale 1
 *   is this many pixels wide. 0 picks the default for what is exported.
 * @height: likewise
 * @scale: PNG only, pixels per point (1–4): the PNG is @width × @scale by
 *   @height × @scale pixels, the same picture as at scale 1, sharper (for
 *   HiDPI screens and print); at most ZM_EXPORT_MAX_PIXELS a side
 * @transparent: PNG and SVG: leave the background out (PDF is always white)
 * @dark: draw in the dark style
 */
typedef struct {
  int      width;
  int      height;
  double   scale;
  gboolean transparent;
  gboolean dark;
} ZmImageOptions;

GQuark     zm_export_error_quark          (void);

/* 0 × 0, scale 1, white background, light style. */
void       zm_image_options_init          (ZmImageOptions        *options);
/* From the file name's extension, case-insensitive; ZM_EXPORT_ERROR_UNKNOWN_FORMAT
 * otherwise. */
gboolean   zm_image_format_from_path      (const char            *path,
                                           ZmImageFormat         *format,
                                           GError               **error);
/* .pdf or .pptx, case-insensitive; ZM_EXPORT_ERROR_UNKNOWN_FORMAT otherwise. */
gboolean   zm_slides_format_from_path     (const char            *path,
                                           ZmSlidesFormat        *format,
                                           GError               **error);

/* Command line style: the format from @path's extension, written
 * atomically (an existing file is replaced only once the new one is
 * complete). @previous (nullable) is the earlier assessment drawn on the
 * chart. The report is always A4 PDF; the slides
 * are PDF or PPTX from @path's extension. */
gboolean   zm_export_chart                (ZmAssessment          *assessment,
                                           ZmAssessment          *previous,
                                           const char            *path,
                                           const ZmImageOptions  *options,
                                           GError               **error);
gboolean   zm_export_checklist            (ZmAssessment          *assessment,
                                           const char            *path,
                                           const ZmImageOptions  *options,
                                           GError               **error);
gboolean   zm_export_report               (ZmAssessment          *assessment,
                                           ZmAssessment          *previous,
                                           const char            *path,
                                           GError               **error);
gboolean   zm_export_slides               (ZmAssessment          *assessment,
                                           ZmAssessment          *previous,
                                           const char            *path,
                                           GError               **error);

/* Window style: a GFile and an explicit format; safe in a worker thread
 * when no other thread uses the assessments. */
gboolean   zm_export_chart_to_file        (ZmAssessment          *assessment,
                                           ZmAssessment          *previous,
                                           GFile                 *file,
                                           ZmImageFormat          format,
                                           const ZmImageOptions  *options,
                                           GCancellable          *cancellable,
                                           GError               **error);
gboolean   zm_export_checklist_to_file    (ZmAssessment          *assessment,
                                           GFile                 *file,
                                           ZmImageFormat          format,
                                           const ZmImageOptions  *options,
                                           GCancellable          *cancellable,
                                           GError               **error);
/* @options: nullable, the defaults (A4 with the notes) */
gboolean   zm_export_report_to_file       (ZmAssessment          *assessment,
                                           ZmAssessment          *previous,
                                           const ZmReportOptions *options,
                                           GFile                 *file,
                                           GCancellable          *cancellable,
                                           GError               **error);
gboolean   zm_export_slides_to_file       (ZmAssessment          *assessment,
                                           ZmAssessment          *previous,
                                           GFile                 *file,
                                           ZmSlidesFormat         format,
                                           GCancellable          *cancellable,
                                           GError               **error);

/* From plain data (tests, a chart built elsewhere). */
gboolean   zm_export_radar_data_to_file   (const ZmRadarData     *data,
                                           GFile                 *file,
                                           ZmImageFormat          format,
                                           const ZmImageOptions  *options,
                                           GCancellable          *cancellable,
                                           GError               **error);
gboolean   zm_export_checklist_data_to_file (const ZmChecklistData *data,
                                           GFile                 *file,
                                           ZmImageFormat          format,
                                           const ZmImageOptions  *options,
                                           GCancellable          *cancellable,
                                           GError               **error);
/* The chart as PNG bytes, for the clipboard. */
GBytes    *zm_export_chart_png_bytes      (const ZmRadarData     *data,
                                           const ZmImageOptions  *options,
                                           GError               **error);

/* --- comparisons of many assessments --- */

typedef enum {
  ZM_COMPARE_VIEW_HEATMAP,
  ZM_COMPARE_VIEW_TREND,
} ZmCompareView;

/* A4 landscape, in points: the comparison's PDF pages. */
#define ZM_EXPORT_COMPARE_PAGE_WIDTH  842
#define ZM_EXPORT_COMPARE_PAGE_HEIGHT 595

/* PNG and SVG: one picture of @view; the heat map with every unit, the
 * trend with its pages one below the other (as many as the largest
 * picture allows at the default page height, each naming which page of
 * how many it is); the default height grows with them. PDF: the heat
 * map's pages and then, when a unit has two or more dated assessments,
 * the trend's, all A4 landscape; @view does not apply. @page is unused:
 * pass 0. */
gboolean   zm_export_comparison_to_file   (const ZmCompareData   *data,
                                           ZmCompareView          view,
                                           guint                  page,
                                           GFile                 *file,
                                           ZmImageFormat          format,
                                           const ZmImageOptions  *options,
                                           GCancellable          *cancellable,
                                           GError               **error);
/* The format from @path's extension, as for the command line. */
gboolean   zm_export_comparison           (const ZmCompareData   *data,
                                           const char            *path,
                                           const ZmImageOptions  *options,
                                           GError               **error);
/* @view as PNG bytes, for the clipboard. */
GBytes    *zm_export_comparison_png_bytes (const ZmCompareData   *data,
                                           ZmCompareView          view,
                                           guint                  page,
                                           const ZmImageOptions  *options,
                                           GError               **error);

G_END_DECLS
