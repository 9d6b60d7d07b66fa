/* zm-radar.h: the radar chart, drawn on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "zm-radar-data.h"
#include "zm-radar-layout.h"
#include "zm-render-style.h"

G_BEGIN_DECLS

/* Draws the chart into the rectangle (0, 0, @width, @height) of @cr, in
 * user units (points). The same call serves the widget, the exports, the
 * report and printing. @data needs at least three axes. */
void  zm_radar_draw         (cairo_t             *cr,
                             const ZmRadarData   *data,
                             const ZmRenderStyle *style,
                             double               width,
                             double               height);
/* Draws a layout made with zm_radar_layout_new() for the same @data. */
void  zm_radar_draw_layout  (cairo_t             *cr,
                             const ZmRadarLayout *layout,
                             const ZmRadarData   *data,
                             const ZmRenderStyle *style);
/* A description of the chart with every score, in the UI language, for
 * assistive technologies. */
char *zm_radar_describe     (const ZmRadarData   *data);

G_END_DECLS
