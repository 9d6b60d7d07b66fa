/* test-window.c: the main window, driven through its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <gtk/gtk.h>
#include <string.h>

#include "zm-document.h"
#include "zm-find-dialog.h"
#include "zm-help-window.h"
#include "zm-model-window.h"
#include "zm-recovery.h"
#include "zm-sidebar.h"
#include "zm-statement-row.h"
#include "zm-window-private.h"
#include "zm-ui-test-util.h"

static ZmApplication *app;
static char *data_home;

static ZmWindow *
create_window (void)
{
  ZmWindow *window = zm_window_new (app);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Destroys the window and proves that nothing keeps it alive. */
static void
destroy_window (ZmWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  zm_test_drain ();
  g_assert_finalize_object (window);
}

static ZmModel *
model (void)
{
  return zm_application_get_model (app);
}

static ZmStatement *
statement_at (const char *pillar_id,
              guint       stage,
              guint       index)
{
  ZmPillar *pillar = zm_model_find_pillar (model (), pillar_id);
  GListModel *statements = zm_stage_get_statements (zm_pillar_get_stage (pillar, stage));
  g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, index);

  return statement;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 gboolean (*match) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  return zm_test_find (widget, match, data);
}

static gboolean
is_row_for (GtkWidget     *widget,
            gconstpointer  statement_id)
{
  return ZM_IS_STATEMENT_ROW (widget) &&
         gtk_widget_get_mapped (widget) &&
         g_str_equal (zm_statement_get_id (zm_statement_row_get_statement (ZM_STATEMENT_ROW (widget))),
                      statement_id);
}

static GtkWidget *
find_row (ZmWindow    *window,
          ZmStatement *statement)
{
  GtkWidget *row = find_descendant (GTK_WIDGET (window), is_row_for, zm_statement_get_id (statement));

  g_assert_nonnull (row);
  return row;
}

static gboolean
is_titled (GtkWidget     *widget,
           gconstpointer  data)
{
  const struct { GType type; const char *title; } *want = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, want->type) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), want->title) == 0;
}

static GtkWidget *
find_titled (GtkWidget  *root,
             GType       type,
             const char *title)
{
  struct { GType type; const char *title; } want = { type, title };
  GtkWidget *row = find_descendant (root, is_titled, &want);

  g_assert_nonnull (row);
  return row;
}

