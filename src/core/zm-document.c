/* zm-document.c: loading and saving .zmscan files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* O_CLOEXEC, O_DIRECTORY and link() under -std=c11 */
#define _POSIX_C_SOURCE 200809L
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "zm-document-private.h"
#include "zm-xml-private.h"

G_DEFINE_QUARK (zm-document-error-quark, zm_document_error)

G_STATIC_ASSERT ((int) ZM_DOCUMENT_ERROR_IO == (int) ZM_XML_ERROR_IO);
G_STATIC_ASSERT ((int) ZM_DOCUMENT_ERROR_TOO_LARGE == (int) ZM_XML_ERROR_TOO_LARGE);
G_STATIC_ASSERT ((int) ZM_DOCUMENT_ERROR_MALFORMED == (int) ZM_XML_ERROR_MALFORMED);
G_STATIC_ASSERT ((int) ZM_DOCUMENT_ERROR_DOCTYPE == (int) ZM_XML_ERROR_DOCTYPE);

#define EXTRAS_KEY "zm-document-extras"
#define MINOR_KEY "zm-document-minor"
#define MODEL_VERSION_KEY "zm-document-model-version"

static const char * const rating_names[] = { "0", "1", "2", "3", "4" };
static const char * const status_names[] = { "not-started", "in-progress", "done" };

const char *
zm_rating_to_string (ZmRating rating)
{
  if (rating == ZM_RATING_DONT_KNOW)
    return "dont-know";
  if (ZM_RATING_IS_SCORED (rating))
    return rating_names[rating];
  return NULL;
}

gboolean
zm_rating_from_string (const char *text,
                       ZmRating   *rating)
{
  if (g_strcmp0 (text, "dont-know") == 0)
    {
      *rating = ZM_RATING_DONT_KNOW;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (rating_names); i++)
    if (g_strcmp0 (text, rating_names[i]) == 0)
      {
        *rating = (ZmRating) i;
        return TRUE;
      }
  return FALSE;
}

const char *
zm_step_status_to_string (ZmStepStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_names), NULL);

  return status_names[status];
}

gboolean
zm_step_status_from_string (const char   *text,
                            ZmStepStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (text, status_names[i]) == 0)
      {
        *status = (ZmStepStatus) i;
        return TRUE;
      }
  return FALSE;
}

static void
zm_extras_free (ZmExtras *extras)
{
  g_ptr_array_unref (extras->elements);
  g_ptr_array_unref (extras->attributes);
  g_free (extras);
}

ZmExtras *
zm_document_get_extras (ZmAssessment *assessment,
                        const char   *key,
                        gboolean      create)
{
  GHashTable *table = g_object_get_data (G_OBJECT (assessment), EXTRAS_KEY);
  ZmExtras *extras;

  if (table == NULL && !create)
    return NULL;
  if (table == NULL)
    {
      table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) zm_extras_free);
      g_object_set_data_full (G_OBJECT (assessment), EXTRAS_KEY, table,
                              (GDestroyNotify) g_hash_table_unref);
    }

  extras = g_hash_table_lookup (table, key);
  if (extras == NULL && create)
    {
      extras = g_new0 (ZmExtras, 1);
      extras->elements = g_ptr_array_new_with_free_func (g_free);
      extras->attributes = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (table, g_strdup (key), extras);
    }

  return extras;
}

void
zm_extras_add_element (ZmExtras *extras,
                       char     *xml)
{
  g_ptr_array_add (extras->elements, xml);
}

void
zm_extras_add_attribute (ZmExtras   *extras,
                         const char *name,
                         const char *value)
{
  g_ptr_array_add (extras->attributes, g_strdup (name));
  g_ptr_array_add (extras->attributes, g_strdup (value));
}

static gboolean
has_agreed_ratings (ZmAssessment *assessment)
{
  GListModel *answers = zm_assessment_get_answers (assessment);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);

      if (zm_assessment_get_agreed_rating (assessment, zm_answer_get_statement_id (answer),
                                           NULL, NULL) != ZM_RATING_UNANSWERED)
        return TRUE;
    }
  return FALSE;
}

