/* zm-team-section.c: the team on the results page: respondents, and the
 * disagreements to discuss with the ratings the team agreed on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zm-chart-view.h"
#include "zm-scoring.h"
#include "zm-team.h"
#include "zm-team-section-private.h"

G_DEFINE_FINAL_TYPE (ZmTeamSection, zm_team_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
zm_team_section_new (void)
{
  return g_object_new (ZM_TYPE_TEAM_SECTION, NULL);
}

ZmAssessment *
zm_team_section_get_assessment (ZmTeamSection *self)
{
  g_return_val_if_fail (ZM_IS_TEAM_SECTION (self), NULL);

  return self->assessment;
}

void
zm_team_section_done (ZmTeamSection *self,
                      const char    *message)
{
  g_signal_emit (self, signals[DONE], 0, message);
}

/* --- the respondents ------------------------------------------------------ */

static char *
format_respondent (ZmAssessment *assessment,
                   ZmRespondent *respondent)
{
  g_autoptr(ZmResult) own = zm_score_respondent (assessment, respondent);
  g_autofree char *score = zm_ui_format_score (own->overall);
  double answered = round (zm_result_get_completeness (own) * 100);

  if (own->n_determined == 0)
    /* Translators: a respondent in the team: not determined, share of statements answered */
    return g_strdup_printf (_("Not determined · %.0f%% answered"), answered);
  /* Translators: a respondent in the team: overall score, share of statements answered */
  return g_strdup_printf (_("Overall %s · %.0f%% answered"), score, answered);
}

static GtkWidget *
create_respondent_row (ZmTeamSection *self,
                       ZmRespondent  *respondent,
                       guint          position)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = format_respondent (self->assessment, respondent);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zm_respondent_get_name (respondent));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  /* Translators: tooltip of the button that removes a respondent from the team */
  gtk_widget_set_tooltip_text (remove, _("Remove From the Team"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "team.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", position);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
add_row (ZmTeamSection       *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (group == self->respondents_group ? self->respondent_rows : self->agenda_rows, row);
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

/* Answers given on the stage pages of a team document belong to nobody
 * yet: they count once they are a respondent's. */
static GtkWidget *
create_own_answers_row (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Add as _Respondent"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("This document has answers of its own"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("They do not count in the team result until they are a respondent's."));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "team.take-own");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
fill_respondents (ZmTeamSection *self)
{
  GListModel *respondents = zm_assessment_get_respondents (self->assessment);
  guint n = g_list_model_get_n_items (respondents);

  adw_preferences_group_set_description (self->respondents_group,
                                         n == 0
                                         ? _("Several people can answer the scan. Invite them with a form "
                                             "each, then add their answered forms here: the result becomes "
                                             "the team's.")
                                         : _("The team result takes, per statement, the average of "
                                             "their ratings."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);

      add_row (self, self->respondents_group, create_respondent_row (self, respondent, i));
    }
  if (n > 0 && zm_team_has_own_answers (self->assessment))
    add_row (self, self->respondents_group, create_own_answers_row ());
}

/* --- the agenda ------------------------------------------------------------ */

static char *
format_rating (ZmModel  *model,
               ZmRating  rating)
{
  if (rating == ZM_RATING_UNANSWERED)
    return g_strdup (_("Not answered"));
  if (rating == ZM_RATING_DONT_KNOW)
    return g_strdup (zm_model_get_rating_label (model, rating));
  return g_strdup_printf ("%d · %s", (int) rating, zm_model_get_rating_label (model, rating));
}

static GtkWidget *
create_opinion_row (ZmModel      *model,
                    ZmRespondent *respondent,
                    const char   *statement_id)
{
  ZmAnswer *answer = zm_respondent_get_answer (respondent, statement_id);
  g_autofree char *rating = format_rating (model, zm_answer_get_rating (answer));
  /* Translators: a respondent's rating in the disagreement agenda: name and rating */
  g_autofree char *title = g_strdup_printf (_("%s: %s"), zm_respondent_get_name (respondent), rating);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (zm_answer_get_note (answer) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), zm_answer_get_note (answer));
  return row;
}

static void
on_agreed_selected (AdwComboRow   *row,
                    GParamSpec    *pspec,
                    ZmTeamSection *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "statement-id");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) at = g_date_time_add_seconds (now, -g_date_time_get_microsecond (now) / 1e6);

  if (self->assessment == NULL || id == NULL)
    return;
  /* Kept open across the rebuild the change causes. */
  g_hash_table_add (self->expanded, g_strdup (id));
  zm_assessment_set_agreed_rating (self->assessment, id,
                                   selected == 0 ? ZM_RATING_UNANSWERED : (ZmRating) (selected - 1),
                                   g_get_real_name (), at);
}

static GtkWidget *
create_agreed_row (ZmTeamSection *self,
                   const char    *statement_id)
{
  ZmModel *model = zm_assessment_get_model (self->assessment);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  ZmRating agreed = zm_assessment_get_agreed_rating (self->assessment, statement_id, NULL, NULL);
  GtkWidget *row = adw_combo_row_new ();

  /* Translators: the choice of no agreed rating for a statement */
  gtk_string_list_append (choices, _("Not agreed yet"));
  for (ZmRating r = ZM_RATING_0; r <= ZM_RATING_4; r++)
    {
      g_autofree char *label = format_rating (model, r);

      gtk_string_list_append (choices, label);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Agreed Rating"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), agreed == ZM_RATING_UNANSWERED ? 0 : agreed + 1);
  g_object_set_data_full (G_OBJECT (row), "statement-id", g_strdup (statement_id), g_free);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_agreed_selected), self);
  return row;
}

