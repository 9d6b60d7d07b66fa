/* zm-window-document.c: new, open, save, close and recovery copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-document.h"
#include "zm-recovery.h"
#include "zm-window-private.h"

static void save_to (ZmWindow *self, GFile *file, const char *etag);
static void save_as (ZmWindow *self);

/* Destroyed windows lose their cancellable in dispose; late async answers
 * must not touch them. */
static gboolean
window_is_gone (ZmWindow *self)
{
  return self->cancellable == NULL;
}

static ZmModel *
window_model (ZmWindow *self)
{
  return zm_application_get_model (ZM_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

/* An assessment answered against another model can be opened once the
 * user chooses that model; the message names it, this says where. */
static void
show_open_error (ZmWindow     *self,
                 const char   *title,
                 const GError *error)
{
  g_autoptr(GError) explained = NULL;

  if (!g_error_matches (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_WRONG_MODEL))
    {
      zm_window_show_error (self, title, error);
      return;
    }

  explained = g_error_new (error->domain, error->code, "%s\n\n%s", error->message,
                           _("Choose that model under Main Menu → Assessment Model."));
  zm_window_show_error (self, title, explained);
}

/* One document per window: a window that already shows one hands the next
 * to a new window. */
static ZmWindow *
target_window (ZmWindow *self)
{
  ZmWindow *window;

  if (!zm_window_is_busy (self))
    return self;

  window = zm_window_new (ZM_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
show_document (ZmWindow     *self,
               ZmAssessment *assessment,
               GFile        *file,
               const char   *etag)
{
  ZmWindow *window = target_window (self);

  zm_window_set_document (window, assessment, file, etag, FALSE);
  gtk_window_present (GTK_WINDOW (window));
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) ZM_DOCUMENT_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "zorgmarketing-scan %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static GtkFileFilter *
create_document_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Assessments"));
  gtk_file_filter_add_mime_type (filter, ZM_DOCUMENT_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "zmscan");
  return filter;
}

typedef void (*ChooserDone) (ZmWindow *self,
                             GFile    *file);

/* A file chooser for this window; @done gets the file, or NULL when the
 * user cancelled. */
static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     ZmWindow        *self)
{
  ChooserDone done = g_object_get_data (G_OBJECT (chooser), "zm-done");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  done (self, file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
run_chooser (ZmWindow             *self,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept_label,
             const char           *suggested_name,
             ChooserDone           done)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = create_document_filter ();

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE && self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);

  g_object_set_data (G_OBJECT (chooser), "zm-done", done);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- recovery copies ------------------------------------------------------ */

const char *
zm_window_get_recovery_id (ZmWindow *self)
{
  g_return_val_if_fail (ZM_IS_WINDOW (self), NULL);

  return self->recovery_id;
}

void
zm_window_set_autosave_delay (ZmWindow *self,
                              guint     milliseconds)
{
  g_return_if_fail (ZM_IS_WINDOW (self));

  self->autosave_delay = milliseconds;
}

static void
remove_recovery_copy (ZmWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->recovery_id == NULL)
    return;

  zm_recovery_remove_async (self->recovery_id, NULL, NULL);
  g_clear_pointer (&self->recovery_id, g_free);
}

static void
on_recovery_written (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ZmWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!zm_recovery_write_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !window_is_gone (self))
    {
      g_autofree char *message = g_strdup_printf (_("No recovery copy could be kept: %s"), error->message);

      zm_window_show_toast (self, message);
    }
}

static gboolean
autosave_timeout (gpointer user_data)
{
  ZmWindow *self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *uri = NULL;
  const char *title;

  self->autosave_source = 0;
  if (self->assessment == NULL || !self->modified)
    return G_SOURCE_REMOVE;

  if (self->recovery_id == NULL)
    self->recovery_id = zm_recovery_new_id ();

  bytes = zm_document_write_bytes (self->assessment);
  uri = self->file != NULL ? g_file_get_uri (self->file) : NULL;
  title = adw_window_title_get_title (self->content_title);
  zm_recovery_write_async (self->recovery_id, bytes, uri, self->etag, title,
                           self->cancellable, on_recovery_written, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
set_modified (ZmWindow *self,
              gboolean  modified)
{
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify (G_OBJECT (self), "modified");
}

void
zm_window_document_changed (ZmWindow *self)
{
  self->generation++;
  set_modified (self, TRUE);

  /* At most one copy per delay, however fast the user types. */
  if (self->autosave_source == 0)
    self->autosave_source = g_timeout_add (self->autosave_delay, autosave_timeout, self);
}

/* --- opening -------------------------------------------------------------- */

ZmWindow *
zm_window_find_for_file (GtkApplication *application,
                         GFile          *file)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      if (ZM_IS_WINDOW (l->data) && ZM_WINDOW (l->data)->file != NULL &&
          g_file_equal (ZM_WINDOW (l->data)->file, file))
        return l->data;
    }

  return NULL;
}

typedef struct {
  ZmWindow *window;
  GFile    *file;
  /* For a restored recovery copy: what the copy belonged to. */
  char     *recovery_id;
  char     *uri;
  char     *etag;
  gboolean  from_previous;
  ZmPreviousUse use;
  /* Reloaded after it changed on disk: replaces this window's document. */
  gboolean  reload;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data->recovery_id);
  g_free (data->uri);
  g_free (data->etag);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

/* The copy looks like any other document, so a toast says where its
 * answers came from and how changes show. */
static void
show_from_previous (ZmWindow      *self,
                    ZmAssessment  *previous,
                    GFile         *file,
                    ZmPreviousUse  use)
{
  g_autoptr(ZmAssessment) next = zm_assessment_new_again (previous, use);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;
  ZmWindow *window = target_window (self);

  zm_assessment_set_previous_uri (next, uri);
  zm_window_set_document (window, next, NULL, NULL, FALSE);
  gtk_window_present (GTK_WINDOW (window));

  if (use == ZM_PREVIOUS_SHOW_AS_HINTS)
    /* Translators: a toast after "New Assessment from Previous", e.g. "Last time’s ratings from “2025.zmscan” are shown beside each statement" */
    message = g_strdup_printf (_("Last time’s ratings from “%s” are shown beside each statement"), name);
  else
    /* Translators: a toast after "New from Previous Assessment", e.g. "Answers taken from “2025.zmscan”; the ones you change are marked" */
    message = g_strdup_printf (_("Answers taken from “%s”; the ones you change are marked"), name);
  zm_window_show_toast (window, message);
}

typedef struct {
  ZmWindow *window;
  GError   *error;
} SetAsideData;

static void
on_set_aside (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  SetAsideData *data = user_data;
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) explained = NULL;

  aside = zm_recovery_set_aside_finish (result, &error);
  if (!window_is_gone (data->window))
    {
      if (aside != NULL)
        {
          g_autofree char *name = g_file_get_parse_name (aside);

          /* Translators: the second %s is where a damaged recovery copy was moved */
          explained = g_error_new (data->error->domain, data->error->code,
                                   _("%s\n\nThe damaged recovery copy was kept as “%s”."),
                                   data->error->message, name);
        }
      zm_window_show_error (data->window, _("Could Not Restore the Unsaved Work"),
                            explained != NULL ? explained : data->error);
    }
  g_object_unref (data->window);
  g_error_free (data->error);
  g_free (data);
}

