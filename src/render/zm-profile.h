/* zm-profile.h: stage profiles, how well each stage fits a pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "zm-radar-data.h"
#include "zm-render-style.h"

G_BEGIN_DECLS

/* One pillar's fit per stage 1–4 as four bars in the rectangle (@x, @y,
 * @width, @height), with the stage numbers under them; the bar of @stage
 * (1–4, or 0 for none) is drawn strongest. NAN fits leave an empty track.
 * With @show_percentages, each bar carries its fit as a percentage when
 * there is room. */
void  zm_profile_draw_bars  (cairo_t             *cr,
                             PangoContext        *context,
                             const double         fit[ZM_N_STAGES],
                             guint                stage,
                             const ZmRenderStyle *style,
                             double               x,
                             double               y,
                             double               width,
                             double               height,
                             gboolean             show_percentages);

/* Every pillar's profile, side by side, into (0, 0, @width, @height): what
 * the results show instead of the radar when fewer than three pillars are
 * determined. */
void  zm_profile_draw       (cairo_t             *cr,
                             const ZmRadarData   *data,
                             const ZmRenderStyle *style,
                             double               width,
                             double               height);

/* zm_profile_draw() with its data as a plain pointer, for a table of
 * drawings. */
void  zm_profile_draw_func  (cairo_t             *cr,
                             gconstpointer        data,
                             const ZmRenderStyle *style,
                             double               width,
                             double               height);

/* Every pillar's fit per stage as sentences, for assistive technologies. */
char *zm_profile_describe   (const ZmRadarData   *data);

G_END_DECLS
