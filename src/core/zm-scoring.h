/* zm-scoring.h: the scoring rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "zm-types.h"
#include "zm-respondent.h"

G_BEGIN_DECLS

/* Completeness below this is shown as indicative. */
#define ZM_INDICATIVE_BELOW 0.5
/* A fit spread below this makes the profile unclear: every stage fits
 * about equally, and the score says little. */
#define ZM_UNCLEAR_BELOW 0.25
/* Two respondents' ratings of a statement that differ by this or more
 * are a disagreement. */
#define ZM_DISAGREEMENT_FROM 2

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
  /* Profile clarity: the highest stage fit minus the lowest, over the
   * stages with a fit; NAN when the pillar is not determined or fewer
   * than two stages have a fit. unclear: fit_spread < ZM_UNCLEAR_BELOW. */
  double    fit_spread;
  gboolean  unclear;
  /* Spread over the team: how many respondents have a determined score of
   * their own (by this same rule), the lowest and highest of those scores
   * and their population standard deviation (NAN when fewer than two);
   * disagreements counts the pillar's statements that two respondents
   * rated ZM_DISAGREEMENT_FROM or more apart. A document without
   * respondents counts as one. Filled by zm_score_assessment() only. */
  guint     respondents;
  double    score_min;
  double    score_max;
  double    score_sd;
  guint     disagreements;
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
  /* Respondents in a team document; 1 for a document without them. */
  guint           n_respondents;
  /* Pillars (included and determined) whose profile is unclear. */
  guint           n_unclear;
} ZmResult;

/* The rule itself. @ratings[i] is the rating 0–4 of a statement of stage
 * @stages[i] (1–4): one person's rating, or a team's mean, which need not
 * be whole; NAN for a statement without one (unanswered, don't know),
 * which counts only in the totals and completeness. Fills every field of
 * @out up to the fit spread; pillar, included and the team's spread are
 * left alone. */
void      zm_score_pillar        (const double   *ratings,
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

/* The rating zm_score_pillar() takes for one person's answer. */
double    zm_score_rating_value  (ZmRating        rating);

/* Scores every pillar of the assessment's model, in model order. Pillars
 * that are not included are scored too but left out of the overall figure.
 * A team document is scored on its team ratings (see
 * zm_assessment_get_team_rating()), with the spread over its respondents. */
ZmResult *zm_score_assessment    (ZmAssessment   *assessment);
/* One respondent's own result by the same rule, without spread. */
ZmResult *zm_score_respondent    (ZmAssessment   *assessment,
                                  ZmRespondent   *respondent);
/* Answered ÷ all statements over the included pillars, 0–1. */
double    zm_result_get_completeness (const ZmResult *result);
void      zm_result_free         (ZmResult       *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmResult, zm_result_free)

G_END_DECLS
