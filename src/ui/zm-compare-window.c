/* zm-compare-window.c: many assessments side by side, and their progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The documents are read by a ZmCollection off the main thread; this
 * window only shows its progress, and draws the heat map and the trend
 * through the render layer, as every export does.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-comparison-view.h"
#include "zm-compare-window.h"
#include "zm-document.h"
#include "zm-export.h"
#include "zm-heatmap.h"
#include "zm-trend.h"

struct _ZmCompareWindow
{
  AdwWindow         parent_instance;

  ZmModel          *model;
  ZmCollection     *collection;
  /* What the views show, and the entries it was made from (a point's
   * source is its index here). */
  ZmCompareData    *data;
  GPtrArray        *entries;
  GPtrArray        *sources;
  GCancellable     *cancellable;
  int               sort_key;
  /* The comparison is made off the main thread; only the last one asked
   * for is shown. */
  guint             build_serial;
  gboolean          building;

  ZmComparisonView *heatmap;
  ZmComparisonView *trend;

  /* Template children. */
  AdwToastOverlay  *toast_overlay;
  AdwViewStack     *view_stack;
  GtkRevealer      *progress_revealer;
  GtkProgressBar   *progress_bar;
  GtkRevealer      *failures_revealer;
  GtkLabel         *failures_label;
  GtkStack         *content_stack;
  GtkDropDown      *sort_dropdown;
  GtkScrolledWindow *heatmap_scroller;
  GtkScrolledWindow *trend_scroller;
  GtkStack         *trend_stack;
};

G_DEFINE_FINAL_TYPE (ZmCompareWindow, zm_compare_window, ADW_TYPE_WINDOW)

