/* test-team-section.c: the team on the results page, driven as a user
 * would: add respondents' files, read the agenda, agree a rating, remove a
 * respondent, write forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "zm-document.h"
#include "zm-team.h"
#include "zm-team-section.h"
#include "zm-ui-test-util.h"

static ZmModel *model;
static char *tmpdir;

typedef struct {
  gboolean  done;
  char     *message;
} Done;

static void
on_done (ZmTeamSection *section,
         const char    *message,
         Done          *done)
{
  done->done = TRUE;
  g_free (done->message);
  done->message = g_strdup (message);
}

static GFile *
write_respondent (const char *name,
                  ZmRating    ad_hoc)
{
  g_autoptr(ZmAssessment) a = zm_test_load_example (model);
  g_autofree char *file_name = g_strconcat (name, ".zmscan", NULL);
  g_autofree char *path = g_build_filename (tmpdir, file_name, NULL);
  GFile *file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  zm_assessment_set_assessors (a, name);
  zm_assessment_set_rating (a, "practice.1.ad-hoc", ad_hoc);
  zm_answer_set_note (zm_assessment_get_answer (a, "practice.1.ad-hoc"), "Seen from where I sit.");
  g_assert_true (zm_document_save (a, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return file;
}

static void
add_and_wait (ZmTeamSection *section,
              Done          *done,
              GFile        **files,
              guint          n)
{
  g_autoptr(GListStore) list = g_list_store_new (G_TYPE_FILE);

  for (guint i = 0; i < n; i++)
    g_list_store_append (list, files[i]);
  done->done = FALSE;
  zm_team_section_add_files (section, G_LIST_MODEL (list));
  WAIT_FOR (done->done);
  zm_test_drain ();
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_visible (root))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkWidget *
find_expander (GtkWidget  *section,
               const char *text)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (section, ADW_TYPE_EXPANDER_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (rows->pdata[i]), text))
      return rows->pdata[i];
  return NULL;
}

static void
test_team_section (void)
{
  g_autoptr(ZmAssessment) example = zm_test_load_example (model);
  g_autoptr(ZmAssessment) team = zm_team_new (example);
  g_autoptr(GFile) anna = write_respondent ("Anna", ZM_RATING_0);
  g_autoptr(GFile) bram = write_respondent ("Bram", ZM_RATING_4);
  GtkWidget *section = g_object_ref_sink (zm_team_section_new ());
  ZmStatement *ad_hoc = zm_model_find_statement (model, "practice.1.ad-hoc");
  GFile *both[] = { anna, bram };
  GtkWidget *expander, *agreed;
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();
  Done done = { 0 };

  g_signal_connect (section, "done", G_CALLBACK (on_done), &done);
  zm_team_section_set_assessment (ZM_TEAM_SECTION (section), team);
  add_and_wait (ZM_TEAM_SECTION (section), &done, both, 2);

  g_assert_null (done.message);
  g_assert_cmpuint (zm_assessment_get_n_respondents (team), ==, 2);
  g_assert_nonnull (zm_assessment_find_respondent (team, "Bram"));

  /* 0 against 4: on the agenda, each respondent's rating and note. */
  expander = find_expander (section, zm_statement_get_text (ad_hoc));
  g_assert_nonnull (expander);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), "ratings differ by 4"));

  collect (expander, ADW_TYPE_COMBO_ROW, combos);
  g_assert_cmpuint (combos->len, ==, 1);
  agreed = combos->pdata[0];
  adw_combo_row_set_selected (ADW_COMBO_ROW (agreed), 1 + ZM_RATING_3);
  zm_test_drain ();
  g_assert_cmpint (zm_assessment_get_agreed_rating (team, "practice.1.ad-hoc", NULL, NULL), ==, ZM_RATING_3);
  g_assert_cmpfloat (zm_assessment_get_team_rating (team, "practice.1.ad-hoc"), ==, 3.0);
  expander = find_expander (section, zm_statement_get_text (ad_hoc));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), "agreed: 3"));

  /* The same person again is refused, and nothing changes. */
  add_and_wait (ZM_TEAM_SECTION (section), &done, both, 1);
  g_assert_nonnull (strstr (done.message, "already in the team"));
  g_assert_cmpuint (zm_assessment_get_n_respondents (team), ==, 2);

  /* Answers typed into the team document itself count once they are a
   * respondent's. */
  zm_assessment_set_rating (team, "practice.1.ad-hoc", ZM_RATING_2);
  g_assert_cmpfloat (zm_assessment_get_team_rating (team, "practice.1.ad-hoc"), ==, 3.0);
  gtk_widget_activate_action (section, "team.take-own", NULL);
  g_assert_cmpuint (zm_assessment_get_n_respondents (team), ==, 3);
  gtk_widget_activate_action (section, "team.remove", "u", 2);

  gtk_widget_activate_action (section, "team.remove", "u", 0);
  g_assert_cmpuint (zm_assessment_get_n_respondents (team), ==, 1);
  g_assert_null (zm_assessment_find_respondent (team, "Anna"));
  zm_test_drain ();
  /* One respondent left: nothing to disagree about. */
  g_assert_null (find_expander (section, zm_statement_get_text (ad_hoc)));

  g_free (done.message);
  g_assert_finalize_object (section);
}

static void
test_write_forms (void)
{
  g_autoptr(ZmAssessment) example = zm_test_load_example (model);
  g_autofree char *folder_path = g_build_filename (tmpdir, "forms", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GFile) carla = g_file_get_child (folder, "Carla Smit.zmscan");
  const char *names[] = { "Carla Smit", "Dirk/Jan", NULL };
  GtkWidget *section = g_object_ref_sink (zm_team_section_new ());
  g_autoptr(ZmAssessment) form = NULL;
  g_autoptr(GError) error = NULL;
  Done done = { 0 };

  g_mkdir (folder_path, 0700);
  g_signal_connect (section, "done", G_CALLBACK (on_done), &done);
  zm_team_section_set_assessment (ZM_TEAM_SECTION (section), example);
  zm_team_section_write_forms (ZM_TEAM_SECTION (section), names, folder);
  WAIT_FOR (done.done);

  g_assert_nonnull (strstr (done.message, "2 forms were written"));
  form = zm_document_load (carla, model, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zm_assessment_get_respondent_name (form), ==, "Carla Smit");
  g_assert_cmpstr (zm_assessment_get_organisation_name (form), ==, "Zorggroep De Linde");
  g_assert_true (g_file_test (folder_path, G_FILE_TEST_IS_DIR));

  /* Never over a file that exists. */
  done.done = FALSE;
  zm_team_section_write_forms (ZM_TEAM_SECTION (section), names, folder);
  WAIT_FOR (done.done);
  g_assert_nonnull (strstr (done.message, "exists already"));

  g_free (done.message);
  g_assert_finalize_object (section);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  zm_test_init (&argc, &argv);
  model = zm_model_new_default (&error);
  g_assert_no_error (error);
  tmpdir = g_dir_make_tmp ("zm-test-team-section-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/zm/team-section/add-agree-remove", test_team_section);
  g_test_add_func ("/zm/team-section/write-forms", test_write_forms);

  return g_test_run ();
}
