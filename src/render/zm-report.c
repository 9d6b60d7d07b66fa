/* zm-report.c: the board report's content, gathered from an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is written for a director who has one minute: page 1 holds
 * who and when, the overall stage, the chart and the three largest gaps to
 * the target. Then come the pillars with their stage profiles, the advice
 * for reaching the next stage, the eight-step checklist and the assessors'
 * notes. Everything is gathered once, in the UI language, into blocks that
 * zm-report-pages.c lays out on pages of any size.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-chart-data.h"
#include "zm-render-text.h"
#include "zm-report-private.h"
#include "zm-scoring.h"

#define N_GAPS 3
#define N_WEAK_STATEMENTS 3

struct _ZmReport
{
  GObject          parent_instance;
  ZmReportContent *content;
  char            *title;
  char            *author;
  char            *subject;
  double           page_width;
  double           page_height;
};

G_DEFINE_FINAL_TYPE (ZmReport, zm_report, G_TYPE_OBJECT)

static void
zm_report_finalize (GObject *object)
{
  ZmReport *self = ZM_REPORT (object);

  g_clear_pointer (&self->content, zm_report_content_free);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);

  G_OBJECT_CLASS (zm_report_parent_class)->finalize (object);
}

static void
zm_report_class_init (ZmReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zm_report_finalize;
}

static void
zm_report_init (ZmReport *self)
{
}

static const char *
organisation_name (ZmAssessment *assessment)
{
  const char *name = zm_assessment_get_organisation_name (assessment);

  /* Translators: stands in for the organisation's name when none is filled in */
  return name && *name ? name : _("Unnamed organisation");
}

static const char *
stage_name (ZmModel *model,
            guint    stage)
{
  return stage >= 1 && stage <= ZM_N_STAGES ? zm_model_get_stage_name (model, stage) : "–";
}

/* --- page 1: the summary ------------------------------------------------- */

static void
add_fact (ZmReportContent *content,
          const char      *label,
          const char      *value)
{
  ZmBlock *last = g_ptr_array_index (content->blocks, content->blocks->len - 1);
  ZmBlock *block;

  if (value == NULL || *value == '\0')
    return;

  block = zm_report_content_add (content, ZM_BLOCK_FACT, NULL);
  block->markup = g_markup_escape_text (label, -1);
  block->markup2 = g_markup_escape_text (value, -1);
  if (last->kind != ZM_BLOCK_FACT)
    block->extra_space = 14;
}

static void
add_facts (ZmReportContent *content,
           ZmAssessment    *assessment)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  const char *kind = zm_assessment_get_organisation_kind (assessment);
  g_autofree char *date = zm_assessment_format_date (assessment);
  g_autofree char *model_text = NULL;

  /* Translators: the model's title and version, "… model, version 1" */
  model_text = g_strdup_printf (_("%1$s, version %2$s"), zm_model_get_title (model),
                                zm_model_get_version (model));

  if (kind && *kind)
    add_fact (content, _("Kind of care"), zm_care_kind_get_label (kind));
  add_fact (content, _("Unit or location"), zm_assessment_get_unit (assessment));
  add_fact (content, _("Date"), date);
  add_fact (content, _("Assessors"), zm_assessment_get_assessors (assessment));
  add_fact (content, _("Model"), model_text);
}

static void
add_key_figure (ZmReportContent *content,
                ZmModel         *model,
                const ZmResult  *result,
                guint            n_included)
{
  ZmBlock *block = zm_report_content_add (content, ZM_BLOCK_KEY_FIGURE, NULL);
  g_autofree char *score = zm_render_format_score (result->overall);

  if (result->n_determined == 0)
    {
      block->markup = g_markup_escape_text (_("No overall stage yet"), -1);
      block->markup2 = g_markup_escape_text (_("Too few statements are answered to determine "
                                               "the stage of any pillar."), -1);
      return;
    }

  /* Translators: the headline of the report: the overall stage's number and name */
  block->markup = g_markup_printf_escaped (_("Overall stage %1$u: %2$s"), result->overall_stage,
                                           stage_name (model, result->overall_stage));
  /* Translators: under the overall stage: the mean score, and on how many
   * pillars it is based */
  block->markup2 = g_markup_printf_escaped (g_dngettext (GETTEXT_PACKAGE,
                                                         "Score %1$s of 4, the mean of %2$u of %3$u pillar.",
                                                         "Score %1$s of 4, the mean of %2$u of %3$u pillars.",
                                                         n_included),
                                            score, result->n_determined, n_included);
}

