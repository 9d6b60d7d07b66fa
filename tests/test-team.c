/* test-team.c: team documents: format 1.1 read and written byte for byte,
 * its errors, respondent forms, merging and the disagreement agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "zm-csv.h"
#include "zm-document.h"
#include "zm-scoring.h"
#include "zm-team.h"
#include "zm-test-util.h"

static ZmModel *test_model;

static ZmAssessment *
read_fixture (const char *name)
{
  g_autoptr(GBytes) bytes = zm_test_read_data (name);
  g_autoptr(GError) error = NULL;
  ZmAssessment *assessment = zm_document_read_bytes (bytes, name, test_model, &error);

  g_assert_no_error (error);
  return assessment;
}

static void
assert_bytes_equal (GBytes *actual,
                    GBytes *expected)
{
  if (!g_bytes_equal (actual, expected))
    g_error ("bytes differ:\n--- got ---\n%.*s\n--- expected ---\n%.*s",
             (int) g_bytes_get_size (actual), (const char *) g_bytes_get_data (actual, NULL),
             (int) g_bytes_get_size (expected), (const char *) g_bytes_get_data (expected, NULL));
}

static gboolean
has_version (GBytes     *bytes,
             const char *version)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *attribute = g_strdup_printf ("version=\"%s\">", version);

  return strstr (text, attribute) != NULL;
}

/* --- the format ------------------------------------------------------- */

static void
test_round_trip (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) original = zm_test_read_data (name);
  g_autoptr(ZmAssessment) a = read_fixture (name);
  g_autoptr(GBytes) written = zm_document_write_bytes (a);

  assert_bytes_equal (written, original);
}

static void
test_read_team (void)
{
  g_autoptr(ZmAssessment) team = read_fixture ("team.zmscan");
  ZmRespondent *anna = zm_assessment_find_respondent (team, "Anna de Boer");
  ZmRespondent *bram = zm_assessment_find_respondent (team, "Bram Öztürk");
  const char *by = NULL;
  GDateTime *at = NULL;

  g_assert_cmpuint (zm_assessment_get_n_respondents (team), ==, 3);
  g_assert_nonnull (anna);
  g_assert_cmpstr (zm_respondent_get_source (anna), ==, "anna.zmscan");
  g_assert_cmpint (zm_answer_get_rating (zm_respondent_get_answer (anna, "alpha.2.broader")), ==, 4);
  g_assert_cmpstr (zm_answer_get_note (zm_respondent_get_answer (bram, "alpha.2.broader")), ==,
                   "Only the website & leaflets are ours.");
  g_assert_cmpint (zm_answer_get_rating (zm_respondent_get_answer (bram, "alpha.2.aligned")), ==,
                   ZM_RATING_DONT_KNOW);
  g_assert_null (zm_respondent_get_source (zm_assessment_find_respondent (team, "Carla Smit")));

  g_assert_cmpint (zm_assessment_get_agreed_rating (team, "alpha.2.broader", &by, &at), ==, 3);
  g_assert_cmpstr (by, ==, "A. de Vries");
  g_assert_cmpint (g_date_time_get_day_of_month (at), ==, 16);
  /* Agreed wins; else the mean, don't know left out. */
  g_assert_cmpfloat (zm_assessment_get_team_rating (team, "alpha.2.broader"), ==, 3.0);
  g_assert_cmpfloat (zm_assessment_get_team_rating (team, "alpha.1.ad-hoc"), ==, 1.0);
  g_assert_cmpfloat (zm_assessment_get_team_rating (team, "alpha.2.aligned"), ==, 3.0);
  g_assert_true (isnan (zm_assessment_get_team_rating (team, "alpha.4.agile")));
}

/* Without its team content a document is one person's again, written
 * exactly as before team assessments existed. */