static GtkWidget *
find_preferences_row (ZmWindow   *window,
                      GType       type,
                      const char *title)
{
  return find_titled (GTK_WIDGET (window), type, title);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The message dialog shown over @window, if any. */
static AdwMessageDialog *
find_dialog (ZmWindow *window)
{
  return (AdwMessageDialog *) zm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  /* What a click on a response button does: respond, then go away. */
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  zm_test_drain ();
}

static GFile *
temp_file (const char *name)
{
  g_autofree char *path = g_build_filename (data_home, name, NULL);

  g_remove (path);
  return g_file_new_for_path (path);
}

static void
save_and_wait (ZmWindow *window,
               GFile    *file)
{
  /* Only a save of a changed document can be waited for. */
  g_assert_true (zm_window_get_modified (window));
  zm_window_save_to_file (window, file);
  WAIT_FOR (!zm_window_get_modified (window));
  g_assert_true (g_file_equal (zm_window_get_file (window), file));
}

static ZmWindow *
open_and_wait (GFile *file)
{
  ZmWindow *window = create_window ();

  zm_window_open_file (window, file);
  WAIT_FOR (zm_window_get_assessment (window) != NULL);
  return window;
}

static void
test_new_and_answer (void)
{
  ZmWindow *window = create_window ();
  ZmStatement *first = statement_at ("practice", 1, 0);
  ZmStatement *second = statement_at ("practice", 1, 1);
  ZmAssessment *assessment;
  GtkWidget *row, *button, *entry;
  guint n_stage = g_list_model_get_n_items (zm_stage_get_statements (zm_pillar_get_stage (zm_statement_get_pillar (first), 1)));
  g_autofree char *progress = NULL;

  /* The welcome page: nothing to walk through yet. */
  g_assert_null (zm_window_get_assessment (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
  g_assert_null (zm_window_get_page (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  assessment = zm_window_get_assessment (window);
  g_assert_nonnull (assessment);
  g_assert_null (zm_window_get_file (window));
  g_assert_false (zm_window_get_modified (window));
  g_assert_cmpstr (zm_window_get_page (window), ==, ZM_PAGE_ORGANISATION);

  /* Typing the name names the document. */
  entry = find_preferences_row (window, ADW_TYPE_ENTRY_ROW, "_Name of the organisation");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Zorggroep Test");
  g_assert_cmpstr (zm_assessment_get_organisation_name (assessment), ==, "Zorggroep Test");
  g_assert_true (zm_window_get_modified (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Zorggroep Test"));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* Next goes to the first stage of the first pillar. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
  g_assert_cmpstr (zm_window_get_page (window), ==, "stage:practice:1");

  /* Clicking "3" rates the statement 3. */
  row = find_row (window, first);
  button = find_descendant (row, is_button_labelled, "3");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  /* A button activated by the keyboard shows itself pressed for a moment. */
  WAIT_FOR (zm_assessment_get_rating (assessment, zm_statement_get_id (first)) == 3);

  /* The number keys' action rates and moves on to the next statement. */
  gtk_widget_grab_focus (row);
  gtk_widget_activate_action (row, "row.rate-and-next", "i", 4);
  g_assert_cmpint (zm_assessment_get_rating (assessment, zm_statement_get_id (first)), ==, 4);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_descendant (row, is_button_labelled, "4"))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == find_row (window, second));

  gtk_widget_activate_action (find_row (window, second), "row.rate", "i", -1);
  g_assert_cmpint (zm_assessment_get_rating (assessment, zm_statement_get_id (second)), ==, ZM_RATING_DONT_KNOW);

  /* Both count as answered in the sidebar. */
  progress = g_strdup_printf ("2/%u", n_stage);
  g_assert_cmpstr (zm_sidebar_get_progress (window->sidebar, "stage:practice:1"), ==, progress);

  /* Delete clears. */
  gtk_widget_activate_action (find_row (window, second), "row.clear", NULL);
  g_assert_cmpint (zm_assessment_get_rating (assessment, zm_statement_get_id (second)), ==, ZM_RATING_UNANSWERED);
  g_free (progress);
  progress = g_strdup_printf ("1/%u", n_stage);
  g_assert_cmpstr (zm_sidebar_get_progress (window->sidebar, "stage:practice:1"), ==, progress);

  /* Discard, so that closing does not ask. */
  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}

static gboolean
is_icon_button_for (GtkWidget     *widget,
                    gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static void
test_rating_buttons_are_named (void)
{
  ZmWindow *window = create_window ();
  GtkWidget *row, *button;
  g_autofree char *name = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "stage:brand:2");
  row = find_row (window, statement_at ("brand", 2, 0));
  button = find_descendant (row, is_button_labelled, "2");

  /* A screen reader says what "2" means, in the model's words, and which
   * statement it rates. */
  name = g_strdup_printf ("2: %s — %s", zm_model_get_rating_label (model (), ZM_RATING_2),
                          zm_statement_get_text (statement_at ("brand", 2, 0)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       zm_statement_get_text (statement_at ("brand", 2, 0)));
  /* Before one is chosen, the pointer shows what it means and its key. */
  g_free (name);
  name = g_strdup_printf ("%s (key 2)", zm_model_get_rating_label (model (), ZM_RATING_2));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, name);

  /* Another stage shows its statements in the same rows, named anew. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "stage:brand:3");
  row = find_row (window, statement_at ("brand", 3, 0));
  button = find_descendant (row, is_button_labelled, "2");
  g_free (name);
  name = g_strdup_printf ("2: %s — %s", zm_model_get_rating_label (model (), ZM_RATING_2),
                          zm_statement_get_text (statement_at ("brand", 3, 0)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name);

  /* Icon-only buttons in the header have a name, not only a tooltip. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_descendant (GTK_WIDGET (window), is_icon_button_for, "win.save")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Save");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_descendant (GTK_WIDGET (window), is_icon_button_for, "win.next-page")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Next Page");

  destroy_window (window);
}

static void
test_walk_skips_excluded_pillars (void)
{
  ZmWindow *window = create_window ();
  ZmAssessment *assessment;
  GtkWidget *assess_switch_row;
  guint steps = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  assessment = zm_window_get_assessment (window);

  /* Switching the first pillar off in the form (its switches follow
   * the form's first frame). */
  zm_test_drain ();
  assess_switch_row = find_preferences_row (window, ADW_TYPE_ACTION_ROW,
                                            zm_pillar_get_name (zm_model_find_pillar (model (), "practice")));
  gtk_switch_set_active (GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (assess_switch_row))), FALSE);
  g_assert_false (zm_assessment_get_pillar_included (assessment, "practice"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
  g_assert_cmpstr (zm_window_get_page (window), ==, "stage:client-focus:1");

  /* A page of an excluded pillar cannot be reached at all. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "stage:practice:2");
  g_assert_cmpstr (zm_window_get_page (window), ==, "stage:client-focus:1");

  /* Five pillars of four stages, then results and checklist. */
  while (g_strcmp0 (zm_window_get_page (window), ZM_PAGE_CHECKLIST) != 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
      g_assert_cmpuint (++steps, <=, 30);
    }
  g_assert_cmpuint (steps, ==, 5 * 4 - 1 + 2);
  /* The checklist is the end of the walk. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
  g_assert_cmpstr (zm_window_get_page (window), ==, ZM_PAGE_CHECKLIST);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-page", NULL);
  g_assert_cmpstr (zm_window_get_page (window), ==, ZM_PAGE_RESULTS);

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}

static void
test_save_and_reopen (void)
{
  ZmWindow *window = create_window ();
  ZmWindow *reopened;
  g_autoptr(GFile) file = temp_file ("save-and-reopen.zmscan");
  ZmStatement *statement = statement_at ("innovation", 3, 1);
  ZmAssessment *assessment, *copy;
  ZmChecklistItem *item;
  GtkWidget *target_row;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  assessment = zm_window_get_assessment (window);
  zm_assessment_set_organisation_name (assessment, "Thuiszorg Test");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "stage:innovation:3");
  gtk_widget_activate_action (find_row (window, statement), "row.rate", "i", 2);

  /* The target through its chooser on the results page, the one place
   * where targets are set, next to the stage and gap they concern. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", ZM_PAGE_RESULTS);
  WAIT_FOR (zm_test_find_named (zm_window_ensure_page (window, ZM_PAGE_RESULTS), "innovation") != NULL);
  target_row = zm_test_find_named (zm_test_find_named (zm_window_ensure_page (window, ZM_PAGE_RESULTS), "innovation"),
                                   "target");
  g_assert_nonnull (target_row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (target_row), 3);
  g_assert_cmpuint (zm_assessment_get_target (assessment, "innovation"), ==, 3);

  item = zm_assessment_get_checklist_item (assessment, "vision");
  zm_checklist_item_set_status (item, ZM_STEP_STATUS_DONE);

  save_and_wait (window, file);
  g_assert_true (g_file_equal (zm_window_get_file (window), file));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* Closing a saved document asks nothing. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_null (find_dialog (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
  zm_test_drain ();

  reopened = open_and_wait (file);
  copy = zm_window_get_assessment (reopened);
  g_assert_false (zm_window_get_modified (reopened));
  g_assert_cmpstr (zm_assessment_get_organisation_name (copy), ==, "Thuiszorg Test");
  g_assert_cmpint (zm_assessment_get_rating (copy, zm_statement_get_id (statement)), ==, 2);
  g_assert_cmpuint (zm_assessment_get_target (copy, "innovation"), ==, 3);
  g_assert_cmpint (zm_checklist_item_get_status (zm_assessment_get_checklist_item (copy, "vision")),
                   ==, ZM_STEP_STATUS_DONE);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (reopened)), "Thuiszorg Test"));

  /* Opening the same file again from another window shows the window
   * that has it instead of a second copy. */
  window = create_window ();
  zm_window_open_file (window, file);
  zm_test_drain ();
  g_assert_null (zm_window_get_assessment (window));
  g_assert_true (zm_window_find_for_file (GTK_APPLICATION (app), file) == reopened);

  /* The saved file is in the welcome page's recent list. */
  g_assert_cmpuint (zm_welcome_page_get_n_recent (zm_window_ensure_welcome_page (window)), >=, 1);

  destroy_window (reopened);
  destroy_window (window);
}

static void
test_one_document_per_window (void)
{
  ZmWindow *window = create_window ();
  GList *windows;
  ZmWindow *other = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != window)
      other = g_object_ref (l->data);

  /* The example opens as an untitled copy with its own content. */
  g_assert_nonnull (zm_assessment_get_organisation_name (zm_window_get_assessment (other)));
  g_assert_null (zm_window_get_file (other));
  g_assert_false (zm_window_get_modified (other));
  g_assert_null (zm_assessment_get_organisation_name (zm_window_get_assessment (window)));

  destroy_window (other);
  destroy_window (window);
}

static void
test_unsaved_changes_dialog (void)
{
  ZmWindow *window = create_window ();
  AdwMessageDialog *dialog;
  GWeakRef weak;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  zm_assessment_set_unit (zm_window_get_assessment (window), "Locatie Noord");

  /* Cancel keeps the window and the changes. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  respond (dialog, "cancel");
  g_assert_null (find_dialog (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (zm_window_get_modified (window));

  /* Discard closes. */
  g_weak_ref_init (&weak, window);
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  respond (dialog, "discard");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_object_unref (window);
  zm_test_drain ();
  g_assert_null (g_weak_ref_get (&weak));
  g_weak_ref_clear (&weak);
}

static void
test_save_from_close_dialog (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("close-save.zmscan");
  g_autoptr(ZmAssessment) loaded = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  zm_assessment_set_organisation_name (zm_window_get_assessment (window), "Revalidatiecentrum");
  save_and_wait (window, file);
  zm_assessment_set_assessors (zm_window_get_assessment (window), "J. de Vries");

  gtk_window_close (GTK_WINDOW (window));
  respond (find_dialog (window), "save");
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (window)));

  loaded = zm_document_load (file, model (), NULL, NULL, NULL);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (zm_assessment_get_assessors (loaded), ==, "J. de Vries");
  g_object_unref (window);
  zm_test_drain ();
}

static void
test_changed_on_disk (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("changed-on-disk.zmscan");
  g_autoptr(ZmAssessment) other = zm_assessment_new (model ());
  g_autoptr(ZmAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  zm_assessment_set_unit (zm_window_get_assessment (window), "Afdeling Zuid");
  save_and_wait (window, file);

  /* Someone else writes the file. */
  g_usleep (20000);
  zm_assessment_set_organisation_name (other, "Iemand anders");
  g_assert_true (zm_document_save (other, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  zm_assessment_set_organisation_name (zm_window_get_assessment (window), "Onze naam");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  WAIT_FOR (find_dialog (window) != NULL);
  dialog = find_dialog (window);
  /* Their version, or ours as a copy: never ours over theirs. */
  g_assert_true (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-copy"));
  g_assert_false (adw_message_dialog_has_response (dialog, "overwrite"));

  /* Nothing was written before the user chose. */
  loaded = zm_document_load (file, model (), NULL, NULL, NULL);
  g_assert_cmpstr (zm_assessment_get_organisation_name (loaded), ==, "Iemand anders");
  g_clear_object (&loaded);

  /* Cancelling writes nothing either, and a second save asks again. */
  respond (dialog, "cancel");
  WAIT_FOR (find_dialog (window) == NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  WAIT_FOR (find_dialog (window) != NULL);
  loaded = zm_document_load (file, model (), NULL, NULL, NULL);
  g_assert_cmpstr (zm_assessment_get_organisation_name (loaded), ==, "Iemand anders");
  g_clear_object (&loaded);

  /* Reloading shows their version, in this window, with nothing unsaved. */
  respond (find_dialog (window), "reload");
  WAIT_FOR (g_strcmp0 (zm_assessment_get_organisation_name (zm_window_get_assessment (window)),
                       "Iemand anders") == 0);
  g_assert_false (zm_window_get_modified (window));
  g_assert_true (g_file_equal (zm_window_get_file (window), file));

  /* And the next save goes through: the window knows the file again. */
  zm_assessment_set_unit (zm_window_get_assessment (window), "Afdeling Noord");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  WAIT_FOR (!zm_window_get_modified (window));
  g_assert_null (find_dialog (window));
  loaded = zm_document_load (file, model (), NULL, NULL, NULL);
  g_assert_cmpstr (zm_assessment_get_organisation_name (loaded), ==, "Iemand anders");
  g_assert_cmpstr (zm_assessment_get_unit (loaded), ==, "Afdeling Noord");

  destroy_window (window);
}

static GFile *
recovery_copy (const char *id)
{
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autofree char *name = g_strconcat (id, ZM_DOCUMENT_SUFFIX, NULL);

  return g_file_get_child (dir, name);
}

static void
test_autosave_writes_and_removes_copy (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("autosave.zmscan");
  g_autoptr(GFile) copy = NULL;
  g_autoptr(ZmAssessment) recovered = NULL;

  zm_window_set_autosave_delay (window, 50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  zm_assessment_set_rating (zm_window_get_assessment (window),
                            zm_statement_get_id (statement_at ("metrics", 2, 0)), ZM_RATING_1);

  WAIT_FOR (zm_window_get_recovery_id (window) != NULL);
  copy = recovery_copy (zm_window_get_recovery_id (window));
  WAIT_FOR (g_file_query_exists (copy, NULL));
  zm_test_drain ();
  recovered = zm_document_load (copy, model (), NULL, NULL, NULL);
  g_assert_nonnull (recovered);
  g_assert_cmpint (zm_assessment_get_rating (recovered, zm_statement_get_id (statement_at ("metrics", 2, 0))),
                   ==, ZM_RATING_1);

  /* Saving makes the copy unnecessary. */
  save_and_wait (window, file);
  WAIT_FOR (!g_file_query_exists (copy, NULL));
  g_assert_null (zm_window_get_recovery_id (window));

  destroy_window (window);
}

static void
test_restore_recovery_copy (void)
{
  g_autoptr(ZmAssessment) lost = zm_assessment_new (model ());
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autoptr(GFile) copy = recovery_copy ("crashed-document");
  g_autoptr(GFile) info = g_file_get_child (dir, "crashed-document.info");
  g_autoptr(GError) error = NULL;
  const char *info_text = "[Recovery]\ntitle=Ziekenhuis Herstel\nsaved=2026-03-09T10:00:00Z\n";
  ZmStatement *statement = statement_at ("culture", 4, 0);
  AdwMessageDialog *dialog;
  ZmAssessment *restored;
  ZmWindow *window;

  /* What a crashed session leaves behind. */
  zm_assessment_set_organisation_name (lost, "Ziekenhuis Herstel");
  zm_assessment_set_rating (lost, zm_statement_get_id (statement), ZM_RATING_3);
  bytes = zm_document_write_bytes (lost);
  g_file_make_directory_with_parents (dir, NULL, NULL);
  g_assert_true (g_file_replace_contents (copy, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                          NULL, FALSE, 0, NULL, NULL, &error));
  g_assert_true (g_file_replace_contents (info, info_text, strlen (info_text),
                                          NULL, FALSE, 0, NULL, NULL, &error));
  g_assert_no_error (error);

  window = create_window ();
  zm_window_offer_recovery (window);
  WAIT_FOR (find_dialog (window) != NULL);
  dialog = find_dialog (window);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Ziekenhuis Herstel"));
  respond (dialog, "restore");
  WAIT_FOR (zm_window_get_assessment (window) != NULL);

  restored = zm_window_get_assessment (window);
  g_assert_cmpstr (zm_assessment_get_organisation_name (restored), ==, "Ziekenhuis Herstel");
  g_assert_cmpint (zm_assessment_get_rating (restored, zm_statement_get_id (statement)), ==, ZM_RATING_3);
  /* Restored work is unsaved work. */
  g_assert_true (zm_window_get_modified (window));
  g_assert_null (zm_window_get_file (window));
  g_assert_cmpstr (zm_window_get_recovery_id (window), ==, "crashed-document");

  /* Discarding it on close removes the copy for good. */
  gtk_window_close (GTK_WINDOW (window));
  respond (find_dialog (window), "discard");
  WAIT_FOR (!g_file_query_exists (copy, NULL));
  g_assert_false (g_file_query_exists (info, NULL));
  g_object_unref (window);
  zm_test_drain ();
}

static void
test_bad_file_shows_error (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("broken.zmscan");
  g_autoptr(GError) error = NULL;
  const char *broken =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:zorgmarketing-scan:assessment:1\" version=\"1.0\">\n"
    "  <model id=\"zorgmarketing-ontwikkelmodel\" version=\"1\"/>\n"
    "  <organisation><name>Kapot</naam></organisation>\n"
    "</assessment>\n";
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_true (g_file_replace_contents (file, broken, strlen (broken), NULL, FALSE, 0, NULL, NULL, &error));
  g_assert_no_error (error);

  zm_window_open_file (window, file);
  WAIT_FOR (find_dialog (window) != NULL);
  dialog = find_dialog (window);
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("error shown: %s", body);
  g_assert_nonnull (strstr (body, "broken.zmscan"));
  g_assert_nonnull (strstr (body, ":4:"));
  /* The window stays usable, on the welcome page. */
  g_assert_null (zm_window_get_assessment (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "welcome");
  g_assert_nonnull (window->welcome_page);
  respond (dialog, "close");

  destroy_window (window);
}

/* A window opened with a document builds the page it lands on and no
 * other: not the welcome page it never shows, nor the checklist, the
 * organisation or a stage form. */
static void
test_open_builds_landing_page_only (void)
{
  ZmWindow *window = zm_window_new (app);
  g_autoptr(GFile) file = temp_file ("landing.zmscan");
  g_autoptr(GBytes) example = g_resources_lookup_data (ZM_DOCUMENT_EXAMPLE_RESOURCE, 0, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (example);
  g_assert_true (g_file_replace_contents (file, g_bytes_get_data (example, NULL), g_bytes_get_size (example),
                                          NULL, FALSE, 0, NULL, NULL, &error));
  g_assert_no_error (error);
  g_object_ref (window);
  /* As the application does with a file: the reading starts first. */
  zm_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (zm_window_get_assessment (window) != NULL);
  zm_test_drain ();

  g_assert_cmpstr (zm_window_get_page (window), ==, ZM_PAGE_RESULTS);
  g_assert_nonnull (window->results_page);
  g_assert_null (window->welcome_page);
  g_assert_null (window->checklist_page);
  g_assert_null (window->organisation_page);
  g_assert_null (window->stage_page);

  /* Closing it shows the welcome page, made now. */
  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  g_assert_nonnull (window->welcome_page);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "welcome");

  destroy_window (window);
}

static void
test_new_from_previous_marks_changes (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("last-year.zmscan");
  g_autoptr(ZmAssessment) last_year = zm_assessment_new (model ());
  ZmStatement *statement = statement_at ("practice", 2, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  ZmAssessment *assessment;
  GtkWidget *row;

  zm_assessment_set_organisation_name (last_year, "Vorig Jaar");
  zm_assessment_set_rating (last_year, zm_statement_get_id (statement), ZM_RATING_2);
  g_assert_true (zm_document_save (last_year, file, NULL, NULL, NULL, &error));

  zm_window_new_from_previous_file (window, file);
  WAIT_FOR (zm_window_get_assessment (window) != NULL);
  assessment = zm_window_get_assessment (window);
  g_assert_cmpstr (zm_assessment_get_previous_uri (assessment), ==, uri);
  g_assert_null (zm_window_get_file (window));
  g_assert_cmpint (zm_assessment_get_rating (assessment, zm_statement_get_id (statement)), ==, ZM_RATING_2);
  /* The copy says where its answers came from. */
  g_assert_nonnull (find_descendant (GTK_WIDGET (window), is_label_containing,
                                     "Answers taken from “last-year.zmscan”"));

  /* A rating that differs from last year's shows the badge. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "stage:practice:2");
  row = find_row (window, statement);
  gtk_widget_activate_action (row, "row.rate", "i", 4);
  g_assert_true (zm_answer_get_changed (zm_statement_row_get_answer (ZM_STATEMENT_ROW (row))));
  g_assert_true (gtk_widget_get_visible (find_descendant (row, has_css_class, "changed-badge")));

  /* Back to last year's rating: no longer a change. */
  gtk_widget_activate_action (row, "row.rate", "i", 2);
  g_assert_false (gtk_widget_get_visible (find_descendant (row, has_css_class, "changed-badge")));

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}

/* Assessing again with hints: nothing is rated yet, last time's rating
 * shows beside the statement, and the new one is linked to the old. */
static void
test_new_assessment_shows_hints (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("last-time.zmscan");
  g_autoptr(ZmAssessment) last_time = zm_assessment_new (model ());
  ZmStatement *statement = statement_at ("practice", 2, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  ZmAssessment *assessment;
  GtkWidget *row, *hint;

  zm_assessment_set_organisation_name (last_time, "Zorggroep De Linde");
  zm_assessment_set_unit (last_time, "Locatie Noord");
  zm_assessment_set_rating (last_time, zm_statement_get_id (statement), ZM_RATING_2);
  g_assert_true (zm_document_save (last_time, file, NULL, NULL, NULL, &error));

  zm_window_new_assessment_again (window, file, ZM_PREVIOUS_SHOW_AS_HINTS);
  WAIT_FOR (zm_window_get_assessment (window) != NULL);
  assessment = zm_window_get_assessment (window);
  g_assert_cmpstr (zm_assessment_get_previous_uri (assessment), ==, uri);
  g_assert_cmpstr (zm_assessment_get_unit (assessment), ==, "Locatie Noord");
  g_assert_cmpint (zm_assessment_get_rating (assessment, zm_statement_get_id (statement)), ==,
                   ZM_RATING_UNANSWERED);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "stage:practice:2");
  row = find_row (window, statement);
  hint = find_descendant (row, is_label_containing, "Last time: ");
  g_assert_nonnull (hint);
  g_assert_true (gtk_widget_get_visible (hint));
  g_assert_false (gtk_widget_get_visible (find_descendant (row, has_css_class, "changed-badge")));

  /* Rated the same as last time: the hint has done its work. */
  gtk_widget_activate_action (row, "row.rate", "i", 2);
  g_assert_false (gtk_widget_get_visible (hint));
  /* Rated otherwise: marked as changed, with last time's rating beside it. */
  gtk_widget_activate_action (row, "row.rate", "i", 4);
  g_assert_true (gtk_widget_get_visible (hint));
  g_assert_true (gtk_widget_get_visible (find_descendant (row, has_css_class, "changed-badge")));

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static void
test_drop_opens_file (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("dropped.zmscan");
  g_autoptr(ZmAssessment) dropped = zm_assessment_new (model ());
  g_autoptr(GError) error = NULL;
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  GSList *files = g_slist_prepend (NULL, file);
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  zm_assessment_set_organisation_name (dropped, "Huisartsenpraktijk Sleep");
  g_assert_true (zm_document_save (dropped, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* What a file manager hands over when a file is dropped. */
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);
  g_assert_true (accepted);

  WAIT_FOR (zm_window_get_assessment (window) != NULL);
  g_assert_cmpstr (zm_assessment_get_organisation_name (zm_window_get_assessment (window)),
                   ==, "Huisartsenpraktijk Sleep");
  g_assert_true (g_file_equal (zm_window_get_file (window), file));

  destroy_window (window);
}

/* At 360 px the sidebar and the page take turns: moving through the list
 * stays in the list, picking a place shows its page. */
static void
test_narrow_window_folds (void)
{
  ZmWindow *window = zm_window_new (app);
  GtkWidget *label, *row;
  GtkListBox *list;

  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  WAIT_FOR (adw_leaflet_get_folded (window->leaflet));
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->content_box);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar_box);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window->sidebar)));

  /* The pillars come folded; moving onto one shows its first stage and
   * folds it open. */
  g_assert_null (find_descendant (GTK_WIDGET (window->sidebar), is_label_with_text,
                                  zm_model_get_stage_name (model (), 2)));
  label = find_descendant (GTK_WIDGET (window->sidebar), is_label_with_text,
                           zm_pillar_get_name (zm_model_find_pillar (model (), "practice")));
  row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
  list = GTK_LIST_BOX (gtk_widget_get_parent (row));
  gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (row));
  g_assert_cmpstr (zm_window_get_page (window), ==, "stage:practice:1");
  WAIT_FOR ((label = find_descendant (GTK_WIDGET (window->sidebar), is_label_with_text,
                                      zm_model_get_stage_name (model (), 2))) != NULL);
  row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);

  /* The arrow keys select; the page follows, the list stays. */
  gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (row));
  g_assert_cmpstr (zm_window_get_page (window), ==, "stage:practice:2");
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->sidebar_box);

  /* Enter or a click shows the page. */
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_true (adw_leaflet_get_visible_child (window->leaflet) == window->content_box);

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}

/* Closing a window while its file is still being read: the late answer
 * touches nothing, and the window is freed. */
static void
test_close_while_loading (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("slow.zmscan");
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (model ());
  g_autoptr(GError) error = NULL;

  g_assert_true (zm_document_save (assessment, file, NULL, NULL, NULL, &error));
  zm_window_open_file (window, file);
  gtk_window_destroy (GTK_WINDOW (window));
  WAIT_FOR (G_OBJECT (window)->ref_count == 1);
  zm_test_drain ();
  g_assert_finalize_object (window);
}

static void
test_window_size_is_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  ZmWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 820);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = create_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 640);

  /* The size it had when it was closed is the next window's size. */
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_object_unref (window);
  zm_test_drain ();
}