/* A recovery copy that cannot be read is reported and renamed out of the
 * way, so the next start does not offer it again; it is never deleted. */
static void
set_aside_recovery_copy (ZmWindow     *self,
                         const char   *id,
                         const GError *error)
{
  SetAsideData *data = g_new0 (SetAsideData, 1);

  data->window = g_object_ref (self);
  data->error = g_error_copy (error);
  zm_recovery_set_aside_async (id, on_set_aside, data);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LoadData) data = user_data;
  ZmWindow *self = data->window;
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  self->loading = FALSE;
  assessment = zm_document_load_finish (result, &etag, &error);
  /* The window went away while the file was read. */
  if (window_is_gone (self))
    return;
  if (assessment == NULL)
    {
      /* A window that waited for this file welcomes instead. */
      zm_window_update_main_page (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (data->recovery_id != NULL)
        set_aside_recovery_copy (self, data->recovery_id, error);
      else
        show_open_error (self, _("Could Not Open the Assessment"), error);
      return;
    }

  if (data->reload)
    {
      zm_window_set_document (self, assessment, data->file, etag, FALSE);
      remove_recovery_copy (self);
    }
  else if (data->from_previous)
    show_from_previous (self, assessment, data->file, data->use);
  else if (data->recovery_id != NULL)
    {
      g_autoptr(GFile) file = data->uri != NULL ? g_file_new_for_uri (data->uri) : NULL;
      ZmWindow *window = target_window (self);

      zm_window_set_document (window, assessment, file, data->etag, TRUE);
      g_free (window->recovery_id);
      window->recovery_id = g_steal_pointer (&data->recovery_id);
      gtk_window_present (GTK_WINDOW (window));
    }
  else
    {
      show_document (self, assessment, data->file, etag);
      add_to_recent (data->file);
    }
}

