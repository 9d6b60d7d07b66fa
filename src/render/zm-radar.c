/* zm-radar.c: the radar chart, drawn on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-radar.h"

/* The current shape's fill: about a quarter opaque. */
#define CURRENT_FILL_ALPHA 0.25

/* Draw order: the previous shape at the bottom, the current one on top. */
static const ZmSeries series_order[ZM_N_SERIES] = {
  ZM_SERIES_PREVIOUS, ZM_SERIES_TARGET, ZM_SERIES_CURRENT,
};

static void
ring_path (cairo_t             *cr,
           const ZmRadarLayout *layout,
           double               value)
{
  for (guint i = 0; i < layout->n_axes; i++)
    {
      double x, y;

      zm_radar_layout_get_point (layout, i, value, &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

static void
draw_grid (cairo_t             *cr,
           const ZmRadarLayout *layout,
           const ZmColor       *color)
{
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  zm_render_set_color (cr, color, 1.0);

  cairo_set_line_width (cr, layout->grid_line_width);
  for (guint stage = 1; stage < ZM_N_STAGES; stage++)
    ring_path (cr, layout, stage);
  for (guint i = 0; i < layout->n_axes; i++)
    {
      double x, y;

      zm_radar_layout_get_point (layout, i, ZM_N_STAGES, &x, &y);
      cairo_move_to (cr, layout->cx, layout->cy);
      cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  /* The outer ring frames the chart. */
  cairo_set_line_width (cr, layout->grid_line_width * 1.8);
  ring_path (cr, layout, ZM_N_STAGES);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static gboolean
has_value (const ZmRadarData *data,
           ZmSeries           series,
           guint              axis)
{
  return !isnan (data->axes[axis].values[series]);
}

/* The first axis of a run of axes with values: one whose predecessor has
 * none. Returns n_axes when every axis has a value. */
static guint
first_run_start (const ZmRadarData *data,
                 ZmSeries           series)
{
  guint n = data->n_axes;

  for (guint i = 0; i < n; i++)
    if (has_value (data, series, i) && !has_value (data, series, (i + n - 1) % n))
      return i;

  return n;
}

static void
value_point (const ZmRadarLayout *layout,
             const ZmRadarData   *data,
             ZmSeries             series,
             guint                axis,
             double              *x,
             double              *y)
{
  zm_radar_layout_get_point (layout, axis, data->axes[axis].values[series], x, y);
}

/* @length neighbouring axes with values from @first on; a piece for the
 * fill is closed through the centre. */
static void
run_path (cairo_t             *cr,
          const ZmRadarLayout *layout,
          const ZmRadarData   *data,
          ZmSeries             series,
          guint                first,
          guint                length,
          gboolean             for_fill)
{
  if (for_fill)
    cairo_move_to (cr, layout->cx, layout->cy);
  else
    cairo_new_sub_path (cr);

  for (guint k = 0; k < length; k++)
    {
      double x, y;

      value_point (layout, data, series, (first + k) % data->n_axes, &x, &y);
      cairo_line_to (cr, x, y);
    }

  if (for_fill)
    cairo_close_path (cr);
}

static void
closed_series_path (cairo_t             *cr,
                    const ZmRadarLayout *layout,
                    const ZmRadarData   *data,
                    ZmSeries             series)
{
  cairo_new_sub_path (cr);
  for (guint i = 0; i < data->n_axes; i++)
    {
      double x, y;

      value_point (layout, data, series, i, &x, &y);
      cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

/* The shape of a series. An axis without a value breaks the shape: each
 * run of neighbouring axes with values becomes its own piece, so a pillar
 * that is not determined shows as a gap, never as a zero. */
static void
series_path (cairo_t             *cr,
             const ZmRadarLayout *layout,
             const ZmRadarData   *data,
             ZmSeries             series,
             gboolean             for_fill)
{
  guint n = data->n_axes;
  guint start = first_run_start (data, series);
  guint k;

  if (start == n)
    {
      if (has_value (data, series, 0))
        closed_series_path (cr, layout, data, series);
      return;
    }

  /* k counts the axes walked from the first run's start. */
  k = 0;
  while (k < n)
    {
      guint first = (start + k) % n, length = 0;

      while (k + length < n && has_value (data, series, (first + length) % n))
        length++;
      if (length > 0)
        run_path (cr, layout, data, series, first, length, for_fill);
      /* Past the run and the axis without a value that ends it. */
      k += length + 1;
    }
}

static void
markers_path (cairo_t             *cr,
              const ZmRadarLayout *layout,
              const ZmRadarData   *data,
              ZmSeries             series,
              double               outset)
{
  for (guint i = 0; i < data->n_axes; i++)
    {
      double x, y;

      if (!has_value (data, series, i))
        continue;
      value_point (layout, data, series, i, &x, &y);
      zm_render_marker_path (cr, series, x, y, layout->marker_size, outset);
    }
}

/* All markers of a series as one path, on rings in the background colour
 * that set them apart (see zm_render_draw_marker()): two fills for the
 * whole series instead of two drawing operations per marker. */
static void
draw_markers (cairo_t             *cr,
              const ZmRadarLayout *layout,
              const ZmRadarData   *data,
              ZmSeries             series,
              const ZmRenderStyle *style)
{
  markers_path (cr, layout, data, series, layout->grid_line_width / 2);
  zm_render_set_color (cr, &style->background, 1.0);
  cairo_fill (cr);
  markers_path (cr, layout, data, series, 0);
  zm_render_set_color (cr, &style->series[series], 1.0);
  cairo_fill (cr);
}

static ZmColor
mix_colors (const ZmColor *under,
            const ZmColor *over,
            double         alpha)
{
  return (ZmColor) {
    under->red + (over->red - under->red) * alpha,
    under->green + (over->green - under->green) * alpha,
    under->blue + (over->blue - under->blue) * alpha,
    1.0,
  };
}

/* On a background of its own the current shape's tint is mixed with that
 * background beforehand and filled opaque: cairo fills opaque colour on a
 * 4K image several times faster than it blends. The grid is then drawn
 * outside the shape in its own colour and inside it in the grid colour
 * under the same tint, so every pixel comes out as the translucent fill
 * over the grid would have made it. */
static void
draw_premixed_fill_and_grid (cairo_t             *cr,
                             const ZmRadarLayout *layout,
                             const ZmRadarData   *data,
                             const ZmRenderStyle *style)
{
  const ZmColor *tint = &style->series[ZM_SERIES_CURRENT];
  ZmColor shape = mix_colors (&style->background, tint, CURRENT_FILL_ALPHA);
  ZmColor grid = mix_colors (&style->grid, tint, CURRENT_FILL_ALPHA);

  series_path (cr, layout, data, ZM_SERIES_CURRENT, TRUE);
  zm_render_set_color (cr, &shape, 1.0);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  series_path (cr, layout, data, ZM_SERIES_CURRENT, TRUE);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
  draw_grid (cr, layout, &style->grid);
  cairo_restore (cr);

  cairo_save (cr);
  series_path (cr, layout, data, ZM_SERIES_CURRENT, TRUE);
  cairo_clip (cr);
  draw_grid (cr, layout, &grid);
  cairo_restore (cr);
}

/* The background, the grid and the current shape's fill. */
static void
draw_backdrop (cairo_t             *cr,
               const ZmRadarLayout *layout,
               const ZmRadarData   *data,
               const ZmRenderStyle *style)
{
  gboolean filled = zm_radar_data_has_series (data, ZM_SERIES_CURRENT);
  gboolean opaque_background = style->paint_background && style->background.alpha >= 1.0;

  if (style->paint_background)
    zm_render_paint_background (cr, style, layout->width, layout->height);

  if (filled && opaque_background)
    {
      draw_premixed_fill_and_grid (cr, layout, data, style);
      return;
    }

  draw_grid (cr, layout, &style->grid);
  if (filled)
    {
      series_path (cr, layout, data, ZM_SERIES_CURRENT, TRUE);
      zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], CURRENT_FILL_ALPHA);
      cairo_fill (cr);
    }
}

/* --- the team's band ------------------------------------------------------ */

static gboolean
has_band (const ZmRadarData *data,
          guint              axis)
{
  return !isnan (data->axes[axis].band_min) && !isnan (data->axes[axis].band_max);
}

/* Between two neighbouring axes with a band, the quadrilateral from the
 * one's range to the other's; together they make the band, with a gap
 * where a pillar has no respondent score, as the shapes have. */
static void
band_path (cairo_t             *cr,
           const ZmRadarLayout *layout,
           const ZmRadarData   *data)
{
  guint n = data->n_axes;

  for (guint i = 0; i < n; i++)
    {
      guint j = (i + 1) % n;
      double x, y;

      if (!has_band (data, i) || !has_band (data, j))
        continue;
      zm_radar_layout_get_point (layout, i, data->axes[i].band_min, &x, &y);
      cairo_move_to (cr, x, y);
      zm_radar_layout_get_point (layout, i, data->axes[i].band_max, &x, &y);
      cairo_line_to (cr, x, y);
      zm_radar_layout_get_point (layout, j, data->axes[j].band_max, &x, &y);
      cairo_line_to (cr, x, y);
      zm_radar_layout_get_point (layout, j, data->axes[j].band_min, &x, &y);
      cairo_line_to (cr, x, y);
      cairo_close_path (cr);
    }
}

/* Diagonal lines over @area: a hatch tells the band from the solid fill
 * of the team's shape in greyscale print too. */
static void
hatch (cairo_t             *cr,
       const ZmRadarLayout *layout,
       const ZmRect        *area)
{
  double step = MAX (2.0, 0.45 * layout->small_font_size);

  for (double d = -area->height; d < area->width; d += step)
    {
      cairo_move_to (cr, area->x + d, area->y + area->height);
      cairo_line_to (cr, area->x + d + area->height, area->y);
    }
  cairo_set_line_width (cr, MAX (0.5, layout->grid_line_width * 0.9));
  cairo_stroke (cr);
}

static void
whisker_end (cairo_t *cr,
             double   x,
             double   y,
             double   px,
             double   py)
{
  cairo_move_to (cr, x - px, y - py);
  cairo_line_to (cr, x + px, y + py);
}

/* On each axis a whisker from the lowest to the highest score, with ends
 * across it: the range stays readable where the band is thin. */
static void
whiskers_path (cairo_t             *cr,
               const ZmRadarLayout *layout,
               const ZmRadarData   *data)
{
  double half = layout->marker_size * 0.45;

  for (guint i = 0; i < data->n_axes; i++)
    {
      double x0, y0, x1, y1, dx, dy, length;

      if (!has_band (data, i))
        continue;
      zm_radar_layout_get_point (layout, i, data->axes[i].band_min, &x0, &y0);
      zm_radar_layout_get_point (layout, i, data->axes[i].band_max, &x1, &y1);
      zm_radar_layout_get_point (layout, i, ZM_N_STAGES, &dx, &dy);
      dx -= layout->cx;
      dy -= layout->cy;
      length = MAX (hypot (dx, dy), 1e-6);
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
      /* Across the axis: its direction turned a quarter. */
      whisker_end (cr, x0, y0, -dy / length * half, dx / length * half);
      whisker_end (cr, x1, y1, -dy / length * half, dx / length * half);
    }
}

static void
draw_band (cairo_t             *cr,
           const ZmRadarLayout *layout,
           const ZmRadarData   *data,
           const ZmRenderStyle *style)
{
  ZmRect area = { 0, 0, layout->width, layout->height };

  if (!zm_radar_data_has_band (data))
    return;

  cairo_save (cr);
  band_path (cr, layout, data);
  zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], 0.12);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], 0.55);
  hatch (cr, layout, &area);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_width (cr, layout->line_width * 0.8);
  whiskers_path (cr, layout, data);
  zm_render_set_color (cr, &style->foreground, 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The legend's sample of the band: a hatched strip with a whisker. */
static void
draw_band_sample (cairo_t                 *cr,
                  const ZmRadarLayout     *layout,
                  const ZmRadarLegendItem *item,
                  const ZmRenderStyle     *style)
{
  double h = layout->marker_size;
  ZmRect strip = { item->sample_x0 + layout->line_width, item->sample_y - h / 2,
                   item->sample_x1 - item->sample_x0 - 2 * layout->line_width, h };

  cairo_save (cr);
  cairo_rectangle (cr, strip.x, strip.y, strip.width, strip.height);
  zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], 0.12);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], 0.55);
  hatch (cr, layout, &strip);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_set_line_width (cr, layout->line_width * 0.8);
  cairo_move_to (cr, strip.x, item->sample_y);
  cairo_line_to (cr, strip.x + strip.width, item->sample_y);
  whisker_end (cr, strip.x, item->sample_y, 0, h * 0.45);
  whisker_end (cr, strip.x + strip.width, item->sample_y, 0, h * 0.45);
  zm_render_set_color (cr, &style->foreground, 0.8);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The outlines and markers of every series, the current one on top. */
