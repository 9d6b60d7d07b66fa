/* zm-scoring.h: the scoring rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "zm-types.h"

G_BEGIN_DECLS

/* Completeness below this is shown as indicative. */
#define ZM_INDICATIVE_BELOW 0.5

typedef struct {
  /* Borrowed from the model; NULL when scored with zm_score_pillar(). */
  ZmPillar *pillar;
  gboolean  included;
  /* Per stage 1–4 at index 0–3. fit[] is mean rating ÷ 4 of the answered
   * statements, or NAN when the stage has no answered statement. */
  double    fit[ZM_N_STAGES];
  guint     answered[ZM_N_STAGES];
  guint     total[ZM_N_STAGES];
  /* FALSE when no stage has a fit above zero. */
  gboolean  determined;
  /* 1.0–4.0, NAN when not determined. */
  double    score;
  /* 1–4, 0 when not determined. */
  guint     stage;
  /* answered ÷ all statements of the pillar, 0–1. */
  double    completeness;
  gboolean  indicative;
  /* Target stage 1–4 or 0 for none; gap = target − score, NAN when either
   * is missing. */
  guint     target;
  double    gap;
} ZmPillarResult;

typedef struct {
  guint           n_pillars;
  ZmPillarResult *pillars;
  /* Pillars that are both included and determined. */
  guint           n_determined;
  /* Mean of the determined pillars' scores; NAN when none is determined. */
  double          overall;
  /* Overall rounded like a pillar score; 0 when none is determined. */
  guint           overall_stage;
} ZmResult;

/* The rule itself. @ratings[i] is the rating of a statement of stage
 * @stages[i] (1–4); unanswered and don't-know ratings count only in the
 * totals and completeness. Fills every field of @out but pillar and
 * included. */
void      zm_score_pillar        (const ZmRating *ratings,
                                  const guint    *stages,
                                  guint           n_statements,
                                  guint           target,
                                  ZmPillarResult *out);

/* Rounds a score to its stage: x.5 rounds up. */
guint     zm_score_round_stage   (double          score);

/* The score as shown wherever a person reads it, next to its stage: two
 * decimals, cut rather than rounded where rounding would show the next
 * stage's x.50 (1.4999 shows as 1.49, not 1.50). NAN stays NAN. */
double    zm_score_for_display   (double          score);

/* Scores every pillar of the assessment's model, in model order. Pillars
 * that are not included are scored too but left out of the overall figure. */
ZmResult *zm_score_assessment    (ZmAssessment   *assessment);
void      zm_result_free         (ZmResult       *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmResult, zm_result_free)

G_END_DECLS
