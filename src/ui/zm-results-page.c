/* zm-results-page.c: the chart and the result per pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zm-accessible.h"
#include "zm-chart-view.h"
#include "zm-document.h"
#include "zm-render-text.h"
#include "zm-results-page.h"
#include "zm-scoring.h"
#include "zm-team-section.h"
#include "zm-window.h"

/* How many of the next stage's statements the advice lists. */
#define N_WEAKEST 3

/* The widgets of one pillar, made once per assessment and updated from
 * each new result, so a focused chooser is never replaced under the user. */
typedef struct {
  ZmResultsPage  *page;
  ZmPillar       *pillar;
  guint           index;
  GtkWidget      *group;
  AdwActionRow   *summary_row;
  GtkWidget      *profile;
  GtkWidget      *indicative_tag;
  AdwComboRow    *target_row;
  AdwExpanderRow *advice_row;
  GPtrArray      *advice_children;
  /* The advice rows are made when the advice is first opened, and again
   * after a change only while it is open. */
  gboolean        advice_stale;
} PillarRows;

struct _ZmResultsPage
{
  AdwBin               parent_instance;

  ZmAssessment        *assessment;
  ZmAssessment        *previous;
  ZmResult            *result;
  ZmResult            *previous_result;
  guint                update_source;
  GCancellable        *load_cancellable;
  GtkFileChooserNative *chooser;
  GPtrArray           *pillar_rows;
  /* The pillars' sections are made after the page is first drawn, one per
   * main loop iteration: the overall result and the chart come first. */
  guint                pillars_source;
  GPtrArray           *gap_rows;

  GtkLabel            *overall_label;
  GtkLabel            *overall_detail_label;
  GtkLabel            *score_help_link;
  ZmChartView         *chart;
  GtkLabel            *compare_label;
  GtkWidget           *compare_button;
  GtkWidget           *clear_compare_button;
  AdwPreferencesGroup *gaps_group;
  GtkBox              *pillars_box;
  ZmTeamSection       *team_section;
};

G_DEFINE_FINAL_TYPE (ZmResultsPage, zm_results_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void load_previous (ZmResultsPage *self, GFile *file, gboolean chosen);

GtkWidget *
zm_results_page_new (void)
{
  return g_object_new (ZM_TYPE_RESULTS_PAGE, NULL);
}

ZmAssessment *
zm_results_page_get_assessment (ZmResultsPage *self)
{
  g_return_val_if_fail (ZM_IS_RESULTS_PAGE (self), NULL);

  return self->assessment;
}

ZmAssessment *
zm_results_page_get_previous (ZmResultsPage *self)
{
  g_return_val_if_fail (ZM_IS_RESULTS_PAGE (self), NULL);

  return self->previous;
}

/* Formatting -------------------------------------------------------------- */

/* Two decimals in the user's locale ("2,24" in Dutch), as the summary on
 * the command line shows them. */
static char *
format_score (double score)
{
  return zm_ui_format_score (score);
}

static const char *
stage_name (ZmResultsPage *self,
            guint          stage)
{
  if (stage < 1 || stage > ZM_N_STAGES)
    return "";
  return zm_model_get_stage_name (zm_assessment_get_model (self->assessment), stage);
}

static char *
format_summary_title (ZmResultsPage        *self,
                      const ZmPillarResult *pr)
{
  g_autofree char *score = NULL;

  if (!pr->included)
    return g_strdup (_("Not assessed"));
  if (!pr->determined)
    return g_strdup (_("Not determined"));

  score = format_score (pr->score);
  /* Translators: a pillar's result: stage name and score, e.g. "Defined · 2.4" */
  return g_strdup_printf (_("%s · %s"), stage_name (self, pr->stage), score);
}

static char *
format_not_determined (guint rated)
{
  /* All ratings 0 is an answer too: say so, rather than asking for one. */
  if (rated > 0)
    return g_strdup (_("No stage fits: every statement rated so far does not apply at all."));
  return g_strdup (_("Rate at least one statement of this pillar from 0 to 4 to see its stage."));
}

static void
append_completeness (GString              *text,
                     ZmAssessment         *assessment,
                     const ZmPillarResult *pr,
                     guint                 rated,
                     guint                 total)
{
  guint answered = zm_assessment_count_answered (assessment, pr->pillar, 0);
  /* A team document has no answers of its own: its ratings are the team's. */
  guint dont_know = answered > rated ? answered - rated : 0;

  /* Translators: completeness of a pillar; "rated" means 0 to 4, not "don't know", e.g. "18 of 24 statements rated (75%)" */
  g_string_append_printf (text, ngettext ("%u of %u statement rated (%.0f%%)",
                                          "%u of %u statements rated (%.0f%%)", total),
                          rated, total, round (pr->completeness * 100.0));
  if (dont_know > 0)
    /* Translators: appended to a pillar's completeness, e.g. " · 2 don't know" */
    g_string_append_printf (text, ngettext (" · %u don't know", " · %u don't know", dont_know),
                            dont_know);
}

static char *
format_summary_subtitle (ZmResultsPage        *self,
                         const ZmPillarResult *pr,
                         const ZmPillarResult *before)
{
  GString *text = g_string_new (NULL);
  guint rated = 0, total = 0;

  if (!pr->included)
    {
      g_string_append (text, _("This pillar is left out of the assessment."));
      return g_string_free (text, FALSE);
    }

  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      rated += pr->answered[s];
      total += pr->total[s];
    }
  if (!pr->determined)
    {
      g_string_free (text, TRUE);
      return format_not_determined (rated);
    }

  append_completeness (text, self->assessment, pr, rated, total);
  if (before != NULL && before->determined)
    {
      g_autofree char *was = format_score (before->score);
      g_autofree char *change = zm_render_format_change (zm_score_for_display (pr->score) -
                                                         zm_score_for_display (before->score));

      /* Translators: appended to a pillar's result when comparing, e.g. " · was 2.10, change +0.31" */
      g_string_append_printf (text, _(" · was %s, change %s"), was, change);
    }
  if (pr->unclear)
    /* Translators: appended to a pillar's result when its stages fit about equally */
    g_string_append (text, _(" · unclear profile: every stage fits about equally, so the score says little"));
  return g_string_free (text, FALSE);
}

