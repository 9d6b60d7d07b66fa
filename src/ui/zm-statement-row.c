/* zm-statement-row.c: one statement with its rating and note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-chart-view.h"
#include "zm-statement.h"
#include "zm-statement-row.h"

#define N_LEVELS 5

struct _ZmStatementRow
{
  GtkListBoxRow    parent_instance;

  ZmModel         *model;
  ZmStatement     *statement;
  ZmAnswer        *answer;

  /* Set while the row updates its own widgets from the answer, so that the
   * widgets' signals do not write back. */
  gboolean         syncing;

  GtkLabel        *text_label;
  GtkLabel        *changed_badge;
  GtkLabel        *previous_label;
  GtkBox          *scale_box;
  GtkToggleButton *dont_know_button;
  GtkToggleButton *level_buttons[N_LEVELS];
  GtkLabel        *help_label;
  GtkExpander     *note_expander;
  GtkTextView     *note_view;  /* NULL until the note is first opened */

  /* The changed badge follows the answer shown. */
  GBinding        *changed_binding;
};

G_DEFINE_FINAL_TYPE (ZmStatementRow, zm_statement_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_STATEMENT,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
zm_statement_row_new (ZmModel     *model,
                      ZmStatement *statement,
                      ZmAnswer    *answer)
{
  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);
  g_return_val_if_fail (ZM_IS_STATEMENT (statement), NULL);
  g_return_val_if_fail (ZM_IS_ANSWER (answer), NULL);

  return g_object_new (ZM_TYPE_STATEMENT_ROW,
                       "model", model,
                       "statement", statement,
                       "answer", answer,
                       NULL);
}

ZmStatement *
zm_statement_row_get_statement (ZmStatementRow *self)
{
  g_return_val_if_fail (ZM_IS_STATEMENT_ROW (self), NULL);

  return self->statement;
}

ZmAnswer *
zm_statement_row_get_answer (ZmStatementRow *self)
{
  g_return_val_if_fail (ZM_IS_STATEMENT_ROW (self), NULL);

  return self->answer;
}

static GtkToggleButton *
button_for_rating (ZmStatementRow *self,
                   ZmRating        rating)
{
  if (ZM_RATING_IS_SCORED (rating))
    return self->level_buttons[rating];
  if (rating == ZM_RATING_DONT_KNOW)
    return self->dont_know_button;
  return NULL;
}

static void
update_help (ZmStatementRow *self,
             ZmRating        rating)
{
  g_autofree char *text = NULL;
  const char *label;
  const char *help;

  /* The line keeps its place when empty: a row that grew under the
   * pointer at the first click would move the next row's buttons away. */
  if (rating == ZM_RATING_UNANSWERED)
    {
      gtk_label_set_text (self->help_label, "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Not answered"),
                                      -1);
      return;
    }

  label = zm_model_get_rating_label (self->model, rating);
  help = zm_model_get_rating_help (self->model, rating);
  if (ZM_RATING_IS_SCORED (rating))
    /* Translators: the chosen rating under a statement: number, label and help, e.g. "3 · Largely applies: …" */
    text = g_strdup_printf (_("%d · %s: %s"), (int) rating, label, help);
  else
    /* Translators: the chosen "don't know" under a statement: label and help */
    text = g_strdup_printf (_("%s: %s"), label, help);

  gtk_label_set_text (self->help_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
sync_rating (ZmStatementRow *self)
{
  ZmRating rating = zm_answer_get_rating (self->answer);
  GtkToggleButton *chosen = button_for_rating (self, rating);

  self->syncing = TRUE;
  /* Activating one button of the group releases the others; releasing the
   * last one by hand is needed when the rating was cleared. */
  if (chosen != NULL)
    gtk_toggle_button_set_active (chosen, TRUE);
  for (guint i = 0; i < N_LEVELS; i++)
    if (self->level_buttons[i] != chosen)
      gtk_toggle_button_set_active (self->level_buttons[i], FALSE);
  if (self->dont_know_button != chosen)
    gtk_toggle_button_set_active (self->dont_know_button, FALSE);
  self->syncing = FALSE;

  update_help (self, rating);
}

static void ensure_note_view (ZmStatementRow *self);

static void
sync_note (ZmStatementRow *self)
{
  const char *note = zm_answer_get_note (self->answer);
  g_autofree char *current = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  /* A note that arrives (by undo, say) makes the editor; no note needs
   * none. */
  if (self->note_view == NULL && (note == NULL || note[0] == '\0'))
    return;
  ensure_note_view (self);

  buffer = gtk_text_view_get_buffer (self->note_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, note != NULL ? note : "") == 0)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, note != NULL ? note : "", -1);
  self->syncing = FALSE;
}

