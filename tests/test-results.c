/* test-results.c: the results page, the checklist page and the exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "zm-chart-view.h"
#include "zm-checklist-page.h"
#include "zm-date-button.h"
#include "zm-document.h"
#include "zm-export-dialog.h"
#include "zm-results-page.h"
#include "zm-render-text.h"
#include "zm-scoring.h"
#include "zm-ui-test-util.h"

static ZmModel *model;
static char *tmpdir;

static ZmAssessment *
load_example (void)
{
  return zm_test_load_example (model);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  return zm_test_find_named (root, name);
}

static GtkWidget *
find_in (GtkWidget  *root,
         const char *group,
         const char *name)
{
  GtkWidget *parent = find_named (root, group);
  GtkWidget *found;

  g_assert_nonnull (parent);
  found = find_named (parent, name);
  if (found == NULL)
    g_error ("no %s in %s", name, group);
  return found;
}

static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  if (ADW_IS_ACTION_ROW (root))
    g_ptr_array_add (rows, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static const char *
row_title (GtkWidget *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static GtkWidget *
new_results_page (ZmAssessment *assessment)
{
  GtkWidget *page = g_object_ref_sink (zm_results_page_new ());

  zm_results_page_set_assessment (ZM_RESULTS_PAGE (page), assessment);
  /* The pillars' sections follow the page's first frame. */
  zm_test_drain ();
  return page;
}

static char *
expected_title (const ZmPillarResult *pr)
{
  /* Two decimals, as the command line's summary prints them. */
  return g_strdup_printf ("%s · %.2f", zm_model_get_stage_name (model, pr->stage), pr->score);
}

/* Results page --------------------------------------------------------------- */

static void
assert_page_shows (GtkWidget    *page,
                   ZmAssessment *assessment)
{
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);

  for (guint i = 0; i < result->n_pillars; i++)
    {
      const ZmPillarResult *pr = &result->pillars[i];
      GtkWidget *summary = find_in (page, zm_pillar_get_id (pr->pillar), "summary");
      g_autofree char *title = pr->determined ? expected_title (pr) : g_strdup ("Not determined");

      g_assert_cmpstr (row_title (summary), ==, title);
    }
}

static void
test_results_show_scores (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);
  GtkWidget *page = new_results_page (assessment);
  GtkWidget *overall = find_named (page, "overall");
  g_autofree char *overall_text = NULL;

  assert_page_shows (page, assessment);

  overall_text = g_strdup_printf ("Overall: %s (%.2f)",
                                  zm_model_get_stage_name (model, result->overall_stage),
                                  result->overall);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (overall)), ==, overall_text);

  g_assert_finalize_object (page);
}

static void
test_results_target_chooser (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  GtkWidget *page = new_results_page (assessment);
  GtkWidget *target = find_in (page, "metrics", "target");

  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (target)), ==,
                    zm_assessment_get_target (assessment, "metrics"));

  adw_combo_row_set_selected (ADW_COMBO_ROW (target), 4);
  g_assert_cmpuint (zm_assessment_get_target (assessment, "metrics"), ==, 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (target), 0);
  g_assert_cmpuint (zm_assessment_get_target (assessment, "metrics"), ==, 0);
  zm_test_drain ();
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (target)), ==, "No target set");

  /* …and the other way round. */
  zm_assessment_set_target (assessment, "metrics", 3);
  zm_test_drain ();
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (target)), ==, 3);

  g_assert_finalize_object (page);
}

static void
test_results_follow_changes (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  GtkWidget *page = new_results_page (assessment);
  GtkWidget *summary = find_in (page, "culture", "summary");
  g_autofree char *before = g_strdup (row_title (summary));
  GListModel *statements = zm_pillar_get_statements (zm_model_find_pillar (model, "culture"));

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);

      zm_assessment_set_rating (assessment, zm_statement_get_id (statement),
                                zm_statement_get_stage_number (statement) == 4 ? ZM_RATING_4 : ZM_RATING_0);
    }
  /* Coalesced: nothing changes until the main loop runs. */
  g_assert_cmpstr (row_title (summary), ==, before);
  zm_test_drain ();
  g_assert_cmpstr (row_title (summary), !=, before);
  assert_page_shows (page, assessment);

  g_assert_finalize_object (page);
}