/* The distance from the score as shown to the target, so that the two
 * figures on screen add up. */
static char *
format_gap_value (const ZmPillarResult *pr)
{
  return g_strdup_printf ("%.2f", pr->target - zm_score_for_display (pr->score));
}

static char *
format_gap (const ZmPillarResult *pr)
{
  g_autofree char *gap = NULL;

  if (pr->target == 0)
    return g_strdup (_("No target set"));
  if (!pr->determined || isnan (pr->gap))
    return g_strdup (_("Gap unknown until the pillar is determined"));
  if (pr->target - zm_score_for_display (pr->score) <= 0.0)
    return g_strdup (_("Target reached"));

  gap = format_gap_value (pr);
  /* Translators: distance from the score to the target stage, e.g. "Gap: 0.6 stage" */
  return g_strdup_printf (_("Gap: %s stage"), gap);
}

/* One pillar ---------------------------------------------------------------- */

static void
pillar_rows_free (gpointer data)
{
  PillarRows *rows = data;

  /* The widgets may outlive the rows while GTK still holds them. */
  g_signal_handlers_disconnect_by_data (rows->target_row, rows);
  g_signal_handlers_disconnect_by_data (rows->advice_row, rows);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (rows->profile), NULL, NULL, NULL);
  g_clear_pointer (&rows->advice_children, g_ptr_array_unref);
  g_clear_object (&rows->group);
  g_free (rows);
}

static void
draw_profile (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PillarRows *rows = user_data;
  ZmResultsPage *self = rows->page;

  if (self->result == NULL || rows->index >= self->result->n_pillars)
    return;

  zm_ui_draw_profile (GTK_WIDGET (area), cr, &self->result->pillars[rows->index],
                      width, height);
}

static void
on_target_selected (AdwComboRow *row,
                    GParamSpec  *pspec,
                    PillarRows  *rows)
{
  ZmResultsPage *self = rows->page;
  guint selected = adw_combo_row_get_selected (row);

  if (self->assessment == NULL || selected > ZM_N_STAGES)
    return;

  zm_assessment_set_target (self->assessment, zm_pillar_get_id (rows->pillar), selected);
}

static AdwComboRow *
create_target_row (ZmResultsPage *self,
                   PillarRows    *rows)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  gtk_string_list_append (list, C_("target stage", "None"));
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    gtk_string_list_append (list, stage_name (self, s));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Target stage"));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  zm_accessible_combo_row_name_choices (GTK_WIDGET (row));
  adw_combo_row_set_selected (row, zm_assessment_get_target (self->assessment,
                                                             zm_pillar_get_id (rows->pillar)));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_target_selected), rows);
  gtk_widget_set_name (GTK_WIDGET (row), "target");
  return row;
}

