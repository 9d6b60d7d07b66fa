/* zm-recovery.c: recovery copies of unsaved documents
 *
 * Each copy is two files in the recovery folder: ID.zmscan, the document as
 * it would be saved, and ID.info, a key file that says which file it belongs
 * to. A crash leaves both behind; the next start offers to restore them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "zm-document.h"
#include "zm-recovery.h"

#define INFO_GROUP  "Recovery"
#define INFO_SUFFIX ".info"

typedef void (*RecoveryFunc) (GTask *task);

typedef struct {
  char   *id;
  GBytes *bytes;
  char   *uri;
  char   *etag;
  char   *title;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *wd = data;

  g_free (wd->id);
  g_clear_pointer (&wd->bytes, g_bytes_unref);
  g_free (wd->uri);
  g_free (wd->etag);
  g_free (wd->title);
  g_free (wd);
}

void
zm_recovery_entry_free (ZmRecoveryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->id);
  g_clear_object (&entry->copy);
  g_free (entry->uri);
  g_free (entry->etag);
  g_free (entry->title);
  g_clear_pointer (&entry->saved, g_date_time_unref);
  g_free (entry);
}

GFile *
zm_recovery_get_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (),
                                    "zorgmarketing-scan", "recovery", NULL);
}

char *
zm_recovery_new_id (void)
{
  return g_uuid_string_random ();
}

static GFile *
recovery_file (const char *id,
               const char *suffix)
{
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (dir, name);
}

/* One worker thread, so that operations happen in the order they were asked
 * for. */
static void
run_recovery_task (gpointer data,
                   gpointer user_data)
{
  g_autoptr(GTask) task = data;
  RecoveryFunc func = g_object_get_data (G_OBJECT (task), "zm-recovery-func");

  func (task);
}

static void
push_task (GTask        *task,
           RecoveryFunc  func)
{
  /* Only the main thread asks for recovery work. */
  static GThreadPool *pool;

  if (pool == NULL)
    pool = g_thread_pool_new (run_recovery_task, NULL, 1, FALSE, NULL);

  g_object_set_data (G_OBJECT (task), "zm-recovery-func", func);
  g_thread_pool_push (pool, task, NULL);
}