static void
test_results_not_determined (void)
{
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (model);
  GtkWidget *page = new_results_page (assessment);
  GtkWidget *summary = find_in (page, "brand", "summary");
  GtkWidget *overall = find_named (page, "overall");

  g_assert_cmpstr (row_title (summary), ==, "Not determined");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (summary)), ==,
                   "Rate at least one statement of this pillar from 0 to 4 to see its stage.");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (overall)), ==, "Not determined yet");
  g_assert_false (gtk_widget_get_visible (find_in (page, "brand", "advice")));

  /* Answers that all say "does not apply at all" fit no stage: the page
   * says so instead of asking for an answer that was given. */
  zm_assessment_set_rating (assessment, "brand.2.values-named", ZM_RATING_0);
  zm_test_drain ();
  g_assert_cmpstr (row_title (summary), ==, "Not determined");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (summary)),
                                   "No stage fits"));

  /* One answer that applies determines the pillar. */
  zm_assessment_set_rating (assessment, "brand.2.values-named", ZM_RATING_3);
  zm_test_drain ();
  g_assert_cmpstr (row_title (summary), !=, "Not determined");
  assert_page_shows (page, assessment);

  g_assert_finalize_object (page);
}

static void
test_results_gaps_ranked (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);
  GtkWidget *page = new_results_page (assessment);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  double last_gap = INFINITY;
  guint n_gaps = 0;

  collect_rows (find_named (page, "gaps"), rows);
  for (guint i = 0; i < result->n_pillars; i++)
    n_gaps += result->pillars[i].target > 0 && result->pillars[i].gap > 0;
  g_assert_cmpuint (n_gaps, >, 1);
  g_assert_cmpuint (rows->len, ==, n_gaps);

  for (guint r = 0; r < rows->len; r++)
    {
      const char *title = row_title (g_ptr_array_index (rows, r));
      guint i;

      for (i = 0; i < result->n_pillars; i++)
        if (g_str_equal (title, zm_pillar_get_name (result->pillars[i].pillar)))
          break;
      g_assert_cmpuint (i, <, result->n_pillars);
      g_assert_cmpfloat (result->pillars[i].gap, <=, last_gap);
      last_gap = result->pillars[i].gap;
    }

  g_assert_finalize_object (page);
}

static void
test_results_advice (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);
  GtkWidget *page = new_results_page (assessment);
  const ZmPillarResult *pr = &result->pillars[0];
  GtkWidget *advice = find_in (page, zm_pillar_get_id (pr->pillar), "advice");
  const char * const *actions;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  ZmStage *next;
  g_autofree char *title = NULL;

  g_assert_cmpuint (pr->stage, <, ZM_N_STAGES);
  next = zm_pillar_get_stage (pr->pillar, pr->stage + 1);
  title = g_strdup_printf ("To reach %s", zm_stage_get_name (next));
  g_assert_cmpstr (row_title (advice), ==, title);

  actions = zm_stage_get_advice (zm_pillar_get_stage (pr->pillar, pr->stage));
  g_assert_nonnull (actions);
  g_assert_nonnull (actions[0]);
  /* Closed, the advice has only its header row: its rows are made when
   * it is first opened. */
  collect_rows (advice, rows);
  g_assert_cmpuint (rows->len, ==, 1);
  g_ptr_array_set_size (rows, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (advice), TRUE);

  collect_rows (advice, rows);
  /* The expander's own header row comes first. */
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 0)), ==, title);
  g_ptr_array_remove_index (rows, 0);
  g_assert_cmpuint (rows->len, >, g_strv_length ((char **) actions));
  for (guint i = 0; actions[i] != NULL; i++)
    g_assert_cmpstr (row_title (g_ptr_array_index (rows, i)), ==, actions[i]);

  g_assert_finalize_object (page);
}

static void
test_results_compare (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autoptr(ZmAssessment) earlier = zm_assessment_new (model);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "earlier.zmscan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  GtkWidget *page;
  ZmChartView *chart;

  zm_assessment_set_rating (earlier, "practice.2.beyond-promotion", ZM_RATING_1);
  bytes = zm_document_write_bytes (earlier);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  /* A recorded previous file that exists is loaded by itself. */
  zm_assessment_set_previous_uri (assessment, uri);
  page = new_results_page (assessment);
  chart = ZM_CHART_VIEW (find_named (page, "chart"));
  WAIT_FOR (zm_chart_view_get_previous (chart) != NULL);
  g_assert_true (gtk_widget_get_visible (find_named (page, "clear-compare")));

  /* Stop comparing: the chart and the document forget it. */
  g_signal_emit_by_name (find_named (page, "clear-compare"), "clicked");
  g_assert_null (zm_chart_view_get_previous (chart));
  g_assert_null (zm_assessment_get_previous_uri (assessment));

  g_assert_finalize_object (page);
  g_unlink (path);
}