static GtkWidget *
create_profile_area (PillarRows *rows)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 96);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 48);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (area, 6);
  gtk_widget_set_margin_bottom (area, 6);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_profile, rows, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stage profile"),
                                  -1);
  return area;
}

static GtkWidget *
create_indicative_tag (void)
{
  GtkWidget *tag = gtk_label_new (_("Indicative"));

  gtk_widget_set_name (tag, "indicative");
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (tag, _("Fewer than half of this pillar's statements are answered"));
  gtk_widget_add_css_class (tag, "caption-heading");
  gtk_widget_add_css_class (tag, "warning");
  return tag;
}

static void on_advice_expanded (AdwExpanderRow *row,
                                GParamSpec     *pspec,
                                PillarRows     *rows);

static PillarRows *
create_pillar_rows (ZmResultsPage *self,
                    ZmPillar      *pillar,
                    guint          index)
{
  PillarRows *rows = g_new0 (PillarRows, 1);
  GtkWidget *group;

  rows->page = self;
  rows->pillar = pillar;
  rows->index = index;
  rows->advice_children = g_ptr_array_new ();

  rows->group = g_object_ref_sink (zm_ui_section_new (zm_pillar_get_name (pillar), NULL, &group));
  gtk_widget_set_name (rows->group, zm_pillar_get_id (pillar));

  rows->summary_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->summary_row), FALSE);
  adw_action_row_set_subtitle_lines (rows->summary_row, 0);
  adw_action_row_set_title_lines (rows->summary_row, 0);
  gtk_widget_set_name (GTK_WIDGET (rows->summary_row), "summary");
  rows->profile = create_profile_area (rows);
  adw_action_row_add_prefix (rows->summary_row, rows->profile);
  rows->indicative_tag = create_indicative_tag ();
  adw_action_row_add_suffix (rows->summary_row, rows->indicative_tag);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (rows->summary_row));

  rows->target_row = create_target_row (self, rows);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (rows->target_row));

  rows->advice_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->advice_row), FALSE);
  zm_accessible_name_row_by_title (GTK_WIDGET (rows->advice_row));
  gtk_widget_set_name (GTK_WIDGET (rows->advice_row), "advice");
  g_signal_connect (rows->advice_row, "notify::expanded", G_CALLBACK (on_advice_expanded), rows);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (rows->advice_row));

  return rows;
}

/* Advice -------------------------------------------------------------------- */

static GtkWidget *
create_text_row (const char *title,
                 const char *icon_name,
                 const char *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_widget_add_css_class (icon, "dim-label");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  return row;
}

static GtkWidget *
create_caption_row (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
clear_advice (PillarRows *rows)
{
  for (guint i = 0; i < rows->advice_children->len; i++)
    adw_expander_row_remove (rows->advice_row, g_ptr_array_index (rows->advice_children, i));
  g_ptr_array_set_size (rows->advice_children, 0);
}

static void
add_advice_row (PillarRows *rows,
                GtkWidget  *row)
{
  adw_expander_row_add_row (rows->advice_row, row);
  g_ptr_array_add (rows->advice_children, row);
}

static int
compare_ratings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  ZmAssessment *assessment = user_data;
  ZmStatement *sa = *(ZmStatement **) a;
  ZmStatement *sb = *(ZmStatement **) b;

  return zm_assessment_get_rating (assessment, zm_statement_get_id (sa))
         - zm_assessment_get_rating (assessment, zm_statement_get_id (sb));
}

/* The next stage's statements that fit least: what to work on. */
static guint
add_weakest_statements (ZmResultsPage *self,
                        PillarRows    *rows,
                        ZmStage       *next)
{
  GListModel *statements = zm_stage_get_statements (next);
  g_autoptr(GPtrArray) rated = g_ptr_array_new_with_free_func (g_object_unref);
  guint added = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      ZmStatement *statement = g_list_model_get_item (statements, i);
      ZmRating rating = zm_assessment_get_rating (self->assessment,
                                                  zm_statement_get_id (statement));

      if (ZM_RATING_IS_SCORED (rating) && rating < ZM_RATING_3)
        g_ptr_array_add (rated, statement);
      else
        g_object_unref (statement);
    }
  g_ptr_array_sort_with_data (rated, compare_ratings, self->assessment);
  if (rated->len > 0)
    add_advice_row (rows, create_caption_row (_("Statements of the next stage that fit least so far")));

  for (guint i = 0; i < rated->len && added < N_WEAKEST; i++, added++)
    {
      ZmStatement *statement = g_ptr_array_index (rated, i);
      ZmRating rating = zm_assessment_get_rating (self->assessment,
                                                  zm_statement_get_id (statement));
      ZmModel *model = zm_assessment_get_model (self->assessment);

      add_advice_row (rows, create_text_row (zm_statement_get_text (statement),
                                             "dialog-warning-symbolic",
                                             zm_model_get_rating_label (model, rating)));
    }
  return added;
}

