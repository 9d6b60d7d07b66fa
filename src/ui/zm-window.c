/* zm-window.c: one window, one document
 *
 * The window shows the welcome page until a document is open, then the
 * document's places in a sidebar next to the page of the place chosen.
 * Document work (files, saving, recovery) lives in zm-window-document.c,
 * the exports in zm-window-export.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zm-accessible.h"
#include "zm-checklist-page.h"
#include "zm-document.h"
#include "zm-find-dialog.h"
#include "zm-help-window.h"
#include "zm-model-window.h"
#include "zm-results-page.h"
#include "zm-scoring.h"
#include "zm-ui-resources.h"
#include "zm-window-private.h"

G_DEFINE_FINAL_TYPE (ZmWindow, zm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ZmWindow *
zm_window_new (ZmApplication *application)
{
  g_return_val_if_fail (ZM_IS_APPLICATION (application), NULL);

  return g_object_new (ZM_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

ZmAssessment *
zm_window_get_assessment (ZmWindow *self)
{
  g_return_val_if_fail (ZM_IS_WINDOW (self), NULL);

  return self->assessment;
}

GFile *
zm_window_get_file (ZmWindow *self)
{
  g_return_val_if_fail (ZM_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
zm_window_get_modified (ZmWindow *self)
{
  g_return_val_if_fail (ZM_IS_WINDOW (self), FALSE);

  return self->modified;
}

gboolean
zm_window_is_busy (ZmWindow *self)
{
  g_return_val_if_fail (ZM_IS_WINDOW (self), FALSE);

  return self->assessment != NULL || self->loading;
}

const char *
zm_window_get_page (ZmWindow *self)
{
  g_return_val_if_fail (ZM_IS_WINDOW (self), NULL);

  return self->page[0] != '\0' ? self->page : NULL;
}

void
zm_window_show_toast (ZmWindow   *self,
                      const char *message)
{
  g_return_if_fail (ZM_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
zm_window_show_error (ZmWindow     *self,
                      const char   *title,
                      const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (ZM_IS_WINDOW (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (error != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), title, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The walk: the organisation, every stage of every included pillar, the
 * results and the checklist. */
static GPtrArray *
collect_walk (ZmWindow *self)
{
  ZmModel *model = zm_assessment_get_model (self->assessment);
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (pages, g_strdup (ZM_PAGE_ORGANISATION));
  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      if (!zm_assessment_get_pillar_included (self->assessment, zm_pillar_get_id (pillar)))
        continue;
      for (guint stage = 1; stage <= ZM_N_STAGES; stage++)
        g_ptr_array_add (pages, zm_page_id_for_stage (zm_pillar_get_stage (pillar, stage)));
    }
  g_ptr_array_add (pages, g_strdup (ZM_PAGE_RESULTS));
  g_ptr_array_add (pages, g_strdup (ZM_PAGE_CHECKLIST));

  return pages;
}

static int
walk_position (GPtrArray  *walk,
               const char *page)
{
  for (guint i = 0; i < walk->len; i++)
    if (g_strcmp0 (g_ptr_array_index (walk, i), page) == 0)
      return (int) i;

  return -1;
}

static void
update_walk_actions (ZmWindow *self)
{
  g_autoptr(GPtrArray) walk = NULL;
  int position;

  if (self->assessment == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-page", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-page", FALSE);
      return;
    }

  walk = collect_walk (self);
  position = walk_position (walk, self->page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-page", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-page",
                                 position >= 0 && position + 1 < (int) walk->len);
}

static gboolean
page_is_valid (ZmWindow   *self,
               const char *page)
{
  ZmStage *stage;

  if (g_strcmp0 (page, ZM_PAGE_ORGANISATION) == 0 ||
      g_strcmp0 (page, ZM_PAGE_RESULTS) == 0 ||
      g_strcmp0 (page, ZM_PAGE_CHECKLIST) == 0)
    return TRUE;

  stage = zm_page_id_get_stage (page, zm_assessment_get_model (self->assessment));
  return stage != NULL &&
         zm_assessment_get_pillar_included (self->assessment,
                                            zm_pillar_get_id (zm_stage_get_pillar (stage)));
}

/* A page takes the document when it is first shown: the results,
 * checklist and forms of a document that is only looked at in one place
 * are never built, and start-up builds one page. */
static void
attach_page (ZmWindow   *self,
             GtkWidget  *page)
{
  g_object_set (page, "assessment", self->assessment, NULL);
}