static void
on_note_buffer_changed (ZmStatementRow *self,
                        GtkTextBuffer  *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->syncing)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  zm_answer_set_note (self->answer, text[0] != '\0' ? text : NULL);
}

/* The note's editor, as the expander's child. */
static void
ensure_note_view (ZmStatementRow *self)
{
  GtkWidget *frame, *view;

  if (self->note_view != NULL)
    return;

  view = zm_ui_note_view_new (_("Note or evidence"), 64, 6);
  gtk_widget_add_css_class (view, "statement-note");
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (on_note_buffer_changed), self, G_CONNECT_SWAPPED);

  frame = gtk_frame_new (NULL);
  gtk_widget_set_margin_top (frame, 6);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_expander_set_child (self->note_expander, frame);
  self->note_view = GTK_TEXT_VIEW (view);

  sync_note (self);
}

static void
on_note_expanded (ZmStatementRow *self)
{
  if (gtk_expander_get_expanded (self->note_expander))
    ensure_note_view (self);
}

static void
on_button_toggled (ZmStatementRow  *self,
                   GtkToggleButton *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  zm_answer_set_rating (self->answer,
                        GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "zm-rating")));
}

/* Each button says what it means and which statement it rates, so that a
 * screen reader that lands on it needs nothing else; the tooltip shows
 * the meaning before one is chosen. */
static void
name_button (ZmStatementRow  *self,
             GtkToggleButton *button,
             ZmRating         rating)
{
  g_autofree char *choice = NULL;
  g_autofree char *name = NULL;
  g_autofree char *tooltip = NULL;
  const char *label = zm_model_get_rating_label (self->model, rating);
  const char *help = zm_model_get_rating_help (self->model, rating);

  if (ZM_RATING_IS_SCORED (rating))
    /* Translators: accessible name of a rating button, e.g. "3: Largely applies" */
    choice = g_strdup_printf (_("%d: %s"), (int) rating, label);
  else
    choice = g_strdup (label);
  /* Translators: accessible name of a rating button: the rating, then the statement it rates, e.g. "3: Largely applies — We know our clients" */
  name = g_strdup_printf (_("%s — %s"), choice, zm_statement_get_text (self->statement));
  if (ZM_RATING_IS_SCORED (rating))
    /* Translators: tooltip of a rating button: the rating and its key, e.g. "Largely applies (key 3)" */
    tooltip = g_strdup_printf (_("%s (key %d)"), label, (int) rating);
  else
    /* Translators: tooltip of the don't-know button: its label and its keys */
    tooltip = g_strdup_printf (_("%s (key ?, D or W)"), label);

  gtk_widget_set_tooltip_text (GTK_WIDGET (button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, help,
                                  -1);
}

static void
connect_button (ZmStatementRow  *self,
                GtkToggleButton *button,
                ZmRating         rating)
{
  g_object_set_data (G_OBJECT (button), "zm-rating", GINT_TO_POINTER (rating));
  g_signal_connect_object (button, "toggled", G_CALLBACK (on_button_toggled),
                           self, G_CONNECT_SWAPPED);
}

/* Without a name, a screen reader calls the expander by its class. */
static void
name_note (ZmStatementRow *self)
{
  g_autofree char *name = NULL;

  /* Translators: accessible name of the note expander under a statement, e.g. "Note or evidence — We know our clients" */
  name = g_strdup_printf (_("Note or evidence — %s"), zm_statement_get_text (self->statement));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
name_buttons (ZmStatementRow *self)
{
  for (guint i = 0; i < N_LEVELS; i++)
    name_button (self, self->level_buttons[i], (ZmRating) i);
  name_button (self, self->dont_know_button, ZM_RATING_DONT_KNOW);
}

static void
build_buttons (ZmStatementRow *self)
{
  for (guint i = 0; i < N_LEVELS; i++)
    {
      char digit[2] = { (char) ('0' + i), '\0' };
      GtkWidget *button = gtk_toggle_button_new_with_label (digit);

      gtk_widget_add_css_class (button, "rating-button");
      gtk_widget_add_css_class (button, "rating-choice");
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->level_buttons[0]);
      self->level_buttons[i] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (self->scale_box, button);
      connect_button (self, GTK_TOGGLE_BUTTON (button), (ZmRating) i);
    }

  gtk_widget_add_css_class (GTK_WIDGET (self->dont_know_button), "rating-choice");
  gtk_toggle_button_set_group (self->dont_know_button, self->level_buttons[0]);
  connect_button (self, self->dont_know_button, ZM_RATING_DONT_KNOW);
}

/* Last time's rating stays in view until this one is given, and while
 * it differs, so that a re-assessment is answered afresh but with the
 * earlier answer at hand. */
static void
sync_previous (ZmStatementRow *self)
{
  ZmRating previous = zm_answer_get_previous_rating (self->answer);
  gboolean shown = previous != ZM_RATING_UNANSWERED && previous != zm_answer_get_rating (self->answer);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->previous_label), shown);
  if (!shown)
    return;
  /* Translators: beside a statement in a new assessment, e.g. "Last time: largely applies" */
  text = g_strdup_printf (_("Last time: %s"), zm_model_get_rating_label (self->model, previous));
  gtk_label_set_label (self->previous_label, text);
}

