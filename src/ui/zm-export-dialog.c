/* zm-export-dialog.c: export options, the dialog that asks for them, and
 * the export jobs that write a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-accessible.h"
#include "zm-chart-data.h"
#include "zm-csv.h"
#include "zm-document.h"
#include "zm-export.h"
#include "zm-export-dialog.h"
#include "zm-scoring.h"

#define DEFAULT_WIDTH 1920
#define DEFAULT_HEIGHT 1080

/* The report's paper sizes, as the enum of the "report-paper" setting and
 * the rows of the dialog's paper choice. */
enum {
  PAPER_A4,
  PAPER_LETTER,
};

/* Options ----------------------------------------------------------------- */

void
zm_export_options_init (ZmExportOptions *options,
                        GSettings       *settings)
{
  g_return_if_fail (options != NULL);

  options->format = ZM_EXPORT_FORMAT_PNG;
  options->width = DEFAULT_WIDTH;
  options->height = DEFAULT_HEIGHT;
  options->scale = 1;
  options->transparent = FALSE;
  zm_csv_get_locale_format (&options->separator, &options->decimal_mark);
  zm_report_options_init (&options->report);

  if (settings != NULL)
    {
      options->width = g_settings_get_int (settings, "export-width");
      options->height = g_settings_get_int (settings, "export-height");
      options->transparent = g_settings_get_boolean (settings, "export-transparent");
      options->report.include_notes = g_settings_get_boolean (settings, "report-notes");
      if (g_settings_get_enum (settings, "report-paper") == PAPER_LETTER)
        {
          options->report.page_width = ZM_REPORT_LETTER_WIDTH;
          options->report.page_height = ZM_REPORT_LETTER_HEIGHT;
        }
    }
}

const char *
zm_export_format_get_extension (ZmExportFormat format)
{
  switch (format)
    {
    case ZM_EXPORT_FORMAT_PNG:
      return "png";
    case ZM_EXPORT_FORMAT_SVG:
      return "svg";
    case ZM_EXPORT_FORMAT_PDF:
      return "pdf";
    case ZM_EXPORT_FORMAT_CSV:
      return "csv";
    case ZM_EXPORT_FORMAT_PPTX:
      return "pptx";
    default:
      g_return_val_if_reached ("png");
    }
}

const char *
zm_export_format_get_mime_type (ZmExportFormat format)
{
  switch (format)
    {
    case ZM_EXPORT_FORMAT_PNG:
      return "image/png";
    case ZM_EXPORT_FORMAT_SVG:
      return "image/svg+xml";
    case ZM_EXPORT_FORMAT_PDF:
      return "application/pdf";
    case ZM_EXPORT_FORMAT_CSV:
      return "text/csv";
    case ZM_EXPORT_FORMAT_PPTX:
      return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    default:
      g_return_val_if_reached ("application/octet-stream");
    }
}

/* Jobs ---------------------------------------------------------------------- */

