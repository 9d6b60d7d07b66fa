/* zm-scoring.c: the scoring rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "zm-assessment-private.h"
#include "zm-model-private.h"
#include "zm-respondent-private.h"
#include "zm-scoring.h"

/* Scores are sums of quarters divided by sums of quarters, so an exact x.5
 * can come out as x.4999999999; this tolerance lets it round up as the rule
 * says, far below any difference a rating can make (1/4 of 1/7 of a stage
 * at the least). */
#define ROUNDING_EPSILON 1e-9

guint
zm_score_round_stage (double score)
{
  double rounded;

  if (isnan (score))
    return 0;

  rounded = floor (score + 0.5 + ROUNDING_EPSILON);
  return (guint) CLAMP (rounded, 1.0, (double) ZM_N_STAGES);
}

double
zm_score_for_display (double score)
{
  double shown;

  if (isnan (score))
    return score;

  /* Rounding to two decimals may reach the next half stage; the stage
   * itself is never rounded that way, so cut instead of rounding up. */
  shown = round (score * 100.0) / 100.0;
  if (zm_score_round_stage (shown) != zm_score_round_stage (score))
    shown = floor (score * 100.0) / 100.0;

  return shown;
}

double
zm_score_rating_value (ZmRating rating)
{
  return ZM_RATING_IS_SCORED (rating) ? (double) rating : NAN;
}

static void
count_ratings (const double   *ratings,
               const guint    *stages,
               guint           n_statements,
               double          sums[ZM_N_STAGES],
               ZmPillarResult *out)
{
  for (guint i = 0; i < n_statements; i++)
    {
      guint s = stages[i];

      g_return_if_fail (s >= 1 && s <= ZM_N_STAGES);

      out->total[s - 1]++;
      if (!isnan (ratings[i]))
        {
          out->answered[s - 1]++;
          sums[s - 1] += ratings[i];
        }
    }
}

/* Profile clarity: a score from stages that all fit alike says nothing. */
static void
measure_clarity (ZmPillarResult *out)
{
  double lowest = INFINITY, highest = -INFINITY;
  guint n_fits = 0;

  for (guint s = 0; s < ZM_N_STAGES; s++)
    if (!isnan (out->fit[s]))
      {
        lowest = MIN (lowest, out->fit[s]);
        highest = MAX (highest, out->fit[s]);
        n_fits++;
      }

  out->fit_spread = out->determined && n_fits >= 2 ? highest - lowest : NAN;
  /* The same tolerance as rounding: fits are sums of quarters divided,
   * and exactly 0.25 must not read as a hair below it. */
  out->unclear = !isnan (out->fit_spread) && out->fit_spread < ZM_UNCLEAR_BELOW - ROUNDING_EPSILON;
}

void
zm_score_pillar (const double   *ratings,
                 const guint    *stages,
                 guint           n_statements,
                 guint           target,
                 ZmPillarResult *out)
{
  double sums[ZM_N_STAGES] = { 0, };
  double weight = 0, weighted = 0;
  guint answered = 0, total = 0;

  g_return_if_fail (n_statements == 0 || (ratings != NULL && stages != NULL));
  g_return_if_fail (out != NULL);
  g_return_if_fail (target <= ZM_N_STAGES);

  memset (out->answered, 0, sizeof out->answered);
  memset (out->total, 0, sizeof out->total);
  count_ratings (ratings, stages, n_statements, sums, out);

  /* A stage with no rated statement says nothing: it takes no part. */
  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      out->fit[s] = out->answered[s] > 0 ? sums[s] / out->answered[s] / 4.0 : NAN;
      if (out->answered[s] > 0)
        {
          weight += out->fit[s];
          weighted += out->fit[s] * (s + 1);
        }
      answered += out->answered[s];
      total += out->total[s];
    }

  out->determined = weight > 0;
  out->score = out->determined ? weighted / weight : NAN;
  out->stage = zm_score_round_stage (out->score);
  out->completeness = total > 0 ? (double) answered / total : 0.0;
  out->indicative = out->completeness < ZM_INDICATIVE_BELOW;
  out->target = target;
  out->gap = target > 0 && out->determined ? target - out->score : NAN;
  measure_clarity (out);
}

/* Where the ratings of a statement come from: the team, or one person. */
typedef double (*RatingFunc) (ZmAssessment *assessment,
                              gpointer      source,
                              guint         index);

static double
team_rating (ZmAssessment *assessment,
             gpointer      source,
             guint         index)
{
  return zm_assessment_get_team_rating_at (assessment, index);
}

static double
respondent_rating (ZmAssessment *assessment,
                   gpointer      source,
                   guint         index)
{
  return zm_score_rating_value (zm_answer_get_rating (zm_respondent_get_answer_at (source, index)));
}

static void
score_one_pillar (ZmAssessment   *assessment,
                  ZmPillar       *pillar,
                  RatingFunc      rating_func,
                  gpointer        source,
                  ZmPillarResult *out)
{
  GListModel *statements = zm_pillar_get_statements (pillar);
  guint n = g_list_model_get_n_items (statements);
  g_autofree double *ratings = g_new (double, MAX (n, 1));
  g_autofree guint *stages = g_new (guint, MAX (n, 1));
  const char *id = zm_pillar_get_id (pillar);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);

      ratings[i] = rating_func (assessment, source, zm_statement_get_index (statement));
      stages[i] = zm_statement_get_stage_number (statement);
    }

  zm_score_pillar (ratings, stages, n, zm_assessment_get_target (assessment, id), out);
  out->pillar = pillar;
  out->included = zm_assessment_get_pillar_included (assessment, id);
}

