/* test-content.c: the shipped model and the example assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks the content that the application ships as data: the structure of
 * the development model (data/models/ontwikkelmodel.xml) and the example
 * assessment (data/examples/example.zmscan), whose pillar scores are pinned
 * so that a change to the model, the example or the scoring rule shows up.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "zm-model.h"
#include "zm-assessment.h"
#include "zm-document.h"
#include "zm-scoring.h"

static const char * const pillar_ids[] = {
  "practice", "client-focus", "innovation", "brand", "metrics", "culture",
};

/* practice and brand come from the published model; the others were
 * written by the project. */
static const gboolean pillar_project_authored[] = {
  FALSE, TRUE, TRUE, FALSE, TRUE, TRUE,
};

static const char * const step_ids[] = {
  "vision", "structured-approach", "role-clarity", "board-representation",
  "involve-in-policy", "client-and-renewal", "structural-consultation", "capacity",
};

/* The example's pillar scores, as exact fractions of the fit-weighted mean
 * (see the scoring rule in the README): for practice the stage fits are
 * 11/28, 3/4, 5/14 and 1/12, so the score is 277/133. */
static const double example_scores[] = {
  277.0 / 133.0,  /* practice      2.083, stage 2 */
  201.0 / 85.0,   /* client-focus  2.365, stage 2 */
  15.0 / 7.0,     /* innovation    2.143, stage 2 */
  452.0 / 135.0,  /* brand         3.348, stage 3, clearly ahead */
  45.0 / 31.0,    /* metrics       1.452, stage 1, clearly behind */
  237.0 / 104.0,  /* culture       2.279, stage 2 */
};
static const guint example_stages[] = { 2, 2, 2, 3, 1, 2 };

#define SCORE_TOLERANCE 1e-9

static ZmModel *
load_model (void)
{
  g_autoptr(GError) error = NULL;
  ZmModel *model = zm_model_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static ZmAssessment *
load_example (ZmModel *model)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ZmAssessment *assessment;

  bytes = g_resources_lookup_data (ZM_DOCUMENT_EXAMPLE_RESOURCE,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  assessment = zm_document_read_bytes (bytes, "example.zmscan", model, &error);
  g_assert_no_error (error);
  g_assert_nonnull (assessment);
  return assessment;
}

static void
assert_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 0);
  /* The loader normalises white space. */
  g_assert_false (g_ascii_isspace (text[0]));
  g_assert_false (g_ascii_isspace (text[strlen (text) - 1]));
  g_assert_null (strstr (text, "  "));
  g_assert_null (strchr (text, '\n'));
}

static void
test_model_header (void)
{
  g_autoptr(ZmModel) model = load_model ();
  static const char * const stage_names[] = {
    "Initiated", "Defined", "Organised", "Optimised",
  };

  g_assert_cmpstr (zm_model_get_id (model), ==, "zorgmarketing-ontwikkelmodel");
  g_assert_cmpstr (zm_model_get_version (model), ==, "1");
  assert_text (zm_model_get_title (model));
  assert_text (zm_model_get_credit (model));
  g_assert_nonnull (strstr (zm_model_get_credit (model), "Zorgmarketingplatform"));

  /* The tests run in the C locale, so the texts are the English sources. */
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    g_assert_cmpstr (zm_model_get_stage_name (model, s), ==, stage_names[s - 1]);

  for (ZmRating r = ZM_RATING_DONT_KNOW; r <= ZM_RATING_4; r++)
    {
      assert_text (zm_model_get_rating_label (model, r));
      assert_text (zm_model_get_rating_help (model, r));
    }
  g_assert_cmpstr (zm_model_get_rating_label (model, ZM_RATING_0), ==, "Does not apply at all");
  g_assert_cmpstr (zm_model_get_rating_label (model, ZM_RATING_4), ==, "Fully applies");
  g_assert_cmpstr (zm_model_get_rating_label (model, ZM_RATING_DONT_KNOW), ==, "Don't know");
}

