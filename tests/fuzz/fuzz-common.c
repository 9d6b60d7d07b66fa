/* fuzz-common.c: what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "zm-answer.h"
#include "zm-checklist-item.h"
#include "zm-model.h"
#include "zm-pillar.h"

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

static void
append_field (GString    *out,
              const char *name,
              const char *value)
{
  g_string_append_printf (out, "%s=%s\n", name, value != NULL ? value : "(none)");
}

char *
zm_fuzz_describe (ZmAssessment *a)
{
  ZmModel *model = zm_assessment_get_model (a);
  GListModel *answers = zm_assessment_get_answers (a);
  GListModel *checklist = zm_assessment_get_checklist (a);
  GString *out = g_string_new (NULL);

  append_field (out, "name", zm_assessment_get_organisation_name (a));
  append_field (out, "kind", zm_assessment_get_organisation_kind (a));
  append_field (out, "unit", zm_assessment_get_unit (a));
  append_field (out, "assessors", zm_assessment_get_assessors (a));
  append_field (out, "date", zm_assessment_get_date (a));
  append_field (out, "previous", zm_assessment_get_previous_uri (a));

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);

      g_string_append_printf (out, "answer %s %d %d ", zm_answer_get_statement_id (answer),
                              (int) zm_answer_get_rating (answer),
                              (int) zm_answer_get_previous_rating (answer));
      append_field (out, "note", zm_answer_get_note (answer));
    }

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      const char *id = zm_pillar_get_id (zm_model_get_pillar (model, i));

      g_string_append_printf (out, "pillar %s included=%d target=%u\n", id,
                              zm_assessment_get_pillar_included (a, id),
                              zm_assessment_get_target (a, id));
    }

  for (guint i = 0; i < g_list_model_get_n_items (checklist); i++)
    {
      g_autoptr(ZmChecklistItem) item = g_list_model_get_item (checklist, i);

      g_string_append_printf (out, "step %s %d ", zm_checklist_item_get_step_id (item),
                              (int) zm_checklist_item_get_status (item));
      append_field (out, "owner", zm_checklist_item_get_owner (item));
      append_field (out, "due", zm_checklist_item_get_due (item));
      append_field (out, "note", zm_checklist_item_get_note (item));
    }

  return g_string_free (out, FALSE);
}

void
zm_fuzz_fail (const char *what,
              const char *first,
              const char *second)
{
  fprintf (stderr, "round trip: %s\n--- first ---\n%s\n--- second ---\n%s\n", what, first, second);
  abort ();
}