/* In Dutch, the walk shows the model's Dutch stage names and rating
 * labels, and the window's own texts are Dutch too. */
static void
test_dutch (void)
{
  if (g_test_subprocess ())
    {
      const char *localedir = g_getenv ("ZM_TEST_LOCALEDIR");
      ZmWindow *window;
      GtkWidget *row, *button;

      g_setenv ("LANGUAGE", "nl", TRUE);
      if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
        setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : TEST_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);

      /* The model is read in the language of the moment it is loaded. */
      window = create_window ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
      g_assert_nonnull (find_descendant (GTK_WIDGET (window->sidebar), is_label_with_text, "Klantfocus en strategie"));

      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
      WAIT_FOR (find_descendant (GTK_WIDGET (window->sidebar), is_label_with_text, "Geïnitieerd") != NULL);
      row = find_row (window, statement_at ("practice", 1, 0));
      button = find_descendant (row, is_button_labelled, "4");
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Volledig van toepassing (toets 4)");

      /* The window's own texts. */
      g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Naamloze beoordeling"));
      g_assert_nonnull (find_descendant (GTK_WIDGET (window->sidebar), is_label_with_text, "Organisatie"));
      g_assert_nonnull (find_descendant (row, is_button_labelled, "Weet ik niet"));

      /* The example reads in Dutch too: its unit, notes and owners. */
      zm_window_set_document (window, NULL, NULL, NULL, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
      g_assert_cmpstr (zm_assessment_get_unit (zm_window_get_assessment (window)), ==,
                       "Marketing en communicatie, alle negen locaties");

      zm_window_set_document (window, NULL, NULL, NULL, FALSE);
      destroy_window (window);
      return;
    }

  {
    const char *localedir = g_getenv ("ZM_TEST_LOCALEDIR");
    g_autofree char *catalogue = g_build_filename (localedir != NULL ? localedir : TEST_LOCALEDIR,
                                                   "nl", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

    if (!g_file_test (catalogue, G_FILE_TEST_EXISTS))
      {
        g_test_skip ("the Dutch catalogue is not built");
        return;
      }
  }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static gboolean
is_combo_row_titled_pillar (GtkWidget     *widget,
                            gconstpointer  data)
{
  const char *title;

  if (!ADW_IS_COMBO_ROW (widget))
    return FALSE;

  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  for (guint i = 0; i < zm_model_get_n_pillars (model ()); i++)
    if (g_strcmp0 (title, zm_pillar_get_name (zm_model_get_pillar (model (), i))) == 0)
      return TRUE;
  return FALSE;
}

/* Targets are chosen in one place: per pillar on the results page, not a
 * second time in the organisation form. */
static void
test_targets_in_one_place (void)
{
  ZmWindow *window = create_window ();
  ZmModel *m = model ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_null (find_descendant (zm_window_ensure_page (window, ZM_PAGE_ORGANISATION), is_combo_row_titled_pillar, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", ZM_PAGE_RESULTS);
  zm_test_drain ();
  for (guint i = 0; i < zm_model_get_n_pillars (m); i++)
    {
      GtkWidget *group = zm_test_find_named (zm_window_ensure_page (window, ZM_PAGE_RESULTS),
                                             zm_pillar_get_id (zm_model_get_pillar (m, i)));

      g_assert_nonnull (group);
      g_assert_true (ADW_IS_COMBO_ROW (zm_test_find_named (group, "target")));
    }

  destroy_window (window);
}

static gboolean
is_button_for_action (GtkWidget     *widget,
                      gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* A fresh window answers Enter with a new assessment, dated today. */
static void
test_welcome_starts_on_enter (void)
{
  ZmWindow *window = create_window ();
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_assert_nonnull (focus);
  g_assert_true (is_button_for_action (focus, "win.new"));
  gtk_widget_activate (focus);
  /* A button activated by the keyboard shows itself pressed for a moment. */
  WAIT_FOR (zm_window_get_assessment (window) != NULL);
  g_assert_cmpstr (zm_assessment_get_date (zm_window_get_assessment (window)), ==, today);
  /* A date filled in for the user is not a change of theirs. */
  g_assert_false (zm_window_get_modified (window));

  destroy_window (window);
}

/* Rating the last statement by key leaves the keyboard on Next. */
static void
test_last_rating_focuses_next (void)
{
  ZmWindow *window = create_window ();
  ZmPillar *pillar = zm_model_find_pillar (model (), "practice");
  guint n = g_list_model_get_n_items (zm_stage_get_statements (zm_pillar_get_stage (pillar, 1)));
  GtkWidget *focus;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-page", NULL);
  g_assert_cmpstr (zm_window_get_page (window), ==, "stage:practice:1");

  for (guint i = 0; i < n; i++)
    {
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      g_assert_true (ZM_IS_STATEMENT_ROW (focus));
      gtk_widget_activate_action (focus, "row.rate-and-next", "i", 2);
    }

  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (is_button_for_action (focus, "win.next-page"));
  g_assert_true (gtk_widget_is_ancestor (focus, zm_window_ensure_page (window, "stage")));
  gtk_widget_activate (focus);
  WAIT_FOR (g_strcmp0 (zm_window_get_page (window), "stage:practice:2") == 0);

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}

static gboolean
is_row_title_ending (GtkWidget     *widget,
                     gconstpointer  end)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_str_has_suffix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), end);
}

/* Opens and closes the help; returns once it is gone for good. */
static void
check_help_window (ZmWindow *window)
{
  ZmHelpWindow *help = (ZmHelpWindow *) zm_test_find_toplevel (ZM_TYPE_HELP_WINDOW, GTK_WINDOW (window));
  g_autofree char *top = g_strdup_printf ("4 · %s", zm_model_get_rating_label (model (), ZM_RATING_4));
  GtkWidget *example;

  g_assert_nonnull (help);
  g_object_ref (help);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (help)), ==, "How the Score Works");

  /* The scale in the model's words, and a worked example whose figures
   * are the rule's: fits 0.25, 0.75, 0.50 and 0 give 3.25 ÷ 1.5. */
  find_titled (GTK_WIDGET (help), ADW_TYPE_ACTION_ROW, top);
  example = zm_test_find (GTK_WIDGET (help), is_row_title_ending, "= 2.17");
  g_assert_nonnull (example);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (example)), ==,
                   "The score 2.17 rounds to stage 2, Defined.");

  gtk_window_close (GTK_WINDOW (help));
  zm_test_drain ();
  g_assert_finalize_object (help);
}

