/* zm-window-export.c: the window's export, print and copy actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file written here is drawn by the render layer, the same code the
 * command line and the chart widget use; this file only asks the user where
 * and how, runs the job off the main thread, and reports the outcome.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-application.h"
#include "zm-export-dialog.h"
#include "zm-report.h"
#include "zm-results-page.h"
#include "zm-window-private.h"

/* The clipboard copy: big enough for a full-screen slide. */
#define COPY_WIDTH 1600
#define COPY_HEIGHT 1200

static GSettings *
window_settings (ZmWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return app != NULL ? zm_application_get_settings (ZM_APPLICATION (app)) : NULL;
}

/* "Zorggroep De Linde radar.png"; a slash in the name would make a folder. */
static char *
suggest_file_name (ZmWindow   *self,
                   const char *what,
                   const char *extension)
{
  const char *organisation = zm_assessment_get_organisation_name (self->assessment);
  g_autofree char *base = NULL;

  if (organisation != NULL && *organisation != '\0')
    {
      g_autofree char *safe = g_strdelimit (g_strdup (organisation), "/\\:", '-');

      /* Translators: a suggested export file name: organisation and what is exported, e.g. "Zorggroep De Linde radar" */
      base = g_strdup_printf (C_("file name", "%s %s"), safe, what);
    }
  else
    base = g_strdup (what);

  return g_strconcat (base, ".", extension, NULL);
}

/* Running a job ------------------------------------------------------------- */

typedef struct {
  ZmWindow *window;
  GFile    *file;
} JobData;

static void
job_data_free (JobData *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_free (job);
}

/* The toast offers to open what was just written: the next thing a user
 * does with a report is look at it. */
static void
show_exported_toast (ZmWindow *self,
                     GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  /* Translators: a toast after an export, e.g. "Exported to De Linde radar.png" */
  g_autofree char *message = g_strdup_printf (_("Exported to “%s”"), name);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-exported");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
open_exported_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  JobData *job = user_data;
  g_autoptr(GError) error = NULL;

  if (zm_export_to_file_finish (result, &error))
    show_exported_toast (job->window, job->file);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    zm_window_show_error (job->window, _("Could not export"), error);

  job_data_free (job);
}

void
zm_window_export_to_file (ZmWindow              *self,
                          ZmExportKind           kind,
                          const ZmExportOptions *options,
                          GFile                 *file)
{
  JobData *job;

  g_return_if_fail (ZM_IS_WINDOW (self));
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  if (self->assessment == NULL)
    return;

  job = g_new0 (JobData, 1);

  job->window = g_object_ref (self);
  job->file = g_object_ref (file);
  zm_export_to_file_async (kind, self->assessment,
                           zm_assessment_get_previous_uri (self->assessment),
                           options, file, self->cancellable, on_export_done, job);
}

/* Asking where ---------------------------------------------------------------- */

typedef struct {
  ZmWindow        *window;
  ZmExportKind     kind;
  ZmExportOptions  options;
} SaveData;

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  SaveData *save = user_data;

  if (response == GTK_RESPONSE_ACCEPT && save->window->assessment != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      zm_window_export_to_file (save->window, save->kind, &save->options, file);
    }

  g_object_unref (save->window);
  g_free (save);
  g_object_unref (chooser);
}