/* Each page is built the first time it is shown rather than with the
 * window: start-up builds only the page a document opens on, and a page
 * never shown (the checklist's 32 rows of entries, the results' charts)
 * costs neither time nor memory. */
GtkWidget *
zm_window_ensure_page (ZmWindow   *self,
                       const char *name)
{
  GtkWidget *page;

  g_return_val_if_fail (ZM_IS_WINDOW (self), NULL);

  page = gtk_stack_get_child_by_name (self->page_stack, name);
  if (page != NULL)
    return page;

  if (g_str_equal (name, ZM_PAGE_CHECKLIST))
    page = self->checklist_page = zm_checklist_page_new ();
  else if (g_str_equal (name, ZM_PAGE_RESULTS))
    page = self->results_page = zm_results_page_new ();
  else if (g_str_equal (name, ZM_PAGE_ORGANISATION))
    page = GTK_WIDGET (self->organisation_page = ZM_ORGANISATION_PAGE (zm_organisation_page_new ()));
  else if (g_str_equal (name, "stage"))
    page = GTK_WIDGET (self->stage_page = ZM_STAGE_PAGE (zm_stage_page_new ()));
  else
    g_return_val_if_reached (NULL);

  gtk_stack_add_named (self->page_stack, page, name);
  return page;
}

static ZmStagePage *
ensure_stage_page (ZmWindow *self)
{
  return ZM_STAGE_PAGE (zm_window_ensure_page (self, "stage"));
}

ZmWelcomePage *
zm_window_ensure_welcome_page (ZmWindow *self)
{
  g_return_val_if_fail (ZM_IS_WINDOW (self), NULL);

  if (self->welcome_page == NULL)
    {
      self->welcome_page = ZM_WELCOME_PAGE (zm_welcome_page_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->welcome_page), TRUE);
      gtk_box_append (GTK_BOX (self->welcome_box), GTK_WIDGET (self->welcome_page));
    }
  return self->welcome_page;
}

/* Without a document, and with none on its way, the window welcomes, and
 * Enter starts a new assessment. A window opened with a file shows its
 * bare frame for the moment the file takes to read. */
void
zm_window_update_main_page (ZmWindow *self)
{
  g_return_if_fail (ZM_IS_WINDOW (self));

  if (self->assessment != NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "document");
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  if (!self->loading)
    gtk_widget_grab_focus (GTK_WIDGET (zm_window_ensure_welcome_page (self)));
}

static void
show_page (ZmWindow *self)
{
  ZmStage *stage = zm_page_id_get_stage (self->page, zm_assessment_get_model (self->assessment));

  if (stage != NULL)
    {
      ZmStagePage *stage_page = ensure_stage_page (self);

      attach_page (self, GTK_WIDGET (stage_page));
      zm_stage_page_set_stage (stage_page, stage);
      gtk_stack_set_visible_child_name (self->page_stack, "stage");
    }
  else
    {
      attach_page (self, zm_window_ensure_page (self, self->page));
      gtk_stack_set_visible_child_name (self->page_stack, self->page);
    }
}

/* The results page also holds the previous assessment that the exports
 * draw; they make sure it has the document. */
GtkWidget *
zm_window_get_results_page (ZmWindow *self)
{
  g_return_val_if_fail (ZM_IS_WINDOW (self), NULL);

  zm_window_ensure_page (self, ZM_PAGE_RESULTS);
  if (self->assessment != NULL)
    attach_page (self, self->results_page);
  return self->results_page;
}

/* Every page lets go of the document that the window no longer shows. */
static void
detach_pages (ZmWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->page_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_class_find_property (G_OBJECT_GET_CLASS (child), "assessment") != NULL)
      g_object_set (child, "assessment", NULL, NULL);
}

#define MAX_REMEMBERED_PAGES 50

/* The page last shown for each document, newest first, in the settings:
 * a document opens where its work stopped, on any window. */
static void
remember_page (ZmWindow *self)
{
  g_autoptr(GVariant) pages = NULL;
  g_autofree char *uri = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *value;
  guint n = 1;

  if (self->file == NULL || self->page[0] == '\0')
    return;

  uri = g_file_get_uri (self->file);
  pages = g_settings_get_value (self->settings, "document-pages");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&builder, "{ss}", uri, self->page);
  g_variant_iter_init (&iter, pages);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value) && n < MAX_REMEMBERED_PAGES)
    if (!g_str_equal (key, uri))
      {
        g_variant_builder_add (&builder, "{ss}", key, value);
        n++;
      }
  g_settings_set_value (self->settings, "document-pages", g_variant_builder_end (&builder));
}

