/* fuzz-document.c: arbitrary bytes through the document reader; what
 * loads is scored, written, read again and written again, and any
 * difference on the way aborts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "zm-document.h"
#include "zm-scoring.h"

static void
check_round_trip (ZmAssessment *first)
{
  g_autoptr(ZmResult) result = zm_score_assessment (first);
  g_autoptr(GBytes) written = zm_document_write_bytes (first);
  g_autoptr(GBytes) rewritten = NULL;
  g_autoptr(ZmAssessment) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  second = zm_document_read_bytes (written, "written.zmscan",
                                   zm_assessment_get_model (first), &error);
  if (second == NULL)
    zm_fuzz_fail ("what was written cannot be read", error->message,
                  g_bytes_get_data (written, NULL));

  before = zm_test_describe_assessment (first);
  after = zm_test_describe_assessment (second);
  if (g_strcmp0 (before, after) != 0)
    zm_fuzz_fail ("the content changed", before, after);

  rewritten = zm_document_write_bytes (second);
  if (!g_bytes_equal (written, rewritten))
    zm_fuzz_fail ("the second write differs from the first",
                  g_bytes_get_data (written, NULL), g_bytes_get_data (rewritten, NULL));

  /* Scoring reads every answer; nothing to compare, only to survive. */
  g_assert (result->n_pillars == zm_model_get_n_pillars (zm_assessment_get_model (first)));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;

  assessment = zm_document_read_bytes (bytes, "fuzz.zmscan", zm_fuzz_model_for (data, size), &error);
  if (assessment != NULL)
    check_round_trip (assessment);
  else if (error == NULL || strchr (error->message, '\n') != NULL)
    zm_fuzz_fail ("an error is not one line", error != NULL ? error->message : "(none)", "");

  return 0;
}
