/* zm-array-model-private.h: a fixed GListModel over an array of objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ZM_TYPE_ARRAY_MODEL (zm_array_model_get_type ())
G_DECLARE_FINAL_TYPE (ZmArrayModel, zm_array_model, ZM, ARRAY_MODEL, GObject)

/* The assessment's answers and checklist never change in number: an array
 * serves them without GListStore's per-item sequence nodes, which loading
 * a document would otherwise build and free a hundred times over. */
ZmArrayModel *zm_array_model_new       (GType         item_type,
                                        GPtrArray    *items);

/* For the model's own lists, filled while the model file is read and never
 * changed after: unlike GListStore, whose get_item() updates a cache, it
 * can be read from the thread that loads a document at the same time. */
ZmArrayModel *zm_array_model_new_empty (GType         item_type);
void          zm_array_model_append    (ZmArrayModel *self,
                                        gpointer      item);
/* Borrowed: the list keeps its items alive. */
gpointer      zm_array_model_peek_item (ZmArrayModel *self,
                                        guint         position);

G_END_DECLS
