/* zm-recovery.h: recovery copies of unsaved documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a recovery copy knows about the document it was taken from. */
typedef struct {
  char      *id;
  GFile     *copy;      /* the recovery copy itself */
  char      *uri;       /* the document's own file, NULL when untitled */
  char      *etag;      /* the etag the document had on disk, or NULL */
  char      *title;     /* what the window showed as the title */
  GDateTime *saved;     /* when the copy was written */
} ZmRecoveryEntry;

void             zm_recovery_entry_free  (ZmRecoveryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmRecoveryEntry, zm_recovery_entry_free)

/* g_get_user_data_dir()/zorgmarketing-scan/recovery */
GFile           *zm_recovery_get_dir     (void);
char            *zm_recovery_new_id      (void);

/* All operations run one after the other on one worker thread, so a copy
 * written while the document is being saved never outlives its removal. */
void             zm_recovery_write_async (const char          *id,
                                          GBytes              *bytes,
                                          const char          *uri,
                                          const char          *etag,
                                          const char          *title,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean         zm_recovery_write_finish (GAsyncResult       *result,
                                           GError            **error);

void             zm_recovery_remove_async (const char         *id,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data);
gboolean         zm_recovery_remove_finish (GAsyncResult      *result,
                                            GError           **error);

/* Renames a copy that cannot be read to ID.zmscan.damaged (its info file
 * likewise), so it is not offered again but nothing is lost; finishes with
 * the renamed copy. */
#define ZM_RECOVERY_DAMAGED_SUFFIX ".damaged"
void             zm_recovery_set_aside_async  (const char          *id,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GFile           *zm_recovery_set_aside_finish (GAsyncResult        *result,
                                               GError             **error);

/* The copies on disk, oldest first: a GPtrArray of ZmRecoveryEntry. */
void             zm_recovery_list_async  (GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GPtrArray       *zm_recovery_list_finish (GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