/* "How the Score Works" from the menu (F1) and from the results page. */
static void
test_score_help (void)
{
  ZmWindow *window = create_window ();
  GtkWidget *link;
  gboolean handled = FALSE;

  /* Even before a document is open. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-score-help", NULL);
  check_help_window (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", ZM_PAGE_RESULTS);
  link = zm_test_find_named (zm_window_ensure_page (window, ZM_PAGE_RESULTS), "score-help");
  g_assert_nonnull (link);
  g_assert_true (gtk_widget_get_mapped (link));
  g_signal_emit_by_name (link, "activate-link", "help:score", &handled);
  g_assert_true (handled);
  check_help_window (window);

  destroy_window (window);
}

static void
on_texture_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GdkTexture **texture = user_data;
  g_autoptr(GError) error = NULL;

  *texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

/* Copy Chart puts a picture on the clipboard that a presentation can
 * paste: slide-sized, opaque white, with the current scores drawn. */
static void
test_copy_chart (void)
{
  ZmWindow *window = create_window ();
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  g_autoptr(GdkTexture) texture = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);
  g_assert_nonnull (zm_window_get_assessment (window));
  gdk_clipboard_set_text (clipboard, "before");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL);
  WAIT_FOR (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  gdk_clipboard_read_texture_async (clipboard, NULL, on_texture_read, &texture);
  WAIT_FOR (texture != NULL);

  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1600);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1200);
  g_assert_true (zm_test_texture_has_rgb (texture, 0xffffff));
  /* Okabe–Ito blue: the current scores' outline. */
  g_assert_true (zm_test_texture_has_rgb (texture, 0x0072b2));
  WAIT_FOR (find_descendant (GTK_WIDGET (window), is_label_containing, "Chart copied") != NULL);

  destroy_window (window);
}

