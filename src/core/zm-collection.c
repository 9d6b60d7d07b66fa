/* zm-collection.c: many assessments read together, for comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading and scoring a document is independent of every other one, so a
 * load spreads the files over a thread pool; the documents share only the
 * model, which nothing changes once it is read.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zm-collection.h"
#include "zm-document.h"

/* --- entries ------------------------------------------------------------- */

struct _ZmCollectionEntry
{
  GObject       parent_instance;
  GFile        *file;
  ZmAssessment *assessment;
  ZmResult     *result;
  char         *organisation;
  char         *unit;
};

G_DEFINE_FINAL_TYPE (ZmCollectionEntry, zm_collection_entry, G_TYPE_OBJECT)

static void
zm_collection_entry_finalize (GObject *object)
{
  ZmCollectionEntry *self = ZM_COLLECTION_ENTRY (object);

  g_clear_object (&self->file);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->result, zm_result_free);
  g_free (self->organisation);
  g_free (self->unit);

  G_OBJECT_CLASS (zm_collection_entry_parent_class)->finalize (object);
}

static void
zm_collection_entry_class_init (ZmCollectionEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zm_collection_entry_finalize;
}

static void
zm_collection_entry_init (ZmCollectionEntry *self)
{
}

/* Names typed by different people differ in white space and in how an
 * accent is encoded; neither should split a unit in two. */
static char *
unit_key (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return g_strdup ("");
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  return g_strstrip (g_strdup (normal != NULL ? normal : text));
}

static ZmCollectionEntry *
entry_new (GFile        *file,
           ZmAssessment *assessment)
{
  ZmCollectionEntry *self = g_object_new (ZM_TYPE_COLLECTION_ENTRY, NULL);

  self->file = g_object_ref (file);
  self->assessment = g_object_ref (assessment);
  self->result = zm_score_assessment (assessment);
  self->organisation = unit_key (zm_assessment_get_organisation_name (assessment));
  self->unit = unit_key (zm_assessment_get_unit (assessment));
  return self;
}

GFile *
zm_collection_entry_get_file (ZmCollectionEntry *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION_ENTRY (self), NULL);

  return self->file;
}

ZmAssessment *
zm_collection_entry_get_assessment (ZmCollectionEntry *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION_ENTRY (self), NULL);

  return self->assessment;
}

const ZmResult *
zm_collection_entry_get_result (ZmCollectionEntry *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION_ENTRY (self), NULL);

  return self->result;
}

const char *
zm_collection_entry_get_organisation (ZmCollectionEntry *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION_ENTRY (self), NULL);

  return self->organisation;
}

const char *
zm_collection_entry_get_unit (ZmCollectionEntry *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION_ENTRY (self), NULL);

  return self->unit;
}

const char *
zm_collection_entry_get_date (ZmCollectionEntry *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION_ENTRY (self), NULL);

  return zm_assessment_get_date (self->assessment);
}

gboolean
zm_collection_entry_same_unit (ZmCollectionEntry *a,
                               ZmCollectionEntry *b)
{
  g_return_val_if_fail (ZM_IS_COLLECTION_ENTRY (a), FALSE);
  g_return_val_if_fail (ZM_IS_COLLECTION_ENTRY (b), FALSE);

  return g_str_equal (a->organisation, b->organisation) && g_str_equal (a->unit, b->unit);
}

/* Organisation, unit and date in plain code-point order (a missing date
 * first), then the file, so the order never depends on how the files
 * were given. */
static int
compare_entries (gconstpointer pa,
                 gconstpointer pb)
{
  ZmCollectionEntry *a = *(ZmCollectionEntry **) pa;
  ZmCollectionEntry *b = *(ZmCollectionEntry **) pb;
  g_autofree char *path_a = NULL;
  g_autofree char *path_b = NULL;
  int order;

  if ((order = strcmp (a->organisation, b->organisation)) != 0 ||
      (order = strcmp (a->unit, b->unit)) != 0 ||
      (order = g_strcmp0 (zm_collection_entry_get_date (a), zm_collection_entry_get_date (b))) != 0)
    return order;

  path_a = g_file_get_uri (a->file);
  path_b = g_file_get_uri (b->file);
  return strcmp (path_a, path_b);
}

