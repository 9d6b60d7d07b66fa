/* zm-model-window.c: which maturity model new assessments are answered against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-model-window.h"

struct _ZmModelWindow
{
  AdwWindow      parent_instance;

  ZmApplication *application;
  GCancellable  *cancellable;

  /* Template children. */
  AdwActionRow  *title_row;
  AdwActionRow  *version_row;
  AdwActionRow  *credit_row;
  AdwActionRow  *authored_row;
  AdwActionRow  *file_row;
};

G_DEFINE_FINAL_TYPE (ZmModelWindow, zm_model_window, ADW_TYPE_WINDOW)

static char *
list_authored_pillars (ZmModel *model)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      if (!zm_pillar_get_project_authored (pillar))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, zm_pillar_get_name (pillar));
    }

  if (names->len == 0)
    return g_strdup (_("No pillars"));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
show_model (ZmModelWindow *self)
{
  ZmModel *model = zm_application_get_model (self->application);
  g_autoptr(GFile) file = zm_application_dup_model_file (self->application);
  g_autofree char *authored = list_authored_pillars (model);
  g_autofree char *source = NULL;

  source = file != NULL ? g_file_get_parse_name (file) : g_strdup (_("Built-in model"));

  adw_action_row_set_subtitle (self->title_row, zm_model_get_title (model));
  adw_action_row_set_subtitle (self->version_row, zm_model_get_version (model));
  adw_action_row_set_subtitle (self->credit_row, zm_model_get_credit (model));
  adw_action_row_set_subtitle (self->authored_row, authored);
  adw_action_row_set_subtitle (self->file_row, source);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "model.use-built-in", file != NULL);
}

static void
show_error (ZmModelWindow *self,
            const GError  *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Use the Model File"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", error->message,
                                  _("The model in use has not changed."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
read_model_in_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  GError *error = NULL;
  ZmModel *model = zm_model_new_from_file (G_FILE (task_data), &error);

  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, g_object_unref);
}

static void
on_model_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ZmModelWindow *self = ZM_MODEL_WINDOW (source);
  g_autoptr(ZmModel) model = NULL;
  g_autoptr(GError) error = NULL;

  model = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (model == NULL)
    {
      show_error (self, error);
      return;
    }

  zm_application_use_model (self->application, model, g_task_get_task_data (G_TASK (result)));
}

void
zm_model_window_use_file (ZmModelWindow *self,
                          GFile         *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ZM_IS_MODEL_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, self->cancellable, on_model_read, NULL);
  g_task_set_source_tag (task, zm_model_window_use_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, read_model_in_thread);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  ZmModelWindow *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    zm_model_window_use_file (self, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ZmModelWindow *self = ZM_MODEL_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("Model Files (XML)"));
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_filter_add_suffix (filter, "xml");

  chooser = gtk_file_chooser_native_new (_("Choose a Model File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Use"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
use_built_in_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ZmModelWindow *self = ZM_MODEL_WINDOW (widget);

  zm_application_use_model (self->application, NULL, NULL);
}

static void
zm_model_window_dispose (GObject *object)
{
  ZmModelWindow *self = ZM_MODEL_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->application);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZM_TYPE_MODEL_WINDOW);

  G_OBJECT_CLASS (zm_model_window_parent_class)->dispose (object);
}

static void
zm_model_window_class_init (ZmModelWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_model_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/zm-model-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmModelWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, ZmModelWindow, version_row);
  gtk_widget_class_bind_template_child (widget_class, ZmModelWindow, credit_row);
  gtk_widget_class_bind_template_child (widget_class, ZmModelWindow, authored_row);
  gtk_widget_class_bind_template_child (widget_class, ZmModelWindow, file_row);

  gtk_widget_class_install_action (widget_class, "model.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "model.use-built-in", NULL, use_built_in_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zm_model_window_init (ZmModelWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

ZmModelWindow *
zm_model_window_new (GtkWindow     *parent,
                     ZmApplication *application)
{
  ZmModelWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZM_IS_APPLICATION (application), NULL);

  self = g_object_new (ZM_TYPE_MODEL_WINDOW, "transient-for", parent, NULL);
  self->application = g_object_ref (application);
  /* The window follows the application, also when the setting is changed
   * elsewhere. */
  g_signal_connect_object (application, "notify::model", G_CALLBACK (show_model),
                           self, G_CONNECT_SWAPPED);
  show_model (self);

  return self;
}
