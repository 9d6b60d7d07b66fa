/* zm-chart-data.c: the plain data of the chart and the checklist graphic,
 * built from an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-chart-data.h"
#include "zm-render-text.h"

static guint
count_included (const ZmResult *result)
{
  guint n = 0;

  for (guint i = 0; i < result->n_pillars; i++)
    if (result->pillars[i].included)
      n++;

  return n;
}

static const ZmPillarResult *
find_pillar_result (const ZmResult *result,
                    const char     *pillar_id)
{
  for (guint i = 0; result && i < result->n_pillars; i++)
    if (result->pillars[i].pillar &&
        g_strcmp0 (zm_pillar_get_id (result->pillars[i].pillar), pillar_id) == 0)
      return &result->pillars[i];

  return NULL;
}

static void
set_axis (ZmRadarData          *data,
          guint                 axis,
          const ZmPillarResult *pillar,
          const ZmPillarResult *before)
{
  zm_radar_data_set_label (data, axis, zm_pillar_get_name (pillar->pillar));
  zm_radar_data_set_value (data, ZM_SERIES_CURRENT, axis, pillar->determined ? pillar->score : NAN);
  zm_radar_data_set_value (data, ZM_SERIES_TARGET, axis, pillar->target > 0 ? pillar->target : NAN);
  if (before)
    zm_radar_data_set_value (data, ZM_SERIES_PREVIOUS, axis,
                             before->included && before->determined ? before->score : NAN);
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    zm_radar_data_set_fit (data, axis, s, pillar->fit[s - 1]);
  data->axes[axis].completeness = pillar->completeness;
  data->axes[axis].indicative = pillar->indicative;
  zm_radar_data_set_band (data, axis, pillar->score_min, pillar->score_max);
  if (pillar->unclear)
    zm_radar_data_set_unclear (data, axis, TRUE);
}

ZmRadarData *
zm_radar_data_new_for_result (ZmModel        *model,
                              const ZmResult *result,
                              const ZmResult *previous,
                              const char     *previous_name)
{
  ZmRadarData *data;
  gboolean any_target = FALSE;
  guint axis = 0;

  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  data = zm_radar_data_new (count_included (result));
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    zm_radar_data_set_stage_name (data, s, zm_model_get_stage_name (model, s));

  for (guint i = 0; i < result->n_pillars; i++)
    {
      const ZmPillarResult *pillar = &result->pillars[i];

      if (!pillar->included)
        continue;
      set_axis (data, axis++, pillar,
                previous ? find_pillar_result (previous, zm_pillar_get_id (pillar->pillar)) : NULL);
      any_target |= pillar->target > 0;
    }

  if (any_target)
    zm_radar_data_show_series (data, ZM_SERIES_TARGET, NULL);
  /* A team's result is drawn with the range of its respondents around it. */
  if (result->n_respondents >= 2)
    {
      /* Translators: the team's scores in the chart's legend */
      zm_radar_data_show_series (data, ZM_SERIES_CURRENT, _("Team"));
      zm_radar_data_show_band (data, NULL);
    }
  if (previous)
    zm_radar_data_show_series (data, ZM_SERIES_PREVIOUS, previous_name);

  return data;
}

char *
zm_assessment_format_date (ZmAssessment *assessment)
{
  char *date;
  GDateTime *created;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);

  date = zm_render_format_date (zm_assessment_get_date (assessment));
  if (date != NULL)
    return date;

  created = zm_assessment_get_created (assessment);
  if (created == NULL)
    return g_strdup ("");

  return zm_render_format_day (created);
}

ZmRadarData *
zm_radar_data_new_for_assessment (ZmAssessment *assessment,
                                  ZmAssessment *previous)
{
  g_autoptr(ZmResult) result = NULL;
  g_autoptr(ZmResult) before = NULL;
  g_autofree char *previous_name = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous), NULL);

  result = zm_score_assessment (assessment);
  if (previous)
    {
      g_autofree char *date = zm_assessment_format_date (previous);

      before = zm_score_assessment (previous);
      /* Translators: the earlier assessment in the chart's legend; %s is its date */
      previous_name = g_strdup_printf (_("Previous (%s)"), date);
    }

  return zm_radar_data_new_for_result (zm_assessment_get_model (assessment), result, before,
                                       previous_name);
}

ZmChecklistData *
zm_checklist_data_new_for_assessment (ZmAssessment *assessment)
{
  ZmModel *model;
  GListModel *steps;
  ZmChecklistData *data;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);

  model = zm_assessment_get_model (assessment);
  steps = zm_model_get_steps (model);
  data = zm_checklist_data_new (g_list_model_get_n_items (steps));

  for (guint i = 0; i < data->n_steps; i++)
    {
      g_autoptr(ZmStep) step = g_list_model_get_item (steps, i);
      ZmChecklistItem *item = zm_assessment_get_checklist_item (assessment, zm_step_get_id (step));
      g_autofree char *due = NULL;

      if (item == NULL)
        {
          zm_checklist_data_set_step (data, i, zm_step_get_number (step), zm_step_get_title (step),
                                      ZM_STEP_STATUS_NOT_STARTED, NULL, NULL);
          continue;
        }

      due = zm_render_format_date (zm_checklist_item_get_due (item));
      zm_checklist_data_set_step (data, i, zm_step_get_number (step), zm_step_get_title (step),
                                  zm_checklist_item_get_status (item),
                                  zm_checklist_item_get_owner (item), due);
    }

  return data;
}

int
zm_pillar_result_compare_gaps (gconstpointer a,
                               gconstpointer b)
{
  const ZmPillarResult *pa = *(ZmPillarResult * const *) a;
  const ZmPillarResult *pb = *(ZmPillarResult * const *) b;

  return pa->gap < pb->gap ? 1 : pa->gap > pb->gap ? -1 : 0;
}