/* Lets go of the answer shown, so the row can show another. */
static void
unbind (ZmStatementRow *self)
{
  if (self->changed_binding != NULL)
    g_binding_unbind (self->changed_binding);
  self->changed_binding = NULL;
  if (self->answer != NULL)
    g_signal_handlers_disconnect_by_data (self->answer, self);
}

static void
bind (ZmStatementRow *self)
{
  const char *note;

  gtk_label_set_text (self->text_label, zm_statement_get_text (self->statement));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, zm_statement_get_text (self->statement),
                                  -1);
  name_buttons (self);
  name_note (self);

  self->changed_binding = g_object_bind_property (self->answer, "changed",
                                                  self->changed_badge, "visible",
                                                  G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->answer, "notify::rating", G_CALLBACK (sync_rating), self);
  g_signal_connect_swapped (self->answer, "notify::note", G_CALLBACK (sync_note), self);

  g_signal_connect_object (self->answer, "notify::previous-rating", G_CALLBACK (sync_previous),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->answer, "notify::rating", G_CALLBACK (sync_previous),
                           self, G_CONNECT_SWAPPED);

  sync_rating (self);
  sync_note (self);
  sync_previous (self);
  note = zm_answer_get_note (self->answer);
  gtk_expander_set_expanded (self->note_expander, note != NULL && note[0] != '\0');
}

