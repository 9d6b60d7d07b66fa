/* zm-stage-page.c: the statements of one stage of one pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-accessible.h"
#include "zm-stage-page.h"
#include "zm-statement-row.h"

struct _ZmStagePage
{
  AdwBin             parent_instance;

  ZmAssessment      *assessment;
  ZmStage           *stage;

  GtkScrolledWindow *scroller;
  GtkLabel          *pillar_label;
  GtkLabel          *title_label;
  GtkLabel          *question_label;
  GtkLabel          *description_label;
  GtkLabel          *scale_label;
  GtkLabel          *progress_label;
  GtkLevelBar       *progress_bar;
  GtkListBox        *statements_list;
  GtkWidget         *next_button;
};

G_DEFINE_FINAL_TYPE (ZmStagePage, zm_stage_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_STAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
zm_stage_page_new (void)
{
  return g_object_new (ZM_TYPE_STAGE_PAGE, NULL);
}

ZmAssessment *
zm_stage_page_get_assessment (ZmStagePage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE_PAGE (self), NULL);

  return self->assessment;
}

ZmStage *
zm_stage_page_get_stage (ZmStagePage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE_PAGE (self), NULL);

  return self->stage;
}

static void
update_progress (ZmStagePage *self)
{
  g_autofree char *text = NULL;
  ZmPillar *pillar;
  guint answered, total;

  if (self->assessment == NULL || self->stage == NULL)
    return;

  pillar = zm_stage_get_pillar (self->stage);
  total = g_list_model_get_n_items (zm_stage_get_statements (self->stage));
  answered = zm_assessment_count_answered (self->assessment, pillar,
                                           zm_stage_get_number (self->stage));
  /* Translators: progress of one stage page, e.g. "3 of 7 statements answered" */
  text = g_strdup_printf (ngettext ("%u of %u statement answered",
                                    "%u of %u statements answered", total),
                          answered, total);
  gtk_label_set_text (self->progress_label, text);
  gtk_level_bar_set_value (self->progress_bar, total > 0 ? (double) answered / total : 0);
}

/* The page keeps its rows and shows the next stage's statements in them:
 * building a row (buttons, expander, text view) costs far more than
 * changing what it shows. */
static void
fill_rows (ZmStagePage *self)
{
  ZmModel *model = zm_assessment_get_model (self->assessment);
  GListModel *statements = zm_stage_get_statements (self->stage);
  guint n = g_list_model_get_n_items (statements);
  GtkListBoxRow *row;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);
      ZmAnswer *answer = zm_assessment_get_answer (self->assessment, zm_statement_get_id (statement));

      row = gtk_list_box_get_row_at_index (self->statements_list, (int) i);
      if (row != NULL)
        zm_statement_row_set_statement (ZM_STATEMENT_ROW (row), model, statement, answer);
      else
        gtk_list_box_append (self->statements_list, zm_statement_row_new (model, statement, answer));
    }

  while ((row = gtk_list_box_get_row_at_index (self->statements_list, (int) n)) != NULL)
    gtk_list_box_remove (self->statements_list, GTK_WIDGET (row));
}

static void
remove_rows (ZmStagePage *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->statements_list, 0)) != NULL)
    gtk_list_box_remove (self->statements_list, GTK_WIDGET (row));
}

/* "Does not apply at all" reads as part of a sentence. */
static char *
lower_first (const char *label)
{
  g_autofree char *first = g_utf8_strdown (label, g_utf8_next_char (label) - label);

  return g_strconcat (first, g_utf8_next_char (label), NULL);
}

/* The scale and its keys, where the user starts rating: the buttons only
 * show digits. */
static void
update_scale (ZmStagePage *self,
              ZmModel     *model)
{
  g_autofree char *lowest = lower_first (zm_model_get_rating_label (model, ZM_RATING_0));
  g_autofree char *highest = lower_first (zm_model_get_rating_label (model, ZM_RATING_4));
  g_autofree char *text = NULL;

  /* Translators: under a stage page's title; the model's labels of ratings 0 and 4, e.g. "does not apply at all" and "fully applies" */
  text = g_strdup_printf (_("Rate each statement from 0 (%s) to 4 (%s). On the keyboard: 0–4, or ? for don't know, and on to the next."),
                          lowest, highest);
  gtk_label_set_text (self->scale_label, text);
}

