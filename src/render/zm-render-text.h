/* zm-render-text.h: Pango helpers shared by the drawings of the render layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "zm-render-style.h"
#include "zm-types.h"

G_BEGIN_DECLS

#define ZM_RENDER_FONT_FAMILY "Cantarell, Sans"

/* The smallest text the render layer draws, in points. */
#define ZM_RENDER_MIN_FONT_SIZE 7.0

typedef struct {
  double x;
  double y;
  double width;
  double height;
} ZmRect;

/**
 * ZmTextBox:
 * @rect: the text's extents on the canvas
 * @layout: the measured text
 */
typedef struct {
  ZmRect       rect;
  PangoLayout *layout;
} ZmTextBox;

gboolean      zm_rect_intersects          (const ZmRect   *a,
                                           const ZmRect   *b);
gboolean      zm_rect_contains_rect       (const ZmRect   *outer,
                                           const ZmRect   *inner);

PangoContext *zm_render_context_new       (cairo_t        *cr);
PangoContext *zm_render_context_new_unbound (void);
PangoContext *zm_render_context_new_private (void);

PangoLayout  *zm_render_layout_new        (PangoContext   *context,
                                           const char     *text,
                                           double          size,
                                           PangoWeight     weight,
                                           double          wrap_width);
PangoLayout  *zm_render_layout_new_markup (PangoContext   *context,
                                           const char     *markup,
                                           double          size,
                                           PangoWeight     weight,
                                           double          wrap_width);
void          zm_render_layout_fit_width  (PangoLayout    *layout,
                                           double         *width,
                                           double         *height);
void          zm_render_layout_get_size   (PangoLayout    *layout,
                                           double         *width,
                                           double         *height);
void          zm_render_show_layout       (cairo_t        *cr,
                                           PangoLayout    *layout,
                                           double          x,
                                           double          y);

/* Takes @layout, measures it (narrowing a wrapped one to its lines) and
 * puts it at (@x, @y). */
void          zm_text_box_set             (ZmTextBox      *box,
                                           PangoLayout    *layout,
                                           double          x,
                                           double          y);
void          zm_text_box_draw            (cairo_t        *cr,
                                           const ZmTextBox *box,
                                           const ZmColor  *color);

void          zm_render_set_color         (cairo_t        *cr,
                                           const ZmColor  *color,
                                           double          alpha);
void          zm_render_paint_background  (cairo_t        *cr,
                                           const ZmRenderStyle *style,
                                           double          width,
                                           double          height);
void          zm_render_rounded_rect      (cairo_t        *cr,
                                           const ZmRect   *rect,
                                           double          radius);
void          zm_render_marker_path       (cairo_t        *cr,
                                           ZmSeries        series,
                                           double          x,
                                           double          y,
                                           double          size,
                                           double          outset);
void          zm_render_draw_marker       (cairo_t        *cr,
                                           ZmSeries        series,
                                           const ZmRenderStyle *style,
                                           double          x,
                                           double          y,
                                           double          size,
                                           double          line_width);
void          zm_render_set_series_dash   (cairo_t        *cr,
                                           ZmSeries        series,
                                           double          line_width);

char         *zm_render_format_date       (const char     *iso_date);
char         *zm_render_format_day        (GDateTime      *date);
char         *zm_render_format_date_time  (GDateTime      *date,
                                           const char     *format);
char         *zm_render_format_score      (double          score);
char         *zm_render_format_change     (double          change);
char         *zm_render_format_deviation  (double          deviation);
char         *zm_render_format_rating     (ZmModel        *model,
                                           ZmRating        rating);

G_END_DECLS