gboolean
zm_document_has_team_content (ZmAssessment *assessment)
{
  return zm_assessment_get_n_respondents (assessment) > 0 ||
         zm_assessment_get_respondent_name (assessment) != NULL ||
         has_agreed_ratings (assessment);
}

/* A document of one person keeps format 1.0, byte for byte as before
 * team assessments existed; only team content needs 1.1. */
guint
zm_document_get_minor (ZmAssessment *assessment)
{
  guint minor = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (assessment), MINOR_KEY));

  if (minor > ZM_DOCUMENT_MINOR_VERSION)
    return minor;
  return zm_document_has_team_content (assessment) ? ZM_DOCUMENT_TEAM_MINOR_VERSION : 0;
}

void
zm_document_set_minor (ZmAssessment *assessment,
                       guint         minor)
{
  g_object_set_data (G_OBJECT (assessment), MINOR_KEY, GUINT_TO_POINTER (minor));
}

void
zm_document_set_model_version (ZmAssessment *assessment,
                               const char   *version)
{
  g_object_set_data_full (G_OBJECT (assessment), MODEL_VERSION_KEY, g_strdup (version), g_free);
}

const char *
zm_document_get_model_version (ZmAssessment *assessment)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);

  return g_object_get_data (G_OBJECT (assessment), MODEL_VERSION_KEY);
}

ZmAssessment *
zm_document_load (GFile         *file,
                  ZmModel       *model,
                  char         **etag_out,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ZmAssessment *assessment;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);

  name = g_file_get_parse_name (file);
  bytes = zm_xml_read_file (file, name, ZM_DOCUMENT_MAX_SIZE, &etag, cancellable,
                            ZM_DOCUMENT_ERROR, error);
  if (bytes == NULL)
    return NULL;

  assessment = zm_document_read_bytes (bytes, name, model, error);
  if (assessment != NULL && etag_out != NULL)
    *etag_out = g_steal_pointer (&etag);

  return assessment;
}

typedef struct {
  GFile   *file;
  ZmModel *model;
  GBytes  *bytes;
  char    *etag;
  char    *new_etag;
} TaskData;

static TaskData *
task_data_new (GFile *file)
{
  TaskData *data = g_new0 (TaskData, 1);

  data->file = g_object_ref (file);
  return data;
}

static void
task_data_free (TaskData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->model);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data->etag);
  g_free (data->new_etag);
  g_free (data);
}

/* Both file operations run in a worker thread; the UI thread never waits
 * on the disk. */
static void
run_in_thread (gpointer             source_object,
               gpointer             source_tag,
               TaskData            *data,
               GTaskThreadFunc      func,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_run_in_thread (task, func);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  ZmAssessment *assessment;

  assessment = zm_document_load (data->file, data->model, &data->etag, cancellable, &error);
  if (assessment == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, assessment, g_object_unref);
}

void
zm_document_load_async (GFile               *file,
                        ZmModel             *model,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  TaskData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (ZM_IS_MODEL (model));

  data = task_data_new (file);
  data->model = g_object_ref (model);
  run_in_thread (NULL, zm_document_load_async, data, load_in_thread,
                 cancellable, callback, user_data);
}

ZmAssessment *
zm_document_load_finish (GAsyncResult  *result,
                         char         **etag_out,
                         GError       **error)
{
  TaskData *data;
  ZmAssessment *assessment;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  assessment = g_task_propagate_pointer (G_TASK (result), error);
  data = g_task_get_task_data (G_TASK (result));
  if (assessment != NULL && etag_out != NULL)
    *etag_out = g_steal_pointer (&data->etag);

  return assessment;
}

static gboolean
write_all (GOutputStream  *stream,
           GBytes         *bytes,
           GCancellable   *cancellable,
           GError        **error)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  return g_output_stream_write_all (stream, data, size, NULL, cancellable, error);
}

static ZmDocumentWriteFunc write_func = write_all;

void
zm_document_set_write_func_for_testing (ZmDocumentWriteFunc func)
{
  write_func = func != NULL ? func : write_all;
}

/* GLocalFileOutputStream writes to a temporary file and renames it over the
 * original on close; closing with a cancelled cancellable skips the rename
 * and removes the temporary file, so the old file survives any error. */
