/* zm-checklist-item.c: the state of one step of the marketing challenge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-assessment-private.h"
#include "zm-checklist-item.h"
#include "zm-enums.h"
#include "zm-util-private.h"
#include "zm-xml-private.h"

struct _ZmChecklistItem
{
  GObject       parent_instance;
  char         *step_id;
  ZmStepStatus  status;
  char         *owner;
  char         *due;
  char         *note;
  ZmChangeFunc  change_func;
  gpointer      change_owner;
};

G_DEFINE_FINAL_TYPE (ZmChecklistItem, zm_checklist_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STEP_ID,
  PROP_STATUS,
  PROP_OWNER,
  PROP_DUE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zm_checklist_item_finalize (GObject *object)
{
  ZmChecklistItem *self = ZM_CHECKLIST_ITEM (object);

  g_free (self->step_id);
  g_free (self->owner);
  g_free (self->due);
  g_free (self->note);

  G_OBJECT_CLASS (zm_checklist_item_parent_class)->finalize (object);
}

static void
zm_checklist_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ZmChecklistItem *self = ZM_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_STEP_ID:
      g_value_set_string (value, self->step_id);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_checklist_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ZmChecklistItem *self = ZM_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_STEP_ID:
      if (g_value_get_string (value) != NULL)
        zm_set_str (&self->step_id, g_value_get_string (value));
      break;
    case PROP_STATUS:
      zm_checklist_item_set_status (self, g_value_get_enum (value));
      break;
    case PROP_OWNER:
      zm_checklist_item_set_owner (self, g_value_get_string (value));
      break;
    case PROP_DUE:
      zm_checklist_item_set_due (self, g_value_get_string (value));
      break;
    case PROP_NOTE:
      zm_checklist_item_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_checklist_item_class_init (ZmChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zm_checklist_item_finalize;
  object_class->get_property = zm_checklist_item_get_property;
  object_class->set_property = zm_checklist_item_set_property;

  properties[PROP_STEP_ID] =
    g_param_spec_string ("step-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, ZM_TYPE_STEP_STATUS, ZM_STEP_STATUS_NOT_STARTED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE] =
    g_param_spec_string ("due", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_checklist_item_init (ZmChecklistItem *self)
{
  self->status = ZM_STEP_STATUS_NOT_STARTED;
}

ZmChecklistItem *
zm_checklist_item_new (const char *step_id)
{
  ZmChecklistItem *self;

  g_return_val_if_fail (step_id != NULL, NULL);

  self = g_object_new (ZM_TYPE_CHECKLIST_ITEM, NULL);
  self->step_id = g_strdup (step_id);
  return self;
}

void
zm_checklist_item_set_change_func (ZmChecklistItem *self,
                                   ZmChangeFunc     func,
                                   gpointer         owner)
{
  self->change_func = func;
  self->change_owner = owner;
}

void
zm_checklist_item_load (ZmChecklistItem *self,
                        ZmStepStatus     status,
                        char            *owner,
                        char            *due,
                        char            *note)
{
  self->status = status;
  zm_take_str (&self->owner, owner);
  zm_take_str (&self->due, due);
  zm_take_str (&self->note, note);
}

static void
notify_change (ZmChecklistItem *self,
               guint            prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (self->change_func != NULL)
    self->change_func (self->change_owner);
}

const char *
zm_checklist_item_get_step_id (ZmChecklistItem *self)
{
  g_return_val_if_fail (ZM_IS_CHECKLIST_ITEM (self), NULL);

  return self->step_id;
}

ZmStepStatus
zm_checklist_item_get_status (ZmChecklistItem *self)
{
  g_return_val_if_fail (ZM_IS_CHECKLIST_ITEM (self), ZM_STEP_STATUS_NOT_STARTED);

  return self->status;
}

void
zm_checklist_item_set_status (ZmChecklistItem *self,
                              ZmStepStatus     status)
{
  g_return_if_fail (ZM_IS_CHECKLIST_ITEM (self));
  g_return_if_fail (status <= ZM_STEP_STATUS_DONE);

  if (self->status == status)
    return;

  self->status = status;
  notify_change (self, PROP_STATUS);
}

const char *
zm_checklist_item_get_owner (ZmChecklistItem *self)
{
  g_return_val_if_fail (ZM_IS_CHECKLIST_ITEM (self), NULL);

  return self->owner;
}

void
zm_checklist_item_set_owner (ZmChecklistItem *self,
                             const char      *owner)
{
  g_return_if_fail (ZM_IS_CHECKLIST_ITEM (self));

  if (zm_set_str (&self->owner, zm_nonempty (owner)))
    notify_change (self, PROP_OWNER);
}

const char *
zm_checklist_item_get_due (ZmChecklistItem *self)
{
  g_return_val_if_fail (ZM_IS_CHECKLIST_ITEM (self), NULL);

  return self->due;
}

void
zm_checklist_item_set_due (ZmChecklistItem *self,
                           const char      *due)
{
  g_return_if_fail (ZM_IS_CHECKLIST_ITEM (self));
  g_return_if_fail (zm_nonempty (due) == NULL || zm_xml_is_valid_date (due));

  if (zm_set_str (&self->due, zm_nonempty (due)))
    notify_change (self, PROP_DUE);
}

const char *
zm_checklist_item_get_note (ZmChecklistItem *self)
{
  g_return_val_if_fail (ZM_IS_CHECKLIST_ITEM (self), NULL);

  return self->note;
}

void
zm_checklist_item_set_note (ZmChecklistItem *self,
                            const char      *note)
{
  g_return_if_fail (ZM_IS_CHECKLIST_ITEM (self));

  if (zm_set_str (&self->note, zm_nonempty (note)))
    notify_change (self, PROP_NOTE);
}