static void
test_back_to_one_person (void)
{
  g_autoptr(ZmAssessment) team = read_fixture ("team.zmscan");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  zm_assessment_set_agreed_rating (team, "alpha.2.broader", ZM_RATING_UNANSWERED, NULL, NULL);
  while (zm_assessment_get_n_respondents (team) > 0)
    zm_assessment_remove_respondent (team, 0);
  bytes = zm_document_write_bytes (team);

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (has_version (bytes, "1.0"));
  g_assert_null (strstr (text, "respondent"));
}

typedef struct {
  const char *name;
  const char *find;      /* first occurrence in team.zmscan is replaced … */
  const char *replace;   /* … by this; the error is on that line */
  int         code;
  const char *words;
} TeamErrorCase;

static const TeamErrorCase error_cases[] = {
  { "respondent-without-name", "<respondent name=\"Carla Smit\"/>", "<respondent/>",
    ZM_DOCUMENT_ERROR_INVALID, "<respondent> lacks the attribute “name”" },
  { "respondent-empty-name", "name=\"Carla Smit\"", "name=\"\"",
    ZM_DOCUMENT_ERROR_INVALID, "<respondent> has an empty name" },
  { "respondent-twice", "name=\"Carla Smit\"", "name=\"Anna de Boer\"",
    ZM_DOCUMENT_ERROR_DUPLICATE, "“Anna de Boer” appears twice" },
  { "answer-twice", "<answer statement=\"alpha.2.aligned\" rating=\"3\"/>",
    "<answer statement=\"alpha.1.ad-hoc\" rating=\"3\"/>",
    ZM_DOCUMENT_ERROR_DUPLICATE, "“alpha.1.ad-hoc” appears twice" },
  { "respondent-unknown-statement", "<answer statement=\"gamma.3.strategic\" rating=\"3\"/>",
    "<answer statement=\"gamma.3.unheard-of\" rating=\"3\"/>",
    ZM_DOCUMENT_ERROR_UNKNOWN_ID, "no statement “gamma.3.unheard-of”" },
  { "respondent-bad-rating", "rating=\"3\"/>\n      <answer statement=\"gamma",
    "rating=\"9\"/>\n      <answer statement=\"gamma",
    ZM_DOCUMENT_ERROR_INVALID, "rating “9” is not 0 to 4 or dont-know" },
  { "agreed-dont-know", "rating=\"3\" by=", "rating=\"dont-know\" by=",
    ZM_DOCUMENT_ERROR_INVALID, "rating “dont-know” is not 0 to 4" },
  { "agreed-without-time", " at=\"2026-03-16T11:05:00Z\"", "",
    ZM_DOCUMENT_ERROR_INVALID, "<agreement> lacks the attribute “at”" },
  { "agreed-bad-time", "at=\"2026-03-16T11:05:00Z\"", "at=\"after lunch\"",
    ZM_DOCUMENT_ERROR_INVALID, "“after lunch” is not a date and time" },
  { "agreed-unknown-statement", "<agreement statement=\"alpha.2.broader\"",
    "<agreement statement=\"alpha.9.none\"", ZM_DOCUMENT_ERROR_UNKNOWN_ID, "no statement “alpha.9.none”" },
  { "respondents-before-checklist", "  <checklist>\n    <step ref=\"vision\" status=\"in-progress\"/>\n  </checklist>\n", "",
    ZM_DOCUMENT_ERROR_INVALID, "expected <checklist>, found <respondents>" },
  { "stray-element", "<respondent name=\"Carla Smit\"/>", "<respondent name=\"Carla Smit\"><age>40</age></respondent>",
    ZM_DOCUMENT_ERROR_INVALID, "unexpected element <age>" },
};

static void
test_error (gconstpointer data)
{
  const TeamErrorCase *c = data;
  g_autoptr(GBytes) original = zm_test_read_data ("team.zmscan");
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_autofree char *mutated = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmAssessment) a = NULL;
  guint line;

  mutated = zm_test_replace_once (text, c->find, c->replace, &line);
  bytes = g_bytes_new (mutated, strlen (mutated));
  a = zm_document_read_bytes (bytes, "mutated.zmscan", test_model, &error);

  g_assert_null (a);
  g_assert_error (error, ZM_DOCUMENT_ERROR, c->code);
  zm_test_assert_message (error, "mutated.zmscan", line, c->words);
}