static char *
lookup_remembered_page (ZmWindow *self)
{
  g_autoptr(GVariant) pages = NULL;
  g_autofree char *uri = NULL;
  char *page = NULL;

  if (self->file == NULL)
    return NULL;

  uri = g_file_get_uri (self->file);
  pages = g_settings_get_value (self->settings, "document-pages");
  if (!g_variant_lookup (pages, uri, "s", &page))
    return NULL;
  if (!page_is_valid (self, page))
    g_clear_pointer (&page, g_free);
  return page;
}

/* Complete enough to score: something is scored, and no included pillar
 * is only indicative. */
static gboolean
is_complete_enough (ZmAssessment *assessment)
{
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);

  if (result->n_determined == 0)
    return FALSE;
  for (guint i = 0; i < result->n_pillars; i++)
    if (result->pillars[i].included && result->pillars[i].indicative)
      return FALSE;
  return TRUE;
}

static char *
first_unanswered_stage (ZmAssessment *assessment)
{
  ZmModel *model = zm_assessment_get_model (assessment);

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      if (!zm_assessment_get_pillar_included (assessment, zm_pillar_get_id (pillar)))
        continue;
      for (guint number = 1; number <= ZM_N_STAGES; number++)
        {
          ZmStage *stage = zm_pillar_get_stage (pillar, number);

          if (zm_assessment_count_answered (assessment, pillar, number) <
              g_list_model_get_n_items (zm_stage_get_statements (stage)))
            return zm_page_id_for_stage (stage);
        }
    }

  return NULL;
}

static gboolean
has_answers (ZmAssessment *assessment)
{
  ZmModel *model = zm_assessment_get_model (assessment);

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    if (zm_assessment_count_answered (assessment, zm_model_get_pillar (model, i), 0) > 0)
      return TRUE;
  return FALSE;
}

/* Where a document opens: where the user left it; else the results when
 * there is a result to read (always for a team); else the first statement to answer; a
 * document with no answer at all starts with its organisation. */
static char *
landing_page (ZmWindow *self)
{
  char *page = lookup_remembered_page (self);

  if (page != NULL)
    return page;
  /* A team document's result comes from its respondents, whatever the
   * coordinator's own stage pages hold. */
  if (zm_assessment_get_n_respondents (self->assessment) > 0)
    return g_strdup (ZM_PAGE_RESULTS);
  if (!has_answers (self->assessment))
    return g_strdup (ZM_PAGE_ORGANISATION);
  if (is_complete_enough (self->assessment))
    return g_strdup (ZM_PAGE_RESULTS);
  page = first_unanswered_stage (self->assessment);
  return page != NULL ? page : g_strdup (ZM_PAGE_RESULTS);
}

void
zm_window_set_page (ZmWindow   *self,
                    const char *page)
{
  g_return_if_fail (ZM_IS_WINDOW (self));

  if (self->assessment == NULL || page == NULL || !page_is_valid (self, page))
    return;

  if (g_strcmp0 (self->page, page) != 0)
    {
      g_free (self->page);
      self->page = g_strdup (page);
      show_page (self);
      remember_page (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }

  update_walk_actions (self);
}

/* After moving to a page, the keys work on it at once. */
static void
focus_page (ZmWindow *self)
{
  if (g_str_equal (gtk_stack_get_visible_child_name (self->page_stack), "stage"))
    zm_stage_page_focus_first_row (ensure_stage_page (self));
  else
    gtk_widget_child_focus (GTK_WIDGET (self->page_stack), GTK_DIR_TAB_FORWARD);
}

/* A stage page starts on its first open statement; on the other pages
 * nothing has the focus, and Tab starts at the top. */
static void
focus_opened_page (ZmWindow *self)
{
  if (zm_page_id_get_stage (self->page, zm_assessment_get_model (self->assessment)) != NULL)
    zm_stage_page_focus_first_open_row (ensure_stage_page (self));
  else
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
}

static void
walk (ZmWindow *self,
      int       step)
{
  g_autoptr(GPtrArray) pages = NULL;
  int position;

  if (self->assessment == NULL)
    return;

  pages = collect_walk (self);
  position = walk_position (pages, self->page) + step;
  if (position < 0 || position >= (int) pages->len)
    return;

  zm_window_set_page (self, g_ptr_array_index (pages, position));
  focus_page (self);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  walk (ZM_WINDOW (widget), -1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  walk (ZM_WINDOW (widget), +1);
}

/* Folded, a place the user picks in the sidebar shows in place of it;
 * moving through the list with the arrow keys does not leave the list. */
static void
on_place_activated (ZmWindow *self)
{
  if (!adw_leaflet_get_folded (self->leaflet))
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  focus_page (self);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_box);
  /* On the place shown, so the arrow keys go on from there. */
  zm_sidebar_focus_page (self->sidebar);
}

static ZmModel *
shown_model (ZmWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->assessment != NULL)
    return zm_assessment_get_model (self->assessment);
  return application != NULL ? zm_application_get_model (ZM_APPLICATION (application)) : NULL;
}

