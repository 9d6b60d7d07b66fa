/* zm-team-section-files.c: the team section's file work: adding
 * respondents from their answered forms, and writing respondent forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-document.h"
#include "zm-team.h"
#include "zm-team-section-private.h"

/* --- telling the user ---------------------------------------------------- */

static void
show_message (ZmTeamSection *self,
              const char    *heading,
              const char    *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  zm_team_section_done (self, body);
  if (!GTK_IS_WINDOW (root))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- adding respondents ---------------------------------------------------- */

typedef struct {
  ZmTeamSection *self;
  GPtrArray     *files;      /* of GFile */
  GPtrArray     *documents;  /* of ZmAssessment, as far as read */
} AddJob;

static void
add_job_free (AddJob *job)
{
  g_object_unref (job->self);
  g_ptr_array_unref (job->files);
  g_ptr_array_unref (job->documents);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AddJob, add_job_free)

static char *
display_name (GFile *file)
{
  return g_file_get_basename (file);
}

/* All files or none: they are tried on a copy of the team first, so a
 * refused file leaves the document as it was. */
static gboolean
merge_all (ZmAssessment  *target,
           AddJob        *job,
           GPtrArray     *messages,
           GError       **error)
{
  for (guint i = 0; i < job->documents->len; i++)
    {
      g_autofree char *name = display_name (job->files->pdata[i]);

      if (!zm_team_add (target, job->documents->pdata[i], name, messages, error))
        return FALSE;
    }
  return TRUE;
}

static void
finish_adding (AddJob *job)
{
  ZmTeamSection *self = job->self;
  g_autoptr(ZmAssessment) trial = zm_team_new (self->assessment);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unused = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  /* The trial starts from what the document will hold, as the real one:
   * its respondents, and its own answers when it has any. */
  if ((zm_assessment_get_n_respondents (self->assessment) > 0 || zm_team_has_own_answers (self->assessment)) &&
      !zm_team_add (trial, self->assessment, "", unused, NULL))
    g_return_if_reached ();
  if (!merge_all (trial, job, unused, &error))
    {
      show_message (self, _("No Respondents Added"), error != NULL ? error->message : NULL);
      return;
    }

  zm_team_take_own_answers (self->assessment, NULL);
  if (!merge_all (self->assessment, job, messages, NULL))
    g_return_if_reached ();

  g_ptr_array_add (messages, NULL);
  body = g_strjoinv ("\n", (char **) messages->pdata);
  if (messages->len > 1)
    show_message (self, _("Respondents Added"), body);
  else
    zm_team_section_done (self, NULL);
}

static void read_next (AddJob *job);

static void
on_document_loaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(AddJob) job = data;
  g_autoptr(GError) error = NULL;
  ZmAssessment *document = zm_document_load_finish (result, NULL, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (document == NULL)
    {
      show_message (job->self, _("No Respondents Added"), error->message);
      return;
    }

  g_ptr_array_add (job->documents, document);
  read_next (g_steal_pointer (&job));
}

static void
read_next (AddJob *job)
{
  ZmTeamSection *self = job->self;

  if (self->assessment == NULL)
    {
      add_job_free (job);
      return;
    }
  if (job->documents->len == job->files->len)
    {
      finish_adding (job);
      add_job_free (job);
      return;
    }

  zm_document_load_async (job->files->pdata[job->documents->len],
                          zm_assessment_get_model (self->assessment), self->cancellable,
                          on_document_loaded, job);
}

void
zm_team_section_add_files (ZmTeamSection *self,
                           GListModel    *files)
{
  AddJob *job;

  g_return_if_fail (ZM_IS_TEAM_SECTION (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));
  g_return_if_fail (self->assessment != NULL);

  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();

  job = g_new0 (AddJob, 1);
  job->self = g_object_ref (self);
  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  job->documents = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (job->files, g_list_model_get_item (files, i));
  read_next (job);
}

static void
on_add_chooser_response (GtkNativeDialog *chooser,
                         int              response,
                         ZmTeamSection   *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->assessment != NULL)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      zm_team_section_add_files (self, files);
    }
  g_clear_object (&self->chooser);
}

static GtkFileChooserNative *
create_chooser (ZmTeamSection        *self,
                const char           *title,
                GtkFileChooserAction  action,
                const char           *accept)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               action, accept, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  return self->chooser;
}