/* --- forms and merging ------------------------------------------------- */

static void
test_respondent_form (void)
{
  g_autoptr(ZmAssessment) source = read_fixture ("valid.zmscan");
  g_autoptr(ZmAssessment) form = zm_team_new_respondent_form (source, "Carla Smit");
  g_autoptr(ZmAssessment) expected = read_fixture ("form.zmscan");
  g_autoptr(ZmResult) result = zm_score_assessment (form);
  g_autofree char *name = zm_team_name_for (expected, "x.zmscan");

  g_assert_cmpstr (zm_assessment_get_respondent_name (form), ==, "Carla Smit");
  g_assert_cmpstr (zm_assessment_get_organisation_name (form), ==, "Zorggroep Ons Belang & Partners");
  g_assert_cmpuint (zm_assessment_get_target (form, "gamma"), ==, 4);
  g_assert_false (zm_assessment_get_pillar_included (form, "beta"));
  /* No answers, no checklist, no earlier assessment. */
  g_assert_cmpuint (result->n_determined, ==, 0);
  g_assert_cmpint (zm_checklist_item_get_status (zm_assessment_get_checklist_item (form, "vision")), ==,
                   ZM_STEP_STATUS_NOT_STARTED);
  g_assert_null (zm_assessment_get_previous_uri (form));
  g_assert_cmpstr (name, ==, "Carla Smit");
}

static void
test_name_for (void)
{
  g_autoptr(ZmAssessment) a = zm_assessment_new (test_model);
  g_autofree char *from_file = zm_team_name_for (a, "/home/user/Bram.zmscan");
  g_autofree char *from_assessors = NULL;

  g_assert_cmpstr (from_file, ==, "Bram");
  zm_assessment_set_assessors (a, "Dirk");
  from_assessors = zm_team_name_for (a, "/home/user/Bram.zmscan");
  g_assert_cmpstr (from_assessors, ==, "Dirk");
}

static ZmAssessment *
person (const char *assessors,
        ZmRating    rating)
{
  ZmAssessment *a = zm_assessment_new (test_model);

  zm_assessment_set_organisation_name (a, "Zorggroep Ons Belang & Partners");
  zm_assessment_set_assessors (a, assessors);
  zm_assessment_set_rating (a, "alpha.2.broader", rating);
  zm_answer_set_note (zm_assessment_get_answer (a, "alpha.2.broader"), "As I see it.");
  return a;
}

static void
test_merge_keeps_answers (void)
{
  g_autoptr(ZmAssessment) anna = person ("Anna", ZM_RATING_4);
  g_autoptr(ZmAssessment) team = zm_team_new (anna);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  ZmRespondent *respondent;

  g_assert_true (zm_team_add (team, anna, "/tmp/anna.zmscan", messages, &error));
  g_assert_no_error (error);
  respondent = zm_assessment_find_respondent (team, "Anna");
  g_assert_nonnull (respondent);
  g_assert_cmpstr (zm_respondent_get_source (respondent), ==, "anna.zmscan");
  g_assert_cmpint (zm_answer_get_rating (zm_respondent_get_answer (respondent, "alpha.2.broader")), ==, 4);
  g_assert_cmpstr (zm_answer_get_note (zm_respondent_get_answer (respondent, "alpha.2.broader")), ==,
                   "As I see it.");
  /* The team document has no answers of its own. */
  g_assert_cmpint (zm_assessment_get_rating (team, "alpha.2.broader"), ==, ZM_RATING_UNANSWERED);
  g_assert_cmpuint (messages->len, ==, 0);
}

/* Never counted double: the same person again is refused and changes
 * nothing; another person of the same name is renamed, with a message. */
