/* test-scoring.c: the scoring rule, pinned case by case
 *
 * Every expected figure in the table was worked out by hand from the rule
 * in PRODUCT.md; none is computed by the code under test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "zm-assessment.h"
#include "zm-scoring.h"

#define X NAN  /* "not determined" / "stage without rated statements" */

typedef struct {
  const char *name;
  /* One "S:R" per statement: stage 1–4, rating 0–4, '?' don't know,
   * '-' unanswered. */
  const char *statements;
  guint       target;
  gboolean    determined;
  double      score;
  guint       stage;
  double      fit[ZM_N_STAGES];
  double      completeness;
  gboolean    indicative;
  double      gap;
} ScoreCase;

static const ScoreCase cases[] = {
  { "all-unanswered", "1:- 1:- 2:- 2:- 3:- 3:- 4:- 4:-", 0,
    FALSE, X, 0, { X, X, X, X }, 0.0, TRUE, X },
  { "all-dont-know", "1:? 1:? 2:? 2:? 3:? 3:? 4:? 4:?", 3,
    FALSE, X, 0, { X, X, X, X }, 0.0, TRUE, X },
  { "all-zero", "1:0 1:0 2:0 2:0 3:0 3:0 4:0 4:0", 0,
    FALSE, X, 0, { 0, 0, 0, 0 }, 1.0, FALSE, X },
  /* Only stage 3 fits: the score is exactly that stage. */
  { "single-stage-fits", "1:0 1:0 2:0 2:0 3:4 3:4 4:0 4:0", 4,
    TRUE, 3.0, 3, { 0, 0, 1, 0 }, 1.0, FALSE, 1.0 },
  { "only-one-stage-answered", "1:- 1:- 2:4 2:4 3:- 3:- 4:- 4:-", 0,
    TRUE, 2.0, 2, { X, 1, X, X }, 0.25, TRUE, X },
  /* Ties between neighbours land exactly on x.5, which rounds up. */
  { "tie-1-2", "1:4 1:4 2:4 2:4 3:0 3:0 4:0 4:0", 0,
    TRUE, 1.5, 2, { 1, 1, 0, 0 }, 1.0, FALSE, X },
  { "tie-2-3", "1:0 1:0 2:4 2:4 3:4 3:4 4:0 4:0", 2,
    TRUE, 2.5, 3, { 0, 1, 1, 0 }, 1.0, FALSE, -0.5 },
  { "tie-3-4", "1:0 1:0 2:0 2:0 3:2 3:2 4:2 4:2", 0,
    TRUE, 3.5, 4, { 0, 0, 0.5, 0.5 }, 1.0, FALSE, X },
  /* Fits of 1/12 are not exact in binary: (2/12 + 3/12) / (2/12) may come
   * out a hair under 2.5, and must still round up. */
  { "half-from-thirds", "1:0 1:0 1:0 2:1 2:0 2:0 3:1 3:0 3:0 4:0 4:0 4:0", 0,
    TRUE, 2.5, 3, { 0, 1.0 / 12, 1.0 / 12, 0 }, 1.0, FALSE, X },
  /* fits 0.5, 0.875, 0.375, 0: (0.5 + 1.75 + 1.125) / 1.75 = 27/14. */
  { "mixed", "1:2 1:2 2:4 2:3 3:2 3:1 4:0 4:?", 0,
    TRUE, 27.0 / 14, 2, { 0.5, 0.875, 0.375, 0 }, 0.875, FALSE, X },
  /* A mature organisation: stage 1 does not apply at all, stage 4 fully.
   * fits 0, 0.25, 0.75, 1: (0.5 + 2.25 + 4) / 2 = 3.375. */
  { "mature", "1:0 1:0 2:1 2:1 3:3 3:3 4:4 4:4", 4,
    TRUE, 3.375, 3, { 0, 0.25, 0.75, 1 }, 1.0, FALSE, 0.625 },
  /* An older document lacks the statements the model added to stage 4:
   * that stage takes no part, completeness counts them as open. */
  { "older-document", "1:4 1:4 2:4 2:4 3:0 3:0 4:- 4:-", 0,
    TRUE, 1.5, 2, { 1, 1, 0, X }, 0.75, FALSE, X },
  /* Don't know is left out of the fit and of completeness. */
  { "dont-know-mixed", "1:- 1:- 2:- 2:- 3:4 3:? 4:- 4:-", 0,
    TRUE, 3.0, 3, { X, X, 1, X }, 0.125, TRUE, X },
  /* Exactly half answered is not indicative (under 50 % is). */
  { "half-complete", "1:4 1:4 2:4 2:4 3:- 3:- 4:- 4:-", 1,
    TRUE, 1.5, 2, { 1, 1, X, X }, 0.5, FALSE, -0.5 },
  /* A weak fit is still the best fit: 4 × 0.125 / 0.125. */
  { "only-stage-4-weak", "1:0 1:0 2:0 2:0 3:0 3:0 4:1 4:0", 0,
    TRUE, 4.0, 4, { 0, 0, 0, 0.125 }, 1.0, FALSE, X },
  /* fits 0, 1, 0.625, 0: (2 + 1.875) / 1.625 = 31/13 = 2.3846… rounds down. */
  { "rounds-down", "1:0 1:0 2:4 2:4 3:3 3:2 4:0 4:0", 0,
    TRUE, 31.0 / 13, 2, { 0, 1, 0.625, 0 }, 1.0, FALSE, X },
  { "no-statements", "", 2,
    FALSE, X, 0, { X, X, X, X }, 0.0, TRUE, X },
  /* fits 0.75, 0.25: (0.75 + 0.5) / 1 = 1.25 rounds down to 1. */
  { "stage-1-dominant", "1:3 1:3 2:1 2:1 3:- 3:- 4:- 4:-", 0,
    TRUE, 1.25, 1, { 0.75, 0.25, X, X }, 0.5, FALSE, X },
};

