/* zm-collection.h: many assessments read together, for comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-assessment.h"
#include "zm-scoring.h"

G_BEGIN_DECLS

#define ZM_TYPE_COLLECTION_ENTRY (zm_collection_entry_get_type ())
G_DECLARE_FINAL_TYPE (ZmCollectionEntry, zm_collection_entry, ZM, COLLECTION_ENTRY, GObject)

/* One document of a collection, read and scored; it never changes. */
GFile          *zm_collection_entry_get_file         (ZmCollectionEntry *self);
ZmAssessment   *zm_collection_entry_get_assessment   (ZmCollectionEntry *self);
const ZmResult *zm_collection_entry_get_result       (ZmCollectionEntry *self);
/* The organisation and unit as written, white space trimmed; "" when the
 * document leaves them out. */
const char     *zm_collection_entry_get_organisation (ZmCollectionEntry *self);
const char     *zm_collection_entry_get_unit         (ZmCollectionEntry *self);
/* "YYYY-MM-DD" or NULL. */
const char     *zm_collection_entry_get_date         (ZmCollectionEntry *self);
/* Both are of the same organisation and unit. */
gboolean        zm_collection_entry_same_unit        (ZmCollectionEntry *a,
                                                      ZmCollectionEntry *b);

#define ZM_TYPE_COLLECTION (zm_collection_get_type ())
G_DECLARE_FINAL_TYPE (ZmCollection, zm_collection, ZM, COLLECTION, GObject)

/* Called on the thread that started the load, at most a few times per
 * file: how many of @n_total files are done. */
typedef void (*ZmCollectionProgressFunc) (guint    n_done,
                                          guint    n_total,
                                          gpointer user_data);

/* A GListModel of ZmCollectionEntry ordered by organisation, unit, date
 * and file name; every document answers the collection's model. */
ZmCollection   *zm_collection_new             (ZmModel        *model);
ZmModel        *zm_collection_get_model       (ZmCollection   *self);

/* Reads @files (documents, or folders searched recursively for .zmscan
 * files) in parallel and scores each one. A file that cannot be read, or
 * that was answered against another model or model version, is left out
 * and kept as an error naming the file and the reason. On success the
 * collection holds what was read, replacing what it held; cancelled, it
 * is left as it was. */
gboolean        zm_collection_load            (ZmCollection   *self,
                                               GFile         **files,
                                               guint           n_files,
                                               GCancellable   *cancellable,
                                               GError        **error);
void            zm_collection_load_async      (ZmCollection   *self,
                                               GFile         **files,
                                               guint           n_files,
                                               GCancellable   *cancellable,
                                               ZmCollectionProgressFunc progress,
                                               gpointer        progress_data,
                                               GAsyncReadyCallback callback,
                                               gpointer        user_data);
gboolean        zm_collection_load_finish     (ZmCollection   *self,
                                               GAsyncResult   *result,
                                               GError        **error);

/* The files of the last load that were left out, as GErrors whose
 * message names the file. */
GPtrArray      *zm_collection_get_failures    (ZmCollection   *self);

/* The entries, in order, as a new array holding a reference to each:
 * for a thread to read while the collection may load again. */
GPtrArray      *zm_collection_dup_entries     (ZmCollection   *self);

/* The entries, in order (borrowed). */
ZmCollectionEntry *zm_collection_peek_entry   (ZmCollection   *self,
                                               guint           position);

G_END_DECLS
