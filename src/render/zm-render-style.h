/* zm-render-style.h: colours and fonts shared by every drawing of the render layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} ZmColor;

/* The three series a chart can show; each has its own colour, line style and
 * marker shape so that the chart also reads in greyscale print. */
typedef enum {
  ZM_SERIES_CURRENT,
  ZM_SERIES_TARGET,
  ZM_SERIES_PREVIOUS,
  ZM_N_SERIES
} ZmSeries;

/**
 * ZmRenderStyle:
 * @foreground: text and axis labels
 * @muted: secondary text and the labels of pillars that are not determined
 * @background: the canvas, and the halo behind text drawn over the chart
 * @grid: rings and spokes
 * @series: one colour per #ZmSeries
 * @stages: per stage 1–4 (index 0–3) the fill of a heat map cell and the
 *   band of a trend panel; light to dark, so the order also reads in
 *   greyscale
 * @paint_background: fill the canvas with @background before drawing;
 *   widgets leave this off, exports with a transparent background too
 *
 * Colours are from the Okabe–Ito palette, which stays distinct for the
 * common kinds of colour blindness.
 */
typedef struct {
  ZmColor  foreground;
  ZmColor  muted;
  ZmColor  background;
  ZmColor  grid;
  ZmColor  series[ZM_N_SERIES];
  ZmColor  stages[4];
  gboolean paint_background;
} ZmRenderStyle;

const ZmRenderStyle *zm_render_style_light (void);
const ZmRenderStyle *zm_render_style_dark  (void);

G_END_DECLS
