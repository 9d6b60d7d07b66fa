/* zm-radar-data.c: what a chart shows, as plain data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-radar-data.h"
#include "zm-scoring.h"

static const char *stage_numbers[ZM_N_STAGES] = { "1", "2", "3", "4" };

/**
 * zm_radar_data_new:
 * @n_axes: number of pillars
 *
 * Returns: (transfer full): data with empty labels, every value NAN and only
 *   the current series shown
 */
ZmRadarData *
zm_radar_data_new (guint n_axes)
{
  ZmRadarData *data = g_new0 (ZmRadarData, 1);

  data->n_axes = n_axes;
  data->axes = g_new0 (ZmRadarAxis, n_axes);
  for (guint i = 0; i < n_axes; i++)
    {
      ZmRadarAxis *axis = &data->axes[i];

      axis->label = g_strdup ("");
      for (guint s = 0; s < ZM_N_SERIES; s++)
        axis->values[s] = NAN;
      for (guint s = 0; s < ZM_N_STAGES; s++)
        axis->fit[s] = NAN;
      axis->completeness = NAN;
      axis->band_min = NAN;
      axis->band_max = NAN;
    }
  zm_radar_data_show_series (data, ZM_SERIES_CURRENT, NULL);

  return data;
}

ZmRadarData *
zm_radar_data_copy (const ZmRadarData *data)
{
  ZmRadarData *copy;

  g_return_val_if_fail (data != NULL, NULL);

  copy = g_new0 (ZmRadarData, 1);
  copy->n_axes = data->n_axes;
  copy->axes = g_memdup2 (data->axes, sizeof (ZmRadarAxis) * data->n_axes);
  for (guint i = 0; i < data->n_axes; i++)
    copy->axes[i].label = g_strdup (data->axes[i].label);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    copy->stage_names[s] = g_strdup (data->stage_names[s]);
  for (guint s = 0; s < ZM_N_SERIES; s++)
    copy->series_names[s] = g_strdup (data->series_names[s]);
  copy->band_name = g_strdup (data->band_name);
  copy->unclear_note = g_strdup (data->unclear_note);

  return copy;
}

void
zm_radar_data_free (ZmRadarData *data)
{
  if (data == NULL)
    return;

  for (guint i = 0; i < data->n_axes; i++)
    g_free (data->axes[i].label);
  g_free (data->axes);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    g_free (data->stage_names[s]);
  for (guint s = 0; s < ZM_N_SERIES; s++)
    g_free (data->series_names[s]);
  g_free (data->band_name);
  g_free (data->unclear_note);
  g_free (data);
}

void
zm_radar_data_set_label (ZmRadarData *data,
                         guint        axis,
                         const char  *label)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (axis < data->n_axes);

  g_free (data->axes[axis].label);
  data->axes[axis].label = g_strdup (label ? label : "");
}

void
zm_radar_data_set_stage_name (ZmRadarData *data,
                              guint        stage,
                              const char  *name)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (stage >= 1 && stage <= ZM_N_STAGES);

  g_free (data->stage_names[stage - 1]);
  data->stage_names[stage - 1] = g_strdup (name);
}

static const char *
default_series_name (ZmSeries series)
{
  switch (series)
    {
    case ZM_SERIES_TARGET:
      /* Translators: the target stages in the chart's legend */
      return _("Target");

    case ZM_SERIES_PREVIOUS:
      /* Translators: the earlier assessment in the chart's legend */
      return _("Previous");

    case ZM_SERIES_CURRENT:
    case ZM_N_SERIES:
    default:
      /* Translators: this assessment's scores in the chart's legend */
      return _("Current");
    }
}

void
zm_radar_data_show_series (ZmRadarData *data,
                           ZmSeries     series,
                           const char  *name)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (series < ZM_N_SERIES);

  g_free (data->series_names[series]);
  data->series_names[series] = g_strdup (name ? name : default_series_name (series));
}

void
zm_radar_data_set_value (ZmRadarData *data,
                         ZmSeries     series,
                         guint        axis,
                         double       value)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (series < ZM_N_SERIES);
  g_return_if_fail (axis < data->n_axes);

  data->axes[axis].values[series] = isnan (value) ? NAN : CLAMP (value, 0.0, 4.0);
}

void
zm_radar_data_set_fit (ZmRadarData *data,
                       guint        axis,
                       guint        stage,
                       double       fit)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (axis < data->n_axes);
  g_return_if_fail (stage >= 1 && stage <= ZM_N_STAGES);

  data->axes[axis].fit[stage - 1] = isnan (fit) ? NAN : CLAMP (fit, 0.0, 1.0);
}

void
zm_radar_data_set_band (ZmRadarData *data,
                        guint        axis,
                        double       lowest,
                        double       highest)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (axis < data->n_axes);

  data->axes[axis].band_min = isnan (lowest) ? NAN : CLAMP (lowest, 0.0, 4.0);
  data->axes[axis].band_max = isnan (highest) ? NAN : CLAMP (highest, 0.0, 4.0);
}

void
zm_radar_data_show_band (ZmRadarData *data,
                         const char  *name)
{
  g_return_if_fail (data != NULL);

  g_free (data->band_name);
  /* Translators: the band of the team's scores in the chart's legend */
  data->band_name = g_strdup (name != NULL ? name : _("Range of the respondents"));
}

gboolean
zm_radar_data_has_band (const ZmRadarData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  return data->band_name != NULL;
}

/* The note lists the unclear pillars by name, in axis order. */
static char *
word_unclear_note (const ZmRadarData *data)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < data->n_axes; i++)
    {
      if (!data->axes[i].unclear)
        continue;
      if (n++ > 0)
        g_string_append (names, ", ");
      g_string_append (names, data->axes[i].label);
    }
  if (n == 0)
    return NULL;

  /* Translators: in the chart's legend; %s lists pillar names */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Unclear profile, every stage fits about equally: %s",
                                       "Unclear profiles, every stage fits about equally: %s", n),
                          names->str);
}

void
zm_radar_data_set_unclear (ZmRadarData *data,
                           guint        axis,
                           gboolean     unclear)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (axis < data->n_axes);

  data->axes[axis].unclear = unclear;
  g_free (data->unclear_note);
  data->unclear_note = word_unclear_note (data);
}

gboolean
zm_radar_data_has_series (const ZmRadarData *data,
                          ZmSeries           series)
{
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (series < ZM_N_SERIES, FALSE);

  return data->series_names[series] != NULL;
}

gboolean
zm_radar_data_is_determined (const ZmRadarData *data,
                             guint              axis)
{
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (axis < data->n_axes, FALSE);

  return !isnan (data->axes[axis].values[ZM_SERIES_CURRENT]);
}

guint
zm_radar_data_count_determined (const ZmRadarData *data)
{
  guint n = 0;

  g_return_val_if_fail (data != NULL, 0);

  for (guint i = 0; i < data->n_axes; i++)
    if (zm_radar_data_is_determined (data, i))
      n++;

  return n;
}

/* The scoring rule's rounding, so that the chart, its description and the
 * report never name different stages for one score. */
guint
zm_radar_value_to_stage (double value)
{
  return zm_score_round_stage (value);
}

const char *
zm_radar_data_get_stage_name (const ZmRadarData *data,
                              guint              stage)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (stage >= 1 && stage <= ZM_N_STAGES, NULL);

  if (data->stage_names[stage - 1] != NULL)
    return data->stage_names[stage - 1];

  return stage_numbers[stage - 1];
}