static void
draw_series (cairo_t             *cr,
             const ZmRadarLayout *layout,
             const ZmRadarData   *data,
             const ZmRenderStyle *style)
{
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint k = 0; k < ZM_N_SERIES; k++)
    {
      ZmSeries series = series_order[k];

      if (!zm_radar_data_has_series (data, series))
        continue;

      series_path (cr, layout, data, series, FALSE);
      cairo_set_line_width (cr, layout->line_width * (series == ZM_SERIES_CURRENT ? 1.2 : 1.0));
      zm_render_set_series_dash (cr, series, layout->line_width);
      zm_render_set_color (cr, &style->series[series], 1.0);
      cairo_stroke (cr);
    }

  cairo_restore (cr);

  for (guint k = 0; k < ZM_N_SERIES; k++)
    if (zm_radar_data_has_series (data, series_order[k]))
      draw_markers (cr, layout, data, series_order[k], style);
}

/* Stage names sit on top of the shapes, on a halo so they stay legible. */
static void
draw_stage_labels (cairo_t             *cr,
                   const ZmRadarLayout *layout,
                   const ZmRenderStyle *style)
{
  double pad = 0.15 * layout->small_font_size;

  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      const ZmRadarLabel *label = &layout->stage_labels[s];
      ZmRect halo = { label->rect.x - pad, label->rect.y,
                      label->rect.width + 2 * pad, label->rect.height };

      zm_render_rounded_rect (cr, &halo, pad * 2);
      zm_render_set_color (cr, &style->background, 0.75);
      cairo_fill (cr);

      zm_render_set_color (cr, &style->muted, 1.0);
      zm_render_show_layout (cr, label->layout, label->rect.x, label->rect.y);
    }
}

