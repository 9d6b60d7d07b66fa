/* zm-comparison-view.c: the heat map or the trend of a comparison, on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the chart view, this widget owns no drawing code: snapshot hands a
 * Cairo node to the render layer's heat map and trend, the same functions
 * the exports use.
 *
 * A comparison of hundreds of units is far taller than the window, so the
 * view scrolls itself (GtkScrollable) and draws only what is in view: the
 * heat map lays out a row when it first comes into view, the trend only
 * the pages in view. What is drawn is kept as render nodes, a strip of
 * rows or a page each, until the size, the data or the colours change.
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
#define TREND_MIN_PAGE 720
/* The heat map is drawn, and kept, in strips this tall. */
#define STRIP_HEIGHT 512

struct _ZmComparisonView
{
  GtkWidget            parent_instance;
  ZmCompareView        view;
  const ZmCompareData *data;

  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  guint                hscroll_policy : 1;
  guint                vscroll_policy : 1;

  /* For the width last allocated. */
  int                  content_width;
  double               content_height;
  ZmHeatmapSheet      *sheet;
  /* Strips of the heat map or pages of the trend, as drawn. */
  GPtrArray           *pieces;

  /* The heat map row the keyboard is on, -1 for none. */
  int                  focus_row;
  /* Asks for another frame, for the pieces a frame left out. */
  guint                redraw_tick;
  gboolean             left_for_later;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  UNIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (ZmComparisonView, zm_comparison_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* A narrow window gets taller pages, so that six panels keep room for
 * their text. */
static int
trend_page_height (int width)
{
  return MAX ((int) (width * TREND_ASPECT), MAX (MIN (width, TREND_MIN_PAGE), MIN_HEIGHT));
}

static int
piece_height (ZmComparisonView *self)
{
  return self->view == ZM_COMPARE_VIEW_TREND ? trend_page_height (self->content_width) : STRIP_HEIGHT;
}

/* --- what is drawn, kept --------------------------------------------------- */

static void
piece_free (gpointer node)
{
  if (node != NULL)
    gsk_render_node_unref (node);
}

static void
forget_pieces (ZmComparisonView *self)
{
  g_ptr_array_set_size (self->pieces, 0);
}

static void
forget_content (ZmComparisonView *self)
{
  forget_pieces (self);
  g_clear_pointer (&self->sheet, zm_heatmap_sheet_free);
  self->content_width = 0;
  self->content_height = 0;
}

static void
adopt_sheet (ZmComparisonView *self,
             ZmHeatmapSheet   *sheet,
             int               width)
{
  forget_content (self);
  self->content_width = width;
  self->sheet = sheet;
  self->content_height = zm_heatmap_sheet_get_height (sheet);
  g_ptr_array_set_size (self->pieces, (guint) ceil (self->content_height / piece_height (self)));
}

/* Lays out the frame of the heat map, or counts the trend's pages, for
 * @width; cheap for any number of units. */
static void
ensure_content (ZmComparisonView *self,
                int               width)
{
  if (self->data == NULL || width <= 0 || width == self->content_width)
    return;

  if (self->view == ZM_COMPARE_VIEW_TREND)
    {
      forget_content (self);
      self->content_width = width;
      self->content_height = (double) trend_page_height (width) * zm_trend_count_pages (self->data);
      g_ptr_array_set_size (self->pieces, (guint) ceil (self->content_height / piece_height (self)));
    }
  else
    {
      PangoContext *context = zm_render_context_new_unbound ();

      adopt_sheet (self, zm_comparison_view_new_sheet (context, self->data, width), width);
      g_object_unref (context);
    }
}

/* A piece is drawn once and kept as its node, drawn at the origin and
 * moved into place when shown: Cairo's drawings far from their origin
 * come back with the text out of place. Each piece reaches a little
 * into its neighbours, which hides the seam a renderer leaves at the
 * edge of a drawing. */
#define PIECE_OVERLAP 2
/* How long a frame may spend drawing pieces, in µs, once it has drawn
 * the first one in view. */
#define DRAW_BUDGET 8000
/* How far into a frame drawing may start, in µs, before the pieces
 * missing wait for the next frame. */
#define FRAME_BUDGET 12000

static GskRenderNode *
draw_piece (ZmComparisonView    *self,
            guint                index,
            const ZmRenderStyle *style)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = self->content_width, height = piece_height (self);
  double top = (double) index * height;
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, -PIECE_OVERLAP, width,
                                                                 height + 2 * PIECE_OVERLAP));
  if (self->view == ZM_COMPARE_VIEW_TREND)
    {
      zm_trend_draw (cr, self->data, style, width, height, index);
    }
  else
    {
      ZmRect region = { 0, top - PIECE_OVERLAP, width,
                        MIN (height + 2 * PIECE_OVERLAP, self->content_height - top + PIECE_OVERLAP) };

      cairo_translate (cr, 0, -top);
      cairo_rectangle (cr, region.x, region.y, region.width, region.height);
      cairo_clip (cr);
      zm_heatmap_sheet_draw_region (cr, self->sheet, style, &region);
    }
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

