/* zm-radar-data.h: what a chart shows, as plain data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "zm-types.h"
#include "zm-render-style.h"

G_BEGIN_DECLS

/**
 * ZmRadarAxis:
 * @label: the pillar's name
 * @values: per #ZmSeries a value from 0 to 4 (the centre is 0, the outer
 *   ring 4), or NAN where the series has no value: for the current series
 *   that means the pillar is not determined
 * @fit: per stage 1–4 (index 0–3) how well the stage fits, 0–1, or NAN
 *   when none of its statements is answered
 * @completeness: answered ÷ all statements, 0–1, or NAN when unknown
 * @indicative: completeness is too low for a firm result
 * @band_min: a team's lowest respondent score on this pillar, 0–4, or NAN
 * @band_max: the highest; the band between them is drawn when shown
 * @unclear: every stage fits about equally, so the score says little
 */
typedef struct {
  char     *label;
  double    values[ZM_N_SERIES];
  double    fit[ZM_N_STAGES];
  double    completeness;
  gboolean  indicative;
  double    band_min;
  double    band_max;
  gboolean  unclear;
} ZmRadarAxis;

/**
 * ZmRadarData:
 * @n_axes: number of pillars
 * @axes: one per pillar, in model order; axis 0 is drawn at 12 o'clock
 * @stage_names: names of stages 1–4 at index 0–3
 * @series_names: per #ZmSeries the name in the legend, %NULL when the
 *   series is not shown
 * @band_name: the legend's name of the band from each pillar's lowest to
 *   highest respondent score, %NULL when no band is shown
 * @unclear_note: a sentence for the legend naming the pillars whose
 *   profile is unclear, %NULL when there are none
 *
 * Build it with zm_radar_data_new() and the setters, or from an
 * assessment with zm_radar_data_new_for_assessment().
 */
typedef struct {
  guint        n_axes;
  ZmRadarAxis *axes;
  char        *stage_names[ZM_N_STAGES];
  char        *series_names[ZM_N_SERIES];
  char        *band_name;
  char        *unclear_note;
} ZmRadarData;

ZmRadarData *zm_radar_data_new               (guint              n_axes);
ZmRadarData *zm_radar_data_copy              (const ZmRadarData *data);
void         zm_radar_data_free              (ZmRadarData       *data);

void         zm_radar_data_set_label         (ZmRadarData       *data,
                                              guint              axis,
                                              const char        *label);
void         zm_radar_data_set_stage_name    (ZmRadarData       *data,
                                              guint              stage,
                                              const char        *name);
/* Shows @series in the chart and the legend; @name NULL gives the default
 * name ("Current", "Target", "Previous"). */
void         zm_radar_data_show_series       (ZmRadarData       *data,
                                              ZmSeries           series,
                                              const char        *name);
void         zm_radar_data_set_value         (ZmRadarData       *data,
                                              ZmSeries           series,
                                              guint              axis,
                                              double             value);
void         zm_radar_data_set_fit           (ZmRadarData       *data,
                                              guint              axis,
                                              guint              stage,
                                              double             fit);

/* The band of a team: the range of the respondents' scores on @axis. */
void         zm_radar_data_set_band          (ZmRadarData       *data,
                                              guint              axis,
                                              double             lowest,
                                              double             highest);
/* Shows the band in the chart and the legend under @name. */
void         zm_radar_data_show_band         (ZmRadarData       *data,
                                              const char        *name);
/* Marks the axes whose profile is unclear and words the legend's note. */
void         zm_radar_data_set_unclear       (ZmRadarData       *data,
                                              guint              axis,
                                              gboolean           unclear);
gboolean     zm_radar_data_has_band          (const ZmRadarData *data);

gboolean     zm_radar_data_has_series        (const ZmRadarData *data,
                                              ZmSeries           series);
gboolean     zm_radar_data_is_determined     (const ZmRadarData *data,
                                              guint              axis);
guint        zm_radar_data_count_determined  (const ZmRadarData *data);
/* The stage (1–4) a value rounds to, x.5 up; 0 for NAN. */
guint        zm_radar_value_to_stage         (double             value);
/* The stage's name, or its number when the data has no name for it. */
const char  *zm_radar_data_get_stage_name    (const ZmRadarData *data,
                                              guint              stage);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmRadarData, zm_radar_data_free)

G_END_DECLS
