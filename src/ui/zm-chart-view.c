/* zm-chart-view.c: the radar chart as a widget, drawn through the render layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view owns no drawing code: snapshot hands a Cairo node to the same
 * render function that the PNG, SVG, PDF, print and report exports use.
 * Hit testing for tooltips uses the render layer's layout of the same size,
 * so what the pointer is over is exactly what was drawn.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zm-chart.h"
#include "zm-chart-data.h"
#include "zm-chart-view.h"
#include "zm-checklist-graphic.h"
#include "zm-model.h"
#include "zm-profile.h"
#include "zm-radar.h"
#include "zm-radar-data.h"
#include "zm-radar-layout.h"
#include "zm-render-style.h"
#include "zm-render-text.h"

#define MIN_WIDTH 280
#define MIN_HEIGHT 240
#define NATURAL_WIDTH 720
#define MAX_HEIGHT 640
/* Render sizes text by the canvas, in points; on a small widget that gets
 * too small to read on screen, so the canvas is drawn magnified to keep
 * the pillar labels at about this many pixels. */
#define MIN_SCREEN_FONT_PX 11.0
#define MAX_MAGNIFICATION 1.6

struct _ZmChartView
{
  GtkWidget      parent_instance;

  ZmAssessment  *assessment;
  ZmAssessment  *previous;
  ZmResult      *result;
  ZmRadarData   *data;
  guint          update_source;

  /* The layout of the last size drawn, for hit testing, in canvas units:
   * widget pixels ÷ scale. */
  PangoContext  *context;
  ZmRadarLayout *layout;
  double         scale;
};

G_DEFINE_FINAL_TYPE (ZmChartView, zm_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_PREVIOUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
zm_chart_view_new (void)
{
  return g_object_new (ZM_TYPE_CHART_VIEW, NULL);
}

ZmAssessment *
zm_chart_view_get_assessment (ZmChartView *self)
{
  g_return_val_if_fail (ZM_IS_CHART_VIEW (self), NULL);

  return self->assessment;
}

ZmAssessment *
zm_chart_view_get_previous (ZmChartView *self)
{
  g_return_val_if_fail (ZM_IS_CHART_VIEW (self), NULL);

  return self->previous;
}

const ZmResult *
zm_chart_view_get_result (ZmChartView *self)
{
  g_return_val_if_fail (ZM_IS_CHART_VIEW (self), NULL);

  return self->result;
}

/* Style shared by every on-screen graphic ----------------------------------- */

/* Widgets draw on their own canvas colour, so the halos behind text match. */
void
zm_ui_get_render_style (GtkWidget     *widget,
                        ZmRenderStyle *style)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  *style = dark ? *zm_render_style_dark () : *zm_render_style_light ();
  style->paint_background = TRUE;
}

void
zm_ui_draw_profile (GtkWidget            *widget,
                    cairo_t              *cr,
                    const ZmPillarResult *result,
                    int                   width,
                    int                   height)
{
  PangoContext *context = zm_render_context_new (cr);
  ZmRenderStyle style;

  zm_ui_get_render_style (widget, &style);
  zm_profile_draw_bars (cr, context, result->fit, result->stage, &style,
                        0, 0, width, height, FALSE);
  g_object_unref (context);
}

void
zm_ui_draw_checklist (GtkWidget    *widget,
                      cairo_t      *cr,
                      ZmAssessment *assessment,
                      int           width,
                      int           height)
{
  g_autoptr(ZmChecklistData) data = zm_checklist_data_new_for_assessment (assessment);
  ZmRenderStyle style;

  zm_ui_get_render_style (widget, &style);
  zm_checklist_graphic_draw (cr, data, &style, width, height);
}

char *
zm_ui_describe_checklist (ZmAssessment *assessment)
{
  g_autoptr(ZmChecklistData) data = zm_checklist_data_new_for_assessment (assessment);

  return zm_checklist_describe (data);
}

char *
zm_ui_format_score (double score)
{
  return zm_render_format_score (score);
}

/* A section heading that wraps, where a group title would be cut off on a
 * narrow window. */
GtkWidget *
zm_ui_note_view_new (const char *label,
                     int         height,
                     int         vertical_margin)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), vertical_margin);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), vertical_margin);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, height);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
  return view;
}