static void
test_merge_duplicates (void)
{
  g_autoptr(ZmAssessment) anna = person ("Anna", ZM_RATING_4);
  g_autoptr(ZmAssessment) other_anna = person ("Anna", ZM_RATING_1);
  g_autoptr(ZmAssessment) team = zm_team_new (anna);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_assert_true (zm_team_add (team, anna, "anna.zmscan", messages, NULL));
  g_assert_false (zm_team_add (team, anna, "anna-again.zmscan", messages, &error));
  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "anna-again.zmscan: “Anna” is already in the team with the same answers");
  g_assert_cmpuint (zm_assessment_get_n_respondents (team), ==, 1);

  g_assert_true (zm_team_add (team, other_anna, "anna-2.zmscan", messages, NULL));
  g_assert_nonnull (zm_assessment_find_respondent (team, "Anna (2)"));
  g_assert_cmpuint (messages->len, ==, 1);
  g_assert_cmpstr (messages->pdata[0], ==,
                   "anna-2.zmscan: the team already has a respondent “Anna”; added as “Anna (2)”");
}

static void
test_merge_other_model_version (void)
{
  g_autoptr(ZmAssessment) team = read_fixture ("team.zmscan");
  g_autoptr(ZmAssessment) other = read_fixture ("other-model-version.zmscan");
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_assert_false (zm_team_add (team, other, "other.zmscan", messages, &error));
  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_WRONG_MODEL);
  g_assert_cmpstr (error->message, ==,
                   "other.zmscan: answered against version 1 of the model “test-model”, not version 2");
  g_assert_cmpuint (zm_assessment_get_n_respondents (team), ==, 3);
}

static void
test_merge_other_organisation (void)
{
  g_autoptr(ZmAssessment) team = read_fixture ("team.zmscan");
  g_autoptr(ZmAssessment) dirk = person ("Dirk", ZM_RATING_2);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);

  zm_assessment_set_organisation_name (dirk, "Zorggroep Elders");
  g_assert_true (zm_team_add (team, dirk, "dirk.zmscan", messages, NULL));
  g_assert_cmpuint (messages->len, ==, 1);
  g_assert_nonnull (strstr (messages->pdata[0], "“Zorggroep Elders”"));
  g_assert_cmpstr (zm_assessment_get_organisation_name (team), ==, "Zorggroep Ons Belang & Partners");
}

/* Merging a team document with more files equals merging them all. */
static void
test_merge_in_steps (void)
{
  g_autoptr(ZmAssessment) a = person ("A", ZM_RATING_0);
  g_autoptr(ZmAssessment) b = person ("B", ZM_RATING_3);
  g_autoptr(ZmAssessment) c = person ("C", ZM_RATING_4);
  g_autoptr(ZmAssessment) at_once = zm_team_new (a);
  g_autoptr(ZmAssessment) first = zm_team_new (a);
  g_autoptr(ZmAssessment) second = NULL;
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ZmResult) r1 = NULL;
  g_autoptr(ZmResult) r2 = NULL;
  g_autoptr(GBytes) csv1 = NULL;
  g_autoptr(GBytes) csv2 = NULL;

  g_assert_true (zm_team_add (at_once, a, "a.zmscan", messages, NULL));
  g_assert_true (zm_team_add (at_once, b, "b.zmscan", messages, NULL));
  g_assert_true (zm_team_add (at_once, c, "c.zmscan", messages, NULL));

  g_assert_true (zm_team_add (first, a, "a.zmscan", messages, NULL));
  g_assert_true (zm_team_add (first, b, "b.zmscan", messages, NULL));
  second = zm_team_new (first);
  g_assert_true (zm_team_add (second, first, "ab.zmscan", messages, NULL));
  g_assert_true (zm_team_add (second, c, "c.zmscan", messages, NULL));

  r1 = zm_score_assessment (at_once);
  r2 = zm_score_assessment (second);
  csv1 = zm_csv_write (at_once, r1, ',', '.');
  csv2 = zm_csv_write (second, r2, ',', '.');
  assert_bytes_equal (csv2, csv1);
  g_assert_cmpuint (zm_assessment_get_n_respondents (second), ==, 3);
  /* A: 0, B: 3, C: 4 on one statement: a disagreement of 4. */
  g_assert_cmpuint (r1->pillars[0].disagreements, ==, 1);
}