static void
draw_labels (cairo_t             *cr,
             const ZmRadarLayout *layout,
             const ZmRenderStyle *style)
{
  for (guint i = 0; i < layout->n_axes; i++)
    {
      const ZmRadarLabel *label = &layout->labels[i];

      zm_render_set_color (cr, label->determined ? &style->foreground : &style->muted, 1.0);
      zm_render_show_layout (cr, label->layout, label->rect.x, label->rect.y);
    }
}

static void
draw_legend (cairo_t             *cr,
             const ZmRadarLayout *layout,
             const ZmRenderStyle *style)
{
  for (guint i = 0; i < layout->n_legend_items; i++)
    {
      const ZmRadarLegendItem *item = &layout->legend[i];
      double mid = (item->sample_x0 + item->sample_x1) / 2;

      if (item->kind != ZM_RADAR_LEGEND_SERIES)
        {
          if (item->kind == ZM_RADAR_LEGEND_BAND)
            draw_band_sample (cr, layout, item, style);
          zm_render_set_color (cr, &style->foreground, 1.0);
          zm_render_show_layout (cr, item->layout, item->text_rect.x, item->text_rect.y);
          continue;
        }

      cairo_save (cr);
      cairo_set_line_width (cr, layout->line_width);
      zm_render_set_series_dash (cr, item->series, layout->line_width);
      zm_render_set_color (cr, &style->series[item->series], 1.0);
      cairo_move_to (cr, item->sample_x0 + layout->line_width, item->sample_y);
      cairo_line_to (cr, item->sample_x1 - layout->line_width, item->sample_y);
      cairo_stroke (cr);
      cairo_restore (cr);

      zm_render_draw_marker (cr, item->series, style, mid, item->sample_y,
                             layout->marker_size, layout->grid_line_width);

      zm_render_set_color (cr, &style->foreground, 1.0);
      zm_render_show_layout (cr, item->layout, item->text_rect.x, item->text_rect.y);
    }
}

