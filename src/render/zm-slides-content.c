/* zm-slides-content.c: what the slides say, gathered from an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The deck tells the board's story in the order a presenter tells it: who
 * and when, the result at a glance, where the distance to the target is
 * largest, each pillar, the eight steps, and what changed since last time.
 * Each part is one builder in the list at the bottom; each slide carries the
 * sentences a presenter would say, made from the same results.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-chart-data.h"
#include "zm-chart.h"
#include "zm-profile.h"
#include "zm-slides-private.h"
#include "zm-team.h"

/* The slide shows the largest disagreements; the report and the
 * application's agenda list more. */
#define N_SLIDE_DISAGREEMENTS 3

static const char *
stage_name (ZmModel *model,
            guint    stage)
{
  return stage >= 1 && stage <= ZM_N_STAGES ? zm_model_get_stage_name (model, stage) : "–";
}

/* --- the graphics -------------------------------------------------------- */

/* One pillar's axis of the chart, alone: its stage profile. */
static ZmRadarData *
pillar_profile (const ZmRadarData *chart,
                guint              axis)
{
  ZmRadarData *data = zm_radar_data_new (1);

  zm_radar_data_set_label (data, 0, chart->axes[axis].label);
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    {
      zm_radar_data_set_stage_name (data, s, chart->stage_names[s - 1]);
      zm_radar_data_set_fit (data, 0, s, chart->axes[axis].fit[s - 1]);
    }
  zm_radar_data_show_series (data, ZM_SERIES_CURRENT, chart->series_names[ZM_SERIES_CURRENT]);
  zm_radar_data_set_value (data, ZM_SERIES_CURRENT, 0, chart->axes[axis].values[ZM_SERIES_CURRENT]);
  return data;
}

/* --- 1. the title -------------------------------------------------------- */

/* The names of a team's respondents in one line, or NULL for one
 * person's document. Not a comma between them: a name can hold one,
 * "Marieke Jansen, Sander de Vries". */
static char *
join_respondent_names (ZmAssessment *assessment)
{
  GListModel *respondents = zm_assessment_get_respondents (assessment);
  guint n = g_list_model_get_n_items (respondents);
  GString *names;

  if (n == 0)
    return NULL;
  names = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);

      g_string_append_printf (names, "%s%s", i > 0 ? " · " : "", zm_respondent_get_name (respondent));
    }
  return g_string_free (names, FALSE);
}

static void
add_title_slide (ZmDeck *deck)
{
  ZmAssessment *a = deck->assessment;
  const char *name = zm_assessment_get_organisation_name (a);
  const char *kind = zm_care_kind_get_label (zm_assessment_get_organisation_kind (a));
  const char *unit = zm_assessment_get_unit (a);
  const char *assessors = zm_assessment_get_assessors (a);
  g_autofree char *date = zm_assessment_format_date (a);
  g_autofree char *respondents = join_respondent_names (a);
  g_autofree char *by = NULL;
  ZmSlide *slide;

  /* Translators: stands in for the organisation's name when none is filled in */
  slide = zm_deck_add_slide (deck, ZM_SLIDE_TITLE, name && *name ? name : _("Unnamed organisation"));
  /* Translators: the subtitle on the presentation's first slide */
  zm_slide_add_paragraph (slide, NULL, _("Marketing maturity: presentation for the board"), FALSE);
  if (kind != NULL && unit != NULL && *unit)
    {
      g_autofree char *where = g_strdup_printf ("%s · %s", kind, unit);

      zm_slide_add_paragraph (slide, NULL, where, FALSE);
    }
  else if (kind != NULL || (unit != NULL && *unit))
    zm_slide_add_paragraph (slide, NULL, kind != NULL ? kind : unit, FALSE);
  if (respondents != NULL)
    /* Translators: on the first slide of a team's assessment: the date and
     * the names of the team members who answered */
    by = g_strdup_printf (_("%1$s · respondents: %2$s"), date, respondents);
  else if (assessors != NULL && *assessors)
    /* Translators: on the first slide: the date and who filled in the assessment */
    by = g_strdup_printf (_("%1$s · assessed by %2$s"), date, assessors);
  zm_slide_add_paragraph (slide, NULL, by != NULL ? by : date, FALSE);

  /* Translators: the presenter's opening words; %1$s is the organisation,
   * %2$s the model's title, %3$s the date */
  zm_slide_add_note (slide, _("This presentation shows how mature the marketing of %1$s is, "
                              "measured with the %2$s on %3$s."),
                     slide->title, zm_model_get_title (deck->model), date);
  if (respondents == NULL && assessors != NULL && *assessors)
    /* Translators: in the presenter's notes; %s lists names */
    zm_slide_add_note (slide, _("The assessment was filled in by %s."), assessors);
  zm_slide_add_note (slide, "%s",
                     _("The model has six pillars, each assessed on four stages: from marketing as a "
                       "loose activity to marketing as an organisation-wide, continuously improved "
                       "process."));
}