static void
parse_statements (const char *text,
                  GArray     *ratings,
                  GArray     *stages)
{
  g_auto(GStrv) items = g_strsplit (text, " ", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *item = items[i];
      guint stage;
      ZmRating rating;

      if (*item == '\0')
        continue;
      g_assert_cmpuint (strlen (item), ==, 3);
      stage = (guint) (item[0] - '0');
      if (item[2] == '?')
        rating = ZM_RATING_DONT_KNOW;
      else if (item[2] == '-')
        rating = ZM_RATING_UNANSWERED;
      else
        rating = (ZmRating) (item[2] - '0');
      g_array_append_val (stages, stage);
      g_array_append_val (ratings, rating);
    }
}

static void
assert_same (double actual,
             double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (actual));
  else
    g_assert_cmpfloat_with_epsilon (actual, expected, 1e-12);
}

static void
test_case (gconstpointer data)
{
  const ScoreCase *c = data;
  g_autoptr(GArray) ratings = g_array_new (FALSE, FALSE, sizeof (ZmRating));
  g_autoptr(GArray) stages = g_array_new (FALSE, FALSE, sizeof (guint));
  ZmPillarResult result;

  memset (&result, 0xAB, sizeof result);
  parse_statements (c->statements, ratings, stages);
  zm_score_pillar ((const ZmRating *) ratings->data, (const guint *) stages->data,
                   ratings->len, c->target, &result);

  g_assert_cmpint (result.determined, ==, c->determined);
  assert_same (result.score, c->score);
  g_assert_cmpuint (result.stage, ==, c->stage);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    assert_same (result.fit[s], c->fit[s]);
  assert_same (result.completeness, c->completeness);
  g_assert_cmpint (result.indicative, ==, c->indicative);
  g_assert_cmpuint (result.target, ==, c->target);
  assert_same (result.gap, c->gap);
}

static void
test_counts (void)
{
  const ZmRating ratings[] = { 4, ZM_RATING_DONT_KNOW, ZM_RATING_UNANSWERED, 2, 0 };
  const guint stages[] = { 1, 1, 2, 2, 4 };
  ZmPillarResult result;

  zm_score_pillar (ratings, stages, G_N_ELEMENTS (ratings), 0, &result);

  g_assert_cmpuint (result.total[0], ==, 2);
  g_assert_cmpuint (result.total[1], ==, 2);
  g_assert_cmpuint (result.total[2], ==, 0);
  g_assert_cmpuint (result.total[3], ==, 1);
  g_assert_cmpuint (result.answered[0], ==, 1);
  g_assert_cmpuint (result.answered[1], ==, 1);
  g_assert_cmpuint (result.answered[2], ==, 0);
  g_assert_cmpuint (result.answered[3], ==, 1);
}