static gboolean
write_csv (ZmAssessment           *assessment,
           const ZmExportOptions  *options,
           GFile                  *file,
           GCancellable           *cancellable,
           GError                **error)
{
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);
  g_autoptr(GBytes) bytes = zm_csv_write (assessment, result,
                                          options->separator, options->decimal_mark);

  return g_file_replace_contents (file,
                                  g_bytes_get_data (bytes, NULL),
                                  g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

static ZmImageFormat
image_format (const ZmExportOptions *options)
{
  switch (options->format)
    {
    case ZM_EXPORT_FORMAT_SVG:
      return ZM_IMAGE_FORMAT_SVG;
    case ZM_EXPORT_FORMAT_PDF:
      return ZM_IMAGE_FORMAT_PDF;
    case ZM_EXPORT_FORMAT_PNG:
    case ZM_EXPORT_FORMAT_CSV:
    case ZM_EXPORT_FORMAT_PPTX:
    default:
      return ZM_IMAGE_FORMAT_PNG;
    }
}

/* A pixel size and a background only mean something for a PNG; SVG and PDF
 * get render's default page. */
static void
image_options (const ZmExportOptions *options,
               ZmImageOptions        *image)
{
  zm_image_options_init (image);
  if (options->format != ZM_EXPORT_FORMAT_PNG)
    return;

  image->width = options->width;
  image->height = options->height;
  image->scale = options->scale;
  image->transparent = options->transparent;
}

gboolean
zm_export_to_file (ZmExportKind            kind,
                   ZmAssessment           *assessment,
                   ZmAssessment           *previous,
                   const ZmExportOptions  *options,
                   GFile                  *file,
                   GCancellable           *cancellable,
                   GError                **error)
{
  ZmImageOptions image;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  image_options (options, &image);

  switch (kind)
    {
    case ZM_EXPORT_CHART:
      return zm_export_chart_to_file (assessment, previous, file, image_format (options),
                                      &image, cancellable, error);
    case ZM_EXPORT_CHECKLIST:
      return zm_export_checklist_to_file (assessment, file, image_format (options),
                                          &image, cancellable, error);
    case ZM_EXPORT_REPORT:
      return zm_export_report_to_file (assessment, previous, &options->report, file, cancellable, error);
    case ZM_EXPORT_CSV:
      return write_csv (assessment, options, file, cancellable, error);
    case ZM_EXPORT_SLIDES:
      return zm_export_slides_to_file (assessment, previous, file,
                                       options->format == ZM_EXPORT_FORMAT_PPTX
                                       ? ZM_SLIDES_FORMAT_PPTX : ZM_SLIDES_FORMAT_PDF,
                                       cancellable, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

typedef struct {
  ZmExportKind     kind;
  GBytes          *document;
  ZmModel         *model;
  char            *previous_uri;
  ZmExportOptions  options;
  GFile           *file;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *d = data;

  g_clear_pointer (&d->document, g_bytes_unref);
  g_clear_object (&d->model);
  g_clear_pointer (&d->previous_uri, g_free);
  g_clear_object (&d->file);
  g_free (d);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *d = task_data;
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(ZmAssessment) previous = NULL;
  g_autoptr(GError) error = NULL;

  assessment = zm_document_read_bytes (d->document, "export", d->model, &error);
  if (assessment == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The previous shape is a bonus: an export without it beats no export. */
  if (d->previous_uri != NULL)
    {
      g_autoptr(GFile) previous_file = g_file_new_for_uri (d->previous_uri);

      previous = zm_document_load (previous_file, d->model, NULL, cancellable, NULL);
    }

  if (zm_export_to_file (d->kind, assessment, previous, &d->options, d->file,
                         cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
zm_export_to_file_async (ZmExportKind           kind,
                         ZmAssessment          *assessment,
                         const char            *previous_uri,
                         const ZmExportOptions *options,
                         GFile                 *file,
                         GCancellable          *cancellable,
                         GAsyncReadyCallback    callback,
                         gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *d;

  g_return_if_fail (ZM_IS_ASSESSMENT (assessment));
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  /* The worker gets its own copy, through the document format, so the user
   * can go on editing while a large export runs. */
  d = g_new0 (ExportData, 1);
  d->kind = kind;
  d->document = zm_document_write_bytes (assessment);
  d->model = g_object_ref (zm_assessment_get_model (assessment));
  d->previous_uri = g_strdup (previous_uri);
  d->options = *options;
  d->file = g_object_ref (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, zm_export_to_file_async);
  g_task_set_task_data (task, d, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
zm_export_to_file_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The chart in memory ------------------------------------------------------------ */

typedef struct {
  ZmRadarData *data;
  int          width;
  int          height;
} PngData;

static void
png_data_free (gpointer data)
{
  PngData *d = data;

  g_clear_pointer (&d->data, zm_radar_data_free);
  g_free (d);
}

static void
chart_png_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  PngData *d = task_data;
  ZmImageOptions options;
  GError *error = NULL;
  GBytes *png;

  /* Light style on white, as on a slide. */
  zm_image_options_init (&options);
  options.width = d->width;
  options.height = d->height;
  png = zm_export_chart_png_bytes (d->data, &options, &error);
  if (png == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, png, (GDestroyNotify) g_bytes_unref);
}

void
zm_export_chart_png_async (ZmAssessment        *assessment,
                           ZmAssessment        *previous,
                           int                  width,
                           int                  height,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PngData *d;

  g_return_if_fail (ZM_IS_ASSESSMENT (assessment));
  g_return_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous));
  g_return_if_fail (width > 0 && height > 0);

  /* The chart's data is plain data: the worker needs nothing else. */
  d = g_new0 (PngData, 1);
  d->data = zm_radar_data_new_for_assessment (assessment, previous);
  d->width = width;
  d->height = height;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, zm_export_chart_png_async);
  g_task_set_task_data (task, d, png_data_free);
  g_task_run_in_thread (task, chart_png_thread);
}

GBytes *
zm_export_chart_png_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The dialog ------------------------------------------------------------------ */

struct _ZmExportDialog
{
  AdwMessageDialog  parent_instance;

  ZmExportKind      kind;
  GSettings        *settings;

  AdwComboRow      *format_row;
  GtkWidget        *width_row;
  GtkWidget        *height_row;
  GtkWidget        *scale_row;
  GtkWidget        *transparent_row;
  GtkSpinButton    *width_spin;
  GtkSpinButton    *height_spin;
  GtkSpinButton    *scale_spin;
  GtkSwitch        *transparent_switch;
  AdwComboRow      *paper_row;
  GtkWidget        *notes_row;
  GtkSwitch        *notes_switch;
};

G_DEFINE_FINAL_TYPE (ZmExportDialog, zm_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The slides offer their own formats, PowerPoint first: what a manager
 * edits. */
static const ZmExportFormat slides_formats[] = { ZM_EXPORT_FORMAT_PPTX, ZM_EXPORT_FORMAT_PDF };

static ZmExportFormat
selected_format (ZmExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  if (self->kind == ZM_EXPORT_REPORT)
    return ZM_EXPORT_FORMAT_PDF;
  if (self->kind == ZM_EXPORT_SLIDES)
    return slides_formats[MIN (selected, G_N_ELEMENTS (slides_formats) - 1)];
  return selected;
}

ZmExportKind
zm_export_dialog_get_kind (ZmExportDialog *self)
{
  g_return_val_if_fail (ZM_IS_EXPORT_DIALOG (self), ZM_EXPORT_CHART);

  return self->kind;
}

void
zm_export_dialog_get_options (ZmExportDialog  *self,
                              ZmExportOptions *options)
{
  g_return_if_fail (ZM_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  zm_export_options_init (options, NULL);
  options->format = selected_format (self);
  options->width = gtk_spin_button_get_value_as_int (self->width_spin);
  options->height = gtk_spin_button_get_value_as_int (self->height_spin);
  options->scale = gtk_spin_button_get_value_as_int (self->scale_spin);
  options->transparent = gtk_switch_get_active (self->transparent_switch);
  options->report.include_notes = gtk_switch_get_active (self->notes_switch);
  if (adw_combo_row_get_selected (self->paper_row) == PAPER_LETTER)
    {
      options->report.page_width = ZM_REPORT_LETTER_WIDTH;
      options->report.page_height = ZM_REPORT_LETTER_HEIGHT;
    }
}

/* Only a PNG has a pixel size and a background to choose. */
static void
on_options_changed (ZmExportDialog *self)
{
  ZmExportFormat format = selected_format (self);
  gboolean report = self->kind == ZM_EXPORT_REPORT;
  gboolean png = format == ZM_EXPORT_FORMAT_PNG && !report;
  g_autofree char *body = NULL;

  /* The report is a PDF: its choices are the paper and what it holds. */
  gtk_widget_set_visible (GTK_WIDGET (self->format_row), !report);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), report);
  gtk_widget_set_visible (self->notes_row, report);
  gtk_widget_set_visible (self->width_row, png);
  gtk_widget_set_visible (self->height_row, png);
  gtk_widget_set_visible (self->scale_row, png);
  gtk_widget_set_visible (self->transparent_row, png);

  if (report && gtk_switch_get_active (self->notes_switch))
    body = g_strdup (_("A PDF for the board: the result, each pillar, advice, the team, the "
                       "checklist and the notes given with the answers."));
  else if (report)
    body = g_strdup (_("A PDF for the board: the result, each pillar, advice, the team and the "
                       "checklist, without the notes given with the answers."));
  else if (png)
    /* Translators: in the export dialog, e.g. "An image of 1920 × 1080 pixels." */
    body = g_strdup_printf (_("An image of %d × %d pixels."),
                            gtk_spin_button_get_value_as_int (self->width_spin) *
                            gtk_spin_button_get_value_as_int (self->scale_spin),
                            gtk_spin_button_get_value_as_int (self->height_spin) *
                            gtk_spin_button_get_value_as_int (self->scale_spin));
  else if (format == ZM_EXPORT_FORMAT_SVG)
    body = g_strdup (_("A drawing that stays sharp at any size, for web pages and design programs."));
  else if (format == ZM_EXPORT_FORMAT_PPTX)
    body = g_strdup (_("Slides for PowerPoint, Impress or Keynote, with text you can edit and "
                       "notes for the presenter."));
  else if (self->kind == ZM_EXPORT_SLIDES)
    body = g_strdup (_("Widescreen slides as a PDF, to present full screen."));
  else
    body = g_strdup (_("A vector PDF, for printing and for documents."));

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}

static void
zm_export_dialog_response (AdwMessageDialog *dialog,
                           const char       *response)
{
  ZmExportDialog *self = ZM_EXPORT_DIALOG (dialog);

  if (g_strcmp0 (response, "export") == 0 && self->settings != NULL)
    {
      ZmExportOptions options;

      zm_export_dialog_get_options (self, &options);
      g_settings_set_int (self->settings, "export-width", options.width);
      g_settings_set_int (self->settings, "export-height", options.height);
      g_settings_set_boolean (self->settings, "export-transparent", options.transparent);
      if (self->kind == ZM_EXPORT_REPORT)
        {
          g_settings_set_boolean (self->settings, "report-notes", options.report.include_notes);
          g_settings_set_enum (self->settings, "report-paper",
                               adw_combo_row_get_selected (self->paper_row));
        }
    }

  if (ADW_MESSAGE_DIALOG_CLASS (zm_export_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (zm_export_dialog_parent_class)->response (dialog, response);
}

static void
zm_export_dialog_dispose (GObject *object)
{
  ZmExportDialog *self = ZM_EXPORT_DIALOG (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZM_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (zm_export_dialog_parent_class)->dispose (object);
}

static void
zm_export_dialog_class_init (ZmExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = zm_export_dialog_dispose;
  dialog_class->response = zm_export_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/zm-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, transparent_row);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, transparent_switch);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, ZmExportDialog, notes_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_options_changed);
}

static void
zm_export_dialog_init (ZmExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zm_accessible_combo_row_name_choices (GTK_WIDGET (self->format_row));
  zm_accessible_combo_row_name_choices (GTK_WIDGET (self->paper_row));
}

ZmExportDialog *
zm_export_dialog_new (GtkWindow    *parent,
                      ZmExportKind  kind,
                      GSettings    *settings)
{
  ZmExportDialog *self;
  ZmExportOptions options;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (kind == ZM_EXPORT_CHART || kind == ZM_EXPORT_CHECKLIST ||
                        kind == ZM_EXPORT_SLIDES || kind == ZM_EXPORT_REPORT, NULL);

  self = g_object_new (ZM_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->kind = kind;
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  kind == ZM_EXPORT_CHART ? _("Export Chart")
                                  : kind == ZM_EXPORT_SLIDES ? _("Export Presentation")
                                  : kind == ZM_EXPORT_REPORT ? _("Export Report")
                                  : _("Export Checklist"));
  if (kind == ZM_EXPORT_SLIDES)
    {
      const char * const names[] = { _("PowerPoint presentation"), _("PDF presentation"), NULL };
      g_autoptr(GtkStringList) formats = gtk_string_list_new (names);

      adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
    }
  zm_export_options_init (&options, settings);
  gtk_spin_button_set_value (self->width_spin, options.width);
  gtk_spin_button_set_value (self->height_spin, options.height);
  gtk_spin_button_set_value (self->scale_spin, options.scale);
  gtk_switch_set_active (self->transparent_switch, options.transparent);
  gtk_switch_set_active (self->notes_switch, options.report.include_notes);
  adw_combo_row_set_selected (self->paper_row,
                              options.report.page_width == ZM_REPORT_LETTER_WIDTH ? PAPER_LETTER : PAPER_A4);
  on_options_changed (self);

  return self;
}