/* --- 2. the result at a glance ------------------------------------------- */

static const ZmPillarResult *
extreme_pillar (const ZmResult *result,
                gboolean        highest)
{
  const ZmPillarResult *best = NULL;

  for (guint i = 0; i < result->n_pillars; i++)
    {
      const ZmPillarResult *p = &result->pillars[i];

      if (p->included && p->determined &&
          (best == NULL || (highest ? p->score > best->score : p->score < best->score)))
        best = p;
    }
  return best;
}

static void
add_extreme (ZmSlide              *slide,
             const char           *lead,
             const ZmPillarResult *pillar)
{
  g_autofree char *score = zm_render_format_score (pillar->score);
  g_autofree char *text = g_strdup_printf ("%s (%s)", zm_pillar_get_name (pillar->pillar), score);

  zm_slide_add_paragraph (slide, lead, text, TRUE);
}

static void
add_extremes (ZmDeck  *deck,
              ZmSlide *slide)
{
  const ZmPillarResult *high = extreme_pillar (deck->result, TRUE);
  const ZmPillarResult *low = extreme_pillar (deck->result, FALSE);

  if (high == NULL || low == NULL || high == low)
    return;
  /* Translators: on the chart's slide, before a pillar and its score */
  add_extreme (slide, _("Strongest: "), high);
  /* Translators: on the chart's slide, before a pillar and its score */
  add_extreme (slide, _("Weakest: "), low);
}

static void
add_glance_notes (ZmDeck  *deck,
                  ZmSlide *slide)
{
  const ZmPillarResult *high = extreme_pillar (deck->result, TRUE);
  const ZmPillarResult *low = extreme_pillar (deck->result, FALSE);
  g_autofree char *overall = zm_render_format_score (deck->result->overall);

  /* Translators: in the presenter's notes: the overall stage's name and the score */
  zm_slide_add_note (slide, _("Overall, our marketing is at the stage %1$s, with a score of %2$s out of 4."),
                     stage_name (deck->model, deck->result->overall_stage), overall);
  if (high != NULL && low != NULL && high != low)
    {
      g_autofree char *high_score = zm_render_format_score (high->score);
      g_autofree char *low_score = zm_render_format_score (low->score);

      /* Translators: in the presenter's notes: two pillars and their scores */
      zm_slide_add_note (slide, _("We are strongest in %1$s (%2$s) and weakest in %3$s (%4$s)."),
                         zm_pillar_get_name (high->pillar), high_score,
                         zm_pillar_get_name (low->pillar), low_score);
    }
  zm_slide_add_note (slide, "%s",
                     _("The filled shape is where we are today; the dashed line is the stage we aim "
                       "for on each pillar."));
  if (deck->previous != NULL)
    zm_slide_add_note (slide, "%s", _("The dotted line is the previous assessment."));
  if (zm_radar_data_has_band (deck->chart))
    zm_slide_add_note (slide, "%s", _("The hatched band around it runs from the lowest to the highest "
                                      "score of the respondents themselves."));
}