static void
load (ZmWindow *self,
      GFile    *file,
      LoadData *data)
{
  data->window = g_object_ref (self);
  data->file = g_object_ref (file);

  /* An empty window waits for this document rather than taking another. */
  if (!zm_window_is_busy (self))
    self->loading = TRUE;

  zm_document_load_async (file, window_model (self), self->cancellable, on_loaded, data);
}

void
zm_window_open_file (ZmWindow *self,
                     GFile    *file)
{
  ZmWindow *existing;

  g_return_if_fail (ZM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  existing = zm_window_find_for_file (gtk_window_get_application (GTK_WINDOW (self)), file);
  if (existing != NULL)
    {
      gtk_window_present (GTK_WINDOW (existing));
      return;
    }

  load (self, file, g_new0 (LoadData, 1));
}

static void
open_chosen (ZmWindow *self,
             GFile    *file)
{
  if (file != NULL)
    zm_window_open_file (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  run_chooser (ZM_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
               _("Open Assessment"), _("_Open"), NULL, open_chosen);
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  zm_window_open_file (ZM_WINDOW (widget), file);
}

void
zm_window_new_assessment_again (ZmWindow      *self,
                                GFile         *file,
                                ZmPreviousUse  use)
{
  LoadData *data;

  g_return_if_fail (ZM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->from_previous = TRUE;
  data->use = use;
  load (self, file, data);
}

void
zm_window_new_from_previous_file (ZmWindow *self,
                                  GFile    *file)
{
  zm_window_new_assessment_again (self, file, ZM_PREVIOUS_COPY_ANSWERS);
}

static void
on_again_response (AdwMessageDialog *dialog,
                   const char       *response,
                   ZmWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "zm-file");

  if (g_str_equal (response, "hints"))
    zm_window_new_assessment_again (self, file, ZM_PREVIOUS_SHOW_AS_HINTS);
  else if (g_str_equal (response, "copy"))
    zm_window_new_assessment_again (self, file, ZM_PREVIOUS_COPY_ANSWERS);
}

/* One action, one question: a new assessment of the same unit either
 * gives every rating again with last time's at hand (the default, as a
 * fresh look is the point of assessing again) or copies the answers and
 * marks what changes. */
static void
ask_how_to_start (ZmWindow *self,
                  GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* Translators: the heading of the question after "New Assessment from Previous…"; %s is a file name */
  heading = g_strdup_printf (_("New Assessment from “%s”"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
    _("The new assessment is for the same organisation and unit, and its results show the change "
      "since this one. Last time’s ratings can be shown beside each statement, so that every rating "
      "is given again, or copied as answers, so that you change only what moved.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "copy", _("C_opy Answers"),
                                    "hints", _("_Show as Hints"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "hints", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "hints");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "zm-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_again_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
previous_chosen (ZmWindow *self,
                 GFile    *file)
{
  if (file != NULL)
    ask_how_to_start (self, file);
}

/* From the assessment in the window when it is saved, else from one the
 * user picks. */
static void
new_from_previous_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);

  if (self->assessment != NULL && self->file != NULL)
    {
      ask_how_to_start (self, self->file);
      return;
    }
  run_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN,
               _("Choose the Previous Assessment"), _("_Start From It"), NULL,
               previous_chosen);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (window_model (self));
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");

  /* Most assessments are filled in on the day they are dated, as "New
   * from Previous" assumes too; the date stays easy to change. */
  zm_assessment_set_date (assessment, date);
  show_document (self, assessment, NULL, NULL);
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);
  g_autofree char *resource = zm_document_dup_example_resource ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    assessment = zm_document_read_bytes (bytes, _("Example"), window_model (self), &error);

  if (assessment == NULL)
    {
      show_open_error (self, _("Could Not Open the Example"), error);
      return;
    }

  /* An untitled copy: saving asks where, the shipped example stays as is. */
  show_document (self, assessment, NULL, NULL);
}

/* --- saving --------------------------------------------------------------- */

typedef struct {
  ZmWindow *window;
  GFile    *file;
  guint64   generation;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveData, save_data_free)

static void
reload (ZmWindow *self)
{
  LoadData *data = g_new0 (LoadData, 1);

  data->reload = TRUE;
  load (self, self->file, data);
}

/* Their version or a copy of ours: either way nothing is overwritten. */
static void
on_changed_on_disk_response (AdwMessageDialog *dialog,
                             const char       *response,
                             SaveData         *data)
{
  ZmWindow *self = data->window;

  if (g_str_equal (response, "save-copy"))
    {
      save_as (self);
      return;
    }

  self->close_after_save = FALSE;
  if (g_str_equal (response, "reload"))
    reload (self);
}

static void
ask_changed_on_disk (ZmWindow *self,
                     SaveData *data)
{
  g_autofree char *name = g_file_get_parse_name (data->file);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("File Changed on Disk"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” was changed by another program or person since you opened it. "
                                    "Reload it to see their version and drop your changes, "
                                    "or save your version as a copy."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    "save-copy", _("Save as _Copy…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save-copy", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save-copy");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_changed_on_disk_response),
                         data, (GClosureNotify) save_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SaveData) data = user_data;
  ZmWindow *self = data->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  gboolean saved = zm_document_save_finish (result, &etag, &error);

  if (window_is_gone (self))
    {
      if (saved)
        add_to_recent (data->file);
      return;
    }

  if (!saved)
    {
      if (g_error_matches (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_CHANGED_ON_DISK))
        ask_changed_on_disk (self, g_steal_pointer (&data));
      else
        {
          self->close_after_save = FALSE;
          if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            zm_window_show_error (self, _("Could Not Save the Assessment"), error);
        }
      return;
    }

  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  if (self->file == NULL || !g_file_equal (self->file, data->file))
    {
      g_set_object (&self->file, data->file);
      g_object_notify (G_OBJECT (self), "file");
    }
  add_to_recent (data->file);

  /* Changes made while the file was written are still unsaved. */
  if (self->generation == data->generation)
    {
      set_modified (self, FALSE);
      remove_recovery_copy (self);
    }

  if (self->close_after_save)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
save_to (ZmWindow   *self,
         GFile      *file,
         const char *etag)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->window = g_object_ref (self);
  data->file = g_object_ref (file);
  zm_document_save_async (self->assessment, file, etag, self->cancellable, on_saved, data);
  /* Taken after the call: writing updates the document's own time stamp. */
  data->generation = self->generation;
}

void
zm_window_save_to_file (ZmWindow *self,
                        GFile    *file)
{
  g_autofree char *basename = NULL;
  g_autoptr(GFile) target = NULL;

  g_return_if_fail (ZM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->assessment != NULL);

  basename = g_file_get_basename (file);
  if (g_str_has_suffix (basename, ZM_DOCUMENT_SUFFIX))
    target = g_object_ref (file);
  else
    {
      g_autofree char *name = g_strconcat (basename, ZM_DOCUMENT_SUFFIX, NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      target = g_file_get_child (parent, name);
    }

  /* The chooser asked before replacing another file. */
  save_to (self, target, NULL);
}

static void
save_as_chosen (ZmWindow *self,
                GFile    *file)
{
  if (file == NULL)
    self->close_after_save = FALSE;
  else
    zm_window_save_to_file (self, file);
}

static void
save_as (ZmWindow *self)
{
  g_autofree char *name = NULL;
  const char *title = adw_window_title_get_title (self->content_title);

  name = g_strconcat (title, ZM_DOCUMENT_SUFFIX, NULL);
  g_strdelimit (name, "/\\:", '-');
  run_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE, _("Save Assessment"), _("_Save"),
               self->file == NULL ? name : NULL, save_as_chosen);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);

  if (self->assessment == NULL)
    return;

  if (self->file == NULL)
    save_as (self);
  else
    save_to (self, self->file, self->etag);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);

  if (self->assessment != NULL)
    save_as (self);
}

/* --- closing -------------------------------------------------------------- */

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   ZmWindow         *self)
{
  if (g_str_equal (response, "discard"))
    {
      remove_recovery_copy (self);
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      if (self->file == NULL)
        save_as (self);
      else
        save_to (self, self->file, self->etag);
    }
}

