/* zm-statement.c: one statement that the user rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-model-private.h"

struct _ZmStatement
{
  GObject   parent_instance;
  char     *id;
  char     *text;
  guint     stage_number;
  guint     index;
  /* The pillar owns its statements; a weak pointer keeps a statement that
   * outlives its model from pointing at freed memory. */
  ZmPillar *pillar;
};

G_DEFINE_FINAL_TYPE (ZmStatement, zm_statement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_STAGE_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zm_statement_finalize (GObject *object)
{
  ZmStatement *self = ZM_STATEMENT (object);

  g_clear_weak_pointer (&self->pillar);
  g_free (self->id);
  g_free (self->text);

  G_OBJECT_CLASS (zm_statement_parent_class)->finalize (object);
}

static void
zm_statement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ZmStatement *self = ZM_STATEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_STAGE_NUMBER:
      g_value_set_uint (value, self->stage_number);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_statement_class_init (ZmStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zm_statement_finalize;
  object_class->get_property = zm_statement_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAGE_NUMBER] =
    g_param_spec_uint ("stage-number", NULL, NULL, 1, ZM_N_STAGES, 1,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_statement_init (ZmStatement *self)
{
}

ZmStatement *
zm_statement_new (const char *id,
                  const char *text,
                  guint       stage_number,
                  ZmPillar   *pillar)
{
  ZmStatement *self = g_object_new (ZM_TYPE_STATEMENT, NULL);

  self->id = g_strdup (id);
  self->text = g_strdup (text);
  self->stage_number = stage_number;
  g_set_weak_pointer (&self->pillar, pillar);

  return self;
}

const char *
zm_statement_get_id (ZmStatement *self)
{
  g_return_val_if_fail (ZM_IS_STATEMENT (self), NULL);

  return self->id;
}

const char *
zm_statement_get_text (ZmStatement *self)
{
  g_return_val_if_fail (ZM_IS_STATEMENT (self), NULL);

  return self->text;
}

guint
zm_statement_get_stage_number (ZmStatement *self)
{
  g_return_val_if_fail (ZM_IS_STATEMENT (self), 0);

  return self->stage_number;
}

ZmPillar *
zm_statement_get_pillar (ZmStatement *self)
{
  g_return_val_if_fail (ZM_IS_STATEMENT (self), NULL);

  return self->pillar;
}

void
zm_statement_set_index (ZmStatement *self,
                        guint        index)
{
  self->index = index;
}

guint
zm_statement_get_index (ZmStatement *self)
{
  return self->index;
}
