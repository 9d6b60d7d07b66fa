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

static ZmRating
parse_rating (char c)
{
  if (c == '?')
    return ZM_RATING_DONT_KNOW;
  if (c == '-')
    return ZM_RATING_UNANSWERED;
  g_assert (c >= '0' && c <= '4');
  return (ZmRating) (c - '0');
}

/* Ratings as the rule takes them: NAN for don't know and unanswered. */
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
      double rating;

      if (*item == '\0')
        continue;
      g_assert_cmpuint (strlen (item), ==, 3);
      stage = (guint) (item[0] - '0');
      rating = zm_score_rating_value (parse_rating (item[2]));
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
  g_autoptr(GArray) ratings = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stages = g_array_new (FALSE, FALSE, sizeof (guint));
  ZmPillarResult result;

  memset (&result, 0xAB, sizeof result);
  parse_statements (c->statements, ratings, stages);
  zm_score_pillar ((const double *) ratings->data, (const guint *) stages->data,
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
  const double ratings[] = { 4, NAN, NAN, 2, 0 };
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

/* Profile clarity: the spread between the best and the worst fitting
 * stage, worked out by hand from the fits. */
typedef struct {
  const char *name;
  const char *statements;
  double      fit_spread;
  gboolean    unclear;
} ClarityCase;

static const ClarityCase clarity_cases[] = {
  /* "Partly applies" everywhere: 2.50, and it says nothing. */
  { "flat", "1:2 1:2 2:2 2:2 3:2 3:2 4:2 4:2", 0.0, TRUE },
  /* fits 0.375, 0.5, 0.5, 0.5. */
  { "nearly-flat", "1:1 1:2 2:2 2:2 3:2 3:2 4:2 4:2", 0.125, TRUE },
  /* fits 0.25, 0.5, 0.5, 0.5: exactly 0.25 is clear. */
  { "at-the-line", "1:1 1:1 2:2 2:2 3:2 3:2 4:2 4:2", 0.25, FALSE },
  /* fits 0, 0.25, 0.75, 1. */
  { "mature", "1:0 1:0 2:1 2:1 3:3 3:3 4:4 4:4", 1.0, FALSE },
  /* Only stage 3 fits, the rest is not rated: one fit, no spread. */
  { "one-stage", "1:- 1:- 2:- 2:- 3:3 3:? 4:- 4:-", X, FALSE },
  /* Not determined: blank, whatever the fits. */
  { "not-determined", "1:0 1:0 2:0 2:0 3:0 3:0 4:0 4:0", X, FALSE },
  { "two-stages", "1:4 1:4 2:- 2:- 3:- 3:- 4:1 4:1", 0.75, FALSE },
};

static void
test_clarity (gconstpointer data)
{
  const ClarityCase *c = data;
  g_autoptr(GArray) ratings = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stages = g_array_new (FALSE, FALSE, sizeof (guint));
  ZmPillarResult result;

  parse_statements (c->statements, ratings, stages);
  zm_score_pillar ((const double *) ratings->data, (const guint *) stages->data,
                   ratings->len, 0, &result);

  assert_same (result.fit_spread, c->fit_spread);
  g_assert_cmpint (result.unclear, ==, c->unclear);
}

/* A rating that is a team's mean need not be whole: 1.5 and 2.5 count as
 * they are, never rounded. fits 1.5/4, 2.5/4: (0.375 + 1.25) / 1 = 1.625. */
static void
test_fractional_ratings (void)
{
  const double ratings[] = { 1.5, NAN, 2.5, 2.5 };
  const guint stages[] = { 1, 1, 2, 2 };
  ZmPillarResult result;

  zm_score_pillar (ratings, stages, G_N_ELEMENTS (ratings), 0, &result);

  assert_same (result.fit[0], 0.375);
  assert_same (result.fit[1], 0.625);
  assert_same (result.score, 1.625);
  assert_same (result.completeness, 0.75);
}

/* The team rule on pillar alpha of the test model (two statements a
 * stage, in stage order): each respondent's eight ratings, then the team
 * result and the spread, all worked out by hand. */
typedef struct {
  const char *name;
  const char *respondents[4];
  /* Agreed ratings of alpha.2.broader and alpha.2.aligned, '-' for none. */
  const char *agreed;
  double      score;
  double      completeness;
  guint       n_scored;
  double      score_min;
  double      score_max;
  double      score_sd;
  guint       disagreements;
} TeamCase;

static const TeamCase team_cases[] = {
  { "same-answers", { "0 0 4 4 0 0 0 0", "0 0 4 4 0 0 0 0" }, "--",
    2.0, 1.0, 2, 2.0, 2.0, 0.0, 0 },
  /* Team ratings 0 0 2 2 2 2 0 0: fits 0, 0.5, 0.5, 0 → 2.5. One scores 2,
   * the other 3; the four statements of stages 2 and 3 lie 4 apart. */
  { "split", { "0 0 4 4 0 0 0 0", "0 0 0 0 4 4 0 0" }, "--",
    2.5, 1.0, 2, 2.0, 3.0, 0.5, 4 },
  /* Agreed 4 and 4 on stage 2: fits 0, 1, 0.5, 0 → 3.5 / 1.5. The spread
   * and the disagreements stay what the respondents said. */
  { "agreed", { "0 0 4 4 0 0 0 0", "0 0 0 0 4 4 0 0" }, "44",
    7.0 / 3, 1.0, 2, 2.0, 3.0, 0.5, 4 },
  /* Team ratings 1.5, none, 3, 7/3 (don't know left out): fits 3/8 and
   * 2/3 → 41/25. Own scores 1.75, 14/9 and 2. */
  { "means", { "1 - 3 3 - - - -", "2 - 3 2 - - - -", "- - ? 2 - - - -" }, "--",
    41.0 / 25, 3.0 / 8, 3, 14.0 / 9, 2.0, 0.1819155805961898, 0 },
  /* The first determines nothing: only one own score, no deviation. */
  { "one-determined", { "0 0 0 0 0 0 0 0", "- - - - 4 - - -" }, "--",
    3.0, 1.0, 1, 3.0, 3.0, X, 1 },
  /* Differences of 1 are no disagreement; 0 against 2 is. */
  { "near-misses", { "0 1 2 3 4 4 3 2", "1 2 3 4 3 3 2 0", "? - 2 3 4 4 3 1" }, "--",
    X, 1.0, 3, 0, 0, 0, 1 },
};

static void
set_respondent (ZmAssessment *assessment,
                const char   *name,
                const char   *ratings)
{
  g_autoptr(ZmRespondent) respondent = zm_respondent_new (zm_assessment_get_model (assessment), name, NULL);
  GListModel *statements = zm_pillar_get_statements (zm_model_find_pillar (zm_assessment_get_model (assessment), "alpha"));
  g_auto(GStrv) items = g_strsplit (ratings, " ", -1);

  g_assert_cmpuint (g_strv_length (items), ==, g_list_model_get_n_items (statements));
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);

      zm_answer_set_rating (zm_respondent_get_answer (respondent, zm_statement_get_id (statement)),
                            parse_rating (items[i][0]));
    }
  zm_assessment_add_respondent (assessment, respondent);
}