/* The overall stage in words, and the mean it comes from. */
static void
add_overall (ZmDeck  *deck,
             ZmSlide *slide,
             guint    n_included)
{
  const ZmResult *result = deck->result;
  g_autofree char *headline = g_strdup_printf (_("Overall stage %1$u: %2$s"), result->overall_stage,
                                               stage_name (deck->model, result->overall_stage));
  g_autofree char *score = zm_render_format_score (result->overall);
  g_autofree char *detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Score %1$s of 4, the mean of %2$u of %3$u pillar.",
                                                          "Score %1$s of 4, the mean of %2$u of %3$u pillars.",
                                                          n_included),
                                             score, result->n_determined, n_included);

  zm_slide_add_paragraph (slide, headline, NULL, FALSE);
  zm_slide_add_paragraph (slide, NULL, detail, FALSE);
}

static void
add_glance_slide (ZmDeck *deck)
{
  const ZmResult *result = deck->result;
  ZmSlide *slide;
  guint n_included = 0;

  for (guint i = 0; i < result->n_pillars; i++)
    n_included += result->pillars[i].included ? 1 : 0;

  /* Translators: the title of the slide with the chart */
  slide = zm_deck_add_slide (deck, ZM_SLIDE_CONTENT, _("The result at a glance"));
  zm_slide_set_graphic (slide, zm_chart_draw_func, zm_radar_data_copy (deck->chart),
                        (GDestroyNotify) zm_radar_data_free, zm_chart_describe (deck->chart));

  if (result->n_determined == 0)
    {
      zm_slide_add_paragraph (slide, _("No overall stage yet"), NULL, FALSE);
      zm_slide_add_paragraph (slide, NULL, _("Too few statements are answered to determine "
                                             "the stage of any pillar."), FALSE);
      zm_slide_add_note (slide, "%s", _("Too few statements are answered to determine "
                                        "the stage of any pillar."));
      return;
    }

  add_overall (deck, slide, n_included);
  add_extremes (deck, slide);
  add_glance_notes (deck, slide);
}

/* --- 3. the gaps ----------------------------------------------------------- */

/* The first action towards the next stage, or NULL at the top. */
static const char *
first_advice (const ZmPillarResult *pillar)
{
  ZmStage *stage;
  const char * const *advice;

  if (!pillar->determined || pillar->stage >= ZM_N_STAGES)
    return NULL;
  stage = zm_pillar_get_stage (pillar->pillar, pillar->stage);
  advice = stage != NULL ? zm_stage_get_advice (stage) : NULL;
  return advice != NULL ? advice[0] : NULL;
}

static void
add_gap (ZmDeck               *deck,
         ZmSlide              *slide,
         const ZmPillarResult *pillar)
{
  g_autofree char *lead = g_strdup_printf ("%s: ", zm_pillar_get_name (pillar->pillar));
  g_autofree char *score = zm_render_format_score (pillar->score);
  g_autofree char *gap = g_strdup_printf ("%.2f", pillar->target - zm_score_for_display (pillar->score));
  g_autofree char *text = NULL;
  const char *advice = first_advice (pillar);

  if (pillar->gap > 0)
    /* Translators: on the gaps slide: score now, target stage, the
     * difference, and the first action towards the next stage */
    text = g_strdup_printf (_("%1$s now, target %2$u (%3$s), a gap of %4$s. %5$s"), score,
                            pillar->target, stage_name (deck->model, pillar->target), gap,
                            advice != NULL ? advice : "");
  else
    /* Translators: on the gaps slide: the score and the target stage reached */
    text = g_strdup_printf (_("%1$s now: target %2$u (%3$s) reached."), score, pillar->target,
                            stage_name (deck->model, pillar->target));
  zm_slide_add_paragraph (slide, lead, g_strchomp (text), TRUE);
}