static void
test_round_stage (void)
{
  static const struct { double score; guint stage; } table[] = {
    { 1.0, 1 }, { 1.49, 1 }, { 1.5, 2 }, { 2.4999999999, 3 }, { 2.49, 2 },
    { 2.5, 3 }, { 3.5, 4 }, { 4.0, 4 }, { 0.3, 1 }, { 4.4, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    g_assert_cmpuint (zm_score_round_stage (table[i].score), ==, table[i].stage);
  g_assert_cmpuint (zm_score_round_stage (NAN), ==, 0);
}

/* A shown score never reads as the next stage's x.50. */
static void
test_score_for_display (void)
{
  static const struct { double score; double shown; guint stage; } table[] = {
    { 1.4516, 1.45, 1 }, { 1.4951, 1.49, 1 }, { 1.4999999, 1.49, 1 }, { 1.5, 1.5, 2 },
    { 2.499, 2.49, 2 }, { 2.5, 2.5, 3 }, { 3.995, 4.0, 4 }, { 2.0833, 2.08, 2 }, { 1.0, 1.0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      double shown = zm_score_for_display (table[i].score);

      g_assert_cmpfloat_with_epsilon (shown, table[i].shown, 1e-9);
      g_assert_cmpuint (zm_score_round_stage (table[i].score), ==, table[i].stage);
      g_assert_cmpuint (zm_score_round_stage (shown), ==, table[i].stage);
    }
  g_assert_true (isnan (zm_score_for_display (NAN)));
}

static ZmModel *
load_test_model (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (TEST_DATADIR "/test-model.xml");
  g_autoptr(GError) error = NULL;
  ZmModel *model = zm_model_new_from_file (file, &error);

  g_assert_no_error (error);
  return model;
}

/* The assessment level: pillars are scored through the same rule, and the
 * overall figure is the mean of the included, determined pillars. */
static void
test_assessment (void)
{
  g_autoptr(ZmModel) model = load_test_model ();
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (model);
  g_autoptr(ZmResult) result = NULL;

  /* alpha: stage 3 fits → 3.0; beta: stage 1 fits but excluded → 1.0;
   * gamma: stages 2 and 3 tie → 2.5. Overall (3 + 2.5) / 2 = 2.75 → 3. */
  zm_assessment_set_rating (assessment, "alpha.3.strategic", 4);
  zm_assessment_set_rating (assessment, "alpha.1.ad-hoc", 0);
  zm_assessment_set_rating (assessment, "beta.1.ad-hoc", 4);
  zm_assessment_set_pillar_included (assessment, "beta", FALSE);
  zm_assessment_set_rating (assessment, "gamma.2.broader", 2);
  zm_assessment_set_rating (assessment, "gamma.3.strategic", 2);
  zm_assessment_set_target (assessment, "gamma", 4);

  result = zm_score_assessment (assessment);

  g_assert_cmpuint (result->n_pillars, ==, 3);
  g_assert_true (result->pillars[0].pillar == zm_model_find_pillar (model, "alpha"));
  g_assert_cmpfloat (result->pillars[0].score, ==, 3.0);
  g_assert_cmpfloat_with_epsilon (result->pillars[0].completeness, 2.0 / 8, 1e-12);
  g_assert_false (result->pillars[1].included);
  g_assert_true (result->pillars[1].determined);
  g_assert_cmpfloat (result->pillars[1].score, ==, 1.0);
  g_assert_cmpfloat (result->pillars[2].score, ==, 2.5);
  g_assert_cmpuint (result->pillars[2].stage, ==, 3);
  g_assert_cmpuint (result->pillars[2].target, ==, 4);
  g_assert_cmpfloat (result->pillars[2].gap, ==, 1.5);
  g_assert_cmpuint (result->n_determined, ==, 2);
  g_assert_cmpfloat (result->overall, ==, 2.75);
  g_assert_cmpuint (result->overall_stage, ==, 3);
}

static void
test_assessment_none_determined (void)
{
  g_autoptr(ZmModel) model = load_test_model ();
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (model);
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);

  g_assert_cmpuint (result->n_determined, ==, 0);
  g_assert_true (isnan (result->overall));
  g_assert_cmpuint (result->overall_stage, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/scoring/pillar/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/zm/scoring/counts", test_counts);
  g_test_add_func ("/zm/scoring/round-stage", test_round_stage);
  g_test_add_func ("/zm/scoring/for-display", test_score_for_display);
  g_test_add_func ("/zm/scoring/assessment", test_assessment);
  g_test_add_func ("/zm/scoring/assessment-none-determined", test_assessment_none_determined);

  return g_test_run ();
}