void
zm_radar_draw_layout (cairo_t             *cr,
                      const ZmRadarLayout *layout,
                      const ZmRadarData   *data,
                      const ZmRenderStyle *style)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (data != NULL && data->n_axes == layout->n_axes);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  draw_backdrop (cr, layout, data, style);
  draw_band (cr, layout, data, style);
  draw_series (cr, layout, data, style);
  draw_stage_labels (cr, layout, style);
  draw_labels (cr, layout, style);
  draw_legend (cr, layout, style);
  cairo_restore (cr);
}

void
zm_radar_draw (cairo_t             *cr,
               const ZmRadarData   *data,
               const ZmRenderStyle *style,
               double               width,
               double               height)
{
  PangoContext *context;
  ZmRadarLayout *layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL && data->n_axes >= 3);
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0)
    return;

  context = zm_render_context_new (cr);
  layout = zm_radar_layout_new (context, data, width, height);
  zm_radar_draw_layout (cr, layout, data, style);
  zm_radar_layout_free (layout);
  g_object_unref (context);
}

static void
describe_target (GString           *out,
                 const ZmRadarData *data,
                 double             value)
{
  guint target = zm_radar_value_to_stage (value);

  if (!zm_radar_data_has_series (data, ZM_SERIES_TARGET) || target == 0)
    return;

  g_string_append_c (out, ' ');
  /* Translators: the target of a pillar in the chart's description:
   * the stage's number and name */
  g_string_append_printf (out, _("Target: stage %1$u, %2$s."), target,
                          zm_radar_data_get_stage_name (data, target));
}