static void
add_gaps_slide (ZmDeck *deck)
{
  g_autoptr(GPtrArray) gaps = g_ptr_array_new ();
  ZmSlide *slide;

  for (guint i = 0; i < deck->result->n_pillars; i++)
    {
      const ZmPillarResult *pillar = &deck->result->pillars[i];

      if (pillar->included && !isnan (pillar->gap))
        g_ptr_array_add (gaps, (gpointer) pillar);
    }
  g_ptr_array_sort (gaps, zm_pillar_result_compare_gaps);

  /* Translators: the title of the slide that ranks the pillars by their gap */
  slide = zm_deck_add_slide (deck, ZM_SLIDE_CONTENT, _("Largest gaps to the target"));
  if (gaps->len == 0)
    {
      zm_slide_add_paragraph (slide, NULL, _("No target stages have been set. Set a target per "
                                             "pillar to see where the distance is largest."), FALSE);
      zm_slide_add_note (slide, "%s", _("No target stages have been set yet."));
      return;
    }

  for (guint i = 0; i < gaps->len; i++)
    add_gap (deck, slide, g_ptr_array_index (gaps, i));

  if (((ZmPillarResult *) g_ptr_array_index (gaps, 0))->gap > 0)
    {
      const ZmPillarResult *first = g_ptr_array_index (gaps, 0);

      /* Translators: in the presenter's notes; %s is a pillar */
      zm_slide_add_note (slide, _("The distance to the target is largest for %s, so that is where "
                                  "effort pays off first."), zm_pillar_get_name (first->pillar));
    }
  zm_slide_add_note (slide, "%s", _("Each line ends with the first step towards the next stage."));
}

/* --- 4. the pillars ------------------------------------------------------ */

/* Adds a warning to the slide and its notes. */
static void
add_warning (ZmSlide    *slide,
             const char *warning)
{
  zm_slide_add_paragraph (slide, NULL, warning, FALSE);
  zm_slide_add_note (slide, "%s", warning);
}

/* Whatever makes the stage less certain: too few answers, or a profile
 * where every stage fits about equally (the same flag as the results and
 * the report). */
static void
add_pillar_warnings (ZmSlide              *slide,
                     const ZmPillarResult *pillar)
{
  if (!pillar->determined)
    {
      add_warning (slide, _("Too few statements are answered to determine this pillar's stage."));
      return;
    }
  if (pillar->indicative)
    add_warning (slide, _("Indicative: fewer than half of the statements are answered."));
  if (pillar->unclear)
    /* Translators: on a pillar's slide when the stage profile is unclear */
    add_warning (slide, _("Unclear profile: every stage fits about equally, so the score says little. "
                          "Discuss the answers before acting on this stage."));
}

static void
add_pillar_text (ZmDeck               *deck,
                 ZmSlide              *slide,
                 const ZmPillarResult *pillar)
{
  g_autofree char *score = zm_render_format_score (pillar->score);
  g_autofree char *headline = NULL;
  g_autofree char *figures = NULL;

  if (pillar->determined)
    {
      headline = g_strdup_printf (_("Stage %1$u: %2$s"), pillar->stage, stage_name (deck->model, pillar->stage));
      zm_slide_add_paragraph (slide, headline, NULL, FALSE);
      if (pillar->target > 0)
        /* Translators: on a pillar's slide: the score and the target stage */
        figures = g_strdup_printf (_("Score %1$s of 4; target %2$u (%3$s)."), score, pillar->target,
                                   stage_name (deck->model, pillar->target));
      else
        /* Translators: on a pillar's slide: the score */
        figures = g_strdup_printf (_("Score %s of 4; no target set."), score);
      zm_slide_add_paragraph (slide, NULL, figures, FALSE);
    }
  add_pillar_warnings (slide, pillar);
}

static void
add_pillar_advice (ZmDeck               *deck,
                   ZmSlide              *slide,
                   const ZmPillarResult *pillar)
{
  const char * const *advice;
  g_autofree char *towards = NULL;
  ZmStage *stage;

  if (!pillar->determined)
    return;
  if (pillar->stage >= ZM_N_STAGES)
    {
      zm_slide_add_paragraph (slide, NULL, _("This pillar is at the highest stage. Keep measuring, "
                                             "learning and improving to stay there."), FALSE);
      return;
    }

  stage = zm_pillar_get_stage (pillar->pillar, pillar->stage);
  /* Translators: on a pillar's slide, over the advice; %s is the next stage */
  towards = g_strdup_printf (_("Towards %s:"), stage_name (deck->model, pillar->stage + 1));
  zm_slide_add_paragraph (slide, NULL, towards, FALSE);
  for (advice = zm_stage_get_advice (stage); advice && *advice; advice++)
    zm_slide_add_paragraph (slide, NULL, *advice, TRUE);
}