static void
add_gaps (ZmReportContent *content,
          ZmModel         *model,
          const ZmResult  *result)
{
  g_autoptr(GPtrArray) gaps = g_ptr_array_new ();
  gboolean any_target = FALSE;

  for (guint i = 0; i < result->n_pillars; i++)
    {
      const ZmPillarResult *pillar = &result->pillars[i];

      any_target |= pillar->included && pillar->target > 0;
      if (pillar->included && !isnan (pillar->gap) && pillar->gap > 0)
        g_ptr_array_add (gaps, (gpointer) pillar);
    }
  g_ptr_array_sort (gaps, zm_pillar_result_compare_gaps);

  zm_report_content_add (content, ZM_BLOCK_HEADING, _("Largest gaps to the target"));
  if (!any_target)
    zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                           _("No target stages have been set. Set a target per pillar to see "
                             "where the distance is largest."));
  else if (gaps->len == 0)
    zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                           _("Every determined pillar has reached its target stage."));

  for (guint i = 0; i < MIN (gaps->len, N_GAPS); i++)
    {
      const ZmPillarResult *pillar = g_ptr_array_index (gaps, i);
      g_autofree char *score = zm_render_format_score (pillar->score);
      /* The gap from the score as printed, so the two figures add up. */
      g_autofree char *gap = g_strdup_printf ("%.2f", pillar->target -
                                              zm_score_for_display (pillar->score));
      ZmBlock *block = zm_report_content_add (content, ZM_BLOCK_BULLET, NULL);

      /* Translators: one of the largest gaps: pillar, score now, its stage,
       * the target stage's number and name, and the difference */
      block->markup = g_markup_printf_escaped (_("<b>%1$s</b>: now %2$s (%3$s), target %4$u (%5$s), "
                                                 "a gap of %6$s."),
                                               zm_pillar_get_name (pillar->pillar), score,
                                               stage_name (model, pillar->stage), pillar->target,
                                               stage_name (model, pillar->target), gap);
    }
}

static void
add_summary (ZmReportContent *content,
             ZmAssessment    *assessment,
             const ZmResult  *result,
             guint            n_included)
{
  ZmModel *model = zm_assessment_get_model (assessment);

  zm_report_content_add (content, ZM_BLOCK_TITLE, organisation_name (assessment));
  /* Translators: the subtitle on the report's first page */
  zm_report_content_add (content, ZM_BLOCK_SUBTITLE, _("Marketing maturity: report for the board"));
  add_facts (content, assessment);
  add_key_figure (content, model, result, n_included);
  zm_report_content_add (content, ZM_BLOCK_CHART, NULL);
  add_gaps (content, model, result);
}

/* --- the pillars --------------------------------------------------------- */

static char **
pillar_row (ZmModel              *model,
            const ZmPillarResult *pillar)
{
  char **cells = g_new0 (char *, 7);
  g_autofree char *score = zm_render_format_score (pillar->score);
  /* The mark refers to the note under the table. */
  const char *mark = zm_pillar_get_project_authored (pillar->pillar) ? "*" : "";

  if (pillar->indicative || pillar->unclear)
    /* Translators: under a pillar's name in the report's table */
    cells[0] = g_markup_printf_escaped ("%s%s\n<i><span size=\"smaller\">%s</span></i>",
                                        zm_pillar_get_name (pillar->pillar), mark,
                                        pillar->indicative && pillar->unclear ? _("indicative, unclear profile")
                                        : pillar->indicative ? _("indicative")
                                        /* Translators: under a pillar's name in the report's table */
                                        : _("unclear profile"));
  else
    cells[0] = g_markup_printf_escaped ("%s%s", zm_pillar_get_name (pillar->pillar), mark);

  cells[1] = pillar->determined
             ? g_markup_printf_escaped ("%u %s", pillar->stage, stage_name (model, pillar->stage))
             : g_markup_escape_text (_("not determined"), -1);
  cells[2] = g_markup_escape_text (score, -1);
  cells[3] = pillar->target > 0
             ? g_markup_printf_escaped ("%u %s", pillar->target, stage_name (model, pillar->target))
             : g_strdup ("–");
  /* Translators: the share of a pillar's statements that is answered */
  cells[4] = g_markup_printf_escaped (_("%.0f %%"), pillar->completeness * 100);
  cells[5] = g_strdup ("");

  return cells;
}