static void
test_results_no_assessment (void)
{
  GtkWidget *page = g_object_ref_sink (zm_results_page_new ());
  g_autoptr(ZmAssessment) assessment = load_example ();

  zm_results_page_set_assessment (ZM_RESULTS_PAGE (page), assessment);
  zm_results_page_set_assessment (ZM_RESULTS_PAGE (page), NULL);
  g_assert_null (find_named (page, "practice"));
  g_assert_finalize_object (page);
}

/* The figures a user reads on the page are the ones the command line's
 * summary prints for the same file: overall and pillar scores, how
 * complete each pillar is, and its target. */
static GPtrArray *
match_all (const char *pattern,
           const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  for (g_regex_match (regex, text, 0, &match);
       g_match_info_matches (match);
       g_match_info_next (match, NULL))
    g_ptr_array_add (found, g_match_info_fetch (match, 1));
  return found;
}

static char *
run_summary (const char *path)
{
  const char *argv[] = { ZM_CLI_DRIVER, "--summary", path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_results_agree_with_summary (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DATADIR, "examples", "example.zmscan", NULL);
  g_autofree char *summary = run_summary (path);
  g_autoptr(GPtrArray) scores = match_all ("score ([0-9]+\\.[0-9]+)", summary);
  g_autoptr(GPtrArray) answered = match_all ("answered: ([0-9]+) %", summary);
  g_autoptr(GPtrArray) targets = match_all ("target: stage ([1-4])", summary);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmAssessment) assessment = zm_document_load (file, model, NULL, NULL, &error);
  g_autoptr(ZmResult) result = NULL;
  g_autofree char *overall = NULL;
  GtkWidget *page;

  g_assert_no_error (error);
  result = zm_score_assessment (assessment);
  g_assert_cmpuint (scores->len, ==, result->n_pillars + 1);
  g_assert_cmpuint (answered->len, ==, result->n_pillars);
  /* The example sets a target for every pillar. */
  g_assert_cmpuint (targets->len, ==, result->n_pillars);

  page = new_results_page (assessment);
  overall = g_strdup_printf ("(%s)", (char *) g_ptr_array_index (scores, 0));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (find_named (page, "overall"))), overall));

  for (guint i = 0; i < result->n_pillars; i++)
    {
      GtkWidget *summary_row = find_in (page, zm_pillar_get_id (result->pillars[i].pillar), "summary");
      g_autofree char *score = g_strdup_printf (" · %s", (char *) g_ptr_array_index (scores, i + 1));
      g_autofree char *share = g_strdup_printf ("(%s%%)", (char *) g_ptr_array_index (answered, i));

      g_test_message ("%s: %s / %s", zm_pillar_get_name (result->pillars[i].pillar),
                      row_title (summary_row), adw_action_row_get_subtitle (ADW_ACTION_ROW (summary_row)));
      g_assert_true (g_str_has_suffix (row_title (summary_row), score));
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (summary_row)), share));
      g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_in (page, zm_pillar_get_id (result->pillars[i].pillar), "target"))),
                        ==, g_ascii_strtoull (g_ptr_array_index (targets, i), NULL, 10));
    }

  g_assert_finalize_object (page);
}

/* Under half of a pillar's statements rated: its result is marked. */
static void
test_results_indicative (void)
{
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (model);
  GtkWidget *page = new_results_page (assessment);
  GtkWidget *tag = find_in (page, "brand", "indicative");
  GListModel *statements = zm_pillar_get_statements (zm_model_find_pillar (model, "brand"));
  guint n = g_list_model_get_n_items (statements);

  g_assert_false (gtk_widget_get_visible (tag));

  zm_assessment_set_rating (assessment, "brand.2.values-named", ZM_RATING_3);
  zm_test_drain ();
  g_assert_true (gtk_widget_get_visible (tag));

  /* Half is enough… */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);

      zm_assessment_set_rating (assessment, zm_statement_get_id (statement),
                                i < (n + 1) / 2 ? ZM_RATING_2 : ZM_RATING_DONT_KNOW);
    }
  zm_test_drain ();
  g_assert_false (gtk_widget_get_visible (tag));

  /* …and "don't know" does not count towards it. */
  {
    g_autoptr(ZmStatement) first = g_list_model_get_item (statements, 0);

    zm_assessment_set_rating (assessment, zm_statement_get_id (first), ZM_RATING_DONT_KNOW);
    zm_test_drain ();
    g_assert_true (gtk_widget_get_visible (tag));
  }

  g_assert_finalize_object (page);
}

