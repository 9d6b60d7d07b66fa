/* fuzz-model.c: arbitrary bytes through the model reader; a model that
 * loads is used as the application would: its pillars, stages and
 * statements walked, an empty assessment scored, written and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "zm-document.h"
#include "zm-model.h"
#include "zm-pillar.h"
#include "zm-scoring.h"
#include "zm-stage.h"
#include "zm-statement.h"
#include "zm-step.h"

static void
walk_model (ZmModel *model)
{
  guint n_statements = 0;

  for (guint stage = 1; stage <= ZM_N_STAGES; stage++)
    g_assert (zm_model_get_stage_name (model, stage) != NULL);

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      g_assert (zm_model_find_pillar (model, zm_pillar_get_id (pillar)) == pillar);
      for (guint stage = 1; stage <= ZM_N_STAGES; stage++)
        {
          GListModel *statements = zm_stage_get_statements (zm_pillar_get_stage (pillar, stage));

          for (guint j = 0; j < g_list_model_get_n_items (statements); j++)
            {
              g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, j);

              g_assert (zm_statement_get_stage_number (statement) == stage);
              g_assert (zm_model_find_statement (model, zm_statement_get_id (statement)) == statement);
              n_statements++;
            }
        }
    }
  g_assert (n_statements == zm_model_get_n_statements (model));

  for (guint i = 0; i < g_list_model_get_n_items (zm_model_get_steps (model)); i++)
    {
      g_autoptr(ZmStep) step = g_list_model_get_item (zm_model_get_steps (model), i);

      g_assert (zm_model_find_step (model, zm_step_get_id (step)) == step);
    }
}

static void
use_model (ZmModel *model)
{
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (model);
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);
  g_autoptr(GBytes) written = zm_document_write_bytes (assessment);
  g_autoptr(ZmAssessment) again = NULL;
  g_autoptr(GError) error = NULL;

  walk_model (model);
  /* Nothing answered: nothing is determined. */
  if (result->n_determined != 0)
    zm_fuzz_fail ("an empty assessment has a score", "", "");

  again = zm_document_read_bytes (written, "empty.zmscan", model, &error);
  if (again == NULL)
    zm_fuzz_fail ("an empty assessment of this model cannot be read back", error->message,
                  g_bytes_get_data (written, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(ZmModel) model = NULL;
  g_autoptr(GError) error = NULL;

  model = zm_model_new_from_bytes (bytes, "fuzz.xml", &error);
  if (model != NULL)
    use_model (model);
  else if (error == NULL || strchr (error->message, '\n') != NULL)
    zm_fuzz_fail ("an error is not one line", error != NULL ? error->message : "(none)", "");

  return 0;
}