static void
show_toast (ZmCompareWindow *self,
            const char      *text)
{
  /* An export may end after the window is closed. */
  if (self->toast_overlay == NULL)
    return;
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
show_error (ZmCompareWindow *self,
            const char      *heading,
            const char      *body)
{
  GtkWidget *dialog;

  if (self->toast_overlay == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- showing what was read ----------------------------------------------- */

static gboolean
has_units (ZmCompareWindow *self)
{
  return self->data != NULL && self->data->n_units > 0;
}

static void
update_actions (ZmCompareWindow *self)
{
  gboolean loading = self->cancellable != NULL || self->building;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export", !loading && has_units (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.copy", !loading && has_units (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel", loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.show-failures",
                                 zm_collection_get_failures (self->collection)->len > 0);
}

static void
show_data (ZmCompareWindow *self,
           const char      *heatmap_description,
           const char      *trend_description)
{
  gboolean trend = has_units (self) && zm_compare_data_count_trend_units (self->data) > 0;

  zm_comparison_view_set_data (self->heatmap, self->data, heatmap_description);
  zm_comparison_view_set_data (self->trend, self->data, trend_description);
  gtk_stack_set_visible_child_name (self->content_stack, has_units (self) ? "views" : "empty");
  gtk_stack_set_visible_child_name (self->trend_stack, trend ? "trend" : "empty");
}

/* --- making the comparison, off the main thread ------------------------------ */

/* What a thread needs to make the comparison; for hundreds of units,
 * gathering, sorting and putting it into words would cost the window
 * frames. */
typedef struct {
  ZmModel        *model;
  GPtrArray      *entries;
  int             sort_key;
  guint           serial;
  /* The heat map's width, for its sheet; 0 for none. */
  int             sheet_width;
  ZmCompareData  *data;
  char           *heatmap_description;
  char           *trend_description;
  ZmHeatmapSheet *sheet;
} Build;

static void
build_free (Build *build)
{
  g_object_unref (build->model);
  g_ptr_array_unref (build->entries);
  /* The sheet refers to the data. */
  g_clear_pointer (&build->sheet, zm_heatmap_sheet_free);
  g_clear_pointer (&build->data, zm_compare_data_free);
  g_free (build->heatmap_description);
  g_free (build->trend_description);
  g_free (build);
}

static Build *
build_new (ZmCompareWindow *self,
           GPtrArray       *entries)
{
  Build *build = g_new0 (Build, 1);

  build->model = g_object_ref (self->model);
  build->entries = g_ptr_array_ref (entries);
  build->sort_key = self->sort_key;
  return build;
}

static void
build_make_data (Build *build)
{
  build->data = zm_compare_data_new_for_entries (build->model, (ZmCollectionEntry **) build->entries->pdata,
                                                 build->entries->len);
  zm_compare_data_sort (build->data, build->sort_key);
}

static void
build_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Build *build = task_data;

  build_make_data (build);
  build->heatmap_description = zm_heatmap_describe (build->data);
  build->trend_description = zm_trend_describe (build->data);
  if (build->sheet_width > 0)
    {
      PangoContext *context = zm_render_context_new_private ();

      build->sheet = zm_comparison_view_new_sheet (context, build->data, build->sheet_width);
      g_object_unref (context);
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_built (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (source);
  Build *build = g_task_get_task_data (G_TASK (result));

  if (build->serial != self->build_serial)
    return;

  /* The views let go of the old data before it is freed. */
  zm_comparison_view_set_data (self->heatmap, NULL, NULL);
  zm_comparison_view_set_data (self->trend, NULL, NULL);
  g_clear_pointer (&self->data, zm_compare_data_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->data = g_steal_pointer (&build->data);
  self->entries = g_ptr_array_ref (build->entries);
  show_data (self, build->heatmap_description, build->trend_description);
  if (build->sheet != NULL)
    zm_comparison_view_take_sheet (self->heatmap, g_steal_pointer (&build->sheet), build->sheet_width);
  self->building = FALSE;
  update_actions (self);
}

/* Makes the comparison anew from @entries (the collection's, or those
 * shown, for another order) and shows it when done. */
static void
start_build (ZmCompareWindow *self,
             GPtrArray       *entries)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_built, NULL);
  Build *build = build_new (self, entries);

  build->serial = ++self->build_serial;
  /* The heat map's sheet is laid out ahead, at the width it has now,
   * or, before it is first shown, the width it will have: the views
   * fill the window's width. */
  build->sheet_width = gtk_widget_get_width (GTK_WIDGET (self->heatmap));
  if (build->sheet_width <= 0)
    build->sheet_width = gtk_widget_get_width (GTK_WIDGET (self->content_stack));
  self->building = TRUE;
  update_actions (self);
  g_task_set_task_data (task, build, (GDestroyNotify) build_free);
  g_task_run_in_thread (task, build_in_thread);
}

static void
fill_sort_choices (ZmCompareWindow *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, _("Name"));
  gtk_string_list_append (choices, _("Overall score"));
  for (guint p = 0; p < zm_model_get_n_pillars (self->model); p++)
    gtk_string_list_append (choices, zm_pillar_get_name (zm_model_get_pillar (self->model, p)));
  gtk_drop_down_set_model (self->sort_dropdown, G_LIST_MODEL (choices));
}

static int
sort_key_for (guint selected)
{
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return ZM_COMPARE_SORT_NAME;
  if (selected == 1)
    return ZM_COMPARE_SORT_OVERALL;
  return (int) selected - 2;
}

static void
on_sort_changed (ZmCompareWindow *self)
{
  self->sort_key = sort_key_for (gtk_drop_down_get_selected (self->sort_dropdown));
  if (self->entries != NULL)
    start_build (self, self->entries);
}

static void
show_failures_note (ZmCompareWindow *self)
{
  guint n = zm_collection_get_failures (self->collection)->len;
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->failures_revealer, n > 0);
  if (n == 0)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u file was left out because it could not be read or was answered against another model.",
                                       "%u files were left out because they could not be read or were answered against another model.",
                                       n), n);
  gtk_label_set_label (self->failures_label, text);
}

/* --- loading ------------------------------------------------------------- */

static void
on_progress (guint    n_done,
             guint    n_total,
             gpointer user_data)
{
  ZmCompareWindow *self = user_data;
  g_autofree char *text = NULL;

  /* Translators: while a comparison loads, "Reading 120 of 500 assessments" */
  text = g_strdup_printf (_("Reading %u of %u assessments"), n_done, n_total);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, n_total > 0 ? (double) n_done / n_total : 1.0);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ZmCompareWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!zm_collection_load_finish (ZM_COLLECTION (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->cancellable != NULL)
        show_error (self, _("Could Not Read the Assessments"), error->message);
    }
  else
    {
      g_autoptr(GPtrArray) entries = zm_collection_dup_entries (self->collection);

      start_build (self, entries);
      show_failures_note (self);
    }

  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  update_actions (self);
}