static ZmResult *
score_with (ZmAssessment *assessment,
            RatingFunc    rating_func,
            gpointer      source)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  ZmResult *result = g_new0 (ZmResult, 1);
  double sum = 0;

  result->n_pillars = zm_model_get_n_pillars (model);
  result->pillars = g_new0 (ZmPillarResult, MAX (result->n_pillars, 1));
  result->n_respondents = 1;

  for (guint i = 0; i < result->n_pillars; i++)
    {
      ZmPillarResult *pillar = &result->pillars[i];

      score_one_pillar (assessment, zm_model_get_pillar (model, i), rating_func, source, pillar);
      if (pillar->included && pillar->determined)
        {
          result->n_determined++;
          sum += pillar->score;
          result->n_unclear += pillar->unclear ? 1 : 0;
        }
    }

  result->overall = result->n_determined > 0 ? sum / result->n_determined : NAN;
  result->overall_stage = zm_score_round_stage (result->overall);

  return result;
}

/* A document of one person: its own score is the whole spread. */
static void
spread_of_one (ZmResult *result)
{
  for (guint i = 0; i < result->n_pillars; i++)
    {
      ZmPillarResult *pillar = &result->pillars[i];

      pillar->respondents = pillar->determined ? 1 : 0;
      pillar->score_min = pillar->score;
      pillar->score_max = pillar->score;
      pillar->score_sd = NAN;
      pillar->disagreements = 0;
    }
}

static void
add_respondent_scores (ZmResult       *result,
                       const ZmResult *own,
                       double         *sums,
                       double         *squares)
{
  for (guint i = 0; i < result->n_pillars; i++)
    {
      ZmPillarResult *pillar = &result->pillars[i];
      double score = own->pillars[i].score;

      if (!own->pillars[i].determined)
        continue;

      pillar->score_min = pillar->respondents == 0 ? score : MIN (pillar->score_min, score);
      pillar->score_max = pillar->respondents == 0 ? score : MAX (pillar->score_max, score);
      pillar->respondents++;
      sums[i] += score;
      squares[i] += score * score;
    }
}

static void
count_disagreements (ZmAssessment *assessment,
                     ZmResult     *result)
{
  for (guint i = 0; i < result->n_pillars; i++)
    {
      GListModel *statements = zm_pillar_get_statements (result->pillars[i].pillar);

      for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
        {
          g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, s);

          if (zm_assessment_get_rating_range_at (assessment, zm_statement_get_index (statement)) >=
              ZM_DISAGREEMENT_FROM)
            result->pillars[i].disagreements++;
        }
    }
}

/* Every respondent's own pillar score by the same rule, then per pillar
 * how far they lie apart. */
static void
spread_over_team (ZmAssessment *assessment,
                  ZmResult     *result)
{
  GListModel *respondents = zm_assessment_get_respondents (assessment);
  g_autofree double *sums = g_new0 (double, MAX (result->n_pillars, 1));
  g_autofree double *squares = g_new0 (double, MAX (result->n_pillars, 1));

  for (guint i = 0; i < result->n_pillars; i++)
    {
      result->pillars[i].score_min = NAN;
      result->pillars[i].score_max = NAN;
    }

  for (guint r = 0; r < g_list_model_get_n_items (respondents); r++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, r);
      g_autoptr(ZmResult) own = score_with (assessment, respondent_rating, respondent);

      add_respondent_scores (result, own, sums, squares);
    }

  for (guint i = 0; i < result->n_pillars; i++)
    {
      ZmPillarResult *pillar = &result->pillars[i];
      double n = pillar->respondents, mean = sums[i] / n;

      /* Population variance; rounding may take it a hair below zero. */
      pillar->score_sd = n >= 2 ? sqrt (MAX (0.0, squares[i] / n - mean * mean)) : NAN;
    }

  count_disagreements (assessment, result);
  result->n_respondents = g_list_model_get_n_items (respondents);
}

ZmResult *
zm_score_assessment (ZmAssessment *assessment)
{
  ZmResult *result;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);

  result = score_with (assessment, team_rating, NULL);
  if (zm_assessment_get_n_respondents (assessment) == 0)
    spread_of_one (result);
  else
    spread_over_team (assessment, result);

  return result;
}

ZmResult *
zm_score_respondent (ZmAssessment *assessment,
                     ZmRespondent *respondent)
{
  ZmResult *result;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (ZM_IS_RESPONDENT (respondent), NULL);

  result = score_with (assessment, respondent_rating, respondent);
  spread_of_one (result);
  return result;
}

double
zm_result_get_completeness (const ZmResult *result)
{
  guint answered = 0, total = 0;

  g_return_val_if_fail (result != NULL, 0.0);

  for (guint i = 0; i < result->n_pillars; i++)
    for (guint s = 0; s < ZM_N_STAGES && result->pillars[i].included; s++)
      {
        answered += result->pillars[i].answered[s];
        total += result->pillars[i].total[s];
      }
  return total > 0 ? (double) answered / total : 0.0;
}

void
zm_result_free (ZmResult *result)
{
  if (result == NULL)
    return;

  g_free (result->pillars);
  g_free (result);
}