/* Two decimals, never one that reads as the next stage. */
static void
test_score_format (void)
{
  static const struct { double score; const char *shown; } cases[] = {
    { 2.0833, "2.08" }, { 1.45, "1.45" }, { 1.4951, "1.49" }, { 1.4999999, "1.49" },
    { 2.5, "2.50" }, { 3.996, "4.00" }, { 1.0, "1.00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = zm_ui_format_score (cases[i].score);

      g_assert_cmpstr (shown, ==, cases[i].shown);
      g_assert_cmpuint (zm_score_round_stage (g_ascii_strtod (shown, NULL)), ==,
                        zm_score_round_stage (cases[i].score));
    }
  {
    g_autofree char *none = zm_ui_format_score (NAN);

    g_assert_cmpstr (none, ==, "–");
  }
}

/* Checklist page ----------------------------------------------------------------- */

static void
test_checklist_binds_items (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  GtkWidget *page = g_object_ref_sink (zm_checklist_page_new ());
  ZmChecklistItem *item = zm_assessment_get_checklist_item (assessment, "board-representation");
  GtkWidget *status, *owner;
  GListModel *steps = zm_model_get_steps (model);
  guint n_groups = 0;

  zm_checklist_page_set_assessment (ZM_CHECKLIST_PAGE (page), assessment);
  /* The steps' forms follow the page, one by one. */
  g_assert_null (find_named (page, "vision"));
  zm_test_drain ();
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(ZmStep) step = g_list_model_get_item (steps, i);

      n_groups += find_named (page, zm_step_get_id (step)) != NULL;
    }
  g_assert_cmpuint (n_groups, ==, 8);

  status = find_in (page, "board-representation", "status");
  owner = find_in (page, "board-representation", "owner");

  /* UI → model */
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), 2);
  g_assert_cmpint (zm_checklist_item_get_status (item), ==, ZM_STEP_STATUS_DONE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), 1);
  g_assert_cmpint (zm_checklist_item_get_status (item), ==, ZM_STEP_STATUS_IN_PROGRESS);
  gtk_editable_set_text (GTK_EDITABLE (owner), "Bestuurssecretaris");
  g_assert_cmpstr (zm_checklist_item_get_owner (item), ==, "Bestuurssecretaris");
  gtk_editable_set_text (GTK_EDITABLE (owner), "");
  g_assert_null (zm_checklist_item_get_owner (item));

  /* model → UI */
  zm_checklist_item_set_status (item, ZM_STEP_STATUS_NOT_STARTED);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (status)), ==, 0);
  zm_checklist_item_set_owner (item, "Marieke");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (owner)), ==, "Marieke");
  zm_checklist_item_set_due (item, "2026-09-30");
  g_assert_true (strstr (zm_date_button_get_label (ZM_DATE_BUTTON (find_in (page, "board-representation", "due"))),
                         "2026") != NULL);

  zm_checklist_page_set_assessment (ZM_CHECKLIST_PAGE (page), NULL);
  g_assert_finalize_object (page);
}

/* Date button ------------------------------------------------------------------- */

static gboolean
is_calendar (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_CALENDAR (widget);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* The key controller the button puts on its calendar. */
static GtkEventController *
find_key_controller (GtkWidget *calendar)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (calendar);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }
  return NULL;
}

static GtkWidget *
open_calendar (GtkWidget *button)
{
  GtkWidget *calendar;

  /* The calendar is made when the popover first opens. */
  gtk_widget_activate (button);
  WAIT_FOR ((calendar = zm_test_find (button, is_calendar, NULL)) != NULL &&
            gtk_widget_get_mapped (calendar));
  return calendar;
}