/* The rows inside the advice: what to do next, and the statements that
 * hold the pillar back. */
static void
fill_advice (ZmResultsPage *self,
             PillarRows    *rows)
{
  const ZmPillarResult *pr;
  ZmStage *stage, *next;
  const char * const *actions;
  guint n_actions = 0, n_weak;

  clear_advice (rows);
  rows->advice_stale = FALSE;
  if (self->result == NULL || rows->index >= self->result->n_pillars)
    return;
  pr = &self->result->pillars[rows->index];
  if (!pr->included || !pr->determined || pr->stage >= ZM_N_STAGES)
    return;

  stage = zm_pillar_get_stage (rows->pillar, pr->stage);
  next = zm_pillar_get_stage (rows->pillar, pr->stage + 1);
  actions = zm_stage_get_advice (stage);
  for (; actions != NULL && actions[n_actions] != NULL; n_actions++)
    add_advice_row (rows, create_text_row (actions[n_actions], "go-next-symbolic", NULL));

  n_weak = add_weakest_statements (self, rows, next);
  if (n_actions == 0 && n_weak == 0)
    add_advice_row (rows, create_text_row (_("Answer more statements of the next stage to get advice."),
                                           NULL, NULL));
}

static void
on_advice_expanded (AdwExpanderRow *row,
                    GParamSpec     *pspec,
                    PillarRows     *rows)
{
  if (adw_expander_row_get_expanded (row) && rows->advice_stale)
    fill_advice (rows->page, rows);
}

static void
update_advice (ZmResultsPage        *self,
               PillarRows           *rows,
               const ZmPillarResult *pr)
{
  g_autofree char *title = NULL;
  ZmStage *next;

  gtk_widget_set_visible (GTK_WIDGET (rows->advice_row), pr->included && pr->determined);
  if (!pr->included || !pr->determined)
    {
      clear_advice (rows);
      return;
    }

  if (pr->stage >= ZM_N_STAGES)
    {
      clear_advice (rows);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->advice_row),
                                     _("Highest stage reached"));
      adw_expander_row_set_subtitle (rows->advice_row,
                                     _("Keep measuring, learning and improving."));
      adw_expander_row_set_enable_expansion (rows->advice_row, FALSE);
      return;
    }

  next = zm_pillar_get_stage (rows->pillar, pr->stage + 1);
  /* Translators: heading of the advice for a pillar, e.g. "To reach Organised" */
  title = g_strdup_printf (_("To reach %s"), zm_stage_get_name (next));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->advice_row), title);
  adw_expander_row_set_subtitle (rows->advice_row, zm_stage_get_subtitle (next));
  adw_expander_row_set_enable_expansion (rows->advice_row, TRUE);

  rows->advice_stale = TRUE;
  if (adw_expander_row_get_expanded (rows->advice_row))
    fill_advice (self, rows);
}

static void
update_pillar_rows (ZmResultsPage *self,
                    PillarRows    *rows)
{
  const ZmPillarResult *pr = &self->result->pillars[rows->index];
  const ZmPillarResult *before = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *gap = NULL;

  if (self->previous_result != NULL && rows->index < self->previous_result->n_pillars)
    before = &self->previous_result->pillars[rows->index];

  title = format_summary_title (self, pr);
  subtitle = format_summary_subtitle (self, pr, before);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->summary_row), title);
  adw_action_row_set_subtitle (rows->summary_row, subtitle);
  gtk_widget_set_visible (rows->indicative_tag, pr->included && pr->determined && pr->indicative);
  gtk_widget_set_visible (rows->profile, pr->included);
  gtk_widget_queue_draw (rows->profile);

  gtk_widget_set_visible (GTK_WIDGET (rows->target_row), pr->included);
  g_signal_handlers_block_by_func (rows->target_row, on_target_selected, rows);
  adw_combo_row_set_selected (rows->target_row, pr->target);
  g_signal_handlers_unblock_by_func (rows->target_row, on_target_selected, rows);
  gap = format_gap (pr);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (rows->target_row), gap);

  update_advice (self, rows, pr);
}