/* Pieces far from the view are let go, so that scrolling through
 * hundreds of units keeps a few screens' worth of drawing. */
static void
forget_pieces_outside (ZmComparisonView *self,
                       guint             first,
                       guint             last)
{
  for (guint i = 0; i < self->pieces->len; i++)
    if ((i + 2 < first || i > last + 2) && self->pieces->pdata[i] != NULL)
      g_clear_pointer (&self->pieces->pdata[i], gsk_render_node_unref);
}

static double
scroll_offset (ZmComparisonView *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

/* --- the heat map's keyboard row ------------------------------------------ */

static void
update_row_description (ZmComparisonView *self)
{
  g_autofree char *text = NULL;

  if (self->view != ZM_COMPARE_VIEW_HEATMAP)
    return;
  if (self->data != NULL && self->focus_row >= 0 && (guint) self->focus_row < self->data->n_units)
    {
      g_autofree char *unit = zm_heatmap_describe_unit (self->data, self->focus_row);

      /* Translators: the heat map's accessible name while the keyboard is
       * on a row; %1$u and %2$u are the row and the number of rows, %3$s
       * describes the unit */
      text = g_strdup_printf (_("Heat map, row %1$u of %2$u: %3$s Press Enter to open its assessment."),
                              (guint) self->focus_row + 1, self->data->n_units, unit);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : _("Heat map: the latest score of every unit per pillar"),
                                  -1);
}

static void
scroll_to_row (ZmComparisonView *self,
               int               row)
{
  ZmRect rect;
  double value, page;

  if (self->sheet == NULL || self->vadjustment == NULL || row < 0)
    return;

  zm_heatmap_sheet_get_row_rect (self->sheet, row, &rect);
  value = gtk_adjustment_get_value (self->vadjustment);
  page = gtk_adjustment_get_page_size (self->vadjustment);
  if (rect.y < value)
    gtk_adjustment_set_value (self->vadjustment, rect.y);
  else if (rect.y + rect.height > value + page)
    gtk_adjustment_set_value (self->vadjustment, rect.y + rect.height - page);
}

static void
set_focus_row (ZmComparisonView *self,
               int               row)
{
  if (self->data == NULL || self->data->n_units == 0)
    row = -1;
  else
    row = CLAMP (row, 0, (int) self->data->n_units - 1);
  if (row == self->focus_row)
    return;

  self->focus_row = row;
  scroll_to_row (self, row);
  update_row_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The first row in view, for a keyboard that arrives. */
static int
first_row_in_view (ZmComparisonView *self)
{
  int row;

  if (self->sheet == NULL)
    return 0;
  for (double y = scroll_offset (self); y < self->content_height; y += 4)
    if ((row = zm_heatmap_sheet_row_at (self->sheet, self->content_width / 2.0, y)) >= 0)
      return row;
  return 0;
}

static void
move_row_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (widget);
  int delta = g_variant_get_int32 (param);
  int page = 1;

  if (self->data == NULL || self->view != ZM_COMPARE_VIEW_HEATMAP)
    return;
  /* ±2 moves by a page of rows, ±3 to the first or last; the first key
   * without a row goes to the first row in view. */
  if (self->focus_row < 0 && ABS (delta) != 3)
    {
      set_focus_row (self, first_row_in_view (self));
      return;
    }
  if (self->sheet != NULL && self->vadjustment != NULL && ABS (delta) == 2)
    {
      ZmRect rect;

      zm_heatmap_sheet_get_row_rect (self->sheet, 0, &rect);
      page = MAX ((int) (gtk_adjustment_get_page_size (self->vadjustment) / rect.height) - 1, 1);
    }
  if (ABS (delta) == 3)
    set_focus_row (self, delta < 0 ? 0 : G_MAXINT);
  else
    set_focus_row (self, self->focus_row + (delta < 0 ? -page : page));
}

static void
activate_row_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (widget);

  if (self->data == NULL || self->focus_row < 0 || (guint) self->focus_row >= self->data->n_units)
    return;
  g_signal_emit (self, signals[UNIT_ACTIVATED], 0, (guint) self->focus_row);
}