static void
abort_replace (GOutputStream *stream)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_cancellable_cancel (cancelled);
  g_output_stream_close (stream, cancelled, NULL);
}

static void
set_save_error (GError     **error,
                const char  *name,
                GError      *gio_error)
{
  if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (gio_error));
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    g_set_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_CHANGED_ON_DISK,
                 _("%s: the file was changed by another program since it was opened"), name);
  else
    g_set_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_IO, "%s: %s", name, gio_error->message);
}

/* Any other program's save: GIO's own, through a temporary file it names
 * itself, for files that are not on a local disk. */
static gboolean
replace_with_gio (GFile         *file,
                  GBytes        *bytes,
                  const char    *etag,
                  char         **new_etag_out,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);

  stream = g_file_replace (file, etag, TRUE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, &local_error);
  if (stream == NULL)
    {
      set_save_error (error, name, local_error);
      return FALSE;
    }

  if (!write_func (G_OUTPUT_STREAM (stream), bytes, cancellable, &local_error))
    {
      abort_replace (G_OUTPUT_STREAM (stream));
      set_save_error (error, name, local_error);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      set_save_error (error, name, local_error);
      return FALSE;
    }

  if (new_etag_out != NULL)
    *new_etag_out = g_file_output_stream_get_etag (stream);

  return TRUE;
}

/* A local save writes ".NAME.XXXXXX.part" beside the file and renames it
 * over the file, so the file is always the old or the new version. The
 * temporary file is named after the document: one left by a save that was
 * killed is known to be ours and removed by the next save, where GIO's
 * ".goutputstream-XXXXXX" could belong to any program. */
#define TEMP_SUFFIX ".part"

static gboolean
is_own_temp (const char *entry,
             const char *base)
{
  gsize base_len = strlen (base);
  gsize len = strlen (entry);

  /* "." BASE "." XXXXXX ".part" */
  return len == 1 + base_len + 1 + 6 + strlen (TEMP_SUFFIX) &&
         entry[0] == '.' &&
         strncmp (entry + 1, base, base_len) == 0 &&
         entry[1 + base_len] == '.' &&
         g_str_has_suffix (entry, TEMP_SUFFIX);
}

static void
remove_stale_temps (const char *dir_path,
                    const char *base)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (is_own_temp (entry, base))
      {
        g_autofree char *path = g_build_filename (dir_path, entry, NULL);

        g_unlink (path);
      }
}

static gboolean
check_etag (GFile         *file,
            const char    *etag,
            const char    *name,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  if (etag == NULL)
    return TRUE;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  /* Removed since: nothing is overwritten. */
  if (info == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  if (info == NULL)
    {
      set_save_error (error, name, local_error);
      return FALSE;
    }
  if (g_strcmp0 (g_file_info_get_etag (info), etag) != 0)
    {
      g_set_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_CHANGED_ON_DISK,
                   _("%s: the file was changed by another program since it was opened"), name);
      return FALSE;
    }
  return TRUE;
}

/* The previous version stays as "FILE~", as GIO's backup would. */
static void
keep_backup (const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_unlink (backup);
  if (link (path, backup) != 0)
    {
      g_autoptr(GFile) from = g_file_new_for_path (path);
      g_autoptr(GFile) to = g_file_new_for_path (backup);

      g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
    }
}