static void
add_pillar_notes (ZmDeck               *deck,
                  ZmSlide              *slide,
                  const ZmPillarResult *pillar)
{
  g_autofree char *score = zm_render_format_score (pillar->score);

  if (!pillar->determined)
    return;

  /* Translators: in the presenter's notes: pillar, stage name, score */
  zm_slide_add_note (slide, _("On %1$s we are at the stage %2$s, with a score of %3$s."),
                     zm_pillar_get_name (pillar->pillar), stage_name (deck->model, pillar->stage), score);
  zm_slide_add_note (slide, "%s", _("The bars show how well the statements of each stage apply to us; "
                                    "the strongest bar is our stage."));
  if (pillar->stage < ZM_N_STAGES)
    /* Translators: in the presenter's notes; %s is the next stage's name */
    zm_slide_add_note (slide, _("To reach %s, these are the actions on the slide."),
                       stage_name (deck->model, pillar->stage + 1));
}

static void
add_pillar_slides (ZmDeck *deck)
{
  guint axis = 0;

  for (guint i = 0; i < deck->result->n_pillars; i++)
    {
      const ZmPillarResult *pillar = &deck->result->pillars[i];
      ZmRadarData *profile;
      ZmSlide *slide;

      if (!pillar->included)
        continue;

      profile = pillar_profile (deck->chart, axis++);
      slide = zm_deck_add_slide (deck, ZM_SLIDE_CONTENT, zm_pillar_get_name (pillar->pillar));
      zm_slide_set_graphic (slide, zm_profile_draw_func, profile, (GDestroyNotify) zm_radar_data_free,
                            zm_profile_describe (profile));
      add_pillar_notes (deck, slide, pillar);
      add_pillar_text (deck, slide, pillar);
      add_pillar_advice (deck, slide, pillar);
    }
}

/* --- 5. the team --------------------------------------------------------- */

static void
add_respondents (ZmDeck  *deck,
                 ZmSlide *slide)
{
  guint n = zm_assessment_get_n_respondents (deck->assessment);
  g_autofree char *names = join_respondent_names (deck->assessment);
  g_autofree char *lead = NULL;

  /* Translators: on the team's slide, before the respondents' names */
  lead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u respondent: ", "%u respondents: ", n), n);
  zm_slide_add_paragraph (slide, lead, names, FALSE);
  /* Translators: in the presenter's notes; %2$s lists names */
  zm_slide_add_note (slide, g_dngettext (GETTEXT_PACKAGE, "%1$u respondent answered the scan: %2$s.",
                                         "%1$u respondents answered the scan: %2$s.", n), n, names);
}

static void
add_spread (ZmDeck  *deck,
            ZmSlide *slide)
{
  const ZmPillarResult *widest = NULL;

  zm_slide_add_paragraph (slide, _("Spread per pillar"), NULL, FALSE);
  for (guint i = 0; i < deck->result->n_pillars; i++)
    {
      const ZmPillarResult *pillar = &deck->result->pillars[i];
      g_autofree char *lead = NULL, *team = NULL, *low = NULL, *high = NULL, *sd = NULL, *text = NULL;

      if (!pillar->included)
        continue;
      lead = g_strdup_printf ("%s: ", zm_pillar_get_name (pillar->pillar));
      team = zm_render_format_score (pillar->score);
      low = zm_render_format_score (pillar->score_min);
      high = zm_render_format_score (pillar->score_max);
      sd = zm_render_format_deviation (pillar->score_sd);
      /* Translators: on the team's slide: the team's score, the lowest and
       * highest of the respondents' own scores and their standard deviation */
      text = g_strdup_printf (_("team %1$s, lowest %2$s, highest %3$s, std. dev. %4$s"), team, low, high, sd);
      zm_slide_add_paragraph (slide, lead, text, TRUE);
      if (!isnan (pillar->score_sd) && (widest == NULL || pillar->score_sd > widest->score_sd))
        widest = pillar;
    }

  if (widest != NULL && widest->score_max > widest->score_min)
    {
      g_autofree char *low = zm_render_format_score (widest->score_min);
      g_autofree char *high = zm_render_format_score (widest->score_max);

      /* Translators: in the presenter's notes: a pillar and the lowest and
       * highest of the respondents' scores */
      zm_slide_add_note (slide, _("Our scores lie furthest apart on %1$s: from %2$s to %3$s."),
                         zm_pillar_get_name (widest->pillar), low, high);
    }
  zm_slide_add_note (slide, "%s", _("Lowest and highest: the scores of the respondents themselves, by the same "
                                    "rule. Std. dev.: how far they lie around their average. Disagreements: "
                                    "statements two respondents rated 2 or more apart."));
}