static void
start_load (ZmCompareWindow *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Looking for assessments"));
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  update_actions (self);

  zm_collection_load_async (self->collection, (GFile **) self->sources->pdata, self->sources->len,
                            self->cancellable, on_progress, self, on_loaded, g_object_ref (self));
}

void
zm_compare_window_add_files (ZmCompareWindow *self,
                             GFile          **files,
                             guint            n_files)
{
  g_return_if_fail (ZM_IS_COMPARE_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (self->sources, g_object_ref (files[i]));
  start_load (self);
}

ZmCollection *
zm_compare_window_get_collection (ZmCompareWindow *self)
{
  g_return_val_if_fail (ZM_IS_COMPARE_WINDOW (self), NULL);

  return self->collection;
}

gboolean
zm_compare_window_is_loading (ZmCompareWindow *self)
{
  g_return_val_if_fail (ZM_IS_COMPARE_WINDOW (self), FALSE);

  return self->cancellable != NULL || self->building;
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (widget);

  /* on_loaded sees the cancellable gone and shows no error. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* --- choosing files ------------------------------------------------------ */

static void
on_files_chosen (GtkNativeDialog *chooser,
                 int              response,
                 gpointer         user_data)
{
  g_autoptr(ZmCompareWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (chosen, g_list_model_get_item (files, i));
  if (chosen->len > 0)
    zm_compare_window_add_files (self, (GFile **) chosen->pdata, chosen->len);
  g_object_unref (chooser);
}

static void
choose (ZmCompareWindow      *self,
        GtkFileChooserAction  action,
        const char           *title)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, _("_Add"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Assessments"));
      gtk_file_filter_add_mime_type (filter, ZM_DOCUMENT_MIME_TYPE);
      gtk_file_filter_add_suffix (filter, "zmscan");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_files_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
add_files_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  choose (ZM_COMPARE_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN, _("Add Assessments"));
}

static void
add_folder_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  choose (ZM_COMPARE_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("Add a Folder of Assessments"));
}

static void
show_failures_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (widget);
  GPtrArray *failures = zm_collection_get_failures (self->collection);
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; i < failures->len; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? "\n" : "", ((GError *) failures->pdata[i])->message);
  show_error (self, _("Files Left Out"), body->str);
}

/* --- opening a row ------------------------------------------------------- */

static void
on_unit_activated (ZmCompareWindow *self,
                   guint            unit)
{
  const ZmComparePoint *latest;
  GFile *file;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->data == NULL || unit >= self->data->n_units || application == NULL)
    return;

  latest = zm_compare_unit_latest (&self->data->units[unit]);
  file = zm_collection_entry_get_file (self->entries->pdata[latest->source]);
  g_application_open (G_APPLICATION (application), &file, 1, "");
}

/* --- exporting ----------------------------------------------------------- */

static ZmCompareView
visible_view (ZmCompareWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "trend") == 0
         ? ZM_COMPARE_VIEW_TREND : ZM_COMPARE_VIEW_HEATMAP;
}

typedef struct {
  Build         *build;
  ZmCompareView  view;
  GFile         *file;
  ZmImageFormat  format;
} ExportData;

static void
export_data_free (ExportData *data)
{
  build_free (data->build);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;
  ZmImageOptions options;

  zm_image_options_init (&options);
  build_make_data (data->build);
  if (zm_export_comparison_to_file (data->build->data, data->view, 0, data->file, data->format,
                                    &options, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (source);
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (data->file);
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, _("Could Not Export the Comparison"), error->message);
      return;
    }
  /* Translators: a toast; %s is a file name */
  text = g_strdup_printf (_("Saved as “%s”"), name);
  show_toast (self, text);
}

