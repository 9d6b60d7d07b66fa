/* zm-heatmap.h: many units side by side, a row each, a column per pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "zm-compare-data.h"
#include "zm-render-text.h"

G_BEGIN_DECLS

typedef enum {
  ZM_HEATMAP_CELL_SCORED,
  ZM_HEATMAP_CELL_NOT_DETERMINED,
  ZM_HEATMAP_CELL_NOT_ASSESSED,
} ZmHeatmapCellKind;

/**
 * ZmHeatmapCell:
 * @rect: the coloured cell
 * @text: the score written in it (no layout for a pillar not assessed)
 * @kind: what the cell shows
 * @stage: 1–4 for a scored cell
 * @indicative: hatched: fewer than half of the statements are answered
 * @unclear: the score is followed by a question mark: every stage fits
 *   about equally
 */
typedef struct {
  ZmRect            rect;
  ZmTextBox         text;
  ZmHeatmapCellKind kind;
  guint             stage;
  gboolean          indicative;
  gboolean          unclear;
} ZmHeatmapCell;

/**
 * ZmHeatmapLegendItem:
 * @swatch: a small cell drawn as the item describes
 * @text: what it means
 * @kind, @stage, @indicative: how the swatch is drawn
 * @mark: written in the swatch (no layout for none)
 */
typedef struct {
  ZmRect            swatch;
  ZmTextBox         text;
  ZmHeatmapCellKind kind;
  guint             stage;
  gboolean          indicative;
  ZmTextBox         mark;
} ZmHeatmapLegendItem;

/* The stages, indicative, unclear, not determined and not assessed. */
#define ZM_HEATMAP_N_LEGEND_ITEMS (ZM_N_STAGES + 4)

/**
 * ZmHeatmapLayout:
 * @width, @height: the canvas
 * @font_size: of the scores and row labels, in points
 * @title, @subtitle: above the table
 * @n_columns: the pillars and, last, the overall score
 * @headers: the column names
 * @first_row: the first unit shown
 * @n_rows: how many units fit, from @first_row on
 * @row_labels: per row, the unit's name and date
 * @cells: @n_rows × @n_columns, row by row
 * @legend: what the colours and marks mean
 */
typedef struct {
  double               width;
  double               height;
  double               font_size;
  ZmTextBox            title;
  ZmTextBox            subtitle;
  guint                n_columns;
  ZmTextBox           *headers;
  guint                first_row;
  guint                n_rows;
  ZmTextBox           *row_labels;
  ZmHeatmapCell       *cells;
  ZmHeatmapLegendItem  legend[ZM_HEATMAP_N_LEGEND_ITEMS];
} ZmHeatmapLayout;

/* Lays out the units from @first_row on, as many as fit; the text
 * shrinks (down to ZM_RENDER_MIN_FONT_SIZE) before rows move to another
 * page. */
ZmHeatmapLayout *zm_heatmap_layout_new   (PangoContext        *context,
                                          const ZmCompareData *data,
                                          double               width,
                                          double               height,
                                          guint                first_row);
void             zm_heatmap_layout_free  (ZmHeatmapLayout     *layout);

/* The rows of @data split over pages of this size; at least one. */
guint            zm_heatmap_count_pages  (PangoContext        *context,
                                          const ZmCompareData *data,
                                          double               width,
                                          double               height);
/* The height at which every row fits on one canvas of @width, at least
 * @min_height. */
double           zm_heatmap_get_height_for_all (PangoContext        *context,
                                                const ZmCompareData *data,
                                                double               width,
                                                double               min_height);

/* Draws the page that starts at @first_row. */
void             zm_heatmap_draw         (cairo_t             *cr,
                                          const ZmCompareData *data,
                                          const ZmRenderStyle *style,
                                          double               width,
                                          double               height,
                                          guint                first_row);
/* Draws a layout made with a context for @cr. */
void             zm_heatmap_draw_layout  (cairo_t               *cr,
                                          const ZmHeatmapLayout *layout,
                                          const ZmRenderStyle   *style);
/* Only what touches @region (NULL: everything), for a long list drawn in
 * pieces. */
void             zm_heatmap_draw_region  (cairo_t               *cr,
                                          const ZmHeatmapLayout *layout,
                                          const ZmRenderStyle   *style,
                                          const ZmRect          *region);
/* The row at (@x, @y) of the page that starts at @first_row, or -1. */
int              zm_heatmap_row_at       (const ZmHeatmapLayout *layout,
                                          double               x,
                                          double               y);

/* Every unit on one canvas as tall as they need, for a scrolled view:
 * rows are laid out only when drawn (or asked for), all of the same
 * height. */
typedef struct _ZmHeatmapSheet ZmHeatmapSheet;

ZmHeatmapSheet  *zm_heatmap_sheet_new         (PangoContext          *context,
                                               const ZmCompareData   *data,
                                               double                 width,
                                               double                 min_height);
void             zm_heatmap_sheet_free        (ZmHeatmapSheet        *sheet);
double           zm_heatmap_sheet_get_height  (const ZmHeatmapSheet  *sheet);
/* Lays out rows @first to @first + @n - 1 where not done yet. The layout
 * returned has a row per unit (n_rows), but only the rows laid out have
 * their text and cells placed. */
const ZmHeatmapLayout *
                 zm_heatmap_sheet_layout_rows (ZmHeatmapSheet        *sheet,
                                               guint                  first,
                                               guint                  n);
/* The whole band of @row (a unit's index), label and cells. */
void             zm_heatmap_sheet_get_row_rect (const ZmHeatmapSheet *sheet,
                                                guint                 row,
                                                ZmRect               *rect);
/* The unit at (@x, @y), or -1. */
int              zm_heatmap_sheet_row_at      (const ZmHeatmapSheet  *sheet,
                                               double                 x,
                                               double                 y);
/* Draws what touches @region, laying out the rows there first. */
void             zm_heatmap_sheet_draw_region (cairo_t               *cr,
                                               ZmHeatmapSheet        *sheet,
                                               const ZmRenderStyle   *style,
                                               const ZmRect          *region);

/* The heat map in sentences, for a screen reader: every unit's name,
 * date and per pillar score and stage (indicative, unclear, not
 * determined and not assessed named as such). */
char            *zm_heatmap_describe          (const ZmCompareData   *data);
/* One unit's row of that. */
char            *zm_heatmap_describe_unit     (const ZmCompareData   *data,
                                               guint                  unit);

/* Cell text colour that reads on @fill. */
const ZmColor   *zm_heatmap_text_color   (const ZmRenderStyle *style,
                                          const ZmColor       *fill);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmHeatmapLayout, zm_heatmap_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmHeatmapSheet, zm_heatmap_sheet_free)

G_END_DECLS