static void
test_date_button (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = g_object_ref (zm_date_button_new ());
  ZmDateButton *self = ZM_DATE_BUTTON (button);
  g_autofree char *shown = zm_render_format_date ("2026-03-09");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GDateTime) picked_day = g_date_time_new_local (2026, 4, 1, 12, 0, 0);
  g_autoptr(GDateTime) opened_on = NULL;
  GtkWidget *calendar;
  gboolean handled = FALSE;
  guint notified = 0;

  gtk_window_set_child (GTK_WINDOW (window), button);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (button, "notify::date", G_CALLBACK (count_notify), &notified);
  zm_date_button_set_placeholder (self, "None");
  g_assert_cmpstr (zm_date_button_get_label (self), ==, "None");

  /* Set → label, one notification, none for the same day again. */
  zm_date_button_set_date (self, "2026-03-09");
  zm_date_button_set_date (self, "2026-03-09");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (zm_date_button_get_label (self), ==, shown);

  /* The calendar opens on the day; a day picked there is the date. */
  calendar = open_calendar (button);
  opened_on = gtk_calendar_get_date (GTK_CALENDAR (calendar));
  g_assert_cmpint (g_date_time_get_day_of_month (opened_on), ==, 9);
  g_assert_cmpint (g_date_time_get_month (opened_on), ==, 3);
  g_assert_cmpuint (notified, ==, 1);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), picked_day);
  g_assert_cmpstr (zm_date_button_get_date (self), ==, "2026-04-01");
  WAIT_FOR (!gtk_widget_get_mapped (calendar));

  /* Clear → NULL. */
  gtk_widget_activate_action (button, "date.clear", NULL);
  g_assert_null (zm_date_button_get_date (self));
  g_assert_cmpstr (zm_date_button_get_label (self), ==, "None");

  /* Enter on today, already selected, picks today. */
  calendar = open_calendar (button);
  gtk_widget_grab_focus (calendar);
  g_assert_true (gtk_widget_is_focus (calendar));
  g_signal_emit_by_name (find_key_controller (calendar), "key-pressed",
                         GDK_KEY_Return, 0, 0, &handled);
  WAIT_FOR (zm_date_button_get_date (self) != NULL);
  g_assert_cmpstr (zm_date_button_get_date (self), ==, today);

  zm_test_drain ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (button);
}

/* Exports ------------------------------------------------------------------------- */

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
export_and_check (ZmExportKind    kind,
                  ZmExportFormat  format,
                  const char     *magic)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autofree char *name = g_strdup_printf ("export-%d.%s", kind,
                                           zm_export_format_get_extension (format));
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ZmExportOptions options;

  zm_export_options_init (&options, NULL);
  options.format = format;
  options.width = 800;
  options.height = 600;
  g_assert_true (zm_export_to_file (kind, assessment, NULL, &options, file, NULL, &error));
  g_assert_no_error (error);

  bytes = read_file (path);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, strlen (magic));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), strlen (magic), magic, strlen (magic));
  g_unlink (path);
}

static void
test_export_chart_formats (void)
{
  export_and_check (ZM_EXPORT_CHART, ZM_EXPORT_FORMAT_PNG, "\x89PNG");
  export_and_check (ZM_EXPORT_CHART, ZM_EXPORT_FORMAT_SVG, "<?xml");
  export_and_check (ZM_EXPORT_CHART, ZM_EXPORT_FORMAT_PDF, "%PDF");
}

static void
test_export_checklist_formats (void)
{
  export_and_check (ZM_EXPORT_CHECKLIST, ZM_EXPORT_FORMAT_PNG, "\x89PNG");
  export_and_check (ZM_EXPORT_CHECKLIST, ZM_EXPORT_FORMAT_SVG, "<?xml");
  export_and_check (ZM_EXPORT_CHECKLIST, ZM_EXPORT_FORMAT_PDF, "%PDF");
}

static void
test_export_report (void)
{
  export_and_check (ZM_EXPORT_REPORT, ZM_EXPORT_FORMAT_PDF, "%PDF");
}

/* The presentation, as PowerPoint (a ZIP package) and as PDF. */
static void
test_export_slides (void)
{
  export_and_check (ZM_EXPORT_SLIDES, ZM_EXPORT_FORMAT_PPTX, "PK\x03\x04");
  export_and_check (ZM_EXPORT_SLIDES, ZM_EXPORT_FORMAT_PDF, "%PDF");
}

/* The presentation's dialog offers PowerPoint first, then PDF, and no
 * pixel sizes. */