static const char *
kind_title (ZmExportKind kind)
{
  switch (kind)
    {
    case ZM_EXPORT_CHART:
      return _("Export Chart");
    case ZM_EXPORT_CHECKLIST:
      return _("Export Checklist");
    case ZM_EXPORT_REPORT:
      return _("Export Report");
    case ZM_EXPORT_CSV:
      return _("Export Scores");
    case ZM_EXPORT_SLIDES:
      return _("Export Presentation");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
kind_file_word (ZmExportKind kind)
{
  switch (kind)
    {
    case ZM_EXPORT_CHART:
      return C_("file name", "radar");
    case ZM_EXPORT_CHECKLIST:
      return C_("file name", "checklist");
    case ZM_EXPORT_REPORT:
      return C_("file name", "report");
    case ZM_EXPORT_CSV:
      return C_("file name", "scores");
    case ZM_EXPORT_SLIDES:
      return C_("file name", "presentation");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What goes to the board lands with the user's documents, not next to
 * the assessment (which may be the example, inside the application). */
static GFile *
default_export_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

static void
ask_for_file (ZmWindow              *self,
              ZmExportKind           kind,
              const ZmExportOptions *options)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *extension = zm_export_format_get_extension (options->format);
  g_autofree char *name = suggest_file_name (self, kind_file_word (kind), extension);
  g_autofree char *pattern = g_strconcat ("*.", extension, NULL);
  g_autoptr(GFile) folder = default_export_folder ();
  SaveData *save;

  chooser = gtk_file_chooser_native_new (kind_title (kind), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_add_mime_type (filter, zm_export_format_get_mime_type (options->format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_set_name (filter, g_ascii_strup (extension, -1));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);

  save = g_new0 (SaveData, 1);
  save->window = g_object_ref (self);
  save->kind = kind;
  save->options = *options;
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), save);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_options_response (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  ZmWindow *self = user_data;
  ZmExportOptions options;

  if (g_strcmp0 (response, "export") != 0 || self->assessment == NULL)
    return;

  zm_export_dialog_get_options (ZM_EXPORT_DIALOG (dialog), &options);
  ask_for_file (self, zm_export_dialog_get_kind (ZM_EXPORT_DIALOG (dialog)), &options);
}

static void
ask_for_options (ZmWindow     *self,
                 ZmExportKind  kind)
{
  ZmExportDialog *dialog = zm_export_dialog_new (GTK_WINDOW (self), kind, window_settings (self));

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_options_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The actions ------------------------------------------------------------------ */

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ask_for_options (ZM_WINDOW (widget), ZM_EXPORT_CHART);
}

static void
export_checklist_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  ask_for_options (ZM_WINDOW (widget), ZM_EXPORT_CHECKLIST);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ask_for_options (ZM_WINDOW (widget), ZM_EXPORT_REPORT);
}

static void
export_slides_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ask_for_options (ZM_WINDOW (widget), ZM_EXPORT_SLIDES);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ZmExportOptions options;

  /* In the user's locale, so a double click opens it right in a spreadsheet. */
  zm_export_options_init (&options, NULL);
  options.format = ZM_EXPORT_FORMAT_CSV;
  ask_for_file (ZM_WINDOW (widget), ZM_EXPORT_CSV, &options);
}

/* Printing: the report's own pages, drawn by the same code as its PDF. */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                ZmReport          *report)
{
  guint n_pages = zm_report_get_n_pages (report,
                                         gtk_print_context_get_width (context),
                                         gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              ZmReport          *report)
{
  zm_report_draw_page (report, gtk_print_context_get_cairo_context (context), page_nr,
                       gtk_print_context_get_width (context),
                       gtk_print_context_get_height (context));
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               ZmWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  zm_window_show_error (self, _("Could not print"), error);
}

static ZmAssessment *
shown_previous (ZmWindow *self)
{
  GtkWidget *results_page = zm_window_get_results_page (self);

  if (results_page == NULL || !ZM_IS_RESULTS_PAGE (results_page))
    return NULL;

  return zm_results_page_get_previous (ZM_RESULTS_PAGE (results_page));
}

static GtkPrintOperation *
create_print_operation (ZmWindow *self)
{
  g_autoptr(ZmReport) report = zm_report_new (self->assessment, shown_previous (self));
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPrintOperation *operation = gtk_print_operation_new ();

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The report draws its own margins, as in the PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, zm_report_get_title (report));

  g_object_set_data_full (G_OBJECT (operation), "zm-report",
                          g_object_ref (report), g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), report);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  return operation;
}

static void
print_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->assessment == NULL)
    return;

  operation = create_print_operation (self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    zm_window_show_error (self, _("Could not print"), error);
}

/* Copying: a PNG on white, which every presentation program pastes. */

static void
on_chart_png_ready (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ZmWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = zm_export_chart_png_finish (result, &error);
  g_autoptr(GdkTexture) texture = NULL;

  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      zm_window_show_error (self, _("Could not copy the chart"), error);
      return;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  zm_window_show_toast (self, _("Chart copied: paste it into a presentation"));
}

static void
copy_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);

  if (self->assessment == NULL)
    return;

  zm_export_chart_png_async (self->assessment, shown_previous (self),
                             COPY_WIDTH, COPY_HEIGHT, self->cancellable,
                             on_chart_png_ready, g_object_ref (self));
}

void
zm_window_export_class_init (ZmWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_action);
  gtk_widget_class_install_action (widget_class, "win.export-checklist", NULL, export_checklist_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.export-slides", NULL, export_slides_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, print_report_action);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, copy_chart_action);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s", open_exported_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-report", NULL);
}
