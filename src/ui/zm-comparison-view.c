/* zm-comparison-view.c: the heat map or the trend of a comparison, on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the chart view, this widget owns no drawing code: snapshot hands a
 * Cairo node to the render layer's heat map and trend, the same functions
 * the exports use.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-chart-view.h"
#include "zm-comparison-view.h"
#include "zm-heatmap.h"
#include "zm-trend.h"

/* The trend pages keep a slide's proportions. */
#define TREND_ASPECT (9.0 / 16.0)
#define MIN_HEIGHT 360

struct _ZmComparisonView
{
  GtkWidget            parent_instance;
  ZmCompareView        view;
  const ZmCompareData *data;
  /* The heat map's height for the last width measured. */
  int                  measured_width;
  int                  measured_height;
  /* The heat map as last drawn; a list of hundreds of units is laid out
   * once per size, not on every frame. */
  ZmHeatmapLayout     *layout;
};

enum {
  UNIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ZmComparisonView, zm_comparison_view, GTK_TYPE_WIDGET)

static int
trend_page_height (int width)
{
  return MAX ((int) (width * TREND_ASPECT), MIN_HEIGHT);
}

static int
height_for_width (ZmComparisonView *self,
                  int               width)
{
  PangoContext *context;

  if (self->data == NULL || width <= 0)
    return 0;
  if (self->view == ZM_COMPARE_VIEW_TREND)
    return trend_page_height (width) * (int) zm_trend_count_pages (self->data);
  if (width == self->measured_width)
    return self->measured_height;

  context = zm_render_context_new_unbound ();
  self->measured_height = (int) ceil (zm_heatmap_get_height_for_all (context, self->data, width,
                                                                     MIN (trend_page_height (width), 720)));
  self->measured_width = width;
  g_object_unref (context);

  return self->measured_height;
}

static GtkSizeRequestMode
zm_comparison_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
zm_comparison_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 480;
      *natural = 960;
      return;
    }
  *minimum = *natural = height_for_width (self, for_size > 0 ? for_size : 960);
}

static const ZmHeatmapLayout *
ensure_layout (ZmComparisonView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  PangoContext *context;

  if (self->layout != NULL && self->layout->width == width && self->layout->height == height)
    return self->layout;

  g_clear_pointer (&self->layout, zm_heatmap_layout_free);
  context = zm_render_context_new_unbound ();
  self->layout = zm_heatmap_layout_new (context, self->data, width, height, 0);
  g_object_unref (context);

  return self->layout;
}

/* A long list is drawn as a column of pieces: the renderer then draws
 * only the pieces in view. */
#define PIECE_HEIGHT 1024

static void
snapshot_heatmap (ZmComparisonView    *self,
                  GtkSnapshot         *snapshot,
                  const ZmRenderStyle *style,
                  int                  width,
                  int                  height)
{
  const ZmHeatmapLayout *layout = ensure_layout (self);

  for (int y = 0; y < height; y += PIECE_HEIGHT)
    {
      ZmRect region = { 0, y, width, MIN (PIECE_HEIGHT, height - y) };
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (0, y, width, region.height));

      cairo_rectangle (cr, region.x, region.y, region.width, region.height);
      cairo_clip (cr);
      zm_heatmap_draw_region (cr, layout, style, &region);
      cairo_destroy (cr);
    }
}

static void
zm_comparison_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  ZmRenderStyle style;
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  zm_ui_get_render_style (widget, &style);
  if (self->view == ZM_COMPARE_VIEW_HEATMAP)
    {
      snapshot_heatmap (self, snapshot, &style, width, height);
      return;
    }

  /* A node per page, so that the renderer draws only those in view. */
  for (guint page = 0; page < zm_trend_count_pages (self->data); page++)
    {
      int top = page * trend_page_height (width);

      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, top, width, trend_page_height (width)));
      cairo_translate (cr, 0, top);
      zm_trend_draw (cr, self->data, &style, width, trend_page_height (width), page);
      cairo_destroy (cr);
    }
}

static void
on_pressed (GtkGestureClick  *gesture,
            int               n_press,
            double            x,
            double            y,
            ZmComparisonView *self)
{
  int unit;

  if (self->data == NULL || self->view != ZM_COMPARE_VIEW_HEATMAP)
    return;

  unit = zm_heatmap_row_at (ensure_layout (self), x, y);

  if (unit >= 0)
    g_signal_emit (self, signals[UNIT_ACTIVATED], 0, (guint) unit);
}

static void
zm_comparison_view_finalize (GObject *object)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (object);

  g_clear_pointer (&self->layout, zm_heatmap_layout_free);

  G_OBJECT_CLASS (zm_comparison_view_parent_class)->finalize (object);
}

static void
zm_comparison_view_class_init (ZmComparisonViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = zm_comparison_view_finalize;

  widget_class->get_request_mode = zm_comparison_view_get_request_mode;
  widget_class->measure = zm_comparison_view_measure;
  widget_class->snapshot = zm_comparison_view_snapshot;

  signals[UNIT_ACTIVATED] =
    g_signal_new ("unit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "comparison-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zm_comparison_view_init (ZmComparisonView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
zm_comparison_view_new (ZmCompareView view)
{
  ZmComparisonView *self = g_object_new (ZM_TYPE_COMPARISON_VIEW, NULL);

  self->view = view;
  return GTK_WIDGET (self);
}

void
zm_comparison_view_set_data (ZmComparisonView    *self,
                             const ZmCompareData *data)
{
  g_return_if_fail (ZM_IS_COMPARISON_VIEW (self));

  self->data = data;
  self->measured_width = 0;
  g_clear_pointer (&self->layout, zm_heatmap_layout_free);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   data != NULL && self->view == ZM_COMPARE_VIEW_HEATMAP ? "pointer" : NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