/* --- GtkWidget ------------------------------------------------------------- */

static GtkSizeRequestMode
zm_comparison_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

/* The content scrolls, so the view asks for little; the window gives it
 * the rest. */
static void
zm_comparison_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 480;
      *natural = 960;
    }
  else
    {
      *minimum = 120;
      *natural = MIN_HEIGHT;
    }
}

static void
configure_adjustments (ZmComparisonView *self,
                       int               width,
                       int               height)
{
  double upper = MAX (self->content_height, height);

  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, upper - height),
                              0, upper, height * 0.1, height * 0.9, height);
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment, 0, 0, width, width * 0.1, width * 0.9, width);
}

static void
zm_comparison_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (widget);

  ensure_content (self, width);
  configure_adjustments (self, width, height);
}

static void
snapshot_focus (ZmComparisonView *self,
                GtkSnapshot      *snapshot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GskRoundedRect outline;
  ZmRect rect;
  /* libadwaita's focus ring: its accent colour, half transparent. */
  GdkRGBA color = adw_style_manager_get_dark (adw_style_manager_get_default ())
                  ? (GdkRGBA) { 0x78 / 255.0, 0xae / 255.0, 0xed / 255.0, 0.5 }
                  : (GdkRGBA) { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 0.5 };
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];

  if (self->sheet == NULL || self->focus_row < 0 ||
      !gtk_widget_has_focus (widget) || !gtk_widget_has_visible_focus (widget))
    return;

  zm_heatmap_sheet_get_row_rect (self->sheet, self->focus_row, &rect);
  for (guint i = 0; i < 4; i++)
    colors[i] = color;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (rect.x - 4, rect.y - 1, rect.width + 8, rect.height + 2), 6);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static gboolean
redraw_on_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  ZM_COMPARISON_VIEW (widget)->redraw_tick = 0;
  gtk_widget_queue_draw (widget);
  return G_SOURCE_REMOVE;
}

static void
zm_comparison_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  /* On whole pixels, or the seams between pieces show. */
  double offset = round (scroll_offset (self) * scale) / scale;
  gint64 start = g_get_monotonic_time ();
  GdkFrameClock *clock;
  gboolean late;
  int piece;
  guint first, last;
  ZmRenderStyle style;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  ensure_content (self, width);
  zm_ui_get_render_style (widget, &style);
  piece = piece_height (self);

  clock = gtk_widget_get_frame_clock (widget);
  late = clock != NULL && !self->left_for_later &&
         start - gdk_frame_clock_get_frame_time (clock) > FRAME_BUDGET;
  self->left_for_later = FALSE;

  first = (guint) MAX (offset / piece, 0);
  last = first;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (float) -offset));
  for (guint i = first; i < self->pieces->len && (double) i * piece < offset + height; i++)
    {
      /* A frame draws pieces for a while at most; those left wait for
       * the next frame, in the background colour. A frame that came late
       * to drawing (a new size laid out first) leaves them all to the
       * next one, which draws at least the first. */
      if (self->pieces->pdata[i] == NULL && !late &&
          (i == first || g_get_monotonic_time () - start < DRAW_BUDGET))
        self->pieces->pdata[i] = draw_piece (self, i, &style);
      if (self->pieces->pdata[i] == NULL)
        {
          GdkRGBA background = { style.background.red, style.background.green, style.background.blue, 1 };

          gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, (float) i * piece, width, piece));
          self->left_for_later = TRUE;
          if (self->redraw_tick == 0)
            self->redraw_tick = gtk_widget_add_tick_callback (widget, redraw_on_tick, NULL, NULL);
        }
      else
        {
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (float) i * piece));
          gtk_snapshot_append_node (snapshot, self->pieces->pdata[i]);
          gtk_snapshot_restore (snapshot);
        }
      last = i;
    }
  forget_pieces_outside (self, first, last);
  snapshot_focus (self, snapshot);
  gtk_snapshot_restore (snapshot);
}

static void
on_pressed (GtkGestureClick  *gesture,
            int               n_press,
            double            x,
            double            y,
            ZmComparisonView *self)
{
  int unit;

  if (self->data == NULL || self->view != ZM_COMPARE_VIEW_HEATMAP || self->sheet == NULL)
    return;

  unit = zm_heatmap_sheet_row_at (self->sheet, x, y + scroll_offset (self));
  if (unit < 0)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_focus_row (self, unit);
  g_signal_emit (self, signals[UNIT_ACTIVATED], 0, (guint) unit);
}