static void
test_export_dialog_slides (void)
{
  ZmExportDialog *dialog = zm_export_dialog_new (NULL, ZM_EXPORT_SLIDES, NULL);
  GtkWidget *width = find_named (GTK_WIDGET (dialog), "width");
  ZmExportOptions options;
  AdwComboRow *format;

  g_object_ref (dialog);
  g_assert_cmpint (zm_export_dialog_get_kind (dialog), ==, ZM_EXPORT_SLIDES);
  zm_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, ZM_EXPORT_FORMAT_PPTX);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (width, ADW_TYPE_ACTION_ROW)));

  format = ADW_COMBO_ROW (find_named (GTK_WIDGET (dialog), "format"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (format)), ==, 2);
  adw_combo_row_set_selected (format, 1);
  zm_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, ZM_EXPORT_FORMAT_PDF);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* The report's options: the paper and the notes instead of a format and
 * a pixel size; a PDF whatever was chosen for the chart. */
static void
test_export_dialog_report (void)
{
  ZmExportDialog *dialog = zm_export_dialog_new (NULL, ZM_EXPORT_REPORT, NULL);
  AdwComboRow *paper = ADW_COMBO_ROW (find_named (GTK_WIDGET (dialog), "paper"));
  GtkSwitch *notes = GTK_SWITCH (find_named (GTK_WIDGET (dialog), "notes"));
  ZmExportOptions options;

  g_object_ref (dialog);
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (dialog), "format")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (paper)));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (find_named (GTK_WIDGET (dialog), "width"),
                                                                   ADW_TYPE_ACTION_ROW)));
  zm_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, ZM_EXPORT_FORMAT_PDF);
  g_assert_true (options.report.include_notes);
  g_assert_cmpfloat (options.report.page_width, ==, ZM_REPORT_A4_WIDTH);

  adw_combo_row_set_selected (paper, 1);
  gtk_switch_set_active (notes, FALSE);
  zm_export_dialog_get_options (dialog, &options);
  g_assert_false (options.report.include_notes);
  g_assert_cmpfloat (options.report.page_width, ==, ZM_REPORT_LETTER_WIDTH);
  g_assert_cmpfloat (options.report.page_height, ==, ZM_REPORT_LETTER_HEIGHT);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "without"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (zm_export_to_file_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* The PNG has the chosen pixel size, written off the main thread while the
 * document goes on changing. */
static void
test_export_png_async (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autofree char *path = g_build_filename (tmpdir, "async.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  cairo_surface_t *surface;
  ZmExportOptions options;
  gboolean done = FALSE;

  zm_export_options_init (&options, NULL);
  options.format = ZM_EXPORT_FORMAT_PNG;
  options.width = 1000;
  options.height = 700;
  options.transparent = TRUE;
  zm_export_to_file_async (ZM_EXPORT_CHART, assessment, NULL, &options, file, NULL,
                           on_exported, &done);
  zm_assessment_set_organisation_name (assessment, "Changed while exporting");
  WAIT_FOR (done);

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1000);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 700);
  /* Transparent: the corner has no paint. */
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_image_surface_get_data (surface)[3], ==, 0);
  cairo_surface_destroy (surface);
  g_unlink (path);
}

static void
on_png_bytes (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GBytes **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = zm_export_chart_png_finish (result, &error);
  g_assert_no_error (error);
}

/* What the clipboard gets: a PNG of the asked size with a white, opaque
 * background. */
static void
test_export_chart_png_bytes (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guchar *pixels = g_malloc (1600 * 1200 * 4);

  zm_export_chart_png_async (assessment, NULL, 1600, 1200, NULL, on_png_bytes, &png);
  WAIT_FOR (png != NULL);
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 4, "\x89PNG", 4);

  texture = gdk_texture_new_from_bytes (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1600);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1200);
  gdk_texture_download (texture, pixels, 1600 * 4);
  g_assert_cmpmem (pixels, 4, "\xff\xff\xff\xff", 4);
}