void
zm_team_section_add_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->assessment == NULL || self->chooser != NULL)
    return;

  chooser = create_chooser (self, _("Add Respondents"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Assessments"));
  gtk_file_filter_add_mime_type (filter, ZM_DOCUMENT_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "zmscan");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_add_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- writing respondent forms ---------------------------------------------- */

/* A name as a file name: no folder separators, no leading dot. */
static char *
form_file_name (const char *name)
{
  g_autofree char *safe = g_strdup (name);

  g_strdelimit (safe, "/\\\\:*?\"<>|", '-');
  if (safe[0] == '.')
    safe[0] = '-';
  return g_strconcat (safe, ZM_DOCUMENT_SUFFIX, NULL);
}

typedef struct {
  GPtrArray *forms;   /* of ZmAssessment */
  GPtrArray *files;   /* of GFile */
} FormsJob;

static void
forms_job_free (FormsJob *job)
{
  g_ptr_array_unref (job->forms);
  g_ptr_array_unref (job->files);
  g_free (job);
}

/* In a worker thread; a form that exists already is never overwritten. */
static void
write_forms_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  FormsJob *job = data;

  for (guint i = 0; i < job->forms->len; i++)
    {
      GError *error = NULL;
      g_autofree char *name = g_file_get_basename (job->files->pdata[i]);

      if (g_file_query_exists (job->files->pdata[i], cancellable))
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_EXISTS,
                                   _("%s: a file of that name exists already; no forms were written "
                                     "after it"), name);
          return;
        }
      if (!zm_document_save (job->forms->pdata[i], job->files->pdata[i], NULL, NULL, cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_int (task, job->forms->len);
}

static void
on_forms_written (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (source);
  g_autoptr(GError) error = NULL;
  gssize n = g_task_propagate_int (G_TASK (result), &error);
  g_autofree char *body = NULL;

  if (n < 0)
    {
      show_message (self, _("Forms Not Written"), error->message);
      return;
    }
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%d form was written. Send each respondent their form; "
                                       "add the answered forms with “Add Respondents…”.",
                                       "%d forms were written. Send each respondent their form; "
                                       "add the answered forms with “Add Respondents…”.", (int) n),
                          (int) n);
  show_message (self, _("Forms Written"), body);
}

void
zm_team_section_write_forms (ZmTeamSection      *self,
                             const char * const *names,
                             GFile              *folder)
{
  g_autoptr(GTask) task = NULL;
  FormsJob *job;

  g_return_if_fail (ZM_IS_TEAM_SECTION (self));
  g_return_if_fail (names != NULL && G_IS_FILE (folder));
  g_return_if_fail (self->assessment != NULL);

  job = g_new0 (FormsJob, 1);
  job->forms = g_ptr_array_new_with_free_func (g_object_unref);
  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *file_name = form_file_name (names[i]);

      g_ptr_array_add (job->forms, zm_team_new_respondent_form (self->assessment, names[i]));
      g_ptr_array_add (job->files, g_file_get_child (folder, file_name));
    }

  task = g_task_new (self, self->cancellable, on_forms_written, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) forms_job_free);
  g_task_run_in_thread (task, write_forms_thread);
}

/* The names typed, one a line, trimmed, empty lines left out, each once. */
static char **
parse_names (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *name = g_strstrip (lines[i]);

      if (*name != '\0' && !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

static void
on_folder_chosen (GtkNativeDialog *chooser,
                  int              response,
                  ZmTeamSection   *self)
{
  char **names = g_object_steal_data (G_OBJECT (chooser), "names");

  if (response == GTK_RESPONSE_ACCEPT && self->assessment != NULL)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      zm_team_section_write_forms (self, (const char * const *) names, folder);
    }
  g_strfreev (names);
  g_clear_object (&self->chooser);
}

static void
on_names_response (AdwMessageDialog *dialog,
                   const char       *response,
                   ZmTeamSection    *self)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (dialog), "buffer");
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  char **names;
  GtkFileChooserNative *chooser;

  if (!g_str_equal (response, "choose") || self->assessment == NULL || self->chooser != NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  names = parse_names (text);
  if (names[0] == NULL)
    {
      g_strfreev (names);
      return;
    }

  chooser = create_chooser (self, _("Folder for the Forms"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                            _("_Write Forms"));
  g_object_set_data (G_OBJECT (chooser), "names", names);
  g_signal_connect (chooser, "response", G_CALLBACK (on_folder_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
zm_team_section_invite_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog, *scroller, *view;

  if (self->assessment == NULL || !GTK_IS_WINDOW (root))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("Invite Respondents"),
                                   _("Type the name of each respondent, one a line. Each gets a form "
                                     "with this organisation, its pillars and targets, and no answers."));
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Names of the respondents, one a line"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_add_css_class (scroller, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "choose", _("_Choose Folder…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                              ADW_RESPONSE_SUGGESTED);
  g_object_set_data (G_OBJECT (dialog), "buffer", gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  g_signal_connect (dialog, "response", G_CALLBACK (on_names_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}
