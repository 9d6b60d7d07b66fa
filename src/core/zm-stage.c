/* zm-stage.c: one stage of one pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-array-model-private.h"
#include "zm-model-private.h"

struct _ZmStage
{
  GObject       parent_instance;
  guint         number;
  /* Weak: the pillar owns its stages. */
  ZmPillar     *pillar;
  char         *name;
  char         *subtitle;
  char         *description;
  ZmArrayModel *statements;
  char        **advice;
};

G_DEFINE_FINAL_TYPE (ZmStage, zm_stage, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_NAME,
  PROP_SUBTITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zm_stage_finalize (GObject *object)
{
  ZmStage *self = ZM_STAGE (object);

  g_clear_weak_pointer (&self->pillar);
  g_free (self->name);
  g_free (self->subtitle);
  g_free (self->description);
  g_clear_object (&self->statements);
  g_strfreev (self->advice);

  G_OBJECT_CLASS (zm_stage_parent_class)->finalize (object);
}

static void
zm_stage_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ZmStage *self = ZM_STAGE (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_stage_class_init (ZmStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zm_stage_finalize;
  object_class->get_property = zm_stage_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 1, ZM_N_STAGES, 1,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_stage_init (ZmStage *self)
{
  self->statements = zm_array_model_new_empty (ZM_TYPE_STATEMENT);
  self->advice = g_new0 (char *, 1);
}

ZmStage *
zm_stage_new (ZmPillar   *pillar,
              guint       number,
              const char *name,
              const char *subtitle,
              const char *description)
{
  ZmStage *self = g_object_new (ZM_TYPE_STAGE, NULL);

  g_set_weak_pointer (&self->pillar, pillar);
  self->number = number;
  self->name = g_strdup (name);
  self->subtitle = g_strdup (subtitle);
  self->description = g_strdup (description);

  return self;
}

void
zm_stage_add_statement (ZmStage     *self,
                        ZmStatement *statement)
{
  zm_array_model_append (self->statements, statement);
}

void
zm_stage_take_advice (ZmStage  *self,
                      char    **advice)
{
  g_strfreev (self->advice);
  self->advice = advice;
}

guint
zm_stage_get_number (ZmStage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE (self), 0);

  return self->number;
}

ZmPillar *
zm_stage_get_pillar (ZmStage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE (self), NULL);

  return self->pillar;
}

const char *
zm_stage_get_name (ZmStage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE (self), NULL);

  return self->name;
}

const char *
zm_stage_get_subtitle (ZmStage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE (self), NULL);

  return self->subtitle;
}

const char *
zm_stage_get_description (ZmStage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE (self), NULL);

  return self->description;
}

GListModel *
zm_stage_get_statements (ZmStage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE (self), NULL);

  return G_LIST_MODEL (self->statements);
}

const char * const *
zm_stage_get_advice (ZmStage *self)
{
  g_return_val_if_fail (ZM_IS_STAGE (self), NULL);

  return (const char * const *) self->advice;
}