/* A coordinator's own answers become the first respondent once others
 * join; an empty coordinator document adds nobody. */
static void
test_take_own_answers (void)
{
  g_autoptr(ZmAssessment) mine = person ("Marieke", ZM_RATING_2);
  g_autoptr(ZmAssessment) empty = zm_assessment_new (test_model);

  zm_team_take_own_answers (mine, "mine.zmscan");
  g_assert_cmpuint (zm_assessment_get_n_respondents (mine), ==, 1);
  g_assert_nonnull (zm_assessment_find_respondent (mine, "Marieke"));
  g_assert_cmpint (zm_assessment_get_rating (mine, "alpha.2.broader"), ==, ZM_RATING_UNANSWERED);
  g_assert_cmpfloat (zm_assessment_get_team_rating (mine, "alpha.2.broader"), ==, 2.0);

  /* Answered again in a team document, under a name it has already. */
  zm_assessment_set_rating (mine, "alpha.1.ad-hoc", ZM_RATING_1);
  zm_team_take_own_answers (mine, "mine.zmscan");
  g_assert_cmpuint (zm_assessment_get_n_respondents (mine), ==, 2);
  g_assert_nonnull (zm_assessment_find_respondent (mine, "Marieke (2)"));

  zm_team_take_own_answers (empty, "empty.zmscan");
  g_assert_cmpuint (zm_assessment_get_n_respondents (empty), ==, 0);
}

/* The agenda: largest difference first, then in model order; excluded
 * pillars are left out. */
static void
test_disagreements (void)
{
  g_autoptr(ZmAssessment) team = read_fixture ("team.zmscan");
  g_autoptr(GArray) list = zm_team_list_disagreements (team);

  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (zm_statement_get_id (g_array_index (list, ZmDisagreement, 0).statement), ==,
                   "alpha.2.broader");
  g_assert_cmpuint (g_array_index (list, ZmDisagreement, 0).difference, ==, 3);
  g_assert_cmpstr (zm_statement_get_id (g_array_index (list, ZmDisagreement, 1).statement), ==,
                   "alpha.1.ad-hoc");
  g_assert_cmpuint (g_array_index (list, ZmDisagreement, 1).difference, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) model_file = g_file_new_for_path (TEST_DATADIR "/test-model.xml");
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  test_model = zm_model_new_from_file (model_file, &error);
  g_assert_no_error (error);

  g_test_add_data_func ("/zm/team/round-trip/team", "team.zmscan", test_round_trip);
  g_test_add_data_func ("/zm/team/round-trip/form", "form.zmscan", test_round_trip);
  g_test_add_data_func ("/zm/team/round-trip/one-person", "valid.zmscan", test_round_trip);
  g_test_add_func ("/zm/team/read", test_read_team);
  g_test_add_func ("/zm/team/back-to-one-person", test_back_to_one_person);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/team/error/%s", error_cases[i].name);

      g_test_add_data_func (path, &error_cases[i], test_error);
    }
  g_test_add_func ("/zm/team/respondent-form", test_respondent_form);
  g_test_add_func ("/zm/team/name-for", test_name_for);
  g_test_add_func ("/zm/team/merge/keeps-answers", test_merge_keeps_answers);
  g_test_add_func ("/zm/team/merge/duplicates", test_merge_duplicates);
  g_test_add_func ("/zm/team/merge/other-model-version", test_merge_other_model_version);
  g_test_add_func ("/zm/team/merge/other-organisation", test_merge_other_organisation);
  g_test_add_func ("/zm/team/merge/in-steps", test_merge_in_steps);
  g_test_add_func ("/zm/team/take-own-answers", test_take_own_answers);
  g_test_add_func ("/zm/team/disagreements", test_disagreements);

  status = g_test_run ();
  g_clear_object (&test_model);
  return status;
}
