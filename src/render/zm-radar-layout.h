/* zm-radar-layout.h: where every part of the radar chart goes, as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "zm-radar-data.h"
#include "zm-render-text.h"

G_BEGIN_DECLS

/**
 * ZmRadarLabel:
 * @rect: the text's logical extents on the canvas
 * @layout: the measured text, aligned inside @rect
 * @determined: %FALSE for a pillar that is not determined (drawn greyed,
 *   with a second line saying so)
 */
typedef struct {
  ZmRect       rect;
  PangoLayout *layout;
  gboolean     determined;
} ZmRadarLabel;

/* What a legend item stands for: a series, the team's band, or a note in
 * words only. */
typedef enum {
  ZM_RADAR_LEGEND_SERIES,
  ZM_RADAR_LEGEND_BAND,
  ZM_RADAR_LEGEND_NOTE,
} ZmRadarLegendKind;

/* Every series, the band and the note. */
#define ZM_RADAR_MAX_LEGEND (ZM_N_SERIES + 2)

/**
 * ZmRadarLegendItem:
 * @kind: what the item stands for
 * @series: which series, for a series item
 * @rect: the whole item, sample and text
 * @text_rect: the name's extents
 * @sample_x0: where the line sample starts
 * @sample_x1: where it ends; the marker sits in the middle
 * @sample_y: the sample's vertical position
 * @layout: the series' name
 */
typedef struct {
  ZmRadarLegendKind kind;
  ZmSeries     series;
  ZmRect       rect;
  ZmRect       text_rect;
  double       sample_x0;
  double       sample_x1;
  double       sample_y;
  PangoLayout *layout;
} ZmRadarLegendItem;

/**
 * ZmRadarLayout:
 * @width: the canvas
 * @height: the canvas
 * @cx: the chart's centre (value 0)
 * @cy: the chart's centre
 * @radius: the distance from the centre to the outer ring (value 4)
 * @n_axes: one axis per pillar
 * @angles: per axis, clockwise from 12 o'clock, in radians
 * @labels: per axis, the pillar's name
 * @stage_labels: the names of stages 1–4 along axis 0, each just inside
 *   its ring
 * @n_legend_items: 0 when the chart shows only one series
 * @legend: the legend's items
 * @font_size: of the pillar labels, in points
 * @small_font_size: of the stage names and the legend
 * @line_width: of the series' outlines
 * @grid_line_width: of the rings and spokes
 * @marker_size: the width of a marker
 */
typedef struct {
  double             width;
  double             height;
  double             cx;
  double             cy;
  double             radius;
  guint              n_axes;
  double            *angles;
  ZmRadarLabel      *labels;
  ZmRadarLabel       stage_labels[ZM_N_STAGES];
  guint              n_legend_items;
  ZmRadarLegendItem  legend[ZM_RADAR_MAX_LEGEND];
  double             font_size;
  double             small_font_size;
  double             line_width;
  double             grid_line_width;
  double             marker_size;
} ZmRadarLayout;

ZmRadarLayout *zm_radar_layout_new        (PangoContext        *context,
                                           const ZmRadarData   *data,
                                           double               width,
                                           double               height);
void           zm_radar_layout_free       (ZmRadarLayout       *layout);

/* The point of @value (0–4) on @axis; the vertex of ring k is value k. */
void           zm_radar_layout_get_point  (const ZmRadarLayout *layout,
                                           guint                axis,
                                           double               value,
                                           double              *x,
                                           double              *y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmRadarLayout, zm_radar_layout_free)

G_END_DECLS