GtkWidget *
zm_ui_section_new (const char  *title,
                   const char  *description,
                   GtkWidget  **group_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *group = adw_preferences_group_new ();

  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (group), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  gtk_box_append (GTK_BOX (box), heading);

  if (description != NULL)
    {
      GtkWidget *label = gtk_label_new (description);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_widget_set_margin_top (group, 6);
  gtk_box_append (GTK_BOX (box), group);
  *group_out = group;
  return box;
}

/* Data, result and description ------------------------------------------------ */

char *
zm_chart_view_dup_description (ZmChartView *self)
{
  g_return_val_if_fail (ZM_IS_CHART_VIEW (self), NULL);

  return self->data != NULL ? zm_chart_describe (self->data) : NULL;
}

static void
update_description (ZmChartView *self)
{
  g_autofree char *description = zm_chart_view_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

static void
update (ZmChartView *self)
{
  g_clear_pointer (&self->result, zm_result_free);
  g_clear_pointer (&self->data, zm_radar_data_free);
  g_clear_pointer (&self->layout, zm_radar_layout_free);

  if (self->assessment != NULL)
    {
      self->result = zm_score_assessment (self->assessment);
      self->data = zm_radar_data_new_for_assessment (self->assessment, self->previous);
    }

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
update_idle (gpointer user_data)
{
  ZmChartView *self = user_data;

  self->update_source = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* A burst of changes (a loaded document, fast typing) costs one update. */
static void
on_assessment_changed (ZmChartView *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle, self, NULL);
}

void
zm_chart_view_set_assessment (ZmChartView  *self,
                              ZmAssessment *assessment)
{
  g_return_if_fail (ZM_IS_CHART_VIEW (self));
  g_return_if_fail (assessment == NULL || ZM_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, on_assessment_changed, self);
  g_set_object (&self->assessment, assessment);
  if (assessment != NULL)
    g_signal_connect_swapped (assessment, "changed", G_CALLBACK (on_assessment_changed), self);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

void
zm_chart_view_set_previous (ZmChartView  *self,
                            ZmAssessment *previous)
{
  g_return_if_fail (ZM_IS_CHART_VIEW (self));
  g_return_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous));

  if (!g_set_object (&self->previous, previous))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIOUS]);
}

/* Drawing ------------------------------------------------------------------------ */

static ZmRadarLayout *ensure_layout (ZmChartView *self);

/* How much the canvas is magnified, from the font size render picks for
 * it (zm-radar-layout.c: 2.6 % of the shorter side, at least the minimum). */
static double
magnification (int width,
               int height)
{
  double font = MAX (ZM_RENDER_MIN_FONT_SIZE + 0.5, MIN (width, height) * 0.026);

  return CLAMP (MIN_SCREEN_FONT_PX / font, 1.0, MAX_MAGNIFICATION);
}

static void
zm_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  ZmChartView *self = ZM_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  ZmRenderStyle style;
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  zm_ui_get_render_style (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_scale (cr, self->scale, self->scale);
  /* The radar is drawn from the layout the tooltips hit-test. */
  if (ensure_layout (self) != NULL)
    zm_radar_draw_layout (cr, self->layout, self->data, &style);
  else
    zm_chart_draw (cr, self->data, &style, width / self->scale, height / self->scale);
  cairo_destroy (cr);
}

static void
zm_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  ZmChartView *self = ZM_CHART_VIEW (widget);

  /* The layout is made again for the new size when it is next needed. */
  g_clear_pointer (&self->layout, zm_radar_layout_free);
  self->scale = magnification (width, height);
}

static GtkSizeRequestMode
zm_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Four by three, which suits both the radar with its labels and the stage
 * profiles; square when narrow, where the labels left and right take most
 * of the width; never so tall that the results below disappear. */
static void
zm_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      int width = for_size > 0 ? for_size : NATURAL_WIDTH;

      *minimum = CLAMP (width < 520 ? width : width * 3 / 4, MIN_HEIGHT, MAX_HEIGHT);
      *natural = *minimum;
    }
}

/* Tooltips ------------------------------------------------------------------------ */

static ZmRadarLayout *
ensure_layout (ZmChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout != NULL)
    return self->layout;
  if (self->data == NULL || self->data->n_axes < 3 || width <= 0 || height <= 0)
    return NULL;
  if (!zm_chart_shows_radar (self->data))
    return NULL;

  if (self->context == NULL)
    self->context = zm_render_context_new_unbound ();
  self->layout = zm_radar_layout_new (self->context, self->data,
                                      width / self->scale, height / self->scale);
  return self->layout;
}