static char *
export_csv (char separator,
            char decimal_mark)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autofree char *path = g_build_filename (tmpdir, "scores.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ZmExportOptions options;

  zm_export_options_init (&options, NULL);
  options.format = ZM_EXPORT_FORMAT_CSV;
  options.separator = separator;
  options.decimal_mark = decimal_mark;
  g_assert_true (zm_export_to_file (ZM_EXPORT_CSV, assessment, NULL, &options, file, NULL, &error));
  g_assert_no_error (error);

  bytes = read_file (path);
  g_unlink (path);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_export_csv_dutch (void)
{
  g_autofree char *csv = export_csv (';', ',');
  g_autoptr(GRegex) comma_decimal = g_regex_new (";[0-9],[0-9]+;", 0, 0, NULL);
  g_autoptr(GRegex) point_decimal = g_regex_new ("[0-9]\\.[0-9]", 0, 0, NULL);

  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf" "pillar;name;stage;score;"));
  g_assert_true (g_regex_match (comma_decimal, csv, 0, NULL));
  g_assert_false (g_regex_match (point_decimal, csv, 0, NULL));
}

static void
test_export_csv_c_locale (void)
{
  g_autofree char *csv = export_csv (',', '.');
  g_autoptr(GRegex) point_decimal = g_regex_new (",[0-9]\\.[0-9]+,", 0, 0, NULL);
  ZmExportOptions options;

  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf" "pillar,name,stage,score,"));
  g_assert_true (g_regex_match (point_decimal, csv, 0, NULL));

  /* These tests run in the C locale, which writes a decimal point. */
  zm_export_options_init (&options, NULL);
  g_assert_cmpint (options.separator, ==, ',');
  g_assert_cmpint (options.decimal_mark, ==, '.');
}

static void
test_export_dialog_remembers (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.zorgmarketing.Scan");
  ZmExportDialog *dialog = zm_export_dialog_new (NULL, ZM_EXPORT_CHART, settings);
  GtkWidget *width = find_named (GTK_WIDGET (dialog), "width");
  ZmExportOptions options;

  g_object_ref (dialog);
  g_assert_nonnull (width);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (width), 2400);
  zm_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.width, ==, 2400);
  g_assert_cmpint (options.format, ==, ZM_EXPORT_FORMAT_PNG);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  g_assert_cmpint (g_settings_get_int (settings, "export-width"), ==, 2400);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  g_settings_reset (settings, "export-width");
}

/* The export dialog fits a 360-pixel screen; its rows wrap instead. */
static void
test_export_dialog_fits_narrow_screen (void)
{
  ZmExportDialog *dialog = zm_export_dialog_new (NULL, ZM_EXPORT_CHART, NULL);
  int minimum;

  g_object_ref (dialog);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  zm_test_init (&argc, &argv);

  model = zm_model_new_default (&error);
  g_assert_no_error (error);
  tmpdir = g_dir_make_tmp ("zm-test-results-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/zm/results/scores", test_results_show_scores);
  g_test_add_func ("/zm/results/target-chooser", test_results_target_chooser);
  g_test_add_func ("/zm/results/follow-changes", test_results_follow_changes);
  g_test_add_func ("/zm/results/not-determined", test_results_not_determined);
  g_test_add_func ("/zm/results/gaps-ranked", test_results_gaps_ranked);
  g_test_add_func ("/zm/results/advice", test_results_advice);
  g_test_add_func ("/zm/results/compare", test_results_compare);
  g_test_add_func ("/zm/results/no-assessment", test_results_no_assessment);
  g_test_add_func ("/zm/results/agree-with-summary", test_results_agree_with_summary);
  g_test_add_func ("/zm/results/indicative", test_results_indicative);
  g_test_add_func ("/zm/results/score-format", test_score_format);
  g_test_add_func ("/zm/checklist/binds-items", test_checklist_binds_items);
  g_test_add_func ("/zm/date-button/pick-and-clear", test_date_button);
  g_test_add_func ("/zm/export/chart-formats", test_export_chart_formats);
  g_test_add_func ("/zm/export/checklist-formats", test_export_checklist_formats);
  g_test_add_func ("/zm/export/report", test_export_report);
  g_test_add_func ("/zm/export/slides", test_export_slides);
  g_test_add_func ("/zm/export/dialog-slides", test_export_dialog_slides);
  g_test_add_func ("/zm/export/dialog-report", test_export_dialog_report);
  g_test_add_func ("/zm/export/png-async", test_export_png_async);
  g_test_add_func ("/zm/export/chart-png-bytes", test_export_chart_png_bytes);
  g_test_add_func ("/zm/export/csv-dutch", test_export_csv_dutch);
  g_test_add_func ("/zm/export/csv-c-locale", test_export_csv_c_locale);
  g_test_add_func ("/zm/export/dialog-remembers", test_export_dialog_remembers);
  g_test_add_func ("/zm/export/dialog-fits-narrow-screen", test_export_dialog_fits_narrow_screen);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
  g_clear_object (&model);
  return status;
}