void
zm_compare_window_export_to_file (ZmCompareWindow *self,
                                  GFile           *file,
                                  const char      *format)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (ZM_IS_COMPARE_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->entries == NULL)
    return;

  /* The thread makes and draws its own copy: the order may change
   * meanwhile. */
  data = g_new0 (ExportData, 1);
  data->build = build_new (self, self->entries);
  data->view = visible_view (self);
  data->file = g_object_ref (file);
  data->format = g_str_equal (format, "pdf") ? ZM_IMAGE_FORMAT_PDF
                 : g_str_equal (format, "svg") ? ZM_IMAGE_FORMAT_SVG : ZM_IMAGE_FORMAT_PNG;
  task = g_task_new (self, NULL, on_exported, NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_in_thread);
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(ZmCompareWindow) self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    zm_compare_window_export_to_file (self, file, g_object_get_data (G_OBJECT (chooser), "zm-format"));
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (widget);
  const char *format = g_variant_get_string (param, NULL);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  name = g_strdup_printf ("%s.%s", g_str_equal (format, "pdf") || visible_view (self) == ZM_COMPARE_VIEW_HEATMAP
                                   /* Translators: file names suggested for an export */
                                   ? _("comparison") : _("trend"), format);
  chooser = gtk_file_chooser_native_new (_("Export the Comparison"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "zm-format", g_strdup (format), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
copy_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;
  GBytes *png;
  ZmImageOptions options;

  zm_image_options_init (&options);
  build_make_data (data->build);
  png = zm_export_comparison_png_bytes (data->build->data, data->view, 0, &options, &error);
  if (png != NULL)
    g_task_return_pointer (task, png, (GDestroyNotify) g_bytes_unref);
  else
    g_task_return_error (task, error);
}

static void
on_copied (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GdkTexture) texture = NULL;

  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      show_error (self, _("Could Not Copy the Comparison"), error->message);
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  show_toast (self, _("Copied to the clipboard"));
}

/* The picture is drawn off the main thread, as an export is. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (widget);
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  if (!has_units (self) || self->entries == NULL)
    return;
  data = g_new0 (ExportData, 1);
  data->build = build_new (self, self->entries);
  data->view = visible_view (self);
  task = g_task_new (self, NULL, on_copied, NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, copy_in_thread);
}

/* --- the class ----------------------------------------------------------- */

static void
zm_compare_window_dispose (GObject *object)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* A comparison still being made is not shown. */
  self->build_serial++;
  gtk_widget_dispose_template (GTK_WIDGET (self), ZM_TYPE_COMPARE_WINDOW);

  G_OBJECT_CLASS (zm_compare_window_parent_class)->dispose (object);
}

static void
zm_compare_window_finalize (GObject *object)
{
  ZmCompareWindow *self = ZM_COMPARE_WINDOW (object);

  g_clear_pointer (&self->data, zm_compare_data_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->collection);
  g_clear_object (&self->model);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (zm_compare_window_parent_class)->finalize (object);
}

static void
zm_compare_window_class_init (ZmCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_compare_window_dispose;
  object_class->finalize = zm_compare_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zorgmarketing/Scan/zm-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, failures_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, failures_label);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, heatmap_scroller);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, trend_scroller);
  gtk_widget_class_bind_template_child (widget_class, ZmCompareWindow, trend_stack);

  gtk_widget_class_install_action (widget_class, "compare.add-files", NULL, add_files_action);
  gtk_widget_class_install_action (widget_class, "compare.add-folder", NULL, add_folder_action);
  gtk_widget_class_install_action (widget_class, "compare.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "compare.show-failures", NULL, show_failures_action);
  gtk_widget_class_install_action (widget_class, "compare.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "compare.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "compare.add-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
zm_compare_window_init (ZmCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->sort_key = ZM_COMPARE_SORT_NAME;
  self->heatmap = ZM_COMPARISON_VIEW (zm_comparison_view_new (ZM_COMPARE_VIEW_HEATMAP));
  self->trend = ZM_COMPARISON_VIEW (zm_comparison_view_new (ZM_COMPARE_VIEW_TREND));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heatmap), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Heat map: the latest score of every unit per pillar"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->trend), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Trend: the score of each unit per pillar over time"), -1);
  gtk_scrolled_window_set_child (self->heatmap_scroller, GTK_WIDGET (self->heatmap));
  gtk_scrolled_window_set_child (self->trend_scroller, GTK_WIDGET (self->trend));
  g_signal_connect_swapped (self->heatmap, "unit-activated", G_CALLBACK (on_unit_activated), self);
  g_signal_connect_swapped (self->sort_dropdown, "notify::selected", G_CALLBACK (on_sort_changed), self);
}

ZmCompareWindow *
zm_compare_window_new (GtkWindow *parent,
                       ZmModel   *model)
{
  ZmCompareWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);

  self = g_object_new (ZM_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->model = g_object_ref (model);
  self->collection = zm_collection_new (model);
  fill_sort_choices (self);
  update_actions (self);
  return self;
}