static void
ask_save_changes (ZmWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has changes that are not saved. "
                                    "Changes that you do not save are lost."),
                                  adw_window_title_get_title (self->content_title));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
zm_window_document_close_request (ZmWindow *self)
{
  if (self->modified && !self->close_confirmed)
    {
      ask_save_changes (self);
      return TRUE;
    }

  remove_recovery_copy (self);
  return FALSE;
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* --- restoring after a crash ---------------------------------------------- */

static void
restore_entries (ZmWindow  *self,
                 GPtrArray *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      ZmRecoveryEntry *entry = g_ptr_array_index (entries, i);
      LoadData *data = g_new0 (LoadData, 1);

      data->recovery_id = g_strdup (entry->id);
      data->uri = g_strdup (entry->uri);
      data->etag = g_strdup (entry->etag);
      load (self, entry->copy, data);
    }
}

static void
on_recovery_response (AdwMessageDialog *dialog,
                      const char       *response,
                      ZmWindow         *self)
{
  GPtrArray *entries = g_object_get_data (G_OBJECT (dialog), "zm-entries");

  if (g_str_equal (response, "restore"))
    restore_entries (self, entries);
  else if (g_str_equal (response, "discard"))
    for (guint i = 0; i < entries->len; i++)
      zm_recovery_remove_async (((ZmRecoveryEntry *) g_ptr_array_index (entries, i))->id, NULL, NULL);
}