static void
on_focus_changed (ZmComparisonView *self)
{
  if (self->focus_row < 0 && gtk_widget_has_focus (GTK_WIDGET (self)))
    set_focus_row (self, first_row_in_view (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Dark and light draw in other colours. */
static void
on_dark_changed (ZmComparisonView *self)
{
  forget_pieces (self);
  if (self->content_height > 0)
    g_ptr_array_set_size (self->pieces, (guint) ceil (self->content_height / piece_height (self)));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* --- GtkScrollable ----------------------------------------------------------- */

static void
set_adjustment (ZmComparisonView  *self,
                GtkAdjustment    **slot,
                GtkAdjustment     *adjustment)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, gtk_widget_queue_draw, self);
      g_object_unref (*slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
zm_comparison_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_comparison_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* --- the class ----------------------------------------------------------- */

static void
zm_comparison_view_dispose (GObject *object)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (object);

  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (), on_dark_changed, self);
  if (self->redraw_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->redraw_tick);
  self->redraw_tick = 0;
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, gtk_widget_queue_draw, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, gtk_widget_queue_draw, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (zm_comparison_view_parent_class)->dispose (object);
}

static void
zm_comparison_view_finalize (GObject *object)
{
  ZmComparisonView *self = ZM_COMPARISON_VIEW (object);

  forget_content (self);
  g_ptr_array_unref (self->pieces);

  G_OBJECT_CLASS (zm_comparison_view_parent_class)->finalize (object);
}

static void
zm_comparison_view_class_init (ZmComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = zm_comparison_view_get_property;
  object_class->set_property = zm_comparison_view_set_property;
  object_class->dispose = zm_comparison_view_dispose;
  object_class->finalize = zm_comparison_view_finalize;

  widget_class->get_request_mode = zm_comparison_view_get_request_mode;
  widget_class->measure = zm_comparison_view_measure;
  widget_class->size_allocate = zm_comparison_view_size_allocate;
  widget_class->snapshot = zm_comparison_view_snapshot;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[UNIT_ACTIVATED] =
    g_signal_new ("unit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /* The heat map's rows by keyboard: a step, a page (±2), the ends (±3). */
  gtk_widget_class_install_action (widget_class, "comparison.move-row", "i", move_row_action);
  gtk_widget_class_install_action (widget_class, "comparison.activate-row", NULL, activate_row_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "comparison.move-row", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "comparison.move-row", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "comparison.move-row", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "comparison.move-row", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "comparison.move-row", "i", -2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "comparison.move-row", "i", 2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "comparison.move-row", "i", -3);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "comparison.move-row", "i", 3);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "comparison.activate-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "comparison.activate-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "comparison.activate-row", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "comparison.activate-row", NULL);

  gtk_widget_class_set_css_name (widget_class, "comparison-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zm_comparison_view_init (ZmComparisonView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->pieces = g_ptr_array_new_with_free_func (piece_free);
  self->focus_row = -1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (on_dark_changed), self);
}

GtkWidget *
zm_comparison_view_new (ZmCompareView view)
{
  ZmComparisonView *self = g_object_new (ZM_TYPE_COMPARISON_VIEW, NULL);

  self->view = view;
  gtk_widget_set_focusable (GTK_WIDGET (self), view == ZM_COMPARE_VIEW_HEATMAP);
  return GTK_WIDGET (self);
}

void
zm_comparison_view_set_data (ZmComparisonView    *self,
                             const ZmCompareData *data,
                             const char          *description)
{
  g_return_if_fail (ZM_IS_COMPARISON_VIEW (self));

  self->data = data;
  self->focus_row = -1;
  forget_content (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
  update_row_description (self);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   data != NULL && self->view == ZM_COMPARE_VIEW_HEATMAP ? "pointer" : NULL);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

ZmHeatmapSheet *
zm_comparison_view_new_sheet (PangoContext        *context,
                              const ZmCompareData *data,
                              int                  width)
{
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  return zm_heatmap_sheet_new (context, data, width, MIN (trend_page_height (width), 720));
}

void
zm_comparison_view_take_sheet (ZmComparisonView *self,
                               ZmHeatmapSheet   *sheet,
                               int               width)
{
  g_return_if_fail (ZM_IS_COMPARISON_VIEW (self));
  g_return_if_fail (sheet != NULL);

  if (self->view != ZM_COMPARE_VIEW_HEATMAP || self->data == NULL)
    {
      zm_heatmap_sheet_free (sheet);
      return;
    }
  adopt_sheet (self, sheet, width);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

int
zm_comparison_view_get_focus_row (ZmComparisonView *self)
{
  g_return_val_if_fail (ZM_IS_COMPARISON_VIEW (self), -1);

  return self->focus_row;
}
