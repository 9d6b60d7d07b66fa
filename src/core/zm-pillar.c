/* zm-pillar.c: one pillar of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-array-model-private.h"
#include "zm-model-private.h"

struct _ZmPillar
{
  GObject       parent_instance;
  char         *id;
  guint         index;
  char         *name;
  char         *question;
  gboolean      project_authored;
  ZmStage      *stages[ZM_N_STAGES];
  ZmArrayModel *statements;
};

G_DEFINE_FINAL_TYPE (ZmPillar, zm_pillar, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INDEX,
  PROP_NAME,
  PROP_QUESTION,
  PROP_PROJECT_AUTHORED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zm_pillar_finalize (GObject *object)
{
  ZmPillar *self = ZM_PILLAR (object);

  for (guint i = 0; i < ZM_N_STAGES; i++)
    g_clear_object (&self->stages[i]);
  g_clear_object (&self->statements);
  g_free (self->id);
  g_free (self->name);
  g_free (self->question);

  G_OBJECT_CLASS (zm_pillar_parent_class)->finalize (object);
}

static void
zm_pillar_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZmPillar *self = ZM_PILLAR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;
    case PROP_PROJECT_AUTHORED:
      g_value_set_boolean (value, self->project_authored);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_pillar_class_init (ZmPillarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zm_pillar_finalize;
  object_class->get_property = zm_pillar_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT_AUTHORED] =
    g_param_spec_boolean ("project-authored", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_pillar_init (ZmPillar *self)
{
  self->statements = zm_array_model_new_empty (ZM_TYPE_STATEMENT);
}

ZmPillar *
zm_pillar_new (const char *id,
               guint       index,
               const char *name,
               const char *question,
               gboolean    project_authored)
{
  ZmPillar *self = g_object_new (ZM_TYPE_PILLAR, NULL);

  self->id = g_strdup (id);
  self->index = index;
  self->name = g_strdup (name);
  self->question = g_strdup (question);
  self->project_authored = project_authored;

  return self;
}

/* Stages arrive in order 1–4; their statements join the pillar's list so
 * that it reads stage 1 first. */
void
zm_pillar_add_stage (ZmPillar *self,
                     ZmStage  *stage)
{
  GListModel *statements = zm_stage_get_statements (stage);
  guint number = zm_stage_get_number (stage);

  g_assert (number >= 1 && number <= ZM_N_STAGES);
  g_assert (self->stages[number - 1] == NULL);

  self->stages[number - 1] = g_object_ref (stage);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);

      zm_array_model_append (self->statements, statement);
    }
}

const char *
zm_pillar_get_id (ZmPillar *self)
{
  g_return_val_if_fail (ZM_IS_PILLAR (self), NULL);

  return self->id;
}

guint
zm_pillar_get_index (ZmPillar *self)
{
  g_return_val_if_fail (ZM_IS_PILLAR (self), 0);

  return self->index;
}

const char *
zm_pillar_get_name (ZmPillar *self)
{
  g_return_val_if_fail (ZM_IS_PILLAR (self), NULL);

  return self->name;
}

const char *
zm_pillar_get_question (ZmPillar *self)
{
  g_return_val_if_fail (ZM_IS_PILLAR (self), NULL);

  return self->question;
}

gboolean
zm_pillar_get_project_authored (ZmPillar *self)
{
  g_return_val_if_fail (ZM_IS_PILLAR (self), FALSE);

  return self->project_authored;
}

ZmStage *
zm_pillar_get_stage (ZmPillar *self,
                     guint     stage)
{
  g_return_val_if_fail (ZM_IS_PILLAR (self), NULL);
  g_return_val_if_fail (stage >= 1 && stage <= ZM_N_STAGES, NULL);

  return self->stages[stage - 1];
}

GListModel *
zm_pillar_get_statements (ZmPillar *self)
{
  g_return_val_if_fail (ZM_IS_PILLAR (self), NULL);

  return G_LIST_MODEL (self->statements);
}

guint
zm_pillar_get_n_statements (ZmPillar *self)
{
  g_return_val_if_fail (ZM_IS_PILLAR (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->statements));
}
