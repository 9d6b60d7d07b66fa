/* zm-comparison-view.h: the heat map or the trend of a comparison, on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "zm-compare-data.h"
#include "zm-export.h"
#include "zm-heatmap.h"

G_BEGIN_DECLS

#define ZM_TYPE_COMPARISON_VIEW (zm_comparison_view_get_type ())
G_DECLARE_FINAL_TYPE (ZmComparisonView, zm_comparison_view, ZM, COMPARISON_VIEW, GtkWidget)

/* Draws @view through the render layer: the heat map as one picture with
 * every unit, the trend as its pages one below the other. The view
 * scrolls itself (GtkScrollable): put it straight into a scrolled
 * window. */
GtkWidget *zm_comparison_view_new      (ZmCompareView        view);

/* @data is borrowed and must outlive its use; set it again after
 * changing it (a new order) so the view measures and draws anew. NULL
 * shows nothing. @description, the figures in words for a screen reader
 * (zm_heatmap_describe() or zm_trend_describe() of @data, made where it
 * costs the window no frames), becomes the view's accessible
 * description. */
void       zm_comparison_view_set_data (ZmComparisonView    *self,
                                        const ZmCompareData *data,
                                        const char          *description);

/* The heat map's sheet for @data at @width, as the view lays it out;
 * uses no GTK, so a thread may make it ahead, with a context of its own
 * (zm_render_context_new_private()). */
ZmHeatmapSheet *zm_comparison_view_new_sheet (PangoContext        *context,
                                              const ZmCompareData *data,
                                              int                  width);
/* Takes @sheet, made for the data just set at @width, in place of
 * laying one out; one of another width is made anew when the view is
 * allocated. */
void       zm_comparison_view_take_sheet (ZmComparisonView    *self,
                                          ZmHeatmapSheet      *sheet,
                                          int                  width);

/* The heat map row the keyboard is on (a unit's index in the data), -1
 * for none. Up, Down, Page Up, Page Down, Home and End move it (the
 * action "comparison.move-row" with ±1, ±2 and ±3); Enter or Space
 * activates it ("comparison.activate-row"). */
int        zm_comparison_view_get_focus_row (ZmComparisonView *self);

/* Signal "unit-activated" (guint): a heat map row was clicked or
 * activated by keyboard; the number is the unit's index in the data. */

G_END_DECLS