/* Gaps ------------------------------------------------------------------------ */

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const ZmPillarResult *pa = *(const ZmPillarResult **) a;
  const ZmPillarResult *pb = *(const ZmPillarResult **) b;

  if (pa->gap > pb->gap)
    return -1;
  if (pa->gap < pb->gap)
    return 1;
  return 0;
}

static void
add_gap_row (ZmResultsPage *self,
             GtkWidget     *row)
{
  adw_preferences_group_add (self->gaps_group, row);
  g_ptr_array_add (self->gap_rows, row);
}

static GtkWidget *
create_gap_row (ZmResultsPage        *self,
                const ZmPillarResult *pr)
{
  g_autofree char *score = format_score (pr->score);
  g_autofree char *gap = format_gap_value (pr);
  g_autofree char *suffix = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = create_text_row (zm_pillar_get_name (pr->pillar), NULL, NULL);
  GtkWidget *label;

  /* Translators: how far a pillar is below its target, in stages, e.g. "0.92 stage" */
  suffix = g_strdup_printf (_("%s stage"), gap);
  /* Short, and read as one figure: never broken over two lines. */
  label = gtk_label_new (suffix);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  /* Translators: a row of the biggest gaps, e.g. "Now Defined (2.4), target Optimised" */
  subtitle = g_strdup_printf (_("Now %s (%s), target %s"),
                              stage_name (self, pr->stage), score,
                              stage_name (self, pr->target));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
update_gaps (ZmResultsPage *self)
{
  g_autoptr(GPtrArray) gaps = g_ptr_array_new ();
  gboolean any_target = FALSE;

  for (guint i = 0; i < self->gap_rows->len; i++)
    adw_preferences_group_remove (self->gaps_group, g_ptr_array_index (self->gap_rows, i));
  g_ptr_array_set_size (self->gap_rows, 0);

  for (guint i = 0; i < self->result->n_pillars; i++)
    {
      const ZmPillarResult *pr = &self->result->pillars[i];

      any_target |= pr->included && pr->target > 0;
      if (pr->included && pr->determined && pr->target > 0 &&
          pr->target - zm_score_for_display (pr->score) > 0.0)
        g_ptr_array_add (gaps, (gpointer) pr);
    }
  g_ptr_array_sort (gaps, compare_gaps);

  for (guint i = 0; i < gaps->len; i++)
    add_gap_row (self, create_gap_row (self, g_ptr_array_index (gaps, i)));

  if (gaps->len == 0)
    add_gap_row (self, create_text_row (any_target
                                        ? _("Every determined pillar has reached its target.")
                                        : _("Choose a target stage for a pillar below to see its gap."),
                                        NULL, NULL));
}

/* The whole page ---------------------------------------------------------------- */

static void
update_overall (ZmResultsPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  guint n_included = 0;

  for (guint i = 0; i < self->result->n_pillars; i++)
    n_included += self->result->pillars[i].included;

  if (self->result->n_determined == 0)
    {
      title = g_strdup (_("Not determined yet"));
      detail = g_strdup (_("Answer statements on the pillar pages to see where marketing stands."));
    }
  else
    {
      g_autofree char *score = format_score (self->result->overall);

      /* Translators: the overall result, e.g. "Overall: Defined (2.4)" */
      title = g_strdup_printf (_("Overall: %s (%s)"),
                               stage_name (self, self->result->overall_stage), score);
      /* Translators: under the overall result, e.g. "5 of 6 pillars determined" */
      detail = g_strdup_printf (ngettext ("%u of %u pillar determined",
                                          "%u of %u pillars determined", n_included),
                                self->result->n_determined, n_included);
    }

  gtk_label_set_text (self->overall_label, title);
  gtk_label_set_text (self->overall_detail_label, detail);
}

static void
update (ZmResultsPage *self)
{
  g_clear_pointer (&self->result, zm_result_free);
  if (self->assessment == NULL)
    return;

  self->result = zm_score_assessment (self->assessment);
  update_overall (self);
  update_gaps (self);
  for (guint i = 0; i < self->pillar_rows->len; i++)
    update_pillar_rows (self, g_ptr_array_index (self->pillar_rows, i));
}

static gboolean
update_idle (gpointer user_data)
{
  ZmResultsPage *self = user_data;

  self->update_source = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* Many changes in a row (a loaded document, a quick series of clicks) give
 * one update. */
static void
on_assessment_changed (ZmResultsPage *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle, self, NULL);
}

/* Adds the next pillar's section; FALSE when every pillar has one. */
static gboolean
add_next_pillar (ZmResultsPage *self)
{
  ZmModel *model = zm_assessment_get_model (self->assessment);
  guint i = self->pillar_rows->len;
  PillarRows *rows;

  if (i >= zm_model_get_n_pillars (model))
    return FALSE;

  rows = create_pillar_rows (self, zm_model_get_pillar (model, i), i);
  g_ptr_array_add (self->pillar_rows, rows);
  gtk_box_append (self->pillars_box, rows->group);
  if (self->result != NULL)
    update_pillar_rows (self, rows);

  return i + 1 < zm_model_get_n_pillars (model);
}

static gboolean
build_pillars_idle (gpointer user_data)
{
  ZmResultsPage *self = user_data;

  if (add_next_pillar (self))
    return G_SOURCE_CONTINUE;

  self->pillars_source = 0;
  return G_SOURCE_REMOVE;
}

static void
rebuild_pillars (ZmResultsPage *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->pillars_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pillars_box))) != NULL)
    gtk_box_remove (self->pillars_box, child);
  g_ptr_array_set_size (self->pillar_rows, 0);

  if (self->assessment != NULL)
    self->pillars_source = g_idle_add (build_pillars_idle, self);
}

