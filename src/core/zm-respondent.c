/* zm-respondent.c: one member of a team and their answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-array-model-private.h"
#include "zm-model-private.h"
#include "zm-respondent-private.h"
#include "zm-util-private.h"

struct _ZmRespondent
{
  GObject       parent_instance;
  ZmModel      *model;
  char         *name;
  char         *source;
  GPtrArray    *answer_array;
  ZmArrayModel *answers;
};

G_DEFINE_FINAL_TYPE (ZmRespondent, zm_respondent, G_TYPE_OBJECT)

static void
zm_respondent_finalize (GObject *object)
{
  ZmRespondent *self = ZM_RESPONDENT (object);

  g_clear_object (&self->model);
  g_free (self->name);
  g_free (self->source);
  g_clear_object (&self->answers);
  g_clear_pointer (&self->answer_array, g_ptr_array_unref);

  G_OBJECT_CLASS (zm_respondent_parent_class)->finalize (object);
}

static void
zm_respondent_class_init (ZmRespondentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zm_respondent_finalize;
}

static void
zm_respondent_init (ZmRespondent *self)
{
}

ZmRespondent *
zm_respondent_new (ZmModel    *model,
                   const char *name,
                   const char *source)
{
  ZmRespondent *self;

  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (ZM_TYPE_RESPONDENT, NULL);
  self->model = g_object_ref (model);
  self->name = g_strdup (name);
  self->source = g_strdup (zm_nonempty (source));

  self->answer_array = zm_answer_array_new (model);
  self->answers = zm_array_model_new (ZM_TYPE_ANSWER, self->answer_array);

  return self;
}

const char *
zm_respondent_get_name (ZmRespondent *self)
{
  g_return_val_if_fail (ZM_IS_RESPONDENT (self), NULL);

  return self->name;
}

void
zm_respondent_set_name (ZmRespondent *self,
                        const char   *name)
{
  g_return_if_fail (ZM_IS_RESPONDENT (self));
  g_return_if_fail (name != NULL);

  zm_set_str (&self->name, name);
}

const char *
zm_respondent_get_source (ZmRespondent *self)
{
  g_return_val_if_fail (ZM_IS_RESPONDENT (self), NULL);

  return self->source;
}

GListModel *
zm_respondent_get_answers (ZmRespondent *self)
{
  g_return_val_if_fail (ZM_IS_RESPONDENT (self), NULL);

  return G_LIST_MODEL (self->answers);
}

ZmAnswer *
zm_respondent_get_answer (ZmRespondent *self,
                          const char   *statement_id)
{
  g_return_val_if_fail (ZM_IS_RESPONDENT (self), NULL);

  return zm_answer_array_find (self->answer_array, self->model, statement_id);
}

ZmAnswer *
zm_respondent_get_answer_at (ZmRespondent *self,
                             guint         index)
{
  g_assert (index < self->answer_array->len);

  return self->answer_array->pdata[index];
}

gboolean
zm_respondent_same_answers (ZmRespondent *self,
                            ZmRespondent *other)
{
  g_return_val_if_fail (ZM_IS_RESPONDENT (self), FALSE);
  g_return_val_if_fail (ZM_IS_RESPONDENT (other), FALSE);

  if (self->answer_array->len != other->answer_array->len)
    return FALSE;

  for (guint i = 0; i < self->answer_array->len; i++)
    {
      ZmAnswer *a = self->answer_array->pdata[i];
      ZmAnswer *b = other->answer_array->pdata[i];

      if (zm_answer_get_rating (a) != zm_answer_get_rating (b) ||
          g_strcmp0 (zm_answer_get_note (a), zm_answer_get_note (b)) != 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
zm_respondent_has_answers (ZmRespondent *self)
{
  g_return_val_if_fail (ZM_IS_RESPONDENT (self), FALSE);

  for (guint i = 0; i < self->answer_array->len; i++)
    {
      ZmAnswer *answer = self->answer_array->pdata[i];

      if (zm_answer_get_rating (answer) != ZM_RATING_UNANSWERED || zm_answer_get_note (answer) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Copies rating, previous rating and note of every answer. */
void
zm_respondent_copy_answers (ZmRespondent *self,
                            GListModel   *answers)
{
  g_assert (g_list_model_get_n_items (answers) == self->answer_array->len);

  for (guint i = 0; i < self->answer_array->len; i++)
    {
      g_autoptr(ZmAnswer) from = g_list_model_get_item (answers, i);

      zm_answer_load (self->answer_array->pdata[i], zm_answer_get_rating (from),
                      zm_answer_get_previous_rating (from),
                      g_strdup (zm_answer_get_note (from)));
    }
}