/* The board report, written where the user chose, with a toast that names
 * the file and offers to open it. */
static void
test_export_report (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("De Linde report.pdf");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  ZmExportOptions options;
  ZmExportDialog *dialog;
  GtkWidget *open_button;
  gsize length;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", NULL);

  /* Export → Report… asks for the report's options first, as the chart
   * export does. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL);
  dialog = ZM_EXPORT_DIALOG (zm_test_find_toplevel (ZM_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  g_assert_cmpint (zm_export_dialog_get_kind (dialog), ==, ZM_EXPORT_REPORT);
  gtk_window_destroy (GTK_WINDOW (dialog));

  zm_export_options_init (&options, NULL);
  options.format = ZM_EXPORT_FORMAT_PDF;
  zm_window_export_to_file (window, ZM_EXPORT_REPORT, &options, file);

  WAIT_FOR (find_descendant (GTK_WIDGET (window), is_label_containing, "Exported to “De Linde report.pdf”") != NULL);
  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 10000);
  g_assert_cmpmem (contents, 5, "%PDF-", 5);

  open_button = find_descendant (GTK_WIDGET (window), is_button_for_action, "win.open-exported");
  g_assert_nonnull (open_button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open_button)), ==, "_Open");

  destroy_window (window);
}

#define TEST_MODEL_FILE TEST_DATADIR "/test-model.xml"

static GSettings *
app_settings (void)
{
  return zm_application_get_settings (app);
}

/* A model file that is not XML at all, in the test's own folder. */
static GFile *
broken_model_file (void)
{
  g_autoptr(GFile) file = temp_file ("broken-model.xml");
  g_autoptr(GError) error = NULL;
  const char *text = "<model xmlns=\"urn:zorgmarketing-scan:model:1\" id=\"broken\">\n<title>Kapot</titel>\n";

  g_assert_true (g_file_replace_contents (file, text, strlen (text), NULL, FALSE, 0, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static void
test_model_file_setting (void)
{
  ZmWindow *window;
  ZmAssessment *assessment;
  ZmModel *used;

  g_settings_set_string (app_settings (), "model-file", TEST_MODEL_FILE);
  window = create_window ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  zm_test_drain ();

  assessment = zm_window_get_assessment (window);
  g_assert_nonnull (assessment);
  used = zm_assessment_get_model (assessment);
  g_assert_cmpstr (zm_model_get_id (used), ==, "test-model");
  g_assert_cmpuint (zm_model_get_n_pillars (used), ==, 3);
  g_assert_cmpstr (zm_pillar_get_id (zm_model_get_pillar (used, 0)), ==, "alpha");
  /* What the user sees: the file's pillars in the sidebar, and no error. */
  g_assert_nonnull (find_descendant (GTK_WIDGET (window->sidebar), is_label_containing, "Alpha pillar"));
  g_assert_null (find_dialog (window));

  /* Going back to the built-in model leaves the open assessment alone. */
  g_settings_reset (app_settings (), "model-file");
  g_assert_cmpstr (zm_model_get_id (zm_application_get_model (app)), !=, "test-model");
  g_assert_true (zm_assessment_get_model (zm_window_get_assessment (window)) == used);

  destroy_window (window);
}

static void
test_broken_model_file (void)
{
  g_autoptr(GFile) file = broken_model_file ();
  g_autoptr(ZmModel) built_in = zm_model_new_default (NULL);
  g_autofree char *path = g_file_get_path (file);
  ZmWindow *window = create_window ();
  AdwMessageDialog *dialog;
  const char *body;

  g_settings_set_string (app_settings (), "model-file", path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  WAIT_FOR (find_dialog (window) != NULL);

  dialog = find_dialog (window);
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("error shown: %s", body);
  g_assert_nonnull (strstr (body, "broken-model.xml"));
  g_assert_nonnull (strstr (body, "built-in model"));
  /* The user can go on, with the built-in model. */
  g_assert_nonnull (zm_window_get_assessment (window));
  g_assert_cmpstr (zm_model_get_id (zm_assessment_get_model (zm_window_get_assessment (window))), ==,
                   zm_model_get_id (built_in));
  respond (dialog, "close");

  /* Told once, not on every new assessment. */
  zm_application_get_model (app);
  zm_test_drain ();
  g_assert_null (find_dialog (window));

  g_settings_reset (app_settings (), "model-file");
  destroy_window (window);
}

static const char *
row_subtitle (GtkWidget  *root,
              const char *title)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (find_titled (root, ADW_TYPE_ACTION_ROW, title)));
}

static void
test_model_window (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) test_model = g_file_new_for_path (TEST_MODEL_FILE);
  g_autoptr(GFile) broken = broken_model_file ();
  g_autofree char *built_in_title = g_strdup (zm_model_get_title (model ()));
  g_autofree char *key = NULL;
  ZmModelWindow *model_window;
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-model", NULL);
  model_window = (ZmModelWindow *) zm_test_find_toplevel (ZM_TYPE_MODEL_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (model_window);
  g_object_ref (model_window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (model_window)), ==, "Assessment Model");
  g_assert_cmpstr (row_subtitle (GTK_WIDGET (model_window), "Title"), ==, built_in_title);
  g_assert_cmpstr (row_subtitle (GTK_WIDGET (model_window), "Source"), ==, "Built-in model");

  /* A model file of one's own: shown, remembered, and used from now on. */
  zm_model_window_use_file (model_window, test_model);
  WAIT_FOR (g_strcmp0 (row_subtitle (GTK_WIDGET (model_window), "Title"), "Test model") == 0);
  g_assert_cmpstr (row_subtitle (GTK_WIDGET (model_window), "Version"), ==, "2");
  g_assert_cmpstr (row_subtitle (GTK_WIDGET (model_window), "Written for This Application"), ==,
                   "Beta pillar, Gamma pillar");
  key = g_settings_get_string (app_settings (), "model-file");
  g_assert_cmpstr (key, ==, TEST_MODEL_FILE);
  g_assert_cmpstr (zm_model_get_id (zm_application_get_model (app)), ==, "test-model");

  /* A broken file is refused there, and the choice before it stays. */
  zm_model_window_use_file (model_window, broken);
  WAIT_FOR (zm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (model_window)) != NULL);
  dialog = (AdwMessageDialog *) zm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (model_window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken-model.xml"));
  respond (dialog, "close");
  g_assert_cmpstr (row_subtitle (GTK_WIDGET (model_window), "Title"), ==, "Test model");
  g_assert_cmpstr (zm_model_get_id (zm_application_get_model (app)), ==, "test-model");

  gtk_widget_activate_action (GTK_WIDGET (model_window), "model.use-built-in", NULL);
  g_assert_cmpstr (row_subtitle (GTK_WIDGET (model_window), "Title"), ==, built_in_title);
  g_clear_pointer (&key, g_free);
  key = g_settings_get_string (app_settings (), "model-file");
  g_assert_cmpstr (key, ==, "");

  gtk_window_close (GTK_WINDOW (model_window));
  zm_test_drain ();
  g_assert_finalize_object (model_window);
  destroy_window (window);
}

static void
test_wrong_model_says_what_to_do (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(GFile) file = temp_file ("other-model.zmscan");
  g_autoptr(GFile) model_file = g_file_new_for_path (TEST_MODEL_FILE);
  g_autoptr(ZmModel) other = zm_model_new_from_file (model_file, NULL);
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_nonnull (other);
  assessment = zm_assessment_new (other);
  g_assert_true (zm_document_save (assessment, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  zm_window_open_file (window, file);
  WAIT_FOR (find_dialog (window) != NULL);
  dialog = find_dialog (window);
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("error shown: %s", body);
  g_assert_nonnull (strstr (body, "“test-model”"));
  g_assert_nonnull (strstr (body, "Main Menu → Assessment Model"));
  respond (dialog, "close");

  destroy_window (window);
}


/* Accessible names -------------------------------------------------------------- */

static gboolean
is_interactive_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_OPTION:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_ROW:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
    case GTK_ACCESSIBLE_ROLE_TREE_ITEM:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The name a screen reader has for @widget: its label property, or NULL.
 * (GTK 4.8 names an object by its label property and labelled-by
 * relation only.) */
static char *
accessible_label (GtkWidget *widget)
{
  char *value;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  /* A value that no widget has returns the one it has. */
  value = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                    "\x01");

  if (value != NULL && value[0] == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static gboolean
is_mapped_popover (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_POPOVER (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
has_mnemonic_underscore (const char *name)
{
  for (const char *p = strchr (name, '_'); p != NULL; p = strchr (p + 1, '_'))
    if (g_unichar_isalnum (g_utf8_get_char (p + 1)))
      return TRUE;
  return FALSE;
}

/* Every interactive object that shows under @root has a name, without a
 * mnemonic's underscore; the ones that do not are added to @problems. */
static void
collect_unnamed (GtkWidget  *root,
                 const char *page,
                 GString    *problems)
{
  GtkAccessibleRole role;

  if (!gtk_widget_get_mapped (root))
    return;

  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (root));
  if (is_interactive_role (role) &&
      ((role != GTK_ACCESSIBLE_ROLE_LIST_ITEM && role != GTK_ACCESSIBLE_ROLE_ROW) ||
       gtk_widget_get_focusable (root)))
    {
      g_autofree char *name = accessible_label (root);

      if (name == NULL && !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (root),
                                                             GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        g_string_append_printf (problems, "%s: unnamed %s\n", page, G_OBJECT_TYPE_NAME (root));
      else if (name != NULL && has_mnemonic_underscore (name))
        g_string_append_printf (problems, "%s: %s named “%s”\n", page, G_OBJECT_TYPE_NAME (root), name);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, page, problems);
}

/* The choices of every drop-down on the page, opened one at a time. */
static void
check_combo_rows (GtkWidget  *root,
                  const char *page,
                  GString    *problems)
{
  if (ADW_IS_COMBO_ROW (root) && gtk_widget_get_mapped (root))
    {
      GtkWidget *popover;

      /* Into view first: a popover needs a place on the screen. */
      gtk_widget_grab_focus (root);
      zm_test_drain ();
      gtk_widget_activate (root);
      WAIT_FOR ((popover = zm_test_find (root, is_mapped_popover, NULL)) != NULL);
      zm_test_drain ();
      collect_unnamed (popover, page, problems);
      gtk_popover_popdown (GTK_POPOVER (popover));
      WAIT_FOR (!gtk_widget_get_mapped (popover));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_combo_rows (child, page, problems);
}

static void
test_accessible_names (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(ZmAssessment) assessment = zm_test_load_example (model ());
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  guint n_pages = 0;

  zm_window_set_document (window, assessment, NULL, NULL, FALSE);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  zm_test_drain ();
  g_ptr_array_add (pages, g_strdup (ZM_PAGE_RESULTS));
  g_ptr_array_add (pages, g_strdup (ZM_PAGE_CHECKLIST));
  g_ptr_array_add (pages, g_strdup (ZM_PAGE_ORGANISATION));
  for (guint i = 0; i < zm_model_get_n_pillars (model ()); i++)
    for (guint stage = 1; stage <= ZM_N_STAGES; stage++)
      g_ptr_array_add (pages, zm_page_id_for_stage (zm_pillar_get_stage (zm_model_get_pillar (model (), i), stage)));

  for (guint i = 0; i < pages->len; i++)
    {
      const char *page = g_ptr_array_index (pages, i);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", page);
      WAIT_FOR (g_strcmp0 (zm_window_get_page (window), page) == 0);
      zm_test_drain ();
      collect_unnamed (GTK_WIDGET (window), page, problems);
      check_combo_rows (GTK_WIDGET (window), page, problems);
      n_pages++;
    }

  g_assert_cmpuint (n_pages, ==, 3 + 4 * zm_model_get_n_pillars (model ()));
  if (problems->len > 0)
    g_error ("objects without a proper accessible name:\n%s", problems->str);

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}


/* Ctrl+Z takes back a rating given with a key; Shift+Ctrl+Z gives it
 * again. */
static void
test_undo_rating (void)
{
  ZmWindow *window = create_window ();
  ZmStatement *statement = statement_at ("brand", 2, 0);
  ZmAnswer *answer;
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "stage:brand:2");
  row = find_row (window, statement);
  answer = zm_statement_row_get_answer (ZM_STATEMENT_ROW (row));
  gtk_widget_activate_action (row, "row.rate-and-next", "i", 3);
  g_assert_cmpint (zm_answer_get_rating (answer), ==, ZM_RATING_3);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (zm_answer_get_rating (answer), ==, ZM_RATING_UNANSWERED);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpint (zm_answer_get_rating (answer), ==, ZM_RATING_3);

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}


/* Ctrl+F finds a statement of any pillar by words in its text, and
 * choosing it shows it with the keyboard on it. */
static void
test_find_statement (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(ZmAssessment) assessment = zm_test_load_example (model ());
  ZmStatement *wanted = statement_at ("metrics", 3, 1);
  g_auto(GStrv) words = g_strsplit (zm_statement_get_text (wanted), " ", -1);
  g_autofree char *joined = NULL;
  g_autofree char *query = NULL;
  ZmFindDialog *dialog;
  GtkWidget *focus;
  guint n_words = g_strv_length (words);

  zm_window_set_document (window, assessment, NULL, NULL, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  dialog = ZM_FIND_DIALOG (zm_test_find_toplevel (ZM_TYPE_FIND_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);

  /* Two words from its middle, in capitals, find it first. */
  joined = g_strjoin (" ", words[n_words / 2], words[n_words / 2 + 1], NULL);
  query = g_utf8_strup (joined, -1);
  zm_find_dialog_set_text (dialog, query);
  g_assert_cmpuint (zm_find_dialog_get_n_found (dialog), >=, 1);
  zm_find_dialog_set_text (dialog, zm_statement_get_text (wanted));
  g_assert_cmpuint (zm_find_dialog_get_n_found (dialog), ==, 1);
  zm_find_dialog_set_text (dialog, "qqqzzz");
  g_assert_cmpuint (zm_find_dialog_get_n_found (dialog), ==, 0);

  zm_find_dialog_set_text (dialog, zm_statement_get_text (wanted));
  zm_find_dialog_choose (dialog, 0);
  g_assert_cmpstr (zm_window_get_page (window), ==, "stage:metrics:3");
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (ZM_IS_STATEMENT_ROW (focus));
  g_assert_true (zm_statement_row_get_statement (ZM_STATEMENT_ROW (focus)) == wanted);

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}


static gboolean
is_shortcuts_section (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_SHORTCUTS_SECTION (widget);
}

static gboolean
is_stack (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_STACK (widget);
}

/* Every shortcut shows on one page of the shortcuts window. */
static void
test_shortcuts_on_one_page (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/zm-shortcuts-window.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  GtkWidget *section, *stack;
  guint n_pages = 0;

  gtk_window_present (overlay);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (overlay)));
  section = zm_test_find (GTK_WIDGET (overlay), is_shortcuts_section, NULL);
  g_assert_nonnull (section);
  stack = zm_test_find (section, is_stack, NULL);
  g_assert_nonnull (stack);
  for (GtkWidget *child = gtk_widget_get_first_child (stack); child != NULL; child = gtk_widget_get_next_sibling (child))
    n_pages++;
  g_assert_cmpuint (n_pages, ==, 1);

  gtk_window_destroy (overlay);
}


/* A document opens on its results when it is complete enough to score,
 * else on the first stage with a statement to answer, and where the user
 * left it when it was open before. */
static void
test_opens_where_the_work_is (void)
{
  ZmWindow *window = create_window ();
  g_autoptr(ZmAssessment) complete = zm_test_load_example (model ());
  g_autoptr(ZmAssessment) partial = zm_test_load_example (model ());
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/opened-before.zmscan");
  GListModel *answers = zm_assessment_get_answers (partial);
  g_autofree char *first_open = NULL;
  g_autoptr(ZmAssessment) team = NULL;
  g_autoptr(ZmRespondent) respondent = NULL;

  zm_window_set_document (window, complete, NULL, NULL, FALSE);
  g_assert_cmpstr (zm_window_get_page (window), ==, ZM_PAGE_RESULTS);
  /* Nothing is typed over: no text field has the focus. */
  g_assert_false (GTK_IS_TEXT (gtk_window_get_focus (GTK_WINDOW (window))));

  /* Most answers of the second pillar on are gone: indicative. */
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);
      ZmStatement *statement = zm_model_find_statement (model (), zm_answer_get_statement_id (answer));

      if (zm_pillar_get_index (zm_statement_get_pillar (statement)) >= 1)
        zm_answer_set_rating (answer, ZM_RATING_UNANSWERED);
    }
  first_open = zm_page_id_for_stage (zm_pillar_get_stage (zm_model_get_pillar (model (), 1), 1));
  zm_window_set_document (window, partial, NULL, NULL, FALSE);
  g_assert_cmpstr (zm_window_get_page (window), ==, first_open);
  g_assert_true (ZM_IS_STATEMENT_ROW (gtk_window_get_focus (GTK_WINDOW (window))));

  /* The last page of a file is remembered. */
  zm_window_set_document (window, complete, file, NULL, FALSE);
  g_assert_cmpstr (zm_window_get_page (window), ==, ZM_PAGE_RESULTS);
  zm_window_set_page (window, "stage:brand:3");
  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  zm_window_set_document (window, complete, file, NULL, FALSE);
  g_assert_cmpstr (zm_window_get_page (window), ==, "stage:brand:3");

  /* A team document opens on the team's result, though the coordinator
   * answered nothing of their own. */
  team = zm_assessment_new (model ());
  respondent = zm_respondent_new (model (), "Anna de Boer", NULL);
  zm_assessment_add_respondent (team, respondent);
  zm_window_set_document (window, team, NULL, NULL, FALSE);
  g_assert_cmpstr (zm_window_get_page (window), ==, ZM_PAGE_RESULTS);

  zm_window_set_document (window, NULL, NULL, NULL, FALSE);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Recovery copies and the recent list go to a folder of our own. */
  data_home = g_dir_make_tmp ("zm-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  zm_test_init (&argc, &argv);

  app = zm_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/zm/window/new-and-answer", test_new_and_answer);
  g_test_add_func ("/zm/window/rating-buttons-are-named", test_rating_buttons_are_named);
  g_test_add_func ("/zm/window/walk-skips-excluded-pillars", test_walk_skips_excluded_pillars);
  g_test_add_func ("/zm/window/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/zm/window/one-document-per-window", test_one_document_per_window);
  g_test_add_func ("/zm/window/unsaved-changes-dialog", test_unsaved_changes_dialog);
  g_test_add_func ("/zm/window/save-from-close-dialog", test_save_from_close_dialog);
  g_test_add_func ("/zm/window/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/zm/window/autosave-writes-and-removes-copy", test_autosave_writes_and_removes_copy);
  g_test_add_func ("/zm/window/restore-recovery-copy", test_restore_recovery_copy);
  g_test_add_func ("/zm/window/bad-file-shows-error", test_bad_file_shows_error);
  g_test_add_func ("/zm/window/new-from-previous-marks-changes", test_new_from_previous_marks_changes);
  g_test_add_func ("/zm/window/new-assessment-shows-hints", test_new_assessment_shows_hints);
  g_test_add_func ("/zm/window/drop-opens-file", test_drop_opens_file);
  g_test_add_func ("/zm/window/narrow-window-folds", test_narrow_window_folds);
  g_test_add_func ("/zm/window/close-while-loading", test_close_while_loading);
  g_test_add_func ("/zm/window/window-size-is-remembered", test_window_size_is_remembered);
  g_test_add_func ("/zm/window/targets-in-one-place", test_targets_in_one_place);
  g_test_add_func ("/zm/window/welcome-starts-on-enter", test_welcome_starts_on_enter);
  g_test_add_func ("/zm/window/last-rating-focuses-next", test_last_rating_focuses_next);
  g_test_add_func ("/zm/window/score-help", test_score_help);
  g_test_add_func ("/zm/window/copy-chart", test_copy_chart);
  g_test_add_func ("/zm/window/export-report", test_export_report);
  g_test_add_func ("/zm/window/open-builds-landing-page-only", test_open_builds_landing_page_only);
  g_test_add_func ("/zm/window/dutch", test_dutch);
  g_test_add_func ("/zm/window/model-file-setting", test_model_file_setting);
  g_test_add_func ("/zm/window/broken-model-file", test_broken_model_file);
  g_test_add_func ("/zm/window/model-window", test_model_window);
  g_test_add_func ("/zm/window/wrong-model-says-what-to-do", test_wrong_model_says_what_to_do);
  g_test_add_func ("/zm/window/accessible-names", test_accessible_names);
  g_test_add_func ("/zm/window/undo-rating", test_undo_rating);
  g_test_add_func ("/zm/window/find-statement", test_find_statement);
  g_test_add_func ("/zm/window/shortcuts-on-one-page", test_shortcuts_on_one_page);
  g_test_add_func ("/zm/window/opens-where-the-work-is", test_opens_where_the_work_is);

  status = g_test_run ();

  g_clear_object (&app);
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