/* Comparing ---------------------------------------------------------------------- */

static void
update_compare_label (ZmResultsPage *self,
                      const char    *problem)
{
  const char *uri = self->assessment != NULL ? zm_assessment_get_previous_uri (self->assessment) : NULL;
  g_autofree char *text = NULL;

  if (problem != NULL)
    text = g_strdup (problem);
  else if (self->previous != NULL && uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *name = g_file_get_basename (file);
      const char *date = zm_assessment_get_date (self->previous);

      /* Translators: which earlier assessment the chart shows, e.g. "Compared with 2025.zmscan (2025-03-01)" */
      text = date != NULL ? g_strdup_printf (_("Compared with %s (%s)"), name, date)
                          : g_strdup_printf (_("Compared with %s"), name);
    }
  else
    text = g_strdup (_("Compare with an earlier assessment to see the progress on the chart."));

  gtk_label_set_text (self->compare_label, text);
  gtk_widget_set_visible (self->clear_compare_button, self->previous != NULL || uri != NULL);
}

static void
set_previous (ZmResultsPage *self,
              ZmAssessment  *previous)
{
  g_set_object (&self->previous, previous);
  g_clear_pointer (&self->previous_result, zm_result_free);
  if (previous != NULL)
    self->previous_result = zm_score_assessment (previous);
  zm_chart_view_set_previous (self->chart, previous);
}

typedef struct {
  ZmResultsPage *self;
  GFile         *file;
  gboolean       chosen;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data);
}

static void
on_previous_loaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  LoadData *data = user_data;
  ZmResultsPage *self = data->self;
  g_autoptr(ZmAssessment) previous = NULL;
  g_autoptr(GError) error = NULL;

  previous = zm_document_load_finish (result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->assessment == NULL)
    {
      load_data_free (data);
      return;
    }

  if (previous == NULL)
    {
      GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ZM_TYPE_WINDOW);

      if (data->chosen && window != NULL)
        zm_window_show_error (ZM_WINDOW (window), _("Could not compare with this assessment"), error);
      update_compare_label (self, error->message);
      load_data_free (data);
      return;
    }

  if (data->chosen)
    {
      g_autofree char *uri = g_file_get_uri (data->file);

      zm_assessment_set_previous_uri (self->assessment, uri);
    }
  set_previous (self, previous);
  update_compare_label (self, NULL);
  update (self);
  load_data_free (data);
}

static void
load_previous (ZmResultsPage *self,
               GFile         *file,
               gboolean       chosen)
{
  LoadData *data = g_new0 (LoadData, 1);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->chosen = chosen;
  zm_document_load_async (file, zm_assessment_get_model (self->assessment),
                          self->load_cancellable, on_previous_loaded, data);
}