/* The statement in bold, then every respondent's rating. */
static void
add_disagreement (ZmDeck               *deck,
                  ZmSlide              *slide,
                  const ZmDisagreement *item)
{
  GListModel *respondents = zm_assessment_get_respondents (deck->assessment);
  const char *id = zm_statement_get_id (item->statement);
  g_autofree char *lead = g_strdup_printf ("%s ", zm_statement_get_text (item->statement));
  g_autoptr(GString) ratings = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);
      ZmAnswer *answer = zm_respondent_get_answer (respondent, id);
      g_autofree char *rating = zm_render_format_rating (deck->model, zm_answer_get_rating (answer));

      g_string_append_printf (ratings, "%s%s: %s", i > 0 ? " · " : "", zm_respondent_get_name (respondent),
                              rating);
    }
  zm_slide_add_paragraph (slide, lead, ratings->str, TRUE);
}

static void
add_disagreements (ZmDeck  *deck,
                   ZmSlide *slide)
{
  g_autoptr(GArray) list = zm_team_list_disagreements (deck->assessment);
  const ZmDisagreement *first;

  zm_slide_add_paragraph (slide, _("Where the team disagrees"), NULL, FALSE);
  if (list->len == 0)
    {
      zm_slide_add_paragraph (slide, NULL, _("No two respondents rated a statement 2 or more apart."), FALSE);
      zm_slide_add_note (slide, "%s", _("No two respondents rated a statement 2 or more apart."));
      return;
    }

  for (guint i = 0; i < MIN (list->len, N_SLIDE_DISAGREEMENTS); i++)
    add_disagreement (deck, slide, &g_array_index (list, ZmDisagreement, i));

  first = &g_array_index (list, ZmDisagreement, 0);
  /* Translators: in the presenter's notes: a statement, which ends in its
   * own full stop, and how far apart its ratings lie */
  zm_slide_add_note (slide, _("The ratings differ most, by %2$u, on this statement: %1$s"),
                     zm_statement_get_text (first->statement), first->difference);
  zm_slide_add_note (slide, "%s", _("The statements the respondents rated furthest apart, largest difference "
                                    "first: the agenda for the team's discussion."));
}

/* Who answered, how far their scores lie apart and where they disagree
 * most; only a team of two or more has any of it. */
static void
add_team_slide (ZmDeck *deck)
{
  ZmSlide *slide;

  if (deck->result->n_respondents < 2)
    return;

  slide = zm_deck_add_slide (deck, ZM_SLIDE_CONTENT, _("The team"));
  add_respondents (deck, slide);
  add_spread (deck, slide);
  add_disagreements (deck, slide);
}

/* --- 6. the checklist ---------------------------------------------------- */

static void
add_checklist_slide (ZmDeck *deck)
{
  const ZmChecklistData *checklist = deck->checklist;
  g_autofree char *summary = zm_checklist_format_summary (checklist);
  ZmSlide *slide;

  /* Translators: the title of the checklist's slide */
  slide = zm_deck_add_slide (deck, ZM_SLIDE_CONTENT, _("Eight steps to take"));
  zm_slide_add_note (slide, "%s", _("The marketing challenge: eight steps that give marketing its "
                                    "place in the organisation."));
  zm_slide_add_note (slide, "%s", summary);
  for (guint i = 0; i < checklist->n_steps; i++)
    {
      const ZmChecklistStep *step = &checklist->steps[i];

      if (step->status != ZM_STEP_STATUS_IN_PROGRESS)
        continue;
      if (step->owner != NULL && step->due != NULL)
        /* Translators: in the presenter's notes: a step, its owner and due date */
        zm_slide_add_note (slide, _("%1$s: in progress with %2$s, due %3$s."), step->title,
                           step->owner, step->due);
      else
        /* Translators: in the presenter's notes: a step */
        zm_slide_add_note (slide, _("%s: in progress."), step->title);
    }
  zm_slide_set_graphic (slide, zm_checklist_graphic_draw_func, deck->checklist,
                        (GDestroyNotify) zm_checklist_data_free, zm_checklist_describe (deck->checklist));
  deck->checklist = NULL;
}