/* Returns the number of statements of the stage. */
static guint
check_stage (ZmPillar *pillar,
             guint     number)
{
  ZmStage *stage = zm_pillar_get_stage (pillar, number);
  const char * const *advice;
  guint n;

  g_assert_nonnull (stage);
  g_assert_cmpuint (zm_stage_get_number (stage), ==, number);
  g_assert_true (zm_stage_get_pillar (stage) == pillar);
  assert_text (zm_stage_get_subtitle (stage));
  assert_text (zm_stage_get_description (stage));

  n = g_list_model_get_n_items (zm_stage_get_statements (stage));
  g_assert_cmpuint (n, >=, 4);
  g_assert_cmpuint (n, <=, 7);

  /* Advice leads to the next stage, so the last stage has none. */
  advice = zm_stage_get_advice (stage);
  g_assert_nonnull (advice);
  if (number == ZM_N_STAGES)
    {
      g_assert_null (advice[0]);
      return n;
    }
  g_assert_cmpuint (g_strv_length ((char **) advice), >=, 3);
  g_assert_cmpuint (g_strv_length ((char **) advice), <=, 5);
  for (guint a = 0; advice[a] != NULL; a++)
    assert_text (advice[a]);

  return n;
}

static void
check_pillar (ZmModel *model,
              guint    index)
{
  ZmPillar *pillar = zm_model_get_pillar (model, index);
  guint n_statements = 0;

  g_assert_nonnull (pillar);
  g_assert_cmpstr (zm_pillar_get_id (pillar), ==, pillar_ids[index]);
  g_assert_cmpuint (zm_pillar_get_index (pillar), ==, index);
  g_assert_true (zm_model_find_pillar (model, pillar_ids[index]) == pillar);
  g_assert_cmpint (zm_pillar_get_project_authored (pillar), ==, pillar_project_authored[index]);
  assert_text (zm_pillar_get_name (pillar));
  assert_text (zm_pillar_get_question (pillar));
  /* Pillar names are chart labels: keep them short. */
  g_assert_cmpuint (g_utf8_strlen (zm_pillar_get_name (pillar), -1), <=, 30);

  for (guint s = 1; s <= ZM_N_STAGES; s++)
    n_statements += check_stage (pillar, s);

  g_assert_cmpuint (zm_pillar_get_n_statements (pillar), ==, n_statements);
  g_assert_cmpuint (g_list_model_get_n_items (zm_pillar_get_statements (pillar)), ==,
                    n_statements);
}

static void
test_model_pillars (void)
{
  g_autoptr(ZmModel) model = load_model ();

  g_assert_cmpuint (zm_model_get_n_pillars (model), ==, G_N_ELEMENTS (pillar_ids));
  g_assert_cmpuint (g_list_model_get_n_items (zm_model_get_pillars (model)), ==,
                    G_N_ELEMENTS (pillar_ids));

  for (guint i = 0; i < G_N_ELEMENTS (pillar_ids); i++)
    check_pillar (model, i);
}

static void
test_model_statements (void)
{
  g_autoptr(ZmModel) model = load_model ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint total = 0;

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      for (guint s = 1; s <= ZM_N_STAGES; s++)
        {
          GListModel *statements = zm_stage_get_statements (zm_pillar_get_stage (pillar, s));
          g_autofree char *pattern = NULL;
          g_autoptr(GRegex) regex = NULL;

          pattern = g_strdup_printf ("^%s\\.%u\\.[a-z0-9-]+$", zm_pillar_get_id (pillar), s);
          regex = g_regex_new (pattern, 0, 0, NULL);
          g_assert_nonnull (regex);

          for (guint k = 0; k < g_list_model_get_n_items (statements); k++)
            {
              g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, k);
              const char *id = zm_statement_get_id (statement);

              if (!g_regex_match (regex, id, 0, NULL))
                g_error ("statement id %s does not match %s", id, pattern);
              if (!g_hash_table_add (seen, (gpointer) id))
                g_error ("statement id %s is used twice", id);

              g_assert_cmpuint (zm_statement_get_stage_number (statement), ==, s);
              g_assert_true (zm_statement_get_pillar (statement) == pillar);
              g_assert_true (zm_model_find_statement (model, id) == statement);
              assert_text (zm_statement_get_text (statement));
              total++;
            }
        }
    }

  g_assert_cmpuint (zm_model_get_n_statements (model), ==, total);
}