/* --- the collection ------------------------------------------------------ */

struct _ZmCollection
{
  GObject    parent_instance;
  ZmModel   *model;
  GPtrArray *entries;
  GPtrArray *failures;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZmCollection, zm_collection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *list)
{
  return ZM_TYPE_COLLECTION_ENTRY;
}

static guint
get_n_items (GListModel *list)
{
  return ZM_COLLECTION (list)->entries->len;
}

static gpointer
get_item (GListModel *list,
          guint       position)
{
  ZmCollection *self = ZM_COLLECTION (list);

  if (position >= self->entries->len)
    return NULL;
  return g_object_ref (self->entries->pdata[position]);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
zm_collection_finalize (GObject *object)
{
  ZmCollection *self = ZM_COLLECTION (object);

  g_clear_object (&self->model);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->failures, g_ptr_array_unref);

  G_OBJECT_CLASS (zm_collection_parent_class)->finalize (object);
}

static void
zm_collection_class_init (ZmCollectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zm_collection_finalize;
}

static void
zm_collection_init (ZmCollection *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
}

ZmCollection *
zm_collection_new (ZmModel *model)
{
  ZmCollection *self;

  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);

  self = g_object_new (ZM_TYPE_COLLECTION, NULL);
  self->model = g_object_ref (model);
  return self;
}

ZmModel *
zm_collection_get_model (ZmCollection *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION (self), NULL);

  return self->model;
}

GPtrArray *
zm_collection_get_failures (ZmCollection *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION (self), NULL);

  return self->failures;
}

static gpointer
copy_entry (gconstpointer entry,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) entry);
}

GPtrArray *
zm_collection_dup_entries (ZmCollection *self)
{
  g_return_val_if_fail (ZM_IS_COLLECTION (self), NULL);

  /* The copy unrefs what it holds, as the collection's array does. */
  return g_ptr_array_copy (self->entries, copy_entry, NULL);
}

ZmCollectionEntry *
zm_collection_peek_entry (ZmCollection *self,
                          guint         position)
{
  g_return_val_if_fail (ZM_IS_COLLECTION (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);

  return self->entries->pdata[position];
}

/* --- finding the files --------------------------------------------------- */

static gboolean
is_document_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_str_has_suffix (lower, ZM_DOCUMENT_SUFFIX);
}

static int
compare_files (gconstpointer pa,
               gconstpointer pb)
{
  g_autofree char *a = g_file_get_uri (*(GFile **) pa);
  g_autofree char *b = g_file_get_uri (*(GFile **) pb);

  return strcmp (a, b);
}

/* Symbolic links are not followed into folders, so a link to a parent
 * cannot make the search go round for ever. */
static gboolean
add_folder (GFile         *folder,
            GPtrArray     *out,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;
  GFile *child;

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);
  if (children == NULL)
    return FALSE;

  while (g_file_enumerator_iterate (children, &info, &child, cancellable, error) && info != NULL)
    {
      GFileType type = g_file_info_get_file_type (info);

      if (type == G_FILE_TYPE_DIRECTORY && !add_folder (child, out, cancellable, error))
        return FALSE;
      if (type == G_FILE_TYPE_REGULAR && is_document_name (g_file_info_get_name (info)))
        g_ptr_array_add (out, g_object_ref (child));
    }

  return !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         (error == NULL || *error == NULL);
}

/* Documents as given, and the documents under each folder in name order.
 * What cannot be opened is passed on as a file, for the loader to name
 * with its reason. */