void
zm_statement_row_set_statement (ZmStatementRow *self,
                                ZmModel        *model,
                                ZmStatement    *statement,
                                ZmAnswer       *answer)
{
  g_return_if_fail (ZM_IS_STATEMENT_ROW (self));
  g_return_if_fail (ZM_IS_MODEL (model));
  g_return_if_fail (ZM_IS_STATEMENT (statement));
  g_return_if_fail (ZM_IS_ANSWER (answer));

  if (self->statement == statement && self->answer == answer && self->model == model)
    return;

  unbind (self);
  g_set_object (&self->model, model);
  g_set_object (&self->statement, statement);
  g_set_object (&self->answer, answer);
  bind (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}

static void
zm_statement_row_constructed (GObject *object)
{
  ZmStatementRow *self = ZM_STATEMENT_ROW (object);

  G_OBJECT_CLASS (zm_statement_row_parent_class)->constructed (object);

  g_assert (self->model != NULL && self->statement != NULL && self->answer != NULL);

  build_buttons (self);
  bind (self);
}

static void
focus_next_row (ZmStatementRow *self)
{
  for (GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (self));
       next != NULL;
       next = gtk_widget_get_next_sibling (next))
    {
      if (ZM_IS_STATEMENT_ROW (next) && gtk_widget_get_visible (next))
        {
          gtk_widget_grab_focus (next);
          return;
        }
    }

  /* After the last statement the page decides what comes next. */
  gtk_widget_activate_action (GTK_WIDGET (self), "stage.statements-done", NULL);
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ZmStatementRow *self = ZM_STATEMENT_ROW (widget);
  int rating = g_variant_get_int32 (param);

  if (rating < ZM_RATING_DONT_KNOW || rating > ZM_RATING_4)
    return;

  zm_answer_set_rating (self->answer, (ZmRating) rating);
  if (g_str_equal (action_name, "row.rate-and-next"))
    focus_next_row (self);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  ZmStatementRow *self = ZM_STATEMENT_ROW (widget);

  zm_answer_set_rating (self->answer, ZM_RATING_UNANSWERED);
}

static void
zm_statement_row_dispose (GObject *object)
{
  ZmStatementRow *self = ZM_STATEMENT_ROW (object);

  unbind (self);
  g_clear_object (&self->answer);
  g_clear_object (&self->statement);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (zm_statement_row_parent_class)->dispose (object);
}

static void
zm_statement_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZmStatementRow *self = ZM_STATEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;
    case PROP_ANSWER:
      g_value_set_object (value, self->answer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_statement_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ZmStatementRow *self = ZM_STATEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      break;
    case PROP_STATEMENT:
      self->statement = g_value_dup_object (value);
      break;
    case PROP_ANSWER:
      self->answer = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_rating_key (GtkWidgetClass *widget_class,
                guint           keyval,
                int             rating)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0,
                                       "row.rate-and-next", "i", rating);
}

static void
zm_statement_row_class_init (ZmStatementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = zm_statement_row_constructed;
  object_class->dispose = zm_statement_row_dispose;
  object_class->get_property = zm_statement_row_get_property;
  object_class->set_property = zm_statement_row_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, ZM_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL, ZM_TYPE_STATEMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANSWER] =
    g_param_spec_object ("answer", NULL, NULL, ZM_TYPE_ANSWER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/zm-statement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmStatementRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStatementRow, changed_badge);
  gtk_widget_class_bind_template_child (widget_class, ZmStatementRow, previous_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStatementRow, scale_box);
  gtk_widget_class_bind_template_child (widget_class, ZmStatementRow, dont_know_button);
  gtk_widget_class_bind_template_child (widget_class, ZmStatementRow, help_label);
  gtk_widget_class_bind_template_child (widget_class, ZmStatementRow, note_expander);
  gtk_widget_class_bind_template_callback (widget_class, on_note_expanded);

  gtk_widget_class_install_action (widget_class, "row.rate", "i", rate_action);
  gtk_widget_class_install_action (widget_class, "row.rate-and-next", "i", rate_action);
  gtk_widget_class_install_action (widget_class, "row.clear", NULL, clear_action);

  for (int i = 0; i < N_LEVELS; i++)
    {
      add_rating_key (widget_class, GDK_KEY_0 + i, i);
      add_rating_key (widget_class, GDK_KEY_KP_0 + i, i);
    }
  /* Don't know: "?" as the scale shows it, D as in English, W as in
   * "weet ik niet". */
  add_rating_key (widget_class, GDK_KEY_d, ZM_RATING_DONT_KNOW);
  add_rating_key (widget_class, GDK_KEY_D, ZM_RATING_DONT_KNOW);
  add_rating_key (widget_class, GDK_KEY_w, ZM_RATING_DONT_KNOW);
  add_rating_key (widget_class, GDK_KEY_W, ZM_RATING_DONT_KNOW);
  add_rating_key (widget_class, GDK_KEY_question, ZM_RATING_DONT_KNOW);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "row.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0, "row.clear", NULL);
}

static void
zm_statement_row_init (ZmStatementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
