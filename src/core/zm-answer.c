/* zm-answer.c: the answer to one statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-answer.h"
#include "zm-assessment-private.h"
#include "zm-model-private.h"
#include "zm-util-private.h"

struct _ZmAnswer
{
  GObject       parent_instance;
  char         *statement_id;
  char         *note;
  ZmRating      rating;
  ZmRating      previous_rating;
  ZmChangeFunc  change_func;
  gpointer      change_owner;
};

G_DEFINE_FINAL_TYPE (ZmAnswer, zm_answer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATEMENT_ID,
  PROP_RATING,
  PROP_NOTE,
  PROP_PREVIOUS_RATING,
  PROP_CHANGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_valid_rating (int rating)
{
  return rating >= ZM_RATING_UNANSWERED && rating <= ZM_RATING_4;
}

static void
zm_answer_finalize (GObject *object)
{
  ZmAnswer *self = ZM_ANSWER (object);

  g_free (self->statement_id);
  g_free (self->note);

  G_OBJECT_CLASS (zm_answer_parent_class)->finalize (object);
}

static void
zm_answer_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZmAnswer *self = ZM_ANSWER (object);

  switch (prop_id)
    {
    case PROP_STATEMENT_ID:
      g_value_set_string (value, self->statement_id);
      break;
    case PROP_RATING:
      g_value_set_int (value, self->rating);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_PREVIOUS_RATING:
      g_value_set_int (value, self->previous_rating);
      break;
    case PROP_CHANGED:
      g_value_set_boolean (value, zm_answer_get_changed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_answer_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ZmAnswer *self = ZM_ANSWER (object);

  switch (prop_id)
    {
    case PROP_STATEMENT_ID:
      if (g_value_get_string (value) != NULL)
        zm_set_str (&self->statement_id, g_value_get_string (value));
      break;
    case PROP_RATING:
      zm_answer_set_rating (self, g_value_get_int (value));
      break;
    case PROP_NOTE:
      zm_answer_set_note (self, g_value_get_string (value));
      break;
    case PROP_PREVIOUS_RATING:
      zm_answer_set_previous_rating (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_answer_class_init (ZmAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zm_answer_finalize;
  object_class->get_property = zm_answer_get_property;
  object_class->set_property = zm_answer_set_property;

  properties[PROP_STATEMENT_ID] =
    g_param_spec_string ("statement-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATING] =
    g_param_spec_int ("rating", NULL, NULL, ZM_RATING_UNANSWERED, ZM_RATING_4, ZM_RATING_UNANSWERED,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREVIOUS_RATING] =
    g_param_spec_int ("previous-rating", NULL, NULL, ZM_RATING_UNANSWERED, ZM_RATING_4, ZM_RATING_UNANSWERED,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANGED] =
    g_param_spec_boolean ("changed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_answer_init (ZmAnswer *self)
{
  self->rating = ZM_RATING_UNANSWERED;
  self->previous_rating = ZM_RATING_UNANSWERED;
}

/* Assessments make one answer per statement; setting the id directly
 * spares the property lookup by name that g_object_new() would do. */
ZmAnswer *
zm_answer_new (const char *statement_id)
{
  ZmAnswer *self;

  g_return_val_if_fail (statement_id != NULL, NULL);

  self = g_object_new (ZM_TYPE_ANSWER, NULL);
  self->statement_id = g_strdup (statement_id);
  return self;
}

void
zm_answer_set_change_func (ZmAnswer     *self,
                           ZmChangeFunc  func,
                           gpointer      owner)
{
  self->change_func = func;
  self->change_owner = owner;
}

static void
report_change (ZmAnswer *self)
{
  if (self->change_func != NULL)
    self->change_func (self->change_owner);
}

void
zm_answer_load (ZmAnswer *self,
                ZmRating  rating,
                ZmRating  previous,
                char     *note)
{
  g_assert (is_valid_rating (rating) && is_valid_rating (previous));

  self->rating = rating;
  self->previous_rating = previous;
  zm_take_str (&self->note, note);
}

const char *
zm_answer_get_statement_id (ZmAnswer *self)
{
  g_return_val_if_fail (ZM_IS_ANSWER (self), NULL);

  return self->statement_id;
}

ZmRating
zm_answer_get_rating (ZmAnswer *self)
{
  g_return_val_if_fail (ZM_IS_ANSWER (self), ZM_RATING_UNANSWERED);

  return self->rating;
}

/* "changed" follows from the rating and the previous rating, so both
 * setters notify it when its value flips. */
static void
update_rating (ZmAnswer  *self,
               ZmRating  *field,
               ZmRating   value,
               guint      prop_id)
{
  gboolean was_changed = zm_answer_get_changed (self);

  if (*field == value)
    return;

  *field = value;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (was_changed != zm_answer_get_changed (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED]);
  g_object_thaw_notify (G_OBJECT (self));
  report_change (self);
}

void
zm_answer_set_rating (ZmAnswer *self,
                      ZmRating  rating)
{
  g_return_if_fail (ZM_IS_ANSWER (self));
  g_return_if_fail (is_valid_rating (rating));

  update_rating (self, &self->rating, rating, PROP_RATING);
}

const char *
zm_answer_get_note (ZmAnswer *self)
{
  g_return_val_if_fail (ZM_IS_ANSWER (self), NULL);

  return self->note;
}

/* An empty note is no note, so the document never holds empty elements. */
void
zm_answer_set_note (ZmAnswer   *self,
                    const char *note)
{
  g_return_if_fail (ZM_IS_ANSWER (self));

  if (!zm_set_str (&self->note, zm_nonempty (note)))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
  report_change (self);
}

ZmRating
zm_answer_get_previous_rating (ZmAnswer *self)
{
  g_return_val_if_fail (ZM_IS_ANSWER (self), ZM_RATING_UNANSWERED);

  return self->previous_rating;
}

void
zm_answer_set_previous_rating (ZmAnswer *self,
                               ZmRating  rating)
{
  g_return_if_fail (ZM_IS_ANSWER (self));
  g_return_if_fail (is_valid_rating (rating));

  update_rating (self, &self->previous_rating, rating, PROP_PREVIOUS_RATING);
}

gboolean
zm_answer_get_changed (ZmAnswer *self)
{
  g_return_val_if_fail (ZM_IS_ANSWER (self), FALSE);

  /* A statement not rated again yet shows last time's rating as a hint;
   * it has not changed until it is rated. */
  return self->previous_rating != ZM_RATING_UNANSWERED &&
         self->rating != ZM_RATING_UNANSWERED &&
         self->previous_rating != self->rating;
}

GPtrArray *
zm_answer_array_new (ZmModel *model)
{
  GListModel *pillars = zm_model_get_pillars (model);
  GPtrArray *answers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint p = 0; p < g_list_model_get_n_items (pillars); p++)
    {
      g_autoptr(ZmPillar) pillar = g_list_model_get_item (pillars, p);
      GListModel *statements = zm_pillar_get_statements (pillar);

      for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
        {
          g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, s);

          g_assert (zm_statement_get_index (statement) == answers->len);
          g_ptr_array_add (answers, zm_answer_new (zm_statement_get_id (statement)));
        }
    }
  return answers;
}

ZmAnswer *
zm_answer_array_find (GPtrArray  *answers,
                      ZmModel    *model,
                      const char *statement_id)
{
  ZmStatement *statement = zm_model_find_statement (model, statement_id);

  return statement != NULL ? answers->pdata[zm_statement_get_index (statement)] : NULL;
}