static void
write_in_thread (GTask *task)
{
  WriteData *wd = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autoptr(GFile) copy = recovery_file (wd->id, ZM_DOCUMENT_SUFFIX);
  g_autoptr(GFile) info_file = recovery_file (wd->id, INFO_SUFFIX);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = g_date_time_format_iso8601 (now);
  g_autofree char *info_text = NULL;
  g_autoptr(GError) error = NULL;
  gsize info_len;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!g_file_make_directory_with_parents (dir, cancellable, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_clear_error (&error);

  g_key_file_set_string (info, INFO_GROUP, "saved", now_text);
  if (wd->uri != NULL)
    g_key_file_set_string (info, INFO_GROUP, "uri", wd->uri);
  if (wd->etag != NULL)
    g_key_file_set_string (info, INFO_GROUP, "etag", wd->etag);
  if (wd->title != NULL)
    g_key_file_set_string (info, INFO_GROUP, "title", wd->title);
  info_text = g_key_file_to_data (info, &info_len, NULL);

  if (!g_file_replace_contents (copy,
                                g_bytes_get_data (wd->bytes, NULL),
                                g_bytes_get_size (wd->bytes),
                                NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                NULL, cancellable, &error) ||
      !g_file_replace_contents (info_file, info_text, info_len,
                                NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                NULL, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
zm_recovery_write_async (const char          *id,
                         GBytes              *bytes,
                         const char          *uri,
                         const char          *etag,
                         const char          *title,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;
  WriteData *wd;

  g_return_if_fail (id != NULL);
  g_return_if_fail (bytes != NULL);

  wd = g_new0 (WriteData, 1);
  wd->id = g_strdup (id);
  wd->bytes = g_bytes_ref (bytes);
  wd->uri = g_strdup (uri);
  wd->etag = g_strdup (etag);
  wd->title = g_strdup (title);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, zm_recovery_write_async);
  g_task_set_task_data (task, wd, write_data_free);
  push_task (task, write_in_thread);
}

gboolean
zm_recovery_write_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
delete_if_there (GFile   *file,
                 GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_delete (file, NULL, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
remove_in_thread (GTask *task)
{
  const char *id = g_task_get_task_data (task);
  g_autoptr(GFile) copy = recovery_file (id, ZM_DOCUMENT_SUFFIX);
  g_autoptr(GFile) info = recovery_file (id, INFO_SUFFIX);
  g_autoptr(GError) error = NULL;

  if (delete_if_there (copy, &error) && delete_if_there (info, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
zm_recovery_remove_async (const char          *id,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (id != NULL);

  task = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (task, zm_recovery_remove_async);
  g_task_set_task_data (task, g_strdup (id), g_free);
  push_task (task, remove_in_thread);
}

gboolean
zm_recovery_remove_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* A copy that cannot be read is renamed out of the way, never deleted: it
 * may still hold work that can be saved by hand. */
static void
set_aside_in_thread (GTask *task)
{
  const char *id = g_task_get_task_data (task);
  g_autoptr(GFile) copy = recovery_file (id, ZM_DOCUMENT_SUFFIX);
  g_autoptr(GFile) info = recovery_file (id, INFO_SUFFIX);
  g_autoptr(GFile) aside = recovery_file (id, ZM_DOCUMENT_SUFFIX ZM_RECOVERY_DAMAGED_SUFFIX);
  g_autoptr(GFile) info_aside = recovery_file (id, INFO_SUFFIX ZM_RECOVERY_DAMAGED_SUFFIX);
  g_autoptr(GError) error = NULL;

  if (!g_file_move (copy, aside, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_file_move (info, info_aside, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
  g_task_return_pointer (task, g_steal_pointer (&aside), g_object_unref);
}

void
zm_recovery_set_aside_async (const char          *id,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (id != NULL);

  task = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (task, zm_recovery_set_aside_async);
  g_task_set_task_data (task, g_strdup (id), g_free);
  push_task (task, set_aside_in_thread);
}

GFile *
zm_recovery_set_aside_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static ZmRecoveryEntry *
read_entry (GFile      *dir,
            const char *name)
{
  g_autoptr(ZmRecoveryEntry) entry = g_new0 (ZmRecoveryEntry, 1);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GFile) info_file = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *saved = NULL;

  entry->id = g_strndup (name, strlen (name) - strlen (ZM_DOCUMENT_SUFFIX));
  entry->copy = g_file_get_child (dir, name);
  info_file = recovery_file (entry->id, INFO_SUFFIX);
  info_path = g_file_get_path (info_file);

  /* A copy without its info file still holds the user's work. */
  if (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    {
      entry->uri = g_key_file_get_string (info, INFO_GROUP, "uri", NULL);
      entry->etag = g_key_file_get_string (info, INFO_GROUP, "etag", NULL);
      entry->title = g_key_file_get_string (info, INFO_GROUP, "title", NULL);
      saved = g_key_file_get_string (info, INFO_GROUP, "saved", NULL);
    }
  if (saved != NULL)
    entry->saved = g_date_time_new_from_iso8601 (saved, NULL);
  if (entry->saved == NULL)
    entry->saved = g_date_time_new_now_utc ();

  return g_steal_pointer (&entry);
}

static int
compare_saved (gconstpointer a,
               gconstpointer b)
{
  const ZmRecoveryEntry *ea = *(ZmRecoveryEntry * const *) a;
  const ZmRecoveryEntry *eb = *(ZmRecoveryEntry * const *) b;

  return g_date_time_compare (ea->saved, eb->saved);
}

static void
list_in_thread (GTask *task)
{
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) zm_recovery_entry_free);
  g_autoptr(GError) error = NULL;
  GFileInfo *child;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE,
                                        g_task_get_cancellable (task), &error);
  if (children == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_task_return_pointer (task, g_steal_pointer (&entries), (GDestroyNotify) g_ptr_array_unref);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  while ((child = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (child);

      if (g_str_has_suffix (name, ZM_DOCUMENT_SUFFIX) &&
          strlen (name) > strlen (ZM_DOCUMENT_SUFFIX))
        g_ptr_array_add (entries, read_entry (dir, name));
      /* What a copy being written when the application was killed left:
       * the folder is ours alone, so it is known to be stale. */
      else if (g_str_has_prefix (name, ".goutputstream-"))
        {
          g_autoptr(GFile) stale = g_file_get_child (dir, name);

          g_file_delete (stale, NULL, NULL);
        }
      g_object_unref (child);
    }

  g_ptr_array_sort (entries, compare_saved);
  g_task_return_pointer (task, g_steal_pointer (&entries), (GDestroyNotify) g_ptr_array_unref);
}

void
zm_recovery_list_async (GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, zm_recovery_list_async);
  push_task (task, list_in_thread);
}

GPtrArray *
zm_recovery_list_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
