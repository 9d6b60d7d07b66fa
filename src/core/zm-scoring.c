/* zm-scoring.c: the scoring rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "zm-assessment-private.h"
#include "zm-model-private.h"
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

static void
count_ratings (const ZmRating *ratings,
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
      if (ZM_RATING_IS_SCORED (ratings[i]))
        {
          out->answered[s - 1]++;
          sums[s - 1] += (double) ratings[i];
        }
    }
}

void
zm_score_pillar (const ZmRating *ratings,
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
}

static void
score_one_pillar (ZmAssessment   *assessment,
                  ZmPillar       *pillar,
                  ZmPillarResult *out)
{
  GListModel *statements = zm_pillar_get_statements (pillar);
  guint n = g_list_model_get_n_items (statements);
  g_autofree ZmRating *ratings = g_new (ZmRating, MAX (n, 1));
  g_autofree guint *stages = g_new (guint, MAX (n, 1));
  const char *id = zm_pillar_get_id (pillar);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);

      ZmAnswer *answer = zm_assessment_get_answer_at (assessment, zm_statement_get_index (statement));

      ratings[i] = zm_answer_get_rating (answer);
      stages[i] = zm_statement_get_stage_number (statement);
    }

  zm_score_pillar (ratings, stages, n, zm_assessment_get_target (assessment, id), out);
  out->pillar = pillar;
  out->included = zm_assessment_get_pillar_included (assessment, id);
}

ZmResult *
zm_score_assessment (ZmAssessment *assessment)
{
  ZmModel *model;
  ZmResult *result;
  double sum = 0;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);

  model = zm_assessment_get_model (assessment);
  result = g_new0 (ZmResult, 1);
  result->n_pillars = zm_model_get_n_pillars (model);
  result->pillars = g_new0 (ZmPillarResult, MAX (result->n_pillars, 1));

  for (guint i = 0; i < result->n_pillars; i++)
    {
      ZmPillarResult *pillar = &result->pillars[i];

      score_one_pillar (assessment, zm_model_get_pillar (model, i), pillar);
      if (pillar->included && pillar->determined)
        {
          result->n_determined++;
          sum += pillar->score;
        }
    }

  result->overall = result->n_determined > 0 ? sum / result->n_determined : NAN;
  result->overall_stage = zm_score_round_stage (result->overall);

  return result;
}

void
zm_result_free (ZmResult *result)
{
  if (result == NULL)
    return;

  g_free (result->pillars);
  g_free (result);
}