static void
update_texts (ZmStagePage *self)
{
  ZmModel *model = zm_assessment_get_model (self->assessment);
  ZmPillar *pillar = zm_stage_get_pillar (self->stage);
  g_autofree char *pillar_text = NULL;
  g_autofree char *title = NULL;

  /* Translators: above a stage page: pillar name, its number and the stage number, e.g. "Innovation · pillar 3 of 6 · stage 2 of 4" */
  pillar_text = g_strdup_printf (_("%s · pillar %u of %u · stage %u of %u"),
                                 zm_pillar_get_name (pillar),
                                 zm_pillar_get_index (pillar) + 1,
                                 zm_model_get_n_pillars (model),
                                 zm_stage_get_number (self->stage), ZM_N_STAGES);
  /* Translators: the title of a stage page: stage name and this pillar's subtitle, e.g. "Defined: a broader view" */
  title = g_strdup_printf (_("%s: %s"), zm_stage_get_name (self->stage),
                           zm_stage_get_subtitle (self->stage));

  gtk_label_set_text (self->pillar_label, pillar_text);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->question_label, zm_pillar_get_question (pillar));
  gtk_label_set_text (self->description_label, zm_stage_get_description (self->stage));
  update_scale (self, model);
}

static void
rebuild (ZmStagePage *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  if (self->assessment == NULL || self->stage == NULL)
    {
      remove_rows (self);
      return;
    }

  update_texts (self);
  fill_rows (self);
  update_progress (self);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

void
zm_stage_page_set_assessment (ZmStagePage  *self,
                              ZmAssessment *assessment)
{
  g_return_if_fail (ZM_IS_STAGE_PAGE (self));
  g_return_if_fail (assessment == NULL || ZM_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, update_progress, self);
  g_set_object (&self->assessment, assessment);
  if (assessment != NULL)
    g_signal_connect_swapped (assessment, "changed", G_CALLBACK (update_progress), self);

  /* A stage of another document's model makes no sense with this one. */
  g_clear_object (&self->stage);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

void
zm_stage_page_set_stage (ZmStagePage *self,
                         ZmStage     *stage)
{
  g_return_if_fail (ZM_IS_STAGE_PAGE (self));
  g_return_if_fail (stage == NULL || ZM_IS_STAGE (stage));

  if (g_set_object (&self->stage, stage))
    {
      rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
    }
}

void
zm_stage_page_focus_first_row (ZmStagePage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (ZM_IS_STAGE_PAGE (self));

  row = gtk_list_box_get_row_at_index (self->statements_list, 0);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

void
zm_stage_page_focus_first_open_row (ZmStagePage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (ZM_IS_STAGE_PAGE (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->statements_list, i)) != NULL; i++)
    if (zm_answer_get_rating (zm_statement_row_get_answer (ZM_STATEMENT_ROW (row))) == ZM_RATING_UNANSWERED)
      {
        gtk_widget_grab_focus (GTK_WIDGET (row));
        return;
      }

  zm_stage_page_focus_first_row (self);
}

void
zm_stage_page_focus_statement (ZmStagePage *self,
                               ZmStatement *statement)
{
  GtkListBoxRow *row;

  g_return_if_fail (ZM_IS_STAGE_PAGE (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->statements_list, i)) != NULL; i++)
    if (zm_statement_row_get_statement (ZM_STATEMENT_ROW (row)) == statement)
      {
        gtk_widget_grab_focus (GTK_WIDGET (row));
        return;
      }
}

/* Rating the last statement with a key leaves the keyboard on Next, so
 * Enter goes on to the next page and the digits cannot change the last
 * answer by accident. */
static void
statements_done_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  gtk_widget_grab_focus (ZM_STAGE_PAGE (widget)->next_button);
}

static void
zm_stage_page_dispose (GObject *object)
{
  ZmStagePage *self = ZM_STAGE_PAGE (object);

  zm_stage_page_set_assessment (self, NULL);

  G_OBJECT_CLASS (zm_stage_page_parent_class)->dispose (object);
}

static void
zm_stage_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZmStagePage *self = ZM_STAGE_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_STAGE:
      g_value_set_object (value, self->stage);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_stage_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ZmStagePage *self = ZM_STAGE_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      zm_stage_page_set_assessment (self, g_value_get_object (value));
      break;
    case PROP_STAGE:
      zm_stage_page_set_stage (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_stage_page_class_init (ZmStagePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_stage_page_dispose;
  object_class->get_property = zm_stage_page_get_property;
  object_class->set_property = zm_stage_page_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAGE] =
    g_param_spec_object ("stage", NULL, NULL, ZM_TYPE_STAGE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/zm-stage-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, pillar_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, question_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, description_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, scale_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, statements_list);
  gtk_widget_class_bind_template_child (widget_class, ZmStagePage, next_button);

  gtk_widget_class_install_action (widget_class, "stage.statements-done", NULL, statements_done_action);
}

static void
zm_stage_page_init (ZmStagePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zm_accessible_name_mnemonic_buttons (GTK_WIDGET (self));
}