static gboolean
owned_by_a_window (GtkApplication *application,
                   const char     *id)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (ZM_IS_WINDOW (l->data) && g_strcmp0 (ZM_WINDOW (l->data)->recovery_id, id) == 0)
      return TRUE;

  return FALSE;
}

static char *
describe_entries (GPtrArray *entries)
{
  GString *body = g_string_new (NULL);

  g_string_append_printf (body,
                          ngettext ("An assessment was not saved when Zorgmarketing Scan stopped. "
                                    "A recovery copy of it was kept:",
                                    "%u assessments were not saved when Zorgmarketing Scan stopped. "
                                    "Recovery copies of them were kept:",
                                    entries->len),
                          entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      ZmRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (entry->saved);
      /* Translators: when a recovery copy was written, see strftime(3) */
      g_autofree char *when = g_date_time_format (local, _("%-d %B %Y, %H:%M"));

      g_string_append_printf (body, "\n• %s (%s)",
                              entry->title != NULL ? entry->title : _("Untitled Assessment"),
                              when);
    }

  return g_string_free (body, FALSE);
}

static void
on_recovery_listed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ZmWindow) self = user_data;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  AdwMessageDialog *dialog;

  entries = zm_recovery_list_finish (result, &error);
  if (entries == NULL || application == NULL || window_is_gone (self))
    return;

  for (guint i = entries->len; i > 0; i--)
    if (owned_by_a_window (application, ((ZmRecoveryEntry *) g_ptr_array_index (entries, i - 1))->id))
      g_ptr_array_remove_index (entries, i - 1);
  if (entries->len == 0)
    return;

  body = describe_entries (entries);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Restore Unsaved Work?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "later", _("_Not Now"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "later");
  g_object_set_data_full (G_OBJECT (dialog), "zm-entries",
                          g_steal_pointer (&entries), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_recovery_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
zm_window_offer_recovery (ZmWindow *self)
{
  g_return_if_fail (ZM_IS_WINDOW (self));

  zm_recovery_list_async (self->cancellable, on_recovery_listed, g_object_ref (self));
}

/* --- set-up --------------------------------------------------------------- */

void
zm_window_document_dispose (ZmWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

void
zm_window_document_class_init (ZmWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.new-from-previous", NULL, new_from_previous_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
}