static void
describe_previous (GString           *out,
                   const ZmRadarData *data,
                   double             value)
{
  g_autofree char *score = NULL;

  if (!zm_radar_data_has_series (data, ZM_SERIES_PREVIOUS))
    return;

  g_string_append_c (out, ' ');
  if (isnan (value))
    {
      g_string_append (out, _("Previously not determined."));
      return;
    }

  score = zm_render_format_score (value);
  /* Translators: the score of a pillar in the previous assessment */
  g_string_append_printf (out, _("Previous score %s."), score);
}

static void
describe_band (GString           *out,
               const ZmRadarData *data,
               const ZmRadarAxis *axis)
{
  g_autofree char *lowest = NULL;
  g_autofree char *highest = NULL;

  if (!zm_radar_data_has_band (data) || isnan (axis->band_min))
    return;

  lowest = zm_render_format_score (axis->band_min);
  highest = zm_render_format_score (axis->band_max);
  g_string_append_c (out, ' ');
  /* Translators: the range of a team's scores on one pillar in the chart's description */
  g_string_append_printf (out, _("Respondents from %1$s to %2$s."), lowest, highest);
}

static void
describe_axis (GString           *out,
               const ZmRadarData *data,
               guint              i)
{
  const ZmRadarAxis *axis = &data->axes[i];
  double value = axis->values[ZM_SERIES_CURRENT];
  g_autofree char *score = zm_render_format_score (value);

  if (isnan (value))
    /* Translators: one pillar in the chart's description; %s is its name */
    g_string_append_printf (out, _("%s: not determined."), axis->label);
  else
    /* Translators: one pillar in the chart's description: name, score
     * ("2.4") and the name of the stage the score rounds to */
    g_string_append_printf (out, _("%1$s: score %2$s, stage %3$s."), axis->label, score,
                            zm_radar_data_get_stage_name (data, zm_radar_value_to_stage (value)));

  if (!isnan (value) && axis->indicative)
    g_string_append_printf (out, " %s", _("Indicative: fewer than half of the statements are answered."));

  if (!isnan (value) && axis->unclear)
    g_string_append_printf (out, " %s", _("Unclear profile: every stage fits about equally."));
  describe_band (out, data, axis);
  describe_target (out, data, axis->values[ZM_SERIES_TARGET]);
  describe_previous (out, data, axis->values[ZM_SERIES_PREVIOUS]);
}

/**
 * zm_radar_describe:
 * @data: what the chart shows
 *
 * Returns: (transfer full): every pillar's score, stage and target as
 *   sentences in the UI language
 */
char *
zm_radar_describe (const ZmRadarData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (data != NULL, NULL);

  g_string_append_printf (out,
                          /* Translators: the start of the chart's description */
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Radar chart of %u pillar, scored from 1, %s, to 4, %s.",
                                       "Radar chart of %u pillars, scored from 1, %s, to 4, %s.",
                                       data->n_axes),
                          data->n_axes,
                          zm_radar_data_get_stage_name (data, 1),
                          zm_radar_data_get_stage_name (data, ZM_N_STAGES));

  for (guint i = 0; i < data->n_axes; i++)
    {
      g_string_append_c (out, '\n');
      describe_axis (out, data, i);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
