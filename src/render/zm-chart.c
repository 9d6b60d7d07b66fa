/* zm-chart.c: the results chart, a radar or stage profiles as fits the data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-chart.h"
#include "zm-profile.h"
#include "zm-radar.h"

gboolean
zm_chart_shows_radar (const ZmRadarData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  return data->n_axes >= 3 && zm_radar_data_count_determined (data) >= 3;
}

void
zm_chart_draw (cairo_t             *cr,
               const ZmRadarData   *data,
               const ZmRenderStyle *style,
               double               width,
               double               height)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  if (zm_chart_shows_radar (data))
    zm_radar_draw (cr, data, style, width, height);
  else
    zm_profile_draw (cr, data, style, width, height);
}

void
zm_chart_draw_func (cairo_t             *cr,
                    gconstpointer        data,
                    const ZmRenderStyle *style,
                    double               width,
                    double               height)
{
  zm_chart_draw (cr, data, style, width, height);
}

char *
zm_chart_describe (const ZmRadarData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (zm_chart_shows_radar (data))
    return zm_radar_describe (data);

  return zm_profile_describe (data);
}