/* The shortcuts window is built when asked for, not with every window as
 * GtkApplication does with a gtk/help-overlay.ui resource. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/zm-shortcuts-window.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

/* Help is a window of its own, so the user can read it next to the
 * results it explains. */
static void
show_score_help_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);
  ZmModel *model = shown_model (self);

  if (model == NULL)
    return;

  gtk_window_present (GTK_WINDOW (zm_help_window_new (GTK_WINDOW (self), model)));
}

static void
on_statement_chosen (ZmWindow    *self,
                     ZmStatement *statement)
{
  ZmPillar *pillar = zm_statement_get_pillar (statement);
  g_autofree char *page = zm_page_id_for_stage (zm_pillar_get_stage (pillar, zm_statement_get_stage_number (statement)));

  zm_window_set_page (self, page);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  zm_stage_page_focus_statement (ensure_stage_page (self), statement);
}

/* Ctrl+F: a statement of any pillar, by words in its text. */
static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);
  ZmFindDialog *dialog;

  if (self->assessment == NULL)
    return;

  dialog = zm_find_dialog_new (GTK_WINDOW (self), self->assessment);
  g_signal_connect_object (dialog, "statement-chosen", G_CALLBACK (on_statement_chosen),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_model_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL)
    return;

  gtk_window_present (GTK_WINDOW (zm_model_window_new (GTK_WINDOW (self),
                                                       ZM_APPLICATION (application))));
}

static void update_title (ZmWindow *self);

static void
on_leaflet_folded (ZmWindow *self)
{
  /* Unfolded, both panes show; folded, start where the work is. */
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  if (folded)
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  /* A narrow header has no room for them; the pages' own Previous and
   * Next buttons and the keys remain. */
  gtk_widget_set_visible (self->walk_buttons, !folded);
  /* Narrow, Export keeps its place as an icon, so Save fits next to it. */
  if (folded)
    {
      gtk_menu_button_set_icon_name (self->export_button, "document-send-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->export_button), _("Export"));
    }
  else
    {
      gtk_menu_button_set_label (self->export_button, _("_Export"));
      gtk_menu_button_set_use_underline (self->export_button, TRUE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->export_button), NULL);
    }
  update_title (self);
}

static char *
dup_document_title (ZmWindow *self)
{
  const char *name;

  if (self->assessment == NULL)
    return g_strdup (_("Zorgmarketing Scan"));

  name = zm_assessment_get_organisation_name (self->assessment);
  if (name != NULL && name[0] != '\0')
    return g_strdup (name);

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      if (g_str_has_suffix (basename, ZM_DOCUMENT_SUFFIX))
        basename[strlen (basename) - strlen (ZM_DOCUMENT_SUFFIX)] = '\0';
      return g_filename_display_name (basename);
    }

  return g_strdup (_("Untitled Assessment"));
}

