/* bench-document.c: what reading a document costs beyond libxml2 itself
 *
 * Builds a realistic assessment against the shipped model (every statement
 * answered with a note, the checklist filled in), then times
 *   (a) libxml2 alone: xmlReadMemory + xmlFreeDoc of the same bytes, and
 *   (b) zm_document_read_bytes + zm_score_assessment,
 * N times each (10000 unless given), and prints both and the ratio.
 *
 * The runs are split into ten rounds that alternate (a) and (b), and the
 * fastest round of each counts: on a shared machine that is the figure
 * least disturbed by other work. The totals are printed too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/parser.h>

#include "zm-document.h"
#include "zm-scoring.h"

#define ROUNDS 10

static ZmAssessment *
build_assessment (ZmModel *model)
{
  ZmAssessment *a = zm_assessment_new (model);
  GListModel *answers = zm_assessment_get_answers (a);
  GListModel *items = zm_assessment_get_checklist (a);

  zm_assessment_set_organisation_name (a, "Zorggroep De Linde");
  zm_assessment_set_organisation_kind (a, "elderly-care");
  zm_assessment_set_unit (a, "Locaties Noord en Oost");
  zm_assessment_set_assessors (a, "M. Jansen (marketing), P. de Boer (bestuur)");
  zm_assessment_set_date (a, "2026-03-09");
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);
      g_autofree char *note = g_strdup_printf ("Besproken in het MT van maart; bewijs: "
                                               "jaarplan 2026, paragraaf %u.", i + 1);

      zm_answer_set_rating (answer, (ZmRating) ((int) (i * 7 % 6) - 1));
      zm_answer_set_note (answer, note);
    }
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(ZmChecklistItem) item = g_list_model_get_item (items, i);

      zm_checklist_item_set_status (item, (ZmStepStatus) (i % 3));
      zm_checklist_item_set_owner (item, "Afdeling marketing en communicatie");
      zm_checklist_item_set_due (item, "2026-09-30");
      zm_checklist_item_set_note (item, "Eerste versie besproken; budget volgt in het najaar.");
    }
  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    zm_assessment_set_target (a, zm_pillar_get_id (zm_model_get_pillar (model, i)), 3);

  return a;
}

static double
time_libxml2 (GBytes *bytes,
              guint   n)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    {
      xmlDoc *doc = xmlReadMemory (data, (int) size, NULL, NULL, XML_PARSE_NONET);

      g_assert (doc != NULL);
      xmlFreeDoc (doc);
    }

  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_document (GBytes  *bytes,
               ZmModel *model,
               guint    n)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ZmAssessment) a = zm_document_read_bytes (bytes, "bench.zmscan", model, &error);
      g_autoptr(ZmResult) result = NULL;

      g_assert_no_error (error);
      result = zm_score_assessment (a);
      g_assert (result->n_pillars > 0);
    }

  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = zm_model_new_default (&error);
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  double libxml2 = 0, document = 0;
  double best_libxml2 = G_MAXDOUBLE, best_document = G_MAXDOUBLE;

  g_assert_no_error (error);
  g_assert (n > 0);
  assessment = build_assessment (model);
  bytes = zm_document_write_bytes (assessment);

  /* One round each first, so that neither pays for first-use costs. */
  time_libxml2 (bytes, 1);
  time_document (bytes, model, 1);
  for (guint round = 0; round < ROUNDS; round++)
    {
      double a = time_libxml2 (bytes, MAX (n / ROUNDS, 1));
      double b = time_document (bytes, model, MAX (n / ROUNDS, 1));

      libxml2 += a;
      document += b;
      best_libxml2 = MIN (best_libxml2, a);
      best_document = MIN (best_document, b);
    }

  g_print ("document: %" G_GSIZE_FORMAT " bytes, %u statements answered, %u runs each\n",
           g_bytes_get_size (bytes), zm_model_get_n_statements (model), MAX (n / ROUNDS, 1) * ROUNDS);
  g_print ("(a) libxml2 xmlReadMemory + xmlFreeDoc:           total %7.3f s, best round %6.1f us/doc\n",
           libxml2, best_libxml2 / MAX (n / ROUNDS, 1) * 1e6);
  g_print ("(b) zm_document_read_bytes + zm_score_assessment: total %7.3f s, best round %6.1f us/doc\n",
           document, best_document / MAX (n / ROUNDS, 1) * 1e6);
  g_print ("ratio (b)/(a): %.2f in the best rounds, %.2f in total (goal <= 2)\n",
           best_document / best_libxml2, document / libxml2);

  return 0;
}