/* --- 7. the change since the previous assessment ------------------------- */

static const ZmPillarResult *
find_previous (const ZmResult       *previous,
               const ZmPillarResult *pillar)
{
  const char *id = zm_pillar_get_id (pillar->pillar);

  for (guint i = 0; i < previous->n_pillars; i++)
    if (g_strcmp0 (zm_pillar_get_id (previous->pillars[i].pillar), id) == 0)
      return &previous->pillars[i];
  return NULL;
}

static void
add_change (ZmDeck               *deck,
            ZmSlide              *slide,
            const ZmPillarResult *now,
            const ZmPillarResult *before)
{
  g_autofree char *lead = g_strdup_printf ("%s: ", zm_pillar_get_name (now->pillar));
  g_autofree char *was = zm_render_format_score (before->score);
  g_autofree char *is = zm_render_format_score (now->score);
  g_autofree char *text = NULL;

  if (!now->determined || !before->determined)
    /* Translators: on the change slide: the scores then and now, one of them "–" */
    text = g_strdup_printf (_("%1$s then, %2$s now."), was, is);
  else
    /* Translators: on the change slide: score then → now, the difference,
     * and the stages then and now */
    text = g_strdup_printf (_("%1$s → %2$s (%3$+.2f), %4$s → %5$s."), was, is,
                            zm_score_for_display (now->score) - zm_score_for_display (before->score),
                            stage_name (deck->model, before->stage), stage_name (deck->model, now->stage));
  zm_slide_add_paragraph (slide, lead, text, TRUE);

  if (now->determined && before->determined && now->stage > before->stage)
    /* Translators: in the presenter's notes: a pillar and its new stage */
    zm_slide_add_note (slide, _("%1$s moved up to %2$s."), zm_pillar_get_name (now->pillar),
                       stage_name (deck->model, now->stage));
  else if (now->determined && before->determined && now->stage < before->stage)
    /* Translators: in the presenter's notes: a pillar and its new stage */
    zm_slide_add_note (slide, _("%1$s fell back to %2$s."), zm_pillar_get_name (now->pillar),
                       stage_name (deck->model, now->stage));
}

static void
add_change_slide (ZmDeck *deck)
{
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  ZmSlide *slide;

  if (deck->previous_result == NULL)
    return;

  date = zm_assessment_format_date (deck->previous);
  /* Translators: the title of the slide with the change per pillar; %s is a date */
  title = g_strdup_printf (_("Change since %s"), date);
  slide = zm_deck_add_slide (deck, ZM_SLIDE_CONTENT, title);
  /* Translators: in the presenter's notes; %s is a date */
  zm_slide_add_note (slide, _("Compared with the assessment of %s:"), date);
  for (guint i = 0; i < deck->result->n_pillars; i++)
    {
      const ZmPillarResult *now = &deck->result->pillars[i];
      const ZmPillarResult *before = find_previous (deck->previous_result, now);

      if (now->included && before != NULL && before->included)
        add_change (deck, slide, now, before);
    }
  if (slide->paragraphs->len == 0)
    zm_slide_add_paragraph (slide, NULL, _("The two assessments have no pillar in common."), FALSE);
}

/* --- the deck ------------------------------------------------------------ */

/* The story, in order. A part of it is one more entry here. */
static const ZmSlideBuilder builders[] = {
  add_title_slide,
  add_glance_slide,
  add_gaps_slide,
  add_pillar_slides,
  add_team_slide,
  add_checklist_slide,
  add_change_slide,
};

void
zm_deck_build (ZmDeck *deck)
{
  for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
    builders[i] (deck);
}