static void
update_title (ZmWindow *self)
{
  g_autofree char *title = dup_document_title (self);
  g_autofree char *window_title = NULL;
  const char *subtitle = self->modified ? _("Unsaved changes") : NULL;

  adw_window_title_set_title (self->content_title, title);
  adw_window_title_set_subtitle (self->content_title, subtitle);
  /* Side by side, the content's header names the document; folded, the
   * sidebar shows alone and names it itself. */
  if (adw_leaflet_get_folded (self->leaflet))
    {
      adw_window_title_set_title (self->sidebar_title, title);
      adw_window_title_set_subtitle (self->sidebar_title, subtitle);
    }
  else
    {
      adw_window_title_set_title (self->sidebar_title, _("Zorgmarketing Scan"));
      adw_window_title_set_subtitle (self->sidebar_title, NULL);
    }

  if (self->assessment == NULL)
    window_title = g_strdup (title);
  else if (self->modified)
    /* Translators: the window title of a document with unsaved changes */
    window_title = g_strdup_printf (_("• %s — Zorgmarketing Scan"), title);
  else
    /* Translators: the window title of a document */
    window_title = g_strdup_printf (_("%s — Zorgmarketing Scan"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_document_actions (ZmWindow *self)
{
  static const char * const document_actions[] = {
    "win.save", "win.save-as",
    "win.export-chart", "win.export-checklist", "win.export-report",
    "win.export-slides", "win.export-csv", "win.print-report", "win.copy-chart", "win.find",
  };
  gboolean has_document = self->assessment != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), document_actions[i], has_document);
  update_walk_actions (self);
}

static void
on_assessment_changed (ZmWindow *self)
{
  /* Leave a page whose pillar was just switched off. */
  if (!page_is_valid (self, self->page))
    zm_window_set_page (self, ZM_PAGE_ORGANISATION);

  zm_window_document_changed (self);
  update_walk_actions (self);
}

static void
update_undo_actions (ZmWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->undo_stack != NULL && zm_undo_stack_can_undo (self->undo_stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->undo_stack != NULL && zm_undo_stack_can_redo (self->undo_stack));
}

/* Takes @stack (nullable). */
static void
set_undo_stack (ZmWindow    *self,
                ZmUndoStack *stack)
{
  if (self->undo_stack != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_stack, self);
  g_clear_object (&self->undo_stack);
  self->undo_stack = stack;
  if (stack != NULL)
    {
      g_signal_connect_swapped (stack, "notify::can-undo", G_CALLBACK (update_undo_actions), self);
      g_signal_connect_swapped (stack, "notify::can-redo", G_CALLBACK (update_undo_actions), self);
    }
  update_undo_actions (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ZmWindow *self = ZM_WINDOW (widget);
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (self->undo_stack == NULL)
    return;

  what = undo ? zm_undo_stack_undo (self->undo_stack) : zm_undo_stack_redo (self->undo_stack);
  if (what == NULL)
    return;

  if (undo)
    /* Translators: a toast after Ctrl+Z, e.g. "Undone: the rating of “We know our clients”" */
    message = g_strdup_printf (_("Undone: %s"), what);
  else
    /* Translators: a toast after Shift+Ctrl+Z, e.g. "Redone: the target of Innovation" */
    message = g_strdup_printf (_("Redone: %s"), what);
  zm_window_show_toast (self, message);
}

void
zm_window_set_document (ZmWindow     *self,
                        ZmAssessment *assessment,
                        GFile        *file,
                        const char   *etag,
                        gboolean      modified)
{
  g_return_if_fail (ZM_IS_WINDOW (self));
  g_return_if_fail (assessment == NULL || ZM_IS_ASSESSMENT (assessment));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);

  detach_pages (self);
  g_set_object (&self->assessment, assessment);
  set_undo_stack (self, assessment != NULL ? zm_undo_stack_new (assessment) : NULL);
  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);
  self->modified = modified && assessment != NULL;
  g_free (self->page);
  /* Never NULL: win.page reads it as the state of a string action. */
  self->page = g_strdup ("");

  /* The pages take the new document first, then the first page shows. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);

  if (assessment != NULL)
    {
      g_signal_connect_swapped (assessment, "changed", G_CALLBACK (on_assessment_changed), self);
      g_signal_connect_swapped (assessment, "notify::organisation-name", G_CALLBACK (update_title), self);
      g_free (self->page);
      self->page = landing_page (self);
      show_page (self);
      /* The sidebar selects the page's row before it shows: focus that
       * enters a list without a selection selects its first row. */
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
      adw_leaflet_set_visible_child (self->leaflet, self->content_box);
    }

  zm_window_update_main_page (self);
  update_title (self);
  update_document_actions (self);

  /* The keys work on the page shown; no field is focused with its text
   * selected, where the first key press would replace it. Without a
   * document, Enter starts one. */
  if (assessment != NULL)
    focus_opened_page (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* Used by zm-window-document.c when a save ends or a change arrives. */
static void
on_notify_modified (ZmWindow *self)
{
  update_title (self);
}

static void
on_notify_file (ZmWindow *self)
{
  update_title (self);
  /* Saved under a name: from now on it opens where it is now. */
  remember_page (self);
}

static void
load_window_state (ZmWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 360));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (ZmWindow *self)
{
  int width, height;

  /* The default size follows the size of an unmaximized window. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
zm_window_close_request (GtkWindow *window)
{
  ZmWindow *self = ZM_WINDOW (window);

  /* Unsaved changes: the window stays while the user decides. */
  if (zm_window_document_close_request (self))
    return TRUE;

  save_window_state (self);

  return GTK_WINDOW_CLASS (zm_window_parent_class)->close_request (window);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ZmWindow      *self)
{
  GSList *files = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = gdk_file_list_get_files (g_value_get_boxed (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    files = g_slist_prepend (NULL, g_value_get_object (value));

  for (GSList *l = files; l != NULL; l = l->next)
    zm_window_open_file (self, l->data);

  g_slist_free (files);
  return files != NULL;
}

static void
setup_drop_target (ZmWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* A window shown without a document, and not reading one, welcomes. */
static void
zm_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (zm_window_parent_class)->map (widget);
  zm_window_update_main_page (ZM_WINDOW (widget));
}

static void
zm_window_dispose (GObject *object)
{
  ZmWindow *self = ZM_WINDOW (object);

  zm_window_document_dispose (self);
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);


  set_undo_stack (self, NULL);
  g_clear_object (&self->assessment);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (zm_window_parent_class)->dispose (object);
}

static void
zm_window_finalize (GObject *object)
{
  ZmWindow *self = ZM_WINDOW (object);

  g_free (self->etag);
  g_free (self->page);
  g_free (self->recovery_id);

  G_OBJECT_CLASS (zm_window_parent_class)->finalize (object);
}

static void
zm_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZmWindow *self = ZM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_PAGE:
      g_value_set_string (value, self->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ZmWindow *self = ZM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      zm_window_set_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_window_class_init (ZmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = zm_window_dispose;
  object_class->finalize = zm_window_finalize;
  object_class->get_property = zm_window_get_property;
  object_class->set_property = zm_window_set_property;
  widget_class->map = zm_window_map;
  window_class->close_request = zm_window_close_request;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Naming the resource links it in from the static library; its
   * constructor registers it. */
  (void) zm_ui_get_resource ();

  g_type_ensure (ZM_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/zm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, welcome_box);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, export_menu);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, walk_buttons);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, ZmWindow, page_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded);
  gtk_widget_class_bind_template_callback (widget_class, on_place_activated);

  gtk_widget_class_install_property_action (widget_class, "win.page", "page");
  gtk_widget_class_install_action (widget_class, "win.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "win.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-score-help", NULL, show_score_help_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-model", NULL, show_model_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.show-score-help", NULL);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);

  zm_window_document_class_init (klass);
  zm_window_export_class_init (klass);
}