static void
add_pillar_table (ZmReportContent *content,
                  ZmModel         *model,
                  const ZmResult  *result)
{
  static const double widths[] = { 0.25, 0.18, 0.08, 0.18, 0.13, 0.18 };
  const char *header[] = {
    _("Pillar"), _("Stage"), _("Score"), _("Target"), _("Answered"), _("Fit per stage"),
  };
  ZmBlock *block = zm_report_content_add (content, ZM_BLOCK_TABLE, NULL);

  block->table = zm_table_new (G_N_ELEMENTS (widths), widths, header);
  block->table->bars_column = 5;
  for (guint i = 0; i < result->n_pillars; i++)
    {
      const ZmPillarResult *pillar = &result->pillars[i];

      if (!pillar->included)
        continue;
      zm_table_add_row (block->table, pillar_row (model, pillar));
      g_array_append_vals (block->table->fits, pillar->fit, 1);
      g_array_append_val (block->table->stages, pillar->stage);
    }
}

/* A score from stages that all fit alike says little; the board is told
 * so in words, not only by the mark in the table. */
static void
add_unclear_note (ZmReportContent *content,
                  const ZmResult  *result)
{
  if (result->n_unclear == 0)
    return;

  zm_report_content_add (content, ZM_BLOCK_CAPTION,
                         _("Unclear profile: the pillar's stages fit about equally (the best and "
                           "the worst fitting stage lie less than 0.25 apart), so its score says "
                           "little about its stage. Discuss the answers before acting on it."));
}

/* A board should know which statements did not come from the published
 * model, and that it can bring its own. */
static void
add_authored_note (ZmReportContent *content,
                   const ZmResult  *result)
{
  for (guint i = 0; i < result->n_pillars; i++)
    if (result->pillars[i].included && zm_pillar_get_project_authored (result->pillars[i].pillar))
      {
        /* Translators: under the pillar table; the asterisk marks pillars
         * in the table */
        zm_report_content_add (content, ZM_BLOCK_CAPTION,
                               _("* Statements written for this application; replace them with "
                                 "a model file of your own."));
        return;
      }
}

static void
add_excluded (ZmReportContent *content,
              const ZmResult  *result)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < result->n_pillars; i++)
    if (!result->pillars[i].included)
      {
        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, zm_pillar_get_name (result->pillars[i].pillar));
      }

  if (names->len > 0)
    {
      ZmBlock *block = zm_report_content_add (content, ZM_BLOCK_CAPTION, NULL);

      /* Translators: %s is a list of pillar names */
      block->markup = g_markup_printf_escaped (_("Not assessed: %s."), names->str);
    }
}

static void
add_pillars (ZmReportContent *content,
             ZmModel         *model,
             const ZmResult  *result)
{
  ZmBlock *block = zm_report_content_add (content, ZM_BLOCK_HEADING, _("The pillars"));
  g_autofree char *legend = NULL;

  block->page_break_before = TRUE;
  zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                         _("Each pillar gets the stage whose description fits the answers best. "
                           "The score runs from 1.0 to 4.0; the bars show how well the statements "
                           "of each stage apply, from stage 1 on the left to stage 4 on the right."));
  add_pillar_table (content, model, result);

  /* Translators: under the pillar table; the stage names follow the numbers */
  legend = g_strdup_printf (_("Stages: 1 %s, 2 %s, 3 %s, 4 %s. Indicative: fewer than half of the "
                              "pillar's statements are answered, so the result may still change."),
                            stage_name (model, 1), stage_name (model, 2),
                            stage_name (model, 3), stage_name (model, 4));
  zm_report_content_add (content, ZM_BLOCK_CAPTION, NULL)->markup = g_markup_escape_text (legend, -1);
  add_unclear_note (content, result);
  add_authored_note (content, result);
  add_excluded (content, result);
}

/* --- the advice ---------------------------------------------------------- */

/* A team's rating is an average and need not be whole. */
typedef struct {
  ZmStatement *statement;
  double       rating;
} RatedStatement;

