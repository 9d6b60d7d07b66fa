/* zm-test-content.c: every field of an assessment, filled and compared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-answer.h"
#include "zm-checklist-item.h"
#include "zm-model.h"
#include "zm-pillar.h"
#include "zm-step.h"
#include "zm-test-content.h"

static void
append_field (GString    *out,
              const char *name,
              const char *value)
{
  g_string_append_printf (out, "%s=%s\n", name, value != NULL ? value : "(none)");
}

char *
zm_test_describe_assessment (ZmAssessment *a)
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
zm_test_fill_assessment (ZmAssessment *a)
{
  ZmModel *model = zm_assessment_get_model (a);
  GListModel *answers = zm_assessment_get_answers (a);
  GListModel *checklist = zm_assessment_get_checklist (a);

  zm_assessment_set_organisation_name (a, "Zorggroep Herstel & Co");
  zm_assessment_set_organisation_kind (a, "hospital");
  zm_assessment_set_unit (a, "Locatie Oost");
  zm_assessment_set_assessors (a, "A. Jansen, B. de Wit");
  zm_assessment_set_date (a, "2026-02-14");

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);
      g_autofree char *note = g_strdup_printf ("Note %u: “evidence” <here>", i);

      /* Every rating, "don't know" and unanswered included. */
      zm_answer_set_rating (answer, (ZmRating) ((int) (i % 7) - 2));
      if (i % 3 != 0)
        zm_answer_set_note (answer, note);
    }

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      const char *id = zm_pillar_get_id (zm_model_get_pillar (model, i));

      zm_assessment_set_target (a, id, 1 + i % 4);
      if (i == 1)
        zm_assessment_set_pillar_included (a, id, FALSE);
    }

  for (guint i = 0; i < g_list_model_get_n_items (checklist); i++)
    {
      g_autoptr(ZmChecklistItem) item = g_list_model_get_item (checklist, i);
      g_autofree char *owner = g_strdup_printf ("Owner %u", i);
      g_autofree char *due = g_strdup_printf ("2026-%02u-1%u", 1 + i % 12, i % 10);
      g_autofree char *note = g_strdup_printf ("Step note %u", i);

      zm_checklist_item_set_status (item, (ZmStepStatus) (i % 3));
      zm_checklist_item_set_owner (item, owner);
      zm_checklist_item_set_due (item, due);
      zm_checklist_item_set_note (item, note);
    }
}