static gboolean
write_temp (int            fd,
            GBytes        *bytes,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GOutputStream) stream = g_unix_output_stream_new (fd, FALSE);

  if (!write_func (stream, bytes, cancellable, error))
    return FALSE;
  /* On disk before the rename, or a crash of the machine could leave an
   * empty file under the user's name. */
  if (g_fsync (fd) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static void
sync_dir (const char *dir_path)
{
  int fd = g_open (dir_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      g_fsync (fd);
      g_close (fd, NULL);
    }
}

static gboolean
set_errno_gio_error (GError **error,
                     int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

/* Errors in GIO's domain, as g_file_replace() would give them. */
static gboolean
replace_local (const char    *path,
               GBytes        *bytes,
               gboolean       backup,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temp_name = g_strconcat (".", base, ".XXXXXX" TEMP_SUFFIX, NULL);
  g_autofree char *temp_path = g_build_filename (dir_path, temp_name, NULL);
  g_autoptr(GError) local_error = NULL;
  gboolean written;
  int fd;

  remove_stale_temps (dir_path, base);

  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_gio_error (error, errno);

  written = write_temp (fd, bytes, cancellable, &local_error);
  if (!g_close (fd, written ? &local_error : NULL))
    written = FALSE;
  if (!written)
    {
      g_unlink (temp_path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (backup && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    keep_backup (path);
  if (g_rename (temp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      return set_errno_gio_error (error, saved_errno);
    }
  sync_dir (dir_path);
  return TRUE;
}

static gboolean
replace_local_document (GFile         *file,
                        const char    *path,
                        GBytes        *bytes,
                        const char    *etag,
                        char         **new_etag_out,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;

  if (!check_etag (file, etag, name, cancellable, error))
    return FALSE;
  if (!replace_local (path, bytes, TRUE, cancellable, &local_error))
    {
      set_save_error (error, name, local_error);
      return FALSE;
    }

  if (new_etag_out != NULL)
    {
      info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                NULL, NULL);
      *new_etag_out = info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
    }
  return TRUE;
}

/* A symbolic link stays one: GIO writes through it. */
static const char *
local_path (GFile *file)
{
  const char *path = g_file_peek_path (file);

  return path != NULL && !g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? path : NULL;
}

gboolean
zm_file_replace_bytes (GFile         *file,
                       GBytes        *bytes,
                       gboolean       backup,
                       GCancellable  *cancellable,
                       GError       **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  path = local_path (file);
  if (path != NULL)
    return replace_local (path, bytes, backup, cancellable, error);
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, backup, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  cancellable, error);
}

static gboolean
replace_contents (GFile         *file,
                  GBytes        *bytes,
                  const char    *etag,
                  char         **new_etag_out,
                  GCancellable  *cancellable,
                  GError       **error)
{
  const char *path = local_path (file);

  if (path != NULL)
    return replace_local_document (file, path, bytes, etag, new_etag_out, cancellable, error);
  return replace_with_gio (file, bytes, etag, new_etag_out, cancellable, error);
}

gboolean
zm_document_save (ZmAssessment  *assessment,
                  GFile         *file,
                  const char    *etag,
                  char         **new_etag_out,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = zm_document_write_bytes (assessment);
  return replace_contents (file, bytes, etag, new_etag_out, cancellable, error);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;

  if (replace_contents (data->file, data->bytes, data->etag, &data->new_etag,
                        cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The bytes are taken now, on the caller's thread: the assessment may
 * change while the thread writes, and it is not thread-safe. */
void
zm_document_save_async (ZmAssessment        *assessment,
                        GFile               *file,
                        const char          *etag,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  TaskData *data;

  g_return_if_fail (ZM_IS_ASSESSMENT (assessment));
  g_return_if_fail (G_IS_FILE (file));

  data = task_data_new (file);
  data->bytes = zm_document_write_bytes (assessment);
  data->etag = g_strdup (etag);
  run_in_thread (assessment, zm_document_save_async, data, save_in_thread,
                 cancellable, callback, user_data);
}

gboolean
zm_document_save_finish (GAsyncResult  *result,
                         char         **new_etag_out,
                         GError       **error)
{
  TaskData *data;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  if (new_etag_out != NULL)
    *new_etag_out = g_steal_pointer (&data->new_etag);

  return TRUE;
}

char *
zm_document_dup_example_resource (void)
{
  /* Translators: the file name of the example assessment in your language;
   * keep "example.zmscan" unless data/examples/ has one translated for it */
  const char *name = C_("example document", "example.zmscan");
  g_autofree char *path = g_strconcat ("/io/github/zorgmarketing/Scan/examples/", name, NULL);

  if (!g_str_has_suffix (name, ZM_DOCUMENT_SUFFIX) || strchr (name, '/') != NULL ||
      !g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    return g_strdup (ZM_DOCUMENT_EXAMPLE_RESOURCE);
  return g_steal_pointer (&path);
}
