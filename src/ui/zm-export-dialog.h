/* zm-export-dialog.h: export options, the dialog that asks for them, and
 * the export jobs that write a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"
#include "zm-report.h"

G_BEGIN_DECLS

typedef enum {
  ZM_EXPORT_CHART,
  ZM_EXPORT_CHECKLIST,
  ZM_EXPORT_REPORT,
  ZM_EXPORT_CSV,
  ZM_EXPORT_SLIDES,
} ZmExportKind;

typedef enum {
  ZM_EXPORT_FORMAT_PNG,
  ZM_EXPORT_FORMAT_SVG,
  ZM_EXPORT_FORMAT_PDF,
  ZM_EXPORT_FORMAT_CSV,
  ZM_EXPORT_FORMAT_PPTX,
} ZmExportFormat;

/**
 * ZmExportOptions:
 * @format: the file format; the report is always PDF, the scores CSV,
 *   the slides PDF or PPTX
 * @width: of a PNG, in pixels at scale 1
 * @height: of a PNG, in pixels at scale 1
 * @scale: pixels per point of a PNG: 2 gives the same picture at twice
 *   the width and height in pixels, sharper
 * @transparent: a PNG without background
 * @separator: the CSV field separator
 * @decimal_mark: the CSV decimal mark
 * @report: the report's paper size and whether it holds the notes
 */
typedef struct {
  ZmExportFormat format;
  int            width;
  int            height;
  int            scale;
  gboolean       transparent;
  char           separator;
  char           decimal_mark;
  ZmReportOptions report;
} ZmExportOptions;

/* The defaults, with the PNG size and background from @settings when it is
 * not NULL, and the CSV convention of the user's locale (Dutch: ';' and
 * ',', so that a spreadsheet opens the file right). */
void         zm_export_options_init           (ZmExportOptions       *options,
                                               GSettings             *settings);
const char  *zm_export_format_get_extension   (ZmExportFormat         format);
const char  *zm_export_format_get_mime_type   (ZmExportFormat         format);

/* Writes @kind of @assessment to @file. @previous (nullable) is the earlier
 * assessment shown on the chart. Safe to call in a thread when no other
 * thread uses @assessment and @previous. */
gboolean     zm_export_to_file                (ZmExportKind           kind,
                                               ZmAssessment          *assessment,
                                               ZmAssessment          *previous,
                                               const ZmExportOptions *options,
                                               GFile                 *file,
                                               GCancellable          *cancellable,
                                               GError               **error);
/* The same in a worker thread, on a copy of @assessment taken now, so the
 * user can go on editing. When @previous_uri is not NULL the worker loads
 * that file for the chart's previous shape (and leaves it out when it can
 * not be read). */
void         zm_export_to_file_async          (ZmExportKind           kind,
                                               ZmAssessment          *assessment,
                                               const char            *previous_uri,
                                               const ZmExportOptions *options,
                                               GFile                 *file,
                                               GCancellable          *cancellable,
                                               GAsyncReadyCallback    callback,
                                               gpointer               user_data);
gboolean     zm_export_to_file_finish         (GAsyncResult          *result,
                                               GError               **error);

/* The chart as a PNG in memory on a white background, drawn in a worker
 * thread: what the clipboard gets. */
void         zm_export_chart_png_async        (ZmAssessment          *assessment,
                                               ZmAssessment          *previous,
                                               int                    width,
                                               int                    height,
                                               GCancellable          *cancellable,
                                               GAsyncReadyCallback    callback,
                                               gpointer               user_data);
GBytes      *zm_export_chart_png_finish       (GAsyncResult          *result,
                                               GError               **error);

#define ZM_TYPE_EXPORT_DIALOG (zm_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZmExportDialog, zm_export_dialog, ZM, EXPORT_DIALOG, AdwMessageDialog)

/* Asks for format, PNG size, scale and background (for the slides: PPTX
 * or PDF); responds "export" or "cancel". The choice is remembered in
 * @settings on "export". */
ZmExportDialog *zm_export_dialog_new          (GtkWindow             *parent,
                                               ZmExportKind           kind,
                                               GSettings             *settings);
void            zm_export_dialog_get_options  (ZmExportDialog        *self,
                                               ZmExportOptions       *options);
ZmExportKind    zm_export_dialog_get_kind     (ZmExportDialog        *self);

G_END_DECLS
