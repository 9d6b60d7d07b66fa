/* bench-compare.c: what comparing many documents costs beyond reading them
 *
 * Writes N generated documents (100 and 500 unless counts are given) into
 * a temporary folder, a unit of the care group each, a third of them with
 * an earlier assessment too, then times
 *   (a) reading them alone: zm_document_load of every file, one by one;
 *   (b) the collection: found in the folder, read and scored in parallel;
 *   (c) (b) and the comparison written as a PDF (heat map and trend pages);
 *   (d) (b) and the comparison written as CSV,
 * three rounds each, the fastest counting, and prints the figures and
 * their ratio to (a).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "zm-collection.h"
#include "zm-compare-data.h"
#include "zm-csv.h"
#include "zm-document.h"
#include "zm-export.h"

#define ROUNDS 3

static void
write_documents (ZmModel    *model,
                 const char *dir,
                 guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmAssessment) a = zm_assessment_new (model);
      GListModel *answers = zm_assessment_get_answers (a);
      g_autofree char *unit = g_strdup_printf ("Locatie %u, afdeling wonen en welzijn", i - i % 3 * (i % 3 == 2));
      g_autofree char *name = g_strdup_printf ("%s/doc-%04u.zmscan", dir, i);
      g_autoptr(GFile) file = g_file_new_for_path (name);
      g_autoptr(GError) error = NULL;

      zm_assessment_set_organisation_name (a, "Stichting Zorgcentra Rivierenland");
      zm_assessment_set_unit (a, unit);
      zm_assessment_set_date (a, i % 3 == 2 ? "2025-03-10" : "2026-03-09");
      for (guint s = 0; s < g_list_model_get_n_items (answers); s++)
        {
          g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, s);

          zm_answer_set_rating (answer, (ZmRating) ((s * 7 + i * 3) % 5));
          zm_answer_set_note (answer, "Besproken in het MT; bewijs in het jaarplan.");
        }
      zm_document_save (a, file, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

static double
time_alone (ZmModel    *model,
            const char *dir,
            guint       n)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/doc-%04u.zmscan", dir, i);
      g_autoptr(GFile) file = g_file_new_for_path (name);
      g_autoptr(GError) error = NULL;
      g_autoptr(ZmAssessment) a = zm_document_load (file, model, NULL, NULL, &error);

      g_assert_no_error (error);
    }
  return (g_get_monotonic_time () - start) / 1e6;
}

typedef enum { OUT_NONE, OUT_PDF, OUT_CSV } Output;

static double
time_compare (ZmModel    *model,
              const char *dir,
              guint       n,
              Output      output)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(ZmCollection) collection = zm_collection_new (model);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_strdup_printf ("%s.%s", dir, output == OUT_PDF ? "pdf" : "csv");
  gint64 start = g_get_monotonic_time ();

  zm_collection_load (collection, &folder, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, n);
  if (output == OUT_PDF)
    {
      g_autoptr(ZmCompareData) data = zm_compare_data_new_for_collection (collection);
      ZmImageOptions options;

      zm_image_options_init (&options);
      zm_export_comparison (data, out, &options, &error);
      g_assert_no_error (error);
    }
  else if (output == OUT_CSV)
    {
      g_autoptr(GBytes) bytes = zm_csv_write_collection (collection, ',', '.');

      g_file_set_contents (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
    }
  g_unlink (out);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
remove_folder (const char *dir,
               guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/doc-%04u.zmscan", dir, i);

      g_unlink (name);
    }
  g_rmdir (dir);
}

static void
run (ZmModel *model,
     guint    n)
{
  g_autofree char *dir = g_dir_make_tmp ("zm-bench-compare-XXXXXX", NULL);
  double best[4] = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE };

  write_documents (model, dir, n);
  for (guint round = 0; round < ROUNDS; round++)
    {
      best[0] = MIN (best[0], time_alone (model, dir, n));
      best[1] = MIN (best[1], time_compare (model, dir, n, OUT_NONE));
      best[2] = MIN (best[2], time_compare (model, dir, n, OUT_PDF));
      best[3] = MIN (best[3], time_compare (model, dir, n, OUT_CSV));
    }

  g_print ("%u documents, %u processors:\n", n, g_get_num_processors ());
  g_print ("  (a) reading them alone, one by one:        %6.3f s\n", best[0]);
  g_print ("  (b) collection, read and scored in parallel: %6.3f s  ratio (b)/(a) %.2f\n", best[1], best[1] / best[0]);
  g_print ("  (c) (b) and the PDF:                       %6.3f s  ratio (c)/(a) %.2f\n", best[2], best[2] / best[0]);
  g_print ("  (d) (b) and the CSV:                       %6.3f s  ratio (d)/(a) %.2f\n", best[3], best[3] / best[0]);
  remove_folder (dir, n);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = zm_model_new_default (&error);

  g_assert_no_error (error);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      run (model, (guint) g_ascii_strtoull (argv[i], NULL, 10));
  else
    {
      run (model, 100);
      run (model, 500);
    }
  return 0;
}
