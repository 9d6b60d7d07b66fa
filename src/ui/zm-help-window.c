/* zm-help-window.c: how the score works, in plain words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same explanation as the README's "How the score is computed". The
 * rating labels and stage names are the model's; the worked example is
 * scored by zm_score_pillar(), so its figures cannot drift from the rule.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-chart-view.h"
#include "zm-help-window.h"
#include "zm-scoring.h"

struct _ZmHelpWindow
{
  AdwWindow            parent_instance;

  ZmModel             *model;

  AdwPreferencesGroup *ratings_group;
  AdwPreferencesGroup *score_group;
  AdwPreferencesGroup *stages_group;
};

G_DEFINE_FINAL_TYPE (ZmHelpWindow, zm_help_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ZmHelpWindow *
zm_help_window_new (GtkWindow *parent,
                    ZmModel   *model)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);

  return g_object_new (ZM_TYPE_HELP_WINDOW,
                       "transient-for", parent,
                       "model", model,
                       NULL);
}

ZmModel *
zm_help_window_get_model (ZmHelpWindow *self)
{
  g_return_val_if_fail (ZM_IS_HELP_WINDOW (self), NULL);

  return self->model;
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
add_rating_row (ZmHelpWindow *self,
                ZmRating      rating)
{
  const char *label = zm_model_get_rating_label (self->model, rating);
  g_autofree char *title = NULL;

  if (ZM_RATING_IS_SCORED (rating))
    title = g_strdup_printf ("%d · %s", (int) rating, label);
  else
    title = g_strdup (label);

  adw_preferences_group_add (self->ratings_group,
                             create_row (title, zm_model_get_rating_help (self->model, rating)));
}

static const char *
stage_meaning (guint stage)
{
  switch (stage)
    {
    case 1:
      return _("Marketing is a loose activity, used when a need comes up and mostly limited to communication.");
    case 2:
      return _("A broader view of marketing takes shape: brand, client experience and recruitment get attention, but not yet in a structured way.");
    case 3:
      return _("Marketing is a professional, strategic function with plans, clear goals and close cooperation with other departments.");
    case 4:
      return _("Marketing is an organisation-wide process that is measured, learned from and improved all the time.");
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
format_fit (double fit)
{
  return g_strdup_printf ("%.2f", fit);
}

/* "(1 × 0.25 + 2 × 0.75 + …) ÷ (0.25 + 0.75 + …) = 2.17": numbers and
 * symbols only, so nothing in it needs translating. */
static char *
format_formula (const ZmPillarResult *result)
{
  GString *weighed = g_string_new ("(");
  GString *weights = g_string_new ("(");
  g_autofree char *score = zm_ui_format_score (result->score);

  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      g_autofree char *fit = format_fit (result->fit[s]);
      const char *plus = s + 1 < ZM_N_STAGES ? " + " : ")";

      g_string_append_printf (weighed, "%u × %s%s", s + 1, fit, plus);
      g_string_append_printf (weights, "%s%s", fit, plus);
    }

  g_string_append_printf (weighed, " ÷ %s = %s", weights->str, score);
  g_string_free (weights, TRUE);
  return g_string_free (weighed, FALSE);
}

/* One statement per stage, rated 1, 3, 2 and 0: fits of 25, 75, 50 and
 * 0 %, a score just above 2, so the example shows the weighing and the
 * rounding at once. */
static void
add_example (ZmHelpWindow *self)
{
  static const double ratings[ZM_N_STAGES] = { 1, 3, 2, 0 };
  static const guint stages[ZM_N_STAGES] = { 1, 2, 3, 4 };
  g_autofree char *fits = NULL;
  g_autofree char *formula = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *score = NULL;
  char percent[ZM_N_STAGES][16];
  ZmPillarResult result = { 0 };

  zm_score_pillar (ratings, stages, ZM_N_STAGES, 0, &result);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    g_snprintf (percent[s], sizeof percent[s], "%.0f%%", result.fit[s] * 100.0);

  /* Translators: the worked example in the help, e.g. "Stage 1 fits 25%, stage 2 75%, stage 3 50% and stage 4 0%." */
  fits = g_strdup_printf (_("Stage 1 fits %s, stage 2 %s, stage 3 %s and stage 4 %s."),
                          percent[0], percent[1], percent[2], percent[3]);
  formula = format_formula (&result);
  score = zm_ui_format_score (result.score);
  /* Translators: the outcome of the worked example, e.g. "The score 2.17 rounds to stage 2, Defined." */
  outcome = g_strdup_printf (_("The score %s rounds to stage %u, %s."), score, result.stage,
                             zm_model_get_stage_name (self->model, result.stage));

  adw_preferences_group_add (self->score_group, create_row (_("Example"), fits));
  adw_preferences_group_add (self->score_group, create_row (formula, outcome));
}

static void
zm_help_window_constructed (GObject *object)
{
  ZmHelpWindow *self = ZM_HELP_WINDOW (object);

  G_OBJECT_CLASS (zm_help_window_parent_class)->constructed (object);

  g_assert (self->model != NULL);

  for (ZmRating rating = ZM_RATING_0; rating <= ZM_RATING_4; rating++)
    add_rating_row (self, rating);
  add_rating_row (self, ZM_RATING_DONT_KNOW);

  add_example (self);

  for (guint stage = 1; stage <= ZM_N_STAGES; stage++)
    {
      g_autofree char *title = g_strdup_printf ("%u · %s", stage,
                                                zm_model_get_stage_name (self->model, stage));

      adw_preferences_group_add (self->stages_group, create_row (title, stage_meaning (stage)));
    }
}

static void
zm_help_window_dispose (GObject *object)
{
  ZmHelpWindow *self = ZM_HELP_WINDOW (object);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (zm_help_window_parent_class)->dispose (object);
}

static void
zm_help_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZmHelpWindow *self = ZM_HELP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_help_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ZmHelpWindow *self = ZM_HELP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_help_window_class_init (ZmHelpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = zm_help_window_constructed;
  object_class->dispose = zm_help_window_dispose;
  object_class->get_property = zm_help_window_get_property;
  object_class->set_property = zm_help_window_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, ZM_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/zm-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmHelpWindow, ratings_group);
  gtk_widget_class_bind_template_child (widget_class, ZmHelpWindow, score_group);
  gtk_widget_class_bind_template_child (widget_class, ZmHelpWindow, stages_group);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zm_help_window_init (ZmHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
