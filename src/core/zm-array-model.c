/* zm-array-model.c: a fixed GListModel over an array of objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-array-model-private.h"

struct _ZmArrayModel
{
  GObject    parent_instance;
  GType      item_type;
  GPtrArray *items;
};

static void zm_array_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZmArrayModel, zm_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      zm_array_model_list_model_init))

static GType
zm_array_model_get_item_type (GListModel *model)
{
  return ZM_ARRAY_MODEL (model)->item_type;
}

static guint
zm_array_model_get_n_items (GListModel *model)
{
  return ZM_ARRAY_MODEL (model)->items->len;
}

static gpointer
zm_array_model_get_item (GListModel *model,
                         guint       position)
{
  gpointer item = zm_array_model_peek_item (ZM_ARRAY_MODEL (model), position);

  return item != NULL ? g_object_ref (item) : NULL;
}

static void
zm_array_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = zm_array_model_get_item_type;
  iface->get_n_items = zm_array_model_get_n_items;
  iface->get_item = zm_array_model_get_item;
}

static void
zm_array_model_finalize (GObject *object)
{
  ZmArrayModel *self = ZM_ARRAY_MODEL (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (zm_array_model_parent_class)->finalize (object);
}

static void
zm_array_model_class_init (ZmArrayModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zm_array_model_finalize;
}

static void
zm_array_model_init (ZmArrayModel *self)
{
}

ZmArrayModel *
zm_array_model_new (GType      item_type,
                    GPtrArray *items)
{
  ZmArrayModel *self = g_object_new (ZM_TYPE_ARRAY_MODEL, NULL);

  self->item_type = item_type;
  self->items = g_ptr_array_ref (items);
  return self;
}

ZmArrayModel *
zm_array_model_new_empty (GType item_type)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  return zm_array_model_new (item_type, items);
}

/* Only while the owner is built: no "items-changed", nobody watches yet. */
void
zm_array_model_append (ZmArrayModel *self,
                       gpointer      item)
{
  g_assert (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
}

gpointer
zm_array_model_peek_item (ZmArrayModel *self,
                          guint         position)
{
  return position < self->items->len ? self->items->pdata[position] : NULL;
}