static void
test_model_steps (void)
{
  g_autoptr(ZmModel) model = load_model ();
  GListModel *steps = zm_model_get_steps (model);

  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, G_N_ELEMENTS (step_ids));

  for (guint i = 0; i < G_N_ELEMENTS (step_ids); i++)
    {
      g_autoptr(ZmStep) step = g_list_model_get_item (steps, i);
      const char * const *pillars;

      g_assert_cmpstr (zm_step_get_id (step), ==, step_ids[i]);
      g_assert_cmpuint (zm_step_get_number (step), ==, i + 1);
      g_assert_true (zm_model_find_step (model, step_ids[i]) == step);
      assert_text (zm_step_get_title (step));
      assert_text (zm_step_get_description (step));

      pillars = zm_step_get_pillar_ids (step);
      g_assert_nonnull (pillars);
      g_assert_nonnull (pillars[0]);
      for (guint p = 0; pillars[p] != NULL; p++)
        g_assert_nonnull (zm_model_find_pillar (model, pillars[p]));
    }
}

static void
test_example_loads (void)
{
  g_autoptr(ZmModel) model = load_model ();
  g_autoptr(ZmAssessment) assessment = load_example (model);

  g_assert_true (zm_assessment_get_model (assessment) == model);
  assert_text (zm_assessment_get_organisation_name (assessment));
  g_assert_cmpstr (zm_assessment_get_organisation_kind (assessment), ==, "elderly-care");
  assert_text (zm_assessment_get_unit (assessment));
  assert_text (zm_assessment_get_assessors (assessment));
  g_assert_cmpstr (zm_assessment_get_date (assessment), ==, "2026-03-09");
  g_assert_nonnull (zm_assessment_get_created (assessment));
  g_assert_nonnull (zm_assessment_get_modified (assessment));
  g_assert_null (zm_assessment_get_previous_uri (assessment));
}

static void
test_example_answers (void)
{
  g_autoptr(ZmModel) model = load_model ();
  g_autoptr(ZmAssessment) assessment = load_example (model);
  GListModel *answers = zm_assessment_get_answers (assessment);
  guint n_dont_know = 0, n_notes = 0;

  g_assert_cmpuint (g_list_model_get_n_items (answers), ==, zm_model_get_n_statements (model));

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);
      ZmRating rating = zm_answer_get_rating (answer);
      const char *note = zm_answer_get_note (answer);

      if (rating == ZM_RATING_UNANSWERED)
        g_error ("the example leaves %s unanswered", zm_answer_get_statement_id (answer));
      if (rating == ZM_RATING_DONT_KNOW)
        n_dont_know++;
      if (note != NULL && *note != '\0')
        n_notes++;
      g_assert_false (zm_answer_get_changed (answer));
    }

  /* A few "don't know" answers and notes on about a third of the statements. */
  g_assert_cmpuint (n_dont_know, >=, 3);
  g_assert_cmpuint (n_notes * 4, >=, zm_model_get_n_statements (model));

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      g_assert_true (zm_assessment_get_pillar_included (assessment, zm_pillar_get_id (pillar)));
      g_assert_cmpuint (zm_assessment_count_answered (assessment, pillar, 0), ==,
                        zm_pillar_get_n_statements (pillar));
      for (guint s = 1; s <= ZM_N_STAGES; s++)
        g_assert_cmpuint (zm_assessment_count_answered (assessment, pillar, s), ==,
                          g_list_model_get_n_items (zm_stage_get_statements (
                            zm_pillar_get_stage (pillar, s))));
    }
}