static GPtrArray *
find_documents (GFile        **files,
                guint          n_files,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_files; i++)
    {
      GFileType type = g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, cancellable);

      if (type != G_FILE_TYPE_DIRECTORY)
        g_ptr_array_add (out, g_object_ref (files[i]));
      else if (!add_folder (files[i], out, cancellable, error))
        return NULL;
    }

  /* A file given twice, or given and found in a folder, counts once. */
  g_ptr_array_sort (out, compare_files);
  for (guint i = 1; i < out->len;)
    if (g_file_equal (out->pdata[i - 1], out->pdata[i]))
      g_ptr_array_remove_index (out, i);
    else
      i++;

  return g_steal_pointer (&out);
}

/* --- reading in parallel ------------------------------------------------- */

/* Shared by the threads of the pool and the progress reports waiting in
 * the main context, so reference counted (g_atomic_rc_box). */
typedef struct {
  ZmModel      *model;
  GPtrArray    *files;
  /* Per file, the entry or the error; filled by the pool's threads. */
  gpointer     *entries;
  GError      **errors;
  GCancellable *cancellable;
  guint         n_done;       /* atomic */
  /* For progress reports on the thread that started the load. */
  GMainContext *context;
  gint          report_pending; /* atomic */
  ZmCollectionProgressFunc progress;
  gpointer      progress_data;
} Load;

static void
load_clear (Load *load)
{
  for (guint i = 0; load->files != NULL && i < load->files->len; i++)
    {
      g_clear_object (&load->entries[i]);
      g_clear_error (&load->errors[i]);
    }
  g_free (load->entries);
  g_free (load->errors);
  g_clear_pointer (&load->files, g_ptr_array_unref);
  g_clear_object (&load->model);
  g_clear_object (&load->cancellable);
  g_clear_pointer (&load->context, g_main_context_unref);
}

static void
load_unref (Load *load)
{
  g_atomic_rc_box_release_full (load, (GDestroyNotify) load_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_unref)

static Load *
load_new (ZmModel      *model,
          GCancellable *cancellable)
{
  Load *load = g_atomic_rc_box_new0 (Load);

  load->model = g_object_ref (model);
  load->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  return load;
}

/* Scores from another model version do not mean the same thing, so they
 * are never mixed in one comparison. */
static gboolean
check_model_version (ZmAssessment  *assessment,
                     ZmModel       *model,
                     GFile         *file,
                     GError       **error)
{
  const char *version = zm_document_get_model_version (assessment);
  g_autofree char *name = NULL;

  if (version == NULL || g_strcmp0 (version, zm_model_get_version (model)) == 0)
    return TRUE;

  name = g_file_get_parse_name (file);
  g_set_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_WRONG_MODEL,
               /* Translators: %1$s is a file, %2$s and %3$s model versions */
               _("%1$s: answered against version %2$s of the model, not version %3$s; "
                 "scores of different versions are not compared"),
               name, version, zm_model_get_version (model));
  return FALSE;
}

static gboolean
report_progress (gpointer user_data)
{
  Load *load = user_data;

  g_atomic_int_set (&load->report_pending, FALSE);
  /* NULL once the load has finished. */
  if (load->progress != NULL)
    load->progress (g_atomic_int_get (&load->n_done), load->files->len, load->progress_data);
  return G_SOURCE_REMOVE;
}

/* Reports are coalesced: while one waits to run, finishing more files
 * only moves the count it will show. */
static void
file_done (Load *load)
{
  g_atomic_int_inc (&load->n_done);
  if (load->context != NULL &&
      g_atomic_int_compare_and_exchange (&load->report_pending, FALSE, TRUE))
    {
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, report_progress, g_atomic_rc_box_acquire (load),
                             (GDestroyNotify) load_unref);
      g_source_attach (source, load->context);
      g_source_unref (source);
    }
}

static void
load_one (gpointer item,
          gpointer user_data)
{
  Load *load = user_data;
  guint index = GPOINTER_TO_UINT (item) - 1;
  GFile *file = load->files->pdata[index];
  g_autoptr(ZmAssessment) assessment = NULL;
  GError *error = NULL;

  if (!g_cancellable_set_error_if_cancelled (load->cancellable, &error))
    assessment = zm_document_load (file, load->model, NULL, load->cancellable, &error);
  if (assessment != NULL && check_model_version (assessment, load->model, file, &error))
    load->entries[index] = entry_new (file, assessment);
  load->errors[index] = error;

  file_done (load);
}

