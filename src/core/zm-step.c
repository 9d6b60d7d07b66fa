/* zm-step.c: one of the eight steps of the marketing challenge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-model-private.h"

struct _ZmStep
{
  GObject   parent_instance;
  char     *id;
  guint     number;
  char     *title;
  char     *description;
  char    **pillar_ids;
};

G_DEFINE_FINAL_TYPE (ZmStep, zm_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zm_step_finalize (GObject *object)
{
  ZmStep *self = ZM_STEP (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_strfreev (self->pillar_ids);

  G_OBJECT_CLASS (zm_step_parent_class)->finalize (object);
}

static void
zm_step_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ZmStep *self = ZM_STEP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_step_class_init (ZmStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zm_step_finalize;
  object_class->get_property = zm_step_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_step_init (ZmStep *self)
{
}

ZmStep *
zm_step_new (const char  *id,
             guint        number,
             const char  *title,
             const char  *description,
             char       **pillar_ids)
{
  ZmStep *self = g_object_new (ZM_TYPE_STEP, NULL);

  self->id = g_strdup (id);
  self->number = number;
  self->title = g_strdup (title);
  self->description = g_strdup (description);
  self->pillar_ids = pillar_ids != NULL ? pillar_ids : g_new0 (char *, 1);

  return self;
}

const char *
zm_step_get_id (ZmStep *self)
{
  g_return_val_if_fail (ZM_IS_STEP (self), NULL);

  return self->id;
}

guint
zm_step_get_number (ZmStep *self)
{
  g_return_val_if_fail (ZM_IS_STEP (self), 0);

  return self->number;
}

const char *
zm_step_get_title (ZmStep *self)
{
  g_return_val_if_fail (ZM_IS_STEP (self), NULL);

  return self->title;
}

const char *
zm_step_get_description (ZmStep *self)
{
  g_return_val_if_fail (ZM_IS_STEP (self), NULL);

  return self->description;
}

const char * const *
zm_step_get_pillar_ids (ZmStep *self)
{
  g_return_val_if_fail (ZM_IS_STEP (self), NULL);

  return (const char * const *) self->pillar_ids;
}