static int
compare_ratings (gconstpointer a,
                 gconstpointer b)
{
  double ra = ((const RatedStatement *) a)->rating, rb = ((const RatedStatement *) b)->rating;

  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

static char *
rating_label (ZmModel *model,
              double   rating)
{
  if (rating == floor (rating))
    return g_strdup (zm_model_get_rating_label (model, (ZmRating) rating));
  /* Translators: a team's average rating of a statement, e.g. "average 1.5" */
  return g_strdup_printf (_("average %.1f"), rating);
}

/* The statements of @stage that apply least, rated 2 or lower. */
static GArray *
weakest_statements (ZmAssessment *assessment,
                    ZmStage      *stage)
{
  GListModel *statements = zm_stage_get_statements (stage);
  GArray *weak = g_array_new (FALSE, FALSE, sizeof (RatedStatement));

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);
      RatedStatement rated = {
        statement, zm_assessment_get_team_rating (assessment, zm_statement_get_id (statement)),
      };

      if (!isnan (rated.rating) && rated.rating <= ZM_RATING_2)
        g_array_append_val (weak, rated);
    }
  g_array_sort (weak, compare_ratings);
  if (weak->len > N_WEAK_STATEMENTS)
    g_array_set_size (weak, N_WEAK_STATEMENTS);

  return weak;
}

/* What keeps a pillar from the next stage: that stage's statements rated
 * lowest. */
static void
add_weakest_statements (ZmReportContent *content,
                        ZmAssessment    *assessment,
                        ZmStage         *next)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  g_autoptr(GArray) weak = weakest_statements (assessment, next);
  ZmBlock *block;

  if (weak->len == 0)
    return;

  block = zm_report_content_add (content, ZM_BLOCK_PARAGRAPH, NULL);
  block->keep_with_next = TRUE;
  /* Translators: introduces the statements of the next stage rated lowest;
   * %s is the next stage's name */
  block->markup = g_markup_printf_escaped (_("Of the %s stage, these apply least today:"),
                                           stage_name (model, zm_stage_get_number (next)));
  for (guint i = 0; i < weak->len; i++)
    {
      RatedStatement *rated = &g_array_index (weak, RatedStatement, i);
      g_autofree char *label = rating_label (model, rated->rating);

      block = zm_report_content_add (content, ZM_BLOCK_BULLET, NULL);
      block->markup = g_markup_printf_escaped ("%s <i>(%s)</i>", zm_statement_get_text (rated->statement),
                                               label);
    }
}

static void
add_pillar_advice (ZmReportContent      *content,
                   ZmAssessment         *assessment,
                   const ZmPillarResult *pillar)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  const char *name = zm_pillar_get_name (pillar->pillar);
  const char * const *advice;
  ZmStage *stage;
  ZmBlock *block;

  block = zm_report_content_add (content, ZM_BLOCK_SUBHEADING, NULL);
  if (!pillar->determined)
    {
      block->markup = g_markup_escape_text (name, -1);
      zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                             _("Too few statements are answered to determine this pillar's "
                               "stage. Answer more of them first."));
      return;
    }

  if (pillar->stage >= ZM_N_STAGES)
    {
      block->markup = g_markup_printf_escaped ("%s: %s", name, stage_name (model, pillar->stage));
      zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                             _("This pillar is at the highest stage. Keep measuring, learning "
                               "and improving to stay there."));
      return;
    }

  /* Translators: a heading in the advice: pillar, current stage, next stage */
  block->markup = g_markup_printf_escaped (_("%1$s: from %2$s to %3$s"), name,
                                           stage_name (model, pillar->stage),
                                           stage_name (model, pillar->stage + 1));
  stage = zm_pillar_get_stage (pillar->pillar, pillar->stage);
  for (advice = zm_stage_get_advice (stage); advice && *advice; advice++)
    zm_report_content_add (content, ZM_BLOCK_BULLET, NULL)->markup = g_markup_escape_text (*advice, -1);

  add_weakest_statements (content, assessment, zm_pillar_get_stage (pillar->pillar, pillar->stage + 1));
}

static void
add_advice (ZmReportContent *content,
            ZmAssessment    *assessment,
            const ZmResult  *result)
{
  zm_report_content_add (content, ZM_BLOCK_HEADING, _("Towards the next stage"));
  zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                         _("Per pillar, the actions that lead to the next stage, and the statements "
                           "of that stage that the organisation recognises least today."));
  for (guint i = 0; i < result->n_pillars; i++)
    if (result->pillars[i].included)
      add_pillar_advice (content, assessment, &result->pillars[i]);
}

/* --- the checklist ------------------------------------------------------- */

