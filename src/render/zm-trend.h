/* zm-trend.h: progress over time, a small panel per pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "zm-compare-data.h"
#include "zm-heatmap.h"

G_BEGIN_DECLS

/* A page shows at most this many units, each with its own colour and
 * marker shape. */
#define ZM_TREND_UNITS_PER_PAGE 6

/**
 * ZmTrendPanel:
 * @title: the pillar's name
 * @plot: the area of scores 1 (bottom) to 4 (top)
 * @axis: the numbers 1–4 left of @plot
 * @n_ticks: dates written under @plot
 * @ticks: the dates
 * @changes: per unit of the page, the change since its previous
 *   assessment, right of @plot (no layout when either is not determined)
 * @change_markers: per unit, where its marker goes before the change
 */
typedef struct {
  ZmTextBox  title;
  ZmRect     plot;
  ZmTextBox  axis[ZM_N_STAGES];
  guint      n_ticks;
  ZmTextBox *ticks;
  ZmTextBox *changes;
  ZmRect    *change_markers;
} ZmTrendPanel;

/**
 * ZmTrendLegendItem:
 * @sample: a line with the unit's marker
 * @text: the unit's name
 */
typedef struct {
  ZmRect    sample;
  ZmTextBox text;
} ZmTrendLegendItem;

/**
 * ZmTrendLayout:
 * @width, @height: the canvas
 * @font_size: of the panel titles, in points
 * @title, @subtitle: above the panels
 * @n_units: units on this page
 * @units: their index in the data
 * @legend: per unit on the page, then per stage 1–4 (the shading)
 * @n_panels: one per pillar
 * @panels: in model order
 * @first_day, @last_day: the dates the x axis spans (Julian days)
 * @line_width, @marker_size: of the lines
 */
typedef struct {
  double             width;
  double             height;
  double             font_size;
  ZmTextBox          title;
  ZmTextBox          subtitle;
  guint              n_units;
  guint             *units;
  ZmTrendLegendItem *legend;
  guint              n_panels;
  ZmTrendPanel      *panels;
  double             first_day;
  double             last_day;
  double             line_width;
  double             marker_size;
} ZmTrendLayout;

/* Pages: one per ZM_TREND_UNITS_PER_PAGE units with two or more dated
 * assessments; 0 when there are none. */
guint          zm_trend_count_pages    (const ZmCompareData *data);

ZmTrendLayout *zm_trend_layout_new     (PangoContext        *context,
                                        const ZmCompareData *data,
                                        double               width,
                                        double               height,
                                        guint                page);
void           zm_trend_layout_free    (ZmTrendLayout       *layout);

/* Where the point of @unit (its index on the page) at @date with @score
 * goes in @panel. */
void           zm_trend_layout_get_point (const ZmTrendLayout *layout,
                                          const ZmTrendPanel  *panel,
                                          const char          *date,
                                          double               score,
                                          double              *x,
                                          double              *y);

void           zm_trend_draw           (cairo_t             *cr,
                                        const ZmCompareData *data,
                                        const ZmRenderStyle *style,
                                        double               width,
                                        double               height,
                                        guint                page);

/* The trend in sentences, for a screen reader: per unit with two or more
 * dated assessments, per pillar the latest score and the change since
 * the previous assessment. */
char          *zm_trend_describe       (const ZmCompareData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmTrendLayout, zm_trend_layout_free)

G_END_DECLS