static gboolean
rect_contains (const ZmRect *rect,
               double        x,
               double        y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

/* The axis whose label or vertex is under (x, y), or -1. */
static int
hit_test (ZmChartView *self,
          double       x,
          double       y)
{
  ZmRadarLayout *layout = ensure_layout (self);
  double reach;

  if (layout == NULL)
    return -1;

  x /= self->scale;
  y /= self->scale;
  reach = MAX (layout->marker_size * 1.5, 8.0);
  for (guint i = 0; i < layout->n_axes; i++)
    {
      if (rect_contains (&layout->labels[i].rect, x, y))
        return i;

      for (ZmSeries s = 0; s < ZM_N_SERIES; s++)
        {
          double value = self->data->axes[i].values[s];
          double px, py;

          if (!zm_radar_data_has_series (self->data, s) || isnan (value))
            continue;
          zm_radar_layout_get_point (layout, i, value, &px, &py);
          if (hypot (px - x, py - y) <= reach)
            return i;
        }
    }
  return -1;
}

static char *
describe_axis (ZmChartView *self,
               guint        axis)
{
  const ZmRadarAxis *a = &self->data->axes[axis];
  GString *text = g_string_new (a->label);
  double current = a->values[ZM_SERIES_CURRENT];
  double target = a->values[ZM_SERIES_TARGET];
  double previous = a->values[ZM_SERIES_PREVIOUS];

  g_string_append_c (text, '\n');
  if (isnan (current))
    g_string_append (text, _("Not determined — answer at least one statement of this pillar"));
  else
    {
      g_autofree char *score = zm_ui_format_score (current);

      /* Translators: tooltip line on the chart, e.g. "Stage: Defined, score 2.4" */
      g_string_append_printf (text, _("Stage: %s, score %s"),
                              zm_radar_data_get_stage_name (self->data, zm_radar_value_to_stage (current)),
                              score);
    }
  if (zm_radar_data_has_series (self->data, ZM_SERIES_TARGET) && !isnan (target) && target > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: tooltip line on the chart, e.g. "Target: Organised" */
      g_string_append_printf (text, _("Target: %s"),
                              zm_radar_data_get_stage_name (self->data, zm_radar_value_to_stage (target)));
    }
  if (zm_radar_data_has_series (self->data, ZM_SERIES_PREVIOUS) && !isnan (previous))
    {
      g_autofree char *score = zm_ui_format_score (previous);

      g_string_append_c (text, '\n');
      /* Translators: tooltip line on the chart, the earlier assessment's score, e.g. "Previous: 2.1" */
      g_string_append_printf (text, _("Previous: %s"), score);
    }
  if (a->indicative)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, _("Indicative: fewer than half of the statements are answered"));
    }

  return g_string_free (text, FALSE);
}

char *
zm_chart_view_describe_at (ZmChartView *self,
                           double       x,
                           double       y)
{
  int axis;

  g_return_val_if_fail (ZM_IS_CHART_VIEW (self), NULL);

  axis = hit_test (self, x, y);
  return axis >= 0 ? describe_axis (self, axis) : NULL;
}

static gboolean
zm_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_mode)
    return FALSE;

  text = zm_chart_view_describe_at (ZM_CHART_VIEW (widget), x, y);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* GObject ------------------------------------------------------------------------- */

static void
on_dark_changed (ZmChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zm_chart_view_dispose (GObject *object)
{
  ZmChartView *self = ZM_CHART_VIEW (object);

  zm_chart_view_set_assessment (self, NULL);
  g_clear_object (&self->previous);

  G_OBJECT_CLASS (zm_chart_view_parent_class)->dispose (object);
}

static void
zm_chart_view_finalize (GObject *object)
{
  ZmChartView *self = ZM_CHART_VIEW (object);

  g_clear_pointer (&self->result, zm_result_free);
  g_clear_pointer (&self->data, zm_radar_data_free);
  g_clear_pointer (&self->layout, zm_radar_layout_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (zm_chart_view_parent_class)->finalize (object);
}

static void
zm_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZmChartView *self = ZM_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    case PROP_PREVIOUS:
      g_value_set_object (value, self->previous);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ZmChartView *self = ZM_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      zm_chart_view_set_assessment (self, g_value_get_object (value));
      break;

    case PROP_PREVIOUS:
      zm_chart_view_set_previous (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_chart_view_class_init (ZmChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_chart_view_dispose;
  object_class->finalize = zm_chart_view_finalize;
  object_class->get_property = zm_chart_view_get_property;
  object_class->set_property = zm_chart_view_set_property;

  widget_class->snapshot = zm_chart_view_snapshot;
  widget_class->size_allocate = zm_chart_view_size_allocate;
  widget_class->get_request_mode = zm_chart_view_get_request_mode;
  widget_class->measure = zm_chart_view_measure;
  widget_class->query_tooltip = zm_chart_view_query_tooltip;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREVIOUS] =
    g_param_spec_object ("previous", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "zmchartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zm_chart_view_init (ZmChartView *self)
{
  self->scale = 1.0;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Maturity chart"),
                                  -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
}
