/* zm-report-team.c: the report's team page: who answered, how far their
 * scores lie apart per pillar, and the statements they disagree on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-render-text.h"
#include "zm-report-private.h"
#include "zm-team.h"

/* The report shows the largest disagreements; the rest are in the
 * application's agenda. */
#define N_REPORT_DISAGREEMENTS 5

static char *
format_share (double share)
{
  /* Translators: the share of the statements answered, "80 %" */
  return g_strdup_printf (_("%.0f %%"), round (share * 100));
}

static char **
respondent_row (ZmAssessment *assessment,
                ZmRespondent *respondent)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  g_autoptr(ZmResult) own = zm_score_respondent (assessment, respondent);
  g_autofree char *score = zm_render_format_score (own->overall);
  g_autofree char *answered = format_share (zm_result_get_completeness (own));
  char **cells = g_new0 (char *, 5);

  cells[0] = g_markup_escape_text (zm_respondent_get_name (respondent), -1);
  cells[1] = own->n_determined > 0
             ? g_markup_printf_escaped ("%u %s", own->overall_stage,
                                        zm_model_get_stage_name (model, own->overall_stage))
             : g_markup_escape_text (_("not determined"), -1);
  cells[2] = g_markup_escape_text (score, -1);
  cells[3] = g_markup_escape_text (answered, -1);
  return cells;
}

static void
add_respondents (ZmReportContent *content,
                 ZmAssessment    *assessment)
{
  static const double widths[] = { 0.40, 0.25, 0.15, 0.20 };
  const char *header[] = { _("Respondent"), _("Overall stage"), _("Score"), _("Answered") };
  GListModel *respondents = zm_assessment_get_respondents (assessment);
  ZmBlock *block = zm_report_content_add (content, ZM_BLOCK_TABLE, NULL);

  block->table = zm_table_new (G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);

      zm_table_add_row (block->table, respondent_row (assessment, respondent));
    }
}

static char **
spread_row (const ZmPillarResult *pillar)
{
  char **cells = g_new0 (char *, 7);

  cells[0] = g_markup_escape_text (zm_pillar_get_name (pillar->pillar), -1);
  cells[1] = zm_render_format_score (pillar->determined ? pillar->score : NAN);
  cells[2] = zm_render_format_score (pillar->score_min);
  cells[3] = zm_render_format_score (pillar->score_max);
  cells[4] = zm_render_format_deviation (pillar->score_sd);
  cells[5] = g_strdup_printf ("%u", pillar->disagreements);
  return cells;
}

static void
add_spread (ZmReportContent *content,
            const ZmResult  *result)
{
  static const double widths[] = { 0.30, 0.14, 0.14, 0.14, 0.14, 0.14 };
  const char *header[] = {
    _("Pillar"), _("Team"), _("Lowest"), _("Highest"),
    /* Translators: a column heading in the report: the standard deviation, short */
    _("Std. dev."), _("Disagreements"),
  };
  ZmBlock *block;

  zm_report_content_add (content, ZM_BLOCK_SUBHEADING, _("Spread per pillar"));
  block = zm_report_content_add (content, ZM_BLOCK_TABLE, NULL);
  block->table = zm_table_new (G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < result->n_pillars; i++)
    if (result->pillars[i].included)
      zm_table_add_row (block->table, spread_row (&result->pillars[i]));

  zm_report_content_add (content, ZM_BLOCK_CAPTION,
                         _("Lowest and highest: the scores of the respondents themselves, by the same "
                           "rule. Std. dev.: how far they lie around their average. Disagreements: "
                           "statements two respondents rated 2 or more apart."));
}

static void
add_disagreement (ZmReportContent      *content,
                  ZmAssessment         *assessment,
                  const ZmDisagreement *item)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  GListModel *respondents = zm_assessment_get_respondents (assessment);
  const char *id = zm_statement_get_id (item->statement);
  ZmRating agreed = zm_assessment_get_agreed_rating (assessment, id, NULL, NULL);
  ZmBlock *block = zm_report_content_add (content, ZM_BLOCK_BULLET, NULL);

  /* Translators: a disagreement in the report: the statement, then how far apart the ratings lie */
  block->markup = g_markup_printf_escaped (_("%1$s <i>(ratings differ by %2$u)</i>"),
                                           zm_statement_get_text (item->statement), item->difference);
  block->keep_with_next = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);
      ZmAnswer *answer = zm_respondent_get_answer (respondent, id);
      g_autofree char *rating = zm_render_format_rating (model, zm_answer_get_rating (answer));
      const char *note = zm_answer_get_note (answer);

      /* Notes, not captions: a caption keeps with what follows, and the
       * whole agenda would have to fit on one page. */
      block = zm_report_content_add (content, ZM_BLOCK_NOTE, NULL);
      block->markup = note != NULL
                      ? g_markup_printf_escaped ("<b>%s</b>: %s. <i>%s</i>", zm_respondent_get_name (respondent),
                                                 rating, note)
                      : g_markup_printf_escaped ("<b>%s</b>: %s.", zm_respondent_get_name (respondent), rating);
    }
  if (agreed != ZM_RATING_UNANSWERED)
    {
      g_autofree char *rating = zm_render_format_rating (model, agreed);

      block = zm_report_content_add (content, ZM_BLOCK_NOTE, NULL);
      /* Translators: the rating a team agreed on after discussing a statement */
      block->markup = g_markup_printf_escaped (_("<b>Agreed by the team</b>: %s."), rating);
    }
}

static void
add_disagreements (ZmReportContent *content,
                   ZmAssessment    *assessment)
{
  g_autoptr(GArray) list = zm_team_list_disagreements (assessment);

  zm_report_content_add (content, ZM_BLOCK_SUBHEADING, _("Where the team disagrees"));
  if (list->len == 0)
    {
      zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                             _("No two respondents rated a statement 2 or more apart."));
      return;
    }

  zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                         _("The statements the respondents rated furthest apart, largest difference "
                           "first: the agenda for the team's discussion."));
  for (guint i = 0; i < MIN (list->len, N_REPORT_DISAGREEMENTS); i++)
    add_disagreement (content, assessment, &g_array_index (list, ZmDisagreement, i));
}

void
zm_report_add_team (ZmReportContent *content,
                    ZmAssessment    *assessment,
                    const ZmResult  *result)
{
  guint n = zm_assessment_get_n_respondents (assessment);
  ZmBlock *block;

  if (n == 0)
    return;

  block = zm_report_content_add (content, ZM_BLOCK_HEADING, _("The team"));
  block->page_break_before = TRUE;
  block = zm_report_content_add (content, ZM_BLOCK_PARAGRAPH, NULL);
  block->markup = g_markup_printf_escaped (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u respondent answered the scan. The team result "
                                                        "takes, per statement, the average of their ratings, "
                                                        "or the rating the team agreed on.",
                                                        "%u respondents answered the scan. The team result "
                                                        "takes, per statement, the average of their ratings, "
                                                        "or the rating the team agreed on.", n), n);
  add_respondents (content, assessment);
  add_spread (content, result);
  add_disagreements (content, assessment);
}