static void
load_all (Load *load)
{
  guint n = load->files->len;
  /* A load for a window leaves a processor to the window, so that it
   * keeps drawing while hundreds of files are read. */
  guint n_threads = CLAMP (g_get_num_processors () - (load->context != NULL ? 1 : 0), 1, 16);
  GThreadPool *pool;

  load->entries = g_new0 (gpointer, n);
  load->errors = g_new0 (GError *, n);
  if (n == 0)
    return;

  pool = g_thread_pool_new (load_one, load, (int) MIN (n_threads, n), FALSE, NULL);
  for (guint i = 0; i < n; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);

  /* Runs what is queued and waits for all of it. */
  g_thread_pool_free (pool, FALSE, TRUE);
}

/* Everything a load does off the main thread. */
static gboolean
run_load (Load          *load,
          GFile        **files,
          guint          n_files,
          GError       **error)
{
  load->files = find_documents (files, n_files, load->cancellable, error);
  if (load->files == NULL)
    return FALSE;

  load_all (load);
  return !g_cancellable_set_error_if_cancelled (load->cancellable, error);
}

static void
apply_load (ZmCollection *self,
            Load         *load)
{
  guint removed = self->entries->len;

  g_ptr_array_set_size (self->entries, 0);
  g_ptr_array_set_size (self->failures, 0);
  for (guint i = 0; i < load->files->len; i++)
    {
      if (load->entries[i] != NULL)
        g_ptr_array_add (self->entries, g_steal_pointer (&load->entries[i]));
      if (load->errors[i] != NULL)
        g_ptr_array_add (self->failures, g_steal_pointer (&load->errors[i]));
    }
  g_ptr_array_sort (self->entries, compare_entries);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->entries->len);
}

gboolean
zm_collection_load (ZmCollection  *self,
                    GFile        **files,
                    guint          n_files,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(Load) load = NULL;

  g_return_val_if_fail (ZM_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (files != NULL || n_files == 0, FALSE);

  load = load_new (self->model, cancellable);
  if (!run_load (load, files, n_files, error))
    return FALSE;

  apply_load (self, load);
  return TRUE;
}

typedef struct {
  Load    *load;
  GFile  **files;
  guint    n_files;
} TaskData;

static void
task_data_free (TaskData *data)
{
  load_unref (data->load);
  for (guint i = 0; i < data->n_files; i++)
    g_object_unref (data->files[i]);
  g_free (data->files);
  g_free (data);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;

  if (run_load (data->load, data->files, data->n_files, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
zm_collection_load_async (ZmCollection             *self,
                          GFile                   **files,
                          guint                     n_files,
                          GCancellable             *cancellable,
                          ZmCollectionProgressFunc  progress,
                          gpointer                  progress_data,
                          GAsyncReadyCallback       callback,
                          gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (ZM_IS_COLLECTION (self));
  g_return_if_fail (files != NULL || n_files == 0);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, zm_collection_load_async);
  data = g_new0 (TaskData, 1);
  data->load = load_new (self->model, cancellable);
  data->load->context = g_main_context_ref (g_task_get_context (task));
  data->load->progress = progress;
  data->load->progress_data = progress_data;
  data->files = g_new (GFile *, MAX (n_files, 1));
  for (guint i = 0; i < n_files; i++)
    data->files[i] = g_object_ref (files[i]);
  data->n_files = n_files;
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

gboolean
zm_collection_load_finish (ZmCollection  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  TaskData *data;

  g_return_val_if_fail (ZM_IS_COLLECTION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  /* A progress report still waiting must not call back any more. */
  data = g_task_get_task_data (G_TASK (result));
  data->load->progress = NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  apply_load (self, data->load);
  return TRUE;
}