static void
add_checklist_table (ZmReportContent       *content,
                     const ZmChecklistData *checklist)
{
  static const double widths[] = { 0.05, 0.42, 0.14, 0.25, 0.14 };
  const char *header[] = { "", _("Step"), _("Status"), _("Owner"), _("Due") };
  ZmBlock *block = zm_report_content_add (content, ZM_BLOCK_TABLE, NULL);

  block->table = zm_table_new (G_N_ELEMENTS (widths), widths, header);
  for (guint i = 0; i < checklist->n_steps; i++)
    {
      const ZmChecklistStep *step = &checklist->steps[i];
      char **cells = g_new0 (char *, 6);

      cells[0] = g_strdup_printf ("%u", step->number);
      cells[1] = g_markup_escape_text (step->title, -1);
      cells[2] = g_markup_escape_text (zm_checklist_status_label (step->status), -1);
      cells[3] = g_markup_escape_text (step->owner ? step->owner : "–", -1);
      cells[4] = g_markup_escape_text (step->due ? step->due : "–", -1);
      zm_table_add_row (block->table, cells);
    }
}

static void
add_step_notes (ZmReportContent *content,
                ZmAssessment    *assessment)
{
  GListModel *steps = zm_model_get_steps (zm_assessment_get_model (assessment));
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(ZmStep) step = g_list_model_get_item (steps, i);
      ZmChecklistItem *item = zm_assessment_get_checklist_item (assessment, zm_step_get_id (step));
      const char *note = item ? zm_checklist_item_get_note (item) : NULL;
      ZmBlock *block;

      if (note == NULL || *note == '\0')
        continue;
      if (!any)
        zm_report_content_add (content, ZM_BLOCK_SUBHEADING, _("Notes on the steps"));
      any = TRUE;

      block = zm_report_content_add (content, ZM_BLOCK_CAPTION, NULL);
      block->markup = g_markup_printf_escaped ("<b>%u  %s</b>", zm_step_get_number (step),
                                               zm_step_get_title (step));
      zm_report_content_add (content, ZM_BLOCK_NOTE, NULL)->markup = g_markup_escape_text (note, -1);
    }
}

static void
add_checklist (ZmReportContent *content,
               ZmAssessment    *assessment,
               gboolean         include_notes)
{
  /* Translators: a heading in the report, over the checklist */
  zm_report_content_add (content, ZM_BLOCK_HEADING, _("Eight steps to take"));
  zm_report_content_add (content, ZM_BLOCK_PARAGRAPH,
                         _("The marketing challenge: eight steps that give marketing its place "
                           "in the organisation, with who owns each step and when it is due."));
  zm_report_content_add (content, ZM_BLOCK_CHECKLIST, NULL);
  add_checklist_table (content, content->checklist);
  if (include_notes)
    add_step_notes (content, assessment);
}

/* --- the notes ----------------------------------------------------------- */

static gboolean
add_pillar_notes (ZmReportContent *content,
                  ZmAssessment    *assessment,
                  ZmPillar        *pillar)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  GListModel *statements = zm_pillar_get_statements (pillar);
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);
      ZmAnswer *answer = zm_assessment_get_answer (assessment, zm_statement_get_id (statement));
      const char *note = answer ? zm_answer_get_note (answer) : NULL;
      ZmRating rating;
      ZmBlock *block;

      if (note == NULL || *note == '\0')
        continue;
      if (!any)
        zm_report_content_add (content, ZM_BLOCK_SUBHEADING, zm_pillar_get_name (pillar));
      any = TRUE;

      rating = zm_answer_get_rating (answer);
      block = zm_report_content_add (content, ZM_BLOCK_CAPTION, NULL);
      block->markup = g_markup_printf_escaped ("<b>%s</b>  <i>%s</i>", zm_statement_get_text (statement),
                                               rating == ZM_RATING_UNANSWERED
                                               ? _("not answered")
                                               : zm_model_get_rating_label (model, rating));
      zm_report_content_add (content, ZM_BLOCK_NOTE, NULL)->markup = g_markup_escape_text (note, -1);
    }

  return any;
}

static void
add_notes (ZmReportContent *content,
           ZmAssessment    *assessment)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  gboolean any = FALSE;
  ZmBlock *block;

  block = zm_report_content_add (content, ZM_BLOCK_HEADING, _("Notes"));
  block->page_break_before = TRUE;
  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    any |= add_pillar_notes (content, assessment, zm_model_get_pillar (model, i));

  if (!any)
    zm_report_content_add (content, ZM_BLOCK_PARAGRAPH, _("No notes were added to the answers."));
}