/* A previous-uri saved in the document is followed when the file is there. */
static void
load_recorded_previous (ZmResultsPage *self)
{
  const char *uri = zm_assessment_get_previous_uri (self->assessment);
  g_autoptr(GFile) file = NULL;

  if (uri == NULL)
    return;

  file = g_file_new_for_uri (uri);
  if (g_file_query_exists (file, NULL))
    load_previous (self, file, FALSE);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  ZmResultsPage *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->assessment != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      load_previous (self, file, TRUE);
    }

  g_clear_object (&self->chooser);
}

static void
on_compare_clicked (ZmResultsPage *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->assessment == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Compare With an Earlier Assessment"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Compare"), NULL);
  gtk_file_filter_set_name (filter, _("Assessments"));
  gtk_file_filter_add_mime_type (filter, ZM_DOCUMENT_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "zmscan");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_clear_compare_clicked (ZmResultsPage *self)
{
  g_cancellable_cancel (self->load_cancellable);
  set_previous (self, NULL);
  if (self->assessment != NULL)
    zm_assessment_set_previous_uri (self->assessment, NULL);
  update_compare_label (self, NULL);
  update (self);
}

void
zm_results_page_set_assessment (ZmResultsPage *self,
                                ZmAssessment  *assessment)
{
  g_return_if_fail (ZM_IS_RESULTS_PAGE (self));
  g_return_if_fail (assessment == NULL || ZM_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, on_assessment_changed, self);
  g_set_object (&self->assessment, assessment);
  if (assessment != NULL)
    g_signal_connect_swapped (assessment, "changed", G_CALLBACK (on_assessment_changed), self);

  set_previous (self, NULL);
  zm_chart_view_set_assessment (self->chart, assessment);
  zm_team_section_set_assessment (self->team_section, assessment);
  rebuild_pillars (self);
  update (self);
  update_compare_label (self, NULL);
  gtk_widget_set_sensitive (self->compare_button, assessment != NULL);
  if (assessment != NULL)
    load_recorded_previous (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

static void
zm_results_page_dispose (GObject *object)
{
  ZmResultsPage *self = ZM_RESULTS_PAGE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  zm_results_page_set_assessment (self, NULL);
  g_clear_object (&self->load_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZM_TYPE_RESULTS_PAGE);

  G_OBJECT_CLASS (zm_results_page_parent_class)->dispose (object);
}

static void
zm_results_page_finalize (GObject *object)
{
  ZmResultsPage *self = ZM_RESULTS_PAGE (object);

  g_clear_pointer (&self->pillar_rows, g_ptr_array_unref);
  g_clear_pointer (&self->gap_rows, g_ptr_array_unref);
  g_clear_pointer (&self->result, zm_result_free);
  g_clear_pointer (&self->previous_result, zm_result_free);

  G_OBJECT_CLASS (zm_results_page_parent_class)->finalize (object);
}

static void
zm_results_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZmResultsPage *self = ZM_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_results_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ZmResultsPage *self = ZM_RESULTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      zm_results_page_set_assessment (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The link opens the help window through the window's action; the markup
 * stays out of the translatable text. */
static gboolean
on_score_help_link (ZmResultsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-score-help", NULL);
  return TRUE;
}

static void
setup_score_help_link (ZmResultsPage *self)
{
  g_autofree char *markup = g_markup_printf_escaped ("<a href=\"help:score\">%s</a>",
                                                     _("How the score works"));

  gtk_label_set_markup (self->score_help_link, markup);
}

static void
zm_results_page_class_init (ZmResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_results_page_dispose;
  object_class->finalize = zm_results_page_finalize;
  object_class->get_property = zm_results_page_get_property;
  object_class->set_property = zm_results_page_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ZM_TYPE_CHART_VIEW);
  g_type_ensure (ZM_TYPE_TEAM_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/zm-results-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, overall_label);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, overall_detail_label);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, score_help_link);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, chart);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, compare_label);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, compare_button);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, clear_compare_button);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, pillars_box);
  gtk_widget_class_bind_template_child (widget_class, ZmResultsPage, team_section);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_compare_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_score_help_link);
}

static void
zm_results_page_init (ZmResultsPage *self)
{
  self->pillar_rows = g_ptr_array_new_with_free_func (pillar_rows_free);
  self->gap_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  zm_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
  setup_score_help_link (self);
  update_compare_label (self, NULL);
  gtk_widget_set_sensitive (self->compare_button, FALSE);
}