/* A menu's popover, with a widget per item, is made when the menu first
 * opens: four menu buttons would otherwise build some hundred widgets
 * for every window. */
static void
create_menu_popover (GtkMenuButton *button,
                     gpointer       user_data)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (user_data));
}

static void
set_up_menu (GtkMenuButton *button,
             GMenuModel    *menu)
{
  gtk_menu_button_set_create_popup_func (button, create_menu_popover,
                                         g_object_ref (menu), g_object_unref);
}

static void
bind_pages (ZmWindow *self)
{
  /* The pages of the stack take the document when shown (show_page). */
  g_object_bind_property (self, "assessment", self->sidebar, "assessment", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "page", self->sidebar, "page", G_BINDING_SYNC_CREATE);
}

static void
zm_window_init (ZmWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zm_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
  set_up_menu (self->welcome_menu_button, self->primary_menu);
  set_up_menu (self->sidebar_menu_button, self->primary_menu);
  set_up_menu (self->content_menu_button, self->primary_menu);
  set_up_menu (self->export_button, self->export_menu);

  self->page = g_strdup ("");
  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
  self->autosave_delay = 3000;

  bind_pages (self);
  setup_drop_target (self);
  load_window_state (self);

  g_signal_connect (self, "notify::modified", G_CALLBACK (on_notify_modified), NULL);
  g_signal_connect (self, "notify::file", G_CALLBACK (on_notify_file), NULL);

  update_title (self);
  update_document_actions (self);
}