static char *
format_disagreement (ZmTeamSection        *self,
                     const ZmDisagreement *item)
{
  ZmModel *model = zm_assessment_get_model (self->assessment);
  ZmPillar *pillar = zm_statement_get_pillar (item->statement);
  ZmRating agreed = zm_assessment_get_agreed_rating (self->assessment,
                                                     zm_statement_get_id (item->statement), NULL, NULL);
  g_autofree char *rating = NULL;

  if (agreed == ZM_RATING_UNANSWERED)
    /* Translators: under a disagreement: the pillar, then how far apart the ratings lie */
    return g_strdup_printf (_("%s · ratings differ by %u"), zm_pillar_get_name (pillar), item->difference);

  rating = format_rating (model, agreed);
  /* Translators: under a disagreement: pillar, how far apart the ratings lie, the agreed rating */
  return g_strdup_printf (_("%s · ratings differ by %u · agreed: %s"), zm_pillar_get_name (pillar),
                          item->difference, rating);
}

static GtkWidget *
create_disagreement_row (ZmTeamSection        *self,
                         const ZmDisagreement *item)
{
  const char *id = zm_statement_get_id (item->statement);
  GListModel *respondents = zm_assessment_get_respondents (self->assessment);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle = format_disagreement (self, item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zm_statement_get_text (item->statement));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                create_opinion_row (zm_assessment_get_model (self->assessment),
                                                    respondent, id));
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_agreed_row (self, id));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (self->expanded, id));
  return row;
}

static void
fill_agenda (ZmTeamSection *self)
{
  g_autoptr(GArray) list = zm_team_list_disagreements (self->assessment);
  gboolean team = zm_assessment_get_n_respondents (self->assessment) >= 2;

  gtk_widget_set_visible (GTK_WIDGET (self->agenda_group), team);
  if (!team)
    return;
  if (list->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No two respondents rated a statement 2 or more apart."));
      add_row (self, self->agenda_group, row);
    }
  for (guint i = 0; i < list->len; i++)
    add_row (self, self->agenda_group,
             create_disagreement_row (self, &g_array_index (list, ZmDisagreement, i)));
}

static void
rebuild (ZmTeamSection *self)
{
  clear_rows (self->respondents_group, self->respondent_rows);
  clear_rows (self->agenda_group, self->agenda_rows);
  gtk_widget_set_visible (GTK_WIDGET (self), self->assessment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.invite", self->assessment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "team.add", self->assessment != NULL);
  if (self->assessment == NULL)
    return;

  fill_respondents (self);
  fill_agenda (self);
  g_hash_table_remove_all (self->expanded);
}

static gboolean
rebuild_idle (gpointer data)
{
  ZmTeamSection *self = data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* A combo row must not be destroyed inside its own signal: the rebuild
 * waits for the main loop. */
static void
on_assessment_changed (ZmTeamSection *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (rebuild_idle, self);
}

void
zm_team_section_set_assessment (ZmTeamSection *self,
                                ZmAssessment  *assessment)
{
  g_return_if_fail (ZM_IS_TEAM_SECTION (self));
  g_return_if_fail (assessment == NULL || ZM_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, on_assessment_changed, self);
  g_set_object (&self->assessment, assessment);
  if (assessment != NULL)
    g_signal_connect_swapped (assessment, "changed", G_CALLBACK (on_assessment_changed), self);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_hash_table_remove_all (self->expanded);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

/* --- actions ---------------------------------------------------------------- */

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (widget);
  guint position = g_variant_get_uint32 (parameter);

  if (self->assessment != NULL && position < zm_assessment_get_n_respondents (self->assessment))
    zm_assessment_remove_respondent (self->assessment, position);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ZmTeamSection *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GListStore) list = g_list_store_new (G_TYPE_FILE);

  if (self->assessment == NULL || files == NULL)
    return FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    g_list_store_append (list, l->data);
  zm_team_section_add_files (self, G_LIST_MODEL (list));
  return TRUE;
}

static void
take_own_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (widget);

  if (self->assessment != NULL)
    zm_team_take_own_answers (self->assessment, NULL);
}

/* --- the object --------------------------------------------------------- */

static void
zm_team_section_dispose (GObject *object)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (object);

  zm_team_section_set_assessment (self, NULL);
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (zm_team_section_parent_class)->dispose (object);
}

static void
zm_team_section_finalize (GObject *object)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (object);

  g_clear_pointer (&self->respondent_rows, g_ptr_array_unref);
  g_clear_pointer (&self->agenda_rows, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (zm_team_section_parent_class)->finalize (object);
}

static void
zm_team_section_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (object);

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
zm_team_section_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ZmTeamSection *self = ZM_TEAM_SECTION (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      zm_team_section_set_assessment (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_team_section_class_init (ZmTeamSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_team_section_dispose;
  object_class->finalize = zm_team_section_finalize;
  object_class->get_property = zm_team_section_get_property;
  object_class->set_property = zm_team_section_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ZmTeamSection::done:
   * @message: (nullable): what the user was told
   *
   * Emitted when adding respondents or writing forms has finished.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/zm-team-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmTeamSection, respondents_group);
  gtk_widget_class_bind_template_child (widget_class, ZmTeamSection, agenda_group);
  gtk_widget_class_install_action (widget_class, "team.invite", NULL, zm_team_section_invite_action);
  gtk_widget_class_install_action (widget_class, "team.add", NULL, zm_team_section_add_action);
  gtk_widget_class_install_action (widget_class, "team.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "team.take-own", NULL, take_own_action);
}

static void
zm_team_section_init (ZmTeamSection *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  self->respondent_rows = g_ptr_array_new ();
  self->agenda_rows = g_ptr_array_new ();
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  rebuild (self);
}
