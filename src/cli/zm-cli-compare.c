/* zm-cli-compare.c: --compare, many documents in one CSV, picture or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-cli-compare.h"
#include "zm-collection.h"
#include "zm-compare-data.h"
#include "zm-csv.h"
#include "zm-export.h"

static gboolean
is_csv (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".csv");
}

/* Every file that was left out is named, one line each, before anything
 * is written: a comparison that silently lacks a unit would mislead. */
static gboolean
report_failures (ZmCollection *collection)
{
  GPtrArray *failures = zm_collection_get_failures (collection);

  for (guint i = 0; i < failures->len; i++)
    g_printerr ("%s\n", ((GError *) failures->pdata[i])->message);
  if (failures->len > 0)
    {
      g_printerr (_("Nothing was written: %u of the files could not be compared"), failures->len);
      g_printerr ("\n");
      return FALSE;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (collection)) == 0)
    {
      g_printerr ("%s\n", _("No .zmscan documents were found to compare"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_output (ZmCollection *collection,
              const char   *out)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (is_csv (out))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (out);
      g_autoptr(GBytes) bytes = zm_csv_write_collection (collection, ',', '.');

      ok = g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
    }
  else
    {
      g_autoptr(ZmCompareData) data = zm_compare_data_new_for_collection (collection);
      ZmImageOptions options;

      /* As in the window: by name, "Locatie 2" before "Locatie 10". */
      zm_compare_data_sort (data, ZM_COMPARE_SORT_NAME);
      zm_image_options_init (&options);
      ok = zm_export_comparison (data, out, &options, &error);
    }

  if (!ok && strstr (error->message, out) != NULL)
    g_printerr ("%s\n", error->message);
  else if (!ok)
    g_printerr ("%s: %s\n", out, error->message);
  return ok;
}

gboolean
zm_cli_compare (ZmModel            *model,
                const char         *out,
                const char * const *paths)
{
  g_autoptr(ZmCollection) collection = zm_collection_new (model);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZM_IS_MODEL (model), FALSE);
  g_return_val_if_fail (out != NULL && paths != NULL, FALSE);

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  if (!zm_collection_load (collection, (GFile **) files->pdata, files->len, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  return report_failures (collection) && write_output (collection, out);
}
