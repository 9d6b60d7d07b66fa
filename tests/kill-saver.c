/* kill-saver.c: saves an assessment over and over through
 * zm_document_save(), the window's save path, until it is killed; the
 * `kill` test kills it at random moments
 *
 *   kill-saver FILE
 *
 * Opens FILE when it exists (its generation is in the organisation's name),
 * prints "ready", then saves generation after generation, printing each
 * number once it is saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "zm-answer.h"
#include "zm-document.h"
#include "zm-model.h"

#define NAME_FORMAT "generation %u"

/* Several pages of the same number: a torn file would show. */
static char *
make_note (guint generation)
{
  GString *note = g_string_new (NULL);

  while (note->len < 16 * 1024)
    g_string_append_printf (note, "%u ", generation);
  return g_string_free (note, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) model_file = g_file_new_for_path (TEST_DATADIR "/test-model.xml");
  g_autoptr(ZmModel) model = NULL;
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  guint generation = 0;

  if (argc != 2)
    return 2;

  model = zm_model_new_from_file (model_file, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (argv[1]);

  if (g_file_query_exists (file, NULL))
    {
      assessment = zm_document_load (file, model, &etag, NULL, &error);
      if (assessment == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 3;
        }
      if (sscanf (zm_assessment_get_organisation_name (assessment), NAME_FORMAT, &generation) != 1)
        return 3;
    }
  else
    assessment = zm_assessment_new (model);

  printf ("ready\n");
  fflush (stdout);

  for (;;)
    {
      g_autofree char *name = g_strdup_printf (NAME_FORMAT, ++generation);
      g_autofree char *note = make_note (generation);
      g_autofree char *new_etag = NULL;

      zm_assessment_set_organisation_name (assessment, name);
      zm_assessment_set_rating (assessment, "alpha.1.ad-hoc", (ZmRating) (generation % 5));
      zm_answer_set_note (zm_assessment_get_answer (assessment, "alpha.1.ad-hoc"), note);
      if (!zm_document_save (assessment, file, etag, &new_etag, NULL, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 4;
        }
      g_free (etag);
      etag = g_steal_pointer (&new_etag);
      printf ("%u\n", generation);
      fflush (stdout);
    }
}