static void
test_example_scores (void)
{
  g_autoptr(ZmModel) model = load_model ();
  g_autoptr(ZmAssessment) assessment = load_example (model);
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);
  double sum = 0.0;

  g_assert_nonnull (result);
  g_assert_cmpuint (result->n_pillars, ==, G_N_ELEMENTS (pillar_ids));
  g_assert_cmpuint (result->n_determined, ==, G_N_ELEMENTS (pillar_ids));

  for (guint i = 0; i < result->n_pillars; i++)
    {
      const ZmPillarResult *pr = &result->pillars[i];

      g_assert_cmpstr (zm_pillar_get_id (pr->pillar), ==, pillar_ids[i]);
      g_assert_true (pr->included);
      g_assert_true (pr->determined);
      g_assert_false (pr->indicative);
      /* Every statement is answered; at most one per pillar is "don't know",
       * which completeness may leave out. */
      g_assert_cmpfloat (pr->completeness, >=, 0.9);
      g_assert_cmpfloat (pr->completeness, <=, 1.0);
      g_assert_cmpfloat_with_epsilon (pr->score, example_scores[i], SCORE_TOLERANCE);
      g_assert_cmpuint (pr->stage, ==, example_stages[i]);
      /* Every target is one stage above the current stage. */
      g_assert_cmpuint (pr->target, ==, example_stages[i] + 1);
      g_assert_cmpuint (zm_assessment_get_target (assessment, pillar_ids[i]), ==,
                        example_stages[i] + 1);
      g_assert_cmpfloat_with_epsilon (pr->gap, pr->target - example_scores[i], SCORE_TOLERANCE);
      sum += example_scores[i];
    }

  g_assert_cmpfloat_with_epsilon (result->overall, sum / G_N_ELEMENTS (pillar_ids),
                                  SCORE_TOLERANCE);
  g_assert_cmpuint (result->overall_stage, ==, 2);
}

static void
test_example_checklist (void)
{
  g_autoptr(ZmModel) model = load_model ();
  g_autoptr(ZmAssessment) assessment = load_example (model);
  GListModel *checklist = zm_assessment_get_checklist (assessment);
  guint n_active = 0, n_owned = 0;

  g_assert_cmpuint (g_list_model_get_n_items (checklist), ==, G_N_ELEMENTS (step_ids));

  for (guint i = 0; i < G_N_ELEMENTS (step_ids); i++)
    {
      g_autoptr(ZmChecklistItem) item = g_list_model_get_item (checklist, i);
      ZmStepStatus status = zm_checklist_item_get_status (item);

      g_assert_cmpstr (zm_checklist_item_get_step_id (item), ==, step_ids[i]);
      if (status == ZM_STEP_STATUS_IN_PROGRESS || status == ZM_STEP_STATUS_DONE)
        {
          n_active++;
          /* Work under way has someone responsible and a date. */
          assert_text (zm_checklist_item_get_owner (item));
          g_assert_nonnull (zm_checklist_item_get_due (item));
        }
      if (zm_checklist_item_get_owner (item) != NULL)
        n_owned++;
    }

  g_assert_cmpuint (n_active, ==, 4);
  g_assert_cmpuint (n_owned, >=, n_active);
}

static void
test_example_round_trip (void)
{
  g_autoptr(ZmModel) model = load_model ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GBytes) written = NULL;

  /* The example is written exactly as the application writes documents, so
   * opening and saving it changes nothing. */
  original = g_resources_lookup_data (ZM_DOCUMENT_EXAMPLE_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  assessment = zm_document_read_bytes (original, "example.zmscan", model, &error);
  g_assert_no_error (error);
  written = zm_document_write_bytes (assessment);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   g_bytes_get_data (original, NULL), g_bytes_get_size (original));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zm/content/model/header", test_model_header);
  g_test_add_func ("/zm/content/model/pillars", test_model_pillars);
  g_test_add_func ("/zm/content/model/statements", test_model_statements);
  g_test_add_func ("/zm/content/model/steps", test_model_steps);
  g_test_add_func ("/zm/content/example/loads", test_example_loads);
  g_test_add_func ("/zm/content/example/answers", test_example_answers);
  g_test_add_func ("/zm/content/example/scores", test_example_scores);
  g_test_add_func ("/zm/content/example/checklist", test_example_checklist);
  g_test_add_func ("/zm/content/example/round-trip", test_example_round_trip);

  return g_test_run ();
}
