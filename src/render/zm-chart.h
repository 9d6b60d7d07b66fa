/* zm-chart.h: the results chart, a radar or stage profiles as fits the data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "zm-radar-data.h"
#include "zm-render-style.h"

G_BEGIN_DECLS

/* TRUE when at least three pillars are determined, so a radar says more
 * than the stage profiles. */
gboolean  zm_chart_shows_radar  (const ZmRadarData   *data);

/* The radar chart, or the stage profiles when zm_chart_shows_radar() is
 * FALSE, into (0, 0, @width, @height) in user units (points). What the
 * widget, the clipboard and the chart exports draw. */
void      zm_chart_draw         (cairo_t             *cr,
                                 const ZmRadarData   *data,
                                 const ZmRenderStyle *style,
                                 double               width,
                                 double               height);

/* zm_chart_draw() with its data as a plain pointer, to stand in a table
 * of drawings (the exports, the slides). */
void      zm_chart_draw_func    (cairo_t             *cr,
                                 gconstpointer        data,
                                 const ZmRenderStyle *style,
                                 double               width,
                                 double               height);

/* The matching text for assistive technologies, in the UI language. */
char     *zm_chart_describe     (const ZmRadarData   *data);

G_END_DECLS