static void
test_team (gconstpointer data)
{
  const TeamCase *c = data;
  g_autoptr(ZmModel) model = load_test_model ();
  g_autoptr(ZmAssessment) team = zm_assessment_new (model);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 9, 12, 0, 0);
  g_autoptr(ZmResult) result = NULL;
  const ZmPillarResult *alpha;
  guint n = 0;

  for (; n < G_N_ELEMENTS (c->respondents) && c->respondents[n] != NULL; n++)
    {
      g_autofree char *name = g_strdup_printf ("R%u", n);

      set_respondent (team, name, c->respondents[n]);
    }
  if (c->agreed[0] != '-')
    zm_assessment_set_agreed_rating (team, "alpha.2.broader", parse_rating (c->agreed[0]), "Team", when);
  if (c->agreed[1] != '-')
    zm_assessment_set_agreed_rating (team, "alpha.2.aligned", parse_rating (c->agreed[1]), "Team", when);

  result = zm_score_assessment (team);
  alpha = &result->pillars[0];

  g_assert_cmpuint (result->n_respondents, ==, n);
  assert_same (alpha->completeness, c->completeness);
  g_assert_cmpuint (alpha->respondents, ==, c->n_scored);
  g_assert_cmpuint (alpha->disagreements, ==, c->disagreements);
  /* A case about disagreements alone leaves the scores unpinned. */
  if (isnan (c->score))
    return;
  assert_same (alpha->score, c->score);
  assert_same (alpha->score_min, c->score_min);
  assert_same (alpha->score_max, c->score_max);
  assert_same (alpha->score_sd, c->score_sd);
}

/* A document without respondents is one person: the result is exactly
 * that person's, and the spread is their own score. */
static void
test_team_of_one (void)
{
  g_autoptr(ZmModel) model = load_test_model ();
  g_autoptr(ZmAssessment) own = zm_assessment_new (model);
  g_autoptr(ZmResult) result = NULL;

  zm_assessment_set_rating (own, "alpha.2.broader", 4);
  zm_assessment_set_rating (own, "alpha.3.strategic", 2);
  result = zm_score_assessment (own);

  /* fits 1 and 0.5: (2 + 1.5) / 1.5. */
  assert_same (result->pillars[0].score, 7.0 / 3);
  g_assert_cmpuint (result->n_respondents, ==, 1);
  g_assert_cmpuint (result->pillars[0].respondents, ==, 1);
  assert_same (result->pillars[0].score_min, 7.0 / 3);
  assert_same (result->pillars[0].score_max, 7.0 / 3);
  g_assert_true (isnan (result->pillars[0].score_sd));
  g_assert_cmpuint (result->pillars[0].disagreements, ==, 0);
  g_assert_cmpuint (result->pillars[1].respondents, ==, 0);
  g_assert_true (isnan (result->pillars[1].score_min));
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
  for (guint i = 0; i < G_N_ELEMENTS (clarity_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/scoring/clarity/%s", clarity_cases[i].name);

      g_test_add_data_func (path, &clarity_cases[i], test_clarity);
    }
  for (guint i = 0; i < G_N_ELEMENTS (team_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/scoring/team/%s", team_cases[i].name);

      g_test_add_data_func (path, &team_cases[i], test_team);
    }
  g_test_add_func ("/zm/scoring/team/one-person", test_team_of_one);
  g_test_add_func ("/zm/scoring/fractional-ratings", test_fractional_ratings);
  g_test_add_func ("/zm/scoring/counts", test_counts);
  g_test_add_func ("/zm/scoring/round-stage", test_round_stage);
  g_test_add_func ("/zm/scoring/for-display", test_score_for_display);
  g_test_add_func ("/zm/scoring/assessment", test_assessment);
  g_test_add_func ("/zm/scoring/assessment-none-determined", test_assessment_none_determined);

  return g_test_run ();
}
