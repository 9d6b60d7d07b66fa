/* fuzz-common.c: what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "zm-model.h"

static ZmModel *
load_model (gboolean test_model)
{
  g_autoptr(GError) error = NULL;
  ZmModel *model;

  if (test_model)
    {
      g_autoptr(GFile) file = g_file_new_for_path (ZM_FUZZ_TEST_MODEL);

      model = zm_model_new_from_file (file, &error);
    }
  else
    model = zm_model_new_default (&error);

  if (model == NULL)
    {
      fprintf (stderr, "cannot load the model: %s\n", error->message);
      abort ();
    }
  return model;
}

ZmModel *
zm_fuzz_model_for (const uint8_t *data,
                   size_t         size)
{
  static ZmModel *models[2];
  gboolean test_model = g_strstr_len ((const char *) data, size, "\"test-model\"") != NULL;

  if (models[test_model] == NULL)
    models[test_model] = load_model (test_model);
  return models[test_model];
}

void
zm_fuzz_fail (const char *what,
              const char *first,
              const char *second)
{
  fprintf (stderr, "round trip: %s\n--- first ---\n%s\n--- second ---\n%s\n", what, first, second);
  abort ();
}