/* --- the object ---------------------------------------------------------- */

static void
set_metadata (ZmReport     *self,
              ZmAssessment *assessment)
{
  g_autofree char *date = zm_assessment_format_date (assessment);
  const char *assessors = zm_assessment_get_assessors (assessment);

  /* Translators: the report's title in the PDF's properties; %s is the organisation */
  self->title = g_strdup_printf (_("Marketing maturity report: %s"), organisation_name (assessment));
  self->author = g_strdup (assessors && *assessors ? assessors : "");
  self->subject = g_strdup (zm_model_get_title (zm_assessment_get_model (assessment)));
  self->content->footer = g_strdup_printf ("%s · %s · %s", organisation_name (assessment), date,
                                           PACKAGE_NAME);
}

void
zm_report_options_init (ZmReportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->include_notes = TRUE;
  options->page_width = ZM_REPORT_A4_WIDTH;
  options->page_height = ZM_REPORT_A4_HEIGHT;
}

ZmReport *
zm_report_new_with_options (ZmAssessment          *assessment,
                            ZmAssessment          *previous,
                            const ZmReportOptions *given)
{
  g_autoptr(ZmReport) self = NULL;
  g_autoptr(ZmResult) result = NULL;
  ZmReportOptions defaults;
  const ZmReportOptions *options = given;
  ZmModel *model;
  guint n_included = 0;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous), NULL);

  if (options == NULL)
    {
      zm_report_options_init (&defaults);
      options = &defaults;
    }

  self = g_object_new (ZM_TYPE_REPORT, NULL);
  self->page_width = options->page_width;
  self->page_height = options->page_height;
  self->content = zm_report_content_new ();
  model = zm_assessment_get_model (assessment);
  result = zm_score_assessment (assessment);
  for (guint i = 0; i < result->n_pillars; i++)
    n_included += result->pillars[i].included ? 1 : 0;

  self->content->chart = zm_radar_data_new_for_assessment (assessment, previous);
  self->content->checklist = zm_checklist_data_new_for_assessment (assessment);
  set_metadata (self, assessment);

  add_summary (self->content, assessment, result, n_included);
  add_pillars (self->content, model, result);
  zm_report_add_team (self->content, assessment, result);
  add_advice (self->content, assessment, result);
  add_checklist (self->content, assessment, options->include_notes);
  if (options->include_notes)
    add_notes (self->content, assessment);

  return g_steal_pointer (&self);
}

ZmReport *
zm_report_new (ZmAssessment *assessment,
               ZmAssessment *previous)
{
  return zm_report_new_with_options (assessment, previous, NULL);
}

guint
zm_report_get_n_pages (ZmReport *self,
                       double    width_pt,
                       double    height_pt)
{
  g_return_val_if_fail (ZM_IS_REPORT (self), 0);
  g_return_val_if_fail (width_pt > 0 && height_pt > 0, 0);

  zm_report_content_paginate (self->content, width_pt, height_pt);

  return self->content->pages->len;
}

void
zm_report_draw_page (ZmReport *self,
                     cairo_t  *cr,
                     guint     page,
                     double    width_pt,
                     double    height_pt)
{
  g_return_if_fail (ZM_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width_pt > 0 && height_pt > 0);

  zm_report_content_paginate (self->content, width_pt, height_pt);
  g_return_if_fail (page < self->content->pages->len);

  zm_report_content_draw_page (self->content, cr, page);
}

double
zm_report_get_page_width (ZmReport *self)
{
  g_return_val_if_fail (ZM_IS_REPORT (self), 0);

  return self->page_width;
}

double
zm_report_get_page_height (ZmReport *self)
{
  g_return_val_if_fail (ZM_IS_REPORT (self), 0);

  return self->page_height;
}

const char *
zm_report_get_title (ZmReport *self)
{
  g_return_val_if_fail (ZM_IS_REPORT (self), NULL);

  return self->title;
}

const char *
zm_report_get_author (ZmReport *self)
{
  g_return_val_if_fail (ZM_IS_REPORT (self), NULL);

  return self->author;
}

const char *
zm_report_get_subject (ZmReport *self)
{
  g_return_val_if_fail (ZM_IS_REPORT (self), NULL);

  return self->subject;
}
