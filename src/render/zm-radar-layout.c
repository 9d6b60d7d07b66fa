/* zm-radar-layout.c: where every part of the radar chart goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pillar labels are measured first; then the largest radius is found
 * at which the rings, the labels around them and the stage names still fit
 * the canvas. When that radius is too small for a readable chart, or labels
 * would touch, the text gets smaller (never below ZM_RENDER_MIN_FONT_SIZE)
 * and then narrower, and the layout is made again.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-radar-layout.h"

#define MAX_LABEL_LINES 3
#define N_WRAP_STEPS 3

static void
clear_text (ZmRadarLayout *self)
{
  for (guint i = 0; i < self->n_axes; i++)
    g_clear_object (&self->labels[i].layout);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    g_clear_object (&self->stage_labels[s].layout);
  for (guint i = 0; i < self->n_legend_items; i++)
    g_clear_object (&self->legend[i].layout);
  self->n_legend_items = 0;
}

void
zm_radar_layout_free (ZmRadarLayout *self)
{
  if (self == NULL)
    return;

  clear_text (self);
  g_free (self->labels);
  g_free (self->angles);
  g_free (self);
}

void
zm_radar_layout_get_point (const ZmRadarLayout *self,
                           guint                axis,
                           double               value,
                           double              *x,
                           double              *y)
{
  double r;

  g_return_if_fail (self != NULL);
  g_return_if_fail (axis < self->n_axes);

  r = self->radius * value / ZM_N_STAGES;
  *x = self->cx + r * sin (self->angles[axis]);
  *y = self->cy - r * cos (self->angles[axis]);
}

static void
set_sizes (ZmRadarLayout *self,
           double         font_size)
{
  self->font_size = font_size;
  self->small_font_size = MAX (ZM_RENDER_MIN_FONT_SIZE, font_size * 0.8);
  self->line_width = MAX (1.0, font_size / 10.0);
  self->grid_line_width = MAX (0.6, self->line_width * 0.45);
  self->marker_size = MAX (5.0, font_size * 0.45);
}

/* Unit vector of an axis on the canvas, y pointing down; tiny components
 * are made exactly zero so that the axes at 12 and 6 o'clock centre their
 * labels. */
static void
axis_direction (double  angle,
                double *dx,
                double *dy)
{
  *dx = sin (angle);
  *dy = -cos (angle);
  if (fabs (*dx) < 1e-9)
    *dx = 0.0;
  if (fabs (*dy) < 1e-9)
    *dy = 0.0;
}

static PangoAlignment
label_alignment (double angle)
{
  double dx, dy;

  axis_direction (angle, &dx, &dy);
  if (dx > 0.1)
    return PANGO_ALIGN_LEFT;
  if (dx < -0.1)
    return PANGO_ALIGN_RIGHT;
  return PANGO_ALIGN_CENTER;
}

static char *
label_markup (const ZmRadarAxis *axis,
              gboolean           determined)
{
  if (determined)
    return g_markup_escape_text (axis->label, -1);

  /* Translators: the second line of a pillar's label on the chart when the
   * answers are not enough to give the pillar a stage */
  return g_markup_printf_escaped ("%s\n<i>— %s</i>", axis->label, _("not determined"));
}

/* The width of the widest word of @layout's text, in points, measured as
 * laid out: Pango's line-break opportunities delimit the words, trailing
 * white space left out. */
static double
widest_word (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *attrs;
  int n_attrs, left = G_MAXINT, right = G_MININT;
  const char *p = text;
  double widest = 0;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (int i = 0; i < n_attrs - 1; i++, p = g_utf8_next_char (p))
    {
      PangoRectangle pos;

      if (attrs[i].is_line_break)
        {
          widest = MAX (widest, (double) (right - left) / PANGO_SCALE);
          left = G_MAXINT, right = G_MININT;
        }
      if (attrs[i].is_white)
        continue;
      pango_layout_index_to_pos (layout, (int) (p - text), &pos);
      left = MIN (left, MIN (pos.x, pos.x + pos.width));
      right = MAX (right, MAX (pos.x, pos.x + pos.width));
    }
  return MAX (widest, (double) (right - left) / PANGO_SCALE);
}

/* Breaking a word between letters makes a label hard to read ("merk-
 * persoonlijkh-eid"): a label is made as wide as its widest word, and the
 * radius, then the font, shrinks to make room for it. */
static void
wrap_between_words (PangoLayout *layout,
                    double       wrap_width)
{
  double word;

  pango_layout_set_width (layout, -1);
  word = widest_word (layout);
  pango_layout_set_width (layout, (int) ceil (MAX (wrap_width, word) * PANGO_SCALE) + 1);
}

static void
build_labels (ZmRadarLayout     *self,
              PangoContext      *context,
              const ZmRadarData *data,
              double             wrap_width)
{
  for (guint i = 0; i < self->n_axes; i++)
    {
      ZmRadarLabel *label = &self->labels[i];
      g_autofree char *markup = NULL;

      g_clear_object (&label->layout);
      label->determined = zm_radar_data_is_determined (data, i);
      markup = label_markup (&data->axes[i], label->determined);
      label->layout = zm_render_layout_new_markup (context, markup, self->font_size,
                                                   PANGO_WEIGHT_NORMAL, wrap_width);
      wrap_between_words (label->layout, wrap_width);
      pango_layout_set_ellipsize (label->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (label->layout, -MAX_LABEL_LINES);
      pango_layout_set_alignment (label->layout, label_alignment (self->angles[i]));
      zm_render_layout_fit_width (label->layout, &label->rect.width, &label->rect.height);
    }
}

static void
build_stage_labels (ZmRadarLayout     *self,
                    PangoContext      *context,
                    const ZmRadarData *data)
{
  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      ZmRadarLabel *label = &self->stage_labels[s];

      g_clear_object (&label->layout);
      label->determined = TRUE;
      label->layout = zm_render_layout_new (context,
                                            zm_radar_data_get_stage_name (data, s + 1),
                                            self->small_font_size, PANGO_WEIGHT_NORMAL, 0);
      zm_render_layout_get_size (label->layout, &label->rect.width, &label->rect.height);
    }
}

static double
legend_sample_length (const ZmRadarLayout *self)
{
  return 2.6 * self->small_font_size;
}

static void
add_legend_item (ZmRadarLayout     *self,
                  PangoContext      *context,
                  ZmRadarLegendKind  kind,
                  ZmSeries           series,
                  const char        *text,
                  double             max_width)
{
  ZmRadarLegendItem *item = &self->legend[self->n_legend_items++];
  double sample = kind == ZM_RADAR_LEGEND_NOTE ? 0 : legend_sample_length (self) + 0.5 * self->small_font_size;

  item->kind = kind;
  item->series = series;
  item->layout = zm_render_layout_new (context, text, self->small_font_size,
                                       PANGO_WEIGHT_NORMAL, MAX (max_width - sample, 1.0));
  zm_render_layout_fit_width (item->layout, &item->text_rect.width, &item->text_rect.height);
  item->rect.width = sample + item->text_rect.width;
  item->rect.height = MAX (item->text_rect.height, self->marker_size * 1.3);
}

static void
measure_legend (ZmRadarLayout     *self,
                PangoContext      *context,
                const ZmRadarData *data,
                double             max_width)
{
  guint n_shown = 0;

  for (guint s = 0; s < ZM_N_SERIES; s++)
    if (zm_radar_data_has_series (data, s))
      n_shown++;
  n_shown += zm_radar_data_has_band (data) ? 1 : 0;

  /* One shape needs no legend; a note is said all the same. */
  for (guint s = 0; n_shown >= 2 && s < ZM_N_SERIES; s++)
    {
      if (!zm_radar_data_has_series (data, s))
        continue;
      add_legend_item (self, context, ZM_RADAR_LEGEND_SERIES, s, data->series_names[s], max_width);
      /* The band belongs right after the team's own shape. */
      if (s == ZM_SERIES_CURRENT && zm_radar_data_has_band (data))
        add_legend_item (self, context, ZM_RADAR_LEGEND_BAND, s, data->band_name, max_width);
    }
  if (data->unclear_note != NULL)
    add_legend_item (self, context, ZM_RADAR_LEGEND_NOTE, ZM_SERIES_CURRENT, data->unclear_note, max_width);
}

/* Puts the item's parts in place once item->rect.x and y are known. */
static void
place_legend_item (ZmRadarLayout     *self,
                   ZmRadarLegendItem *item)
{
  gboolean has_sample = item->kind != ZM_RADAR_LEGEND_NOTE;

  item->sample_x0 = item->rect.x;
  item->sample_x1 = item->rect.x + (has_sample ? legend_sample_length (self) : 0);
  item->sample_y = item->rect.y + item->rect.height / 2;
  item->text_rect.x = item->sample_x1 + (has_sample ? 0.5 * self->small_font_size : 0);
  item->text_rect.y = item->rect.y + (item->rect.height - item->text_rect.height) / 2;
}

/* A column at the right edge of a wide canvas; returns its width. */
static double
place_legend_column (ZmRadarLayout *self,
                     double         margin)
{
  double spacing = 0.4 * self->small_font_size;
  double column_width = 0, column_height = -spacing, y;

  for (guint i = 0; i < self->n_legend_items; i++)
    {
      column_width = MAX (column_width, self->legend[i].rect.width);
      column_height += self->legend[i].rect.height + spacing;
    }

  y = (self->height - column_height) / 2;
  for (guint i = 0; i < self->n_legend_items; i++)
    {
      ZmRadarLegendItem *item = &self->legend[i];

      item->rect.x = self->width - margin - column_width;
      item->rect.y = y;
      place_legend_item (self, item);
      y += item->rect.height + spacing;
    }

  return column_width;
}

/* Breaks the legend into rows no wider than @max_width; row r holds the
 * items from row_start[r] to row_start[r + 1]. Returns the number of rows. */
static guint
break_legend_rows (const ZmRadarLayout *self,
                   double               gap,
                   double               max_width,
                   guint                row_start[ZM_RADAR_MAX_LEGEND + 1])
{
  guint n_rows = 0;
  double row_x = 0;

  for (guint i = 0; i < self->n_legend_items; i++)
    {
      if (i == 0 || row_x + gap + self->legend[i].rect.width > max_width)
        {
          row_start[n_rows++] = i;
          row_x = self->legend[i].rect.width;
        }
      else
        row_x += gap + self->legend[i].rect.width;
    }
  row_start[n_rows] = self->n_legend_items;

  return n_rows;
}

static void
measure_legend_row (const ZmRadarLayout *self,
                    guint                first,
                    guint                end,
                    double               gap,
                    double              *width,
                    double              *height)
{
  *width = -gap;
  *height = 0;
  for (guint i = first; i < end; i++)
    {
      *width += gap + self->legend[i].rect.width;
      *height = MAX (*height, self->legend[i].rect.height);
    }
}

/* Rows along the bottom edge, each centred; returns their height. */
static double
place_legend_rows (ZmRadarLayout *self,
                   double         margin)
{
  double gap = 1.4 * self->small_font_size;
  double row_spacing = 0.3 * self->small_font_size;
  guint row_start[ZM_RADAR_MAX_LEGEND + 1];
  guint n_rows = break_legend_rows (self, gap, self->width - 2 * margin, row_start);
  double total_height = -row_spacing, y;

  for (guint r = 0; r < n_rows; r++)
    {
      double row_width, row_height;

      measure_legend_row (self, row_start[r], row_start[r + 1], gap, &row_width, &row_height);
      total_height += row_height + row_spacing;
    }

  y = self->height - margin - total_height;
  for (guint r = 0; r < n_rows; r++)
    {
      double row_width, row_height, x;

      measure_legend_row (self, row_start[r], row_start[r + 1], gap, &row_width, &row_height);
      x = (self->width - row_width) / 2;
      for (guint i = row_start[r]; i < row_start[r + 1]; i++)
        {
          ZmRadarLegendItem *item = &self->legend[i];

          item->rect.x = x;
          item->rect.y = y + (row_height - item->rect.height) / 2;
          place_legend_item (self, item);
          x += item->rect.width + gap;
        }
      y += row_height + row_spacing;
    }

  return total_height;
}

/* Makes the legend and returns the area left for the chart and its labels. */
static ZmRect
build_legend (ZmRadarLayout     *self,
              PangoContext      *context,
              const ZmRadarData *data,
              double             margin)
{
  ZmRect area = { margin, margin, self->width - 2 * margin, self->height - 2 * margin };
  gboolean wide = self->width >= 1.45 * self->height;
  double spacing = self->font_size;

  for (guint i = 0; i < self->n_legend_items; i++)
    g_clear_object (&self->legend[i].layout);
  self->n_legend_items = 0;

  measure_legend (self, context, data, wide ? self->width * 0.25 : area.width);
  if (self->n_legend_items == 0)
    return area;

  if (wide)
    area.width -= place_legend_column (self, margin) + spacing;
  else
    area.height -= place_legend_rows (self, margin) + spacing;

  return area;
}

static double
rect_distance_to_origin (const ZmRect *rect)
{
  double dx = MAX (0.0, MAX (rect->x, -(rect->x + rect->width)));
  double dy = MAX (0.0, MAX (rect->y, -(rect->y + rect->height)));

  return hypot (dx, dy);
}

/* Places a label of the given size around the origin on the axis at
 * @angle, as close as it can be while keeping @distance from the origin.
 * The box slides from above its anchor point (12 o'clock) through
 * centred (3 and 9 o'clock) to below it (6 o'clock), and likewise from
 * right-aligned to left-aligned, so that it leans away from the chart. */
static void
place_label (double  angle,
             double  distance,
             ZmRect *rect)
{
  double dx, dy, fx, fy, lo, hi;

  axis_direction (angle, &dx, &dy);
  fx = (1.0 - dx) / 2.0;
  fy = (1.0 - dy) / 2.0;

  /* The distance of the box grows steadily once the box starts to leave
   * the disc, and at lo + width + height it is past it. */
  lo = distance;
  hi = distance + rect->width + rect->height;
  for (guint i = 0; i < 24; i++)
    {
      double t = (lo + hi) / 2;

      rect->x = t * dx - rect->width * fx;
      rect->y = t * dy - rect->height * fy;
      if (rect_distance_to_origin (rect) >= distance)
        hi = t;
      else
        lo = t;
    }
  rect->x = hi * dx - rect->width * fx;
  rect->y = hi * dy - rect->height * fy;
}

static void
union_rect (ZmRect       *bbox,
            const ZmRect *rect)
{
  double x0 = MIN (bbox->x, rect->x);
  double y0 = MIN (bbox->y, rect->y);
  double x1 = MAX (bbox->x + bbox->width, rect->x + rect->width);
  double y1 = MAX (bbox->y + bbox->height, rect->y + rect->height);

  *bbox = (ZmRect) { x0, y0, x1 - x0, y1 - y0 };
}

/* Arranges everything around a centre at the origin for a chart of
 * @radius; returns the box that holds it all. */
static ZmRect
arrange (ZmRadarLayout *self,
         double         radius)
{
  double gap = 0.5 * self->font_size;
  double outer = radius + self->marker_size / 2 + self->line_width;
  double pad = 0.3 * self->small_font_size;
  ZmRect bbox = { 0, 0, 0, 0 };

  for (guint i = 0; i < self->n_axes; i++)
    {
      ZmRect vertex;
      double dx, dy;

      axis_direction (self->angles[i], &dx, &dy);
      vertex = (ZmRect) { dx * outer, dy * outer, 0, 0 };
      union_rect (&bbox, &vertex);

      place_label (self->angles[i], outer + gap, &self->labels[i].rect);
      union_rect (&bbox, &self->labels[i].rect);
    }

  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      ZmRect *rect = &self->stage_labels[s].rect;

      rect->x = pad + self->grid_line_width;
      rect->y = -radius * (s + 1) / ZM_N_STAGES + pad;
      union_rect (&bbox, rect);
    }

  return bbox;
}

static double
fit_radius (ZmRadarLayout *self,
            const ZmRect  *area)
{
  double lo = 0, hi = MIN (area->width, area->height) / 2;

  for (guint i = 0; i < 24; i++)
    {
      double radius = (lo + hi) / 2;
      ZmRect bbox = arrange (self, radius);

      if (bbox.width <= area->width && bbox.height <= area->height)
        lo = radius;
      else
        hi = radius;
    }

  return lo;
}

static void
translate_rect (ZmRect *rect,
                double  dx,
                double  dy)
{
  rect->x += dx;
  rect->y += dy;
}

static void
translate_chart (ZmRadarLayout *self,
                 double         dx,
                 double         dy)
{
  self->cx += dx;
  self->cy += dy;
  for (guint i = 0; i < self->n_axes; i++)
    translate_rect (&self->labels[i].rect, dx, dy);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    translate_rect (&self->stage_labels[s].rect, dx, dy);
}

static void
translate_legend (ZmRadarLayout *self,
                  double         dx,
                  double         dy)
{
  for (guint i = 0; i < self->n_legend_items; i++)
    {
      ZmRadarLegendItem *item = &self->legend[i];

      translate_rect (&item->rect, dx, dy);
      translate_rect (&item->text_rect, dx, dy);
      item->sample_x0 += dx;
      item->sample_x1 += dx;
      item->sample_y += dy;
    }
}

/* The legend was put at the canvas' edge before the chart's size was
 * known; move it next to the chart and centre the two together. */
static void
join_legend (ZmRadarLayout *self,
             const ZmRect  *bbox)
{
  double spacing = self->font_size;
  ZmRect legend = self->legend[0].rect;
  gboolean beside;

  if (self->n_legend_items == 0)
    return;

  for (guint i = 1; i < self->n_legend_items; i++)
    union_rect (&legend, &self->legend[i].rect);

  beside = legend.x > bbox->x + bbox->width;
  if (beside)
    {
      double block_width = bbox->width + spacing + legend.width;
      double x = (self->width - block_width) / 2;

      translate_chart (self, x - bbox->x, 0);
      translate_legend (self, x + bbox->width + spacing - legend.x, 0);
    }
  else
    {
      double block_height = bbox->height + spacing + legend.height;
      double y = (self->height - block_height) / 2;

      translate_chart (self, 0, y - bbox->y);
      translate_legend (self, 0, y + bbox->height + spacing - legend.y);
    }
}

/* Arranges everything for @radius and centres it in @area. */
static void
place_all (ZmRadarLayout *self,
           const ZmRect  *area,
           double         radius)
{
  ZmRect bbox = arrange (self, radius);

  self->radius = radius;
  self->cx = 0;
  self->cy = 0;
  translate_chart (self,
                   area->x + (area->width - bbox.width) / 2 - bbox.x,
                   area->y + (area->height - bbox.height) / 2 - bbox.y);
  translate_rect (&bbox, self->cx, self->cy);
  join_legend (self, &bbox);
}

static gboolean
rects_touch (const ZmRect *a,
             const ZmRect *b,
             double        padding)
{
  ZmRect grown = { a->x - padding, a->y - padding,
                   a->width + 2 * padding, a->height + 2 * padding };

  return zm_rect_intersects (&grown, b);
}

static gboolean
has_overlaps (const ZmRadarLayout *self)
{
  double padding = 0.2 * self->font_size;

  for (guint i = 0; i < self->n_axes; i++)
    {
      for (guint j = i + 1; j < self->n_axes; j++)
        if (rects_touch (&self->labels[i].rect, &self->labels[j].rect, padding))
          return TRUE;

      for (guint s = 0; s < ZM_N_STAGES; s++)
        if (rects_touch (&self->labels[i].rect, &self->stage_labels[s].rect, padding))
          return TRUE;
    }

  for (guint s = 0; s + 1 < ZM_N_STAGES; s++)
    if (zm_rect_intersects (&self->stage_labels[s].rect, &self->stage_labels[s + 1].rect))
      return TRUE;

  return FALSE;
}

/* Lays out everything at one font size and wrap width; TRUE when the
 * result is good enough to keep. */
static gboolean
try_layout (ZmRadarLayout     *self,
            PangoContext      *context,
            const ZmRadarData *data,
            double             font_size,
            double             wrap_factor)
{
  double margin = MAX (3.0, MIN (self->width, self->height) * 0.02);
  ZmRect area;
  double wrap_width, radius;

  set_sizes (self, font_size);
  area = build_legend (self, context, data, margin);
  wrap_width = MIN (area.width * 0.25, 11.0 * font_size) * wrap_factor;
  build_labels (self, context, data, wrap_width);
  build_stage_labels (self, context, data);

  radius = fit_radius (self, &area);
  place_all (self, &area, radius);

  return radius >= 0.28 * MIN (area.width, area.height) && !has_overlaps (self);
}

/**
 * zm_radar_layout_new:
 * @context: a context from zm_render_context_new() or
 *   zm_render_context_new_unbound()
 * @data: what the chart shows; at least three axes
 * @width: the canvas, in points
 * @height: the canvas, in points
 *
 * Measures the labels and places every part of the chart.
 *
 * Returns: (transfer full): the layout
 */
ZmRadarLayout *
zm_radar_layout_new (PangoContext      *context,
                     const ZmRadarData *data,
                     double             width,
                     double             height)
{
  g_autoptr(ZmRadarLayout) self = NULL;
  double font_size, wrap_factor = 1.0;
  guint wrap_steps = 0;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data->n_axes >= 3, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_new0 (ZmRadarLayout, 1);
  self->width = width;
  self->height = height;
  self->n_axes = data->n_axes;
  self->angles = g_new (double, data->n_axes);
  self->labels = g_new0 (ZmRadarLabel, data->n_axes);
  for (guint i = 0; i < data->n_axes; i++)
    self->angles[i] = 2 * G_PI * i / data->n_axes;

  /* Readable on a projector at 1920×1080, never below the minimum. */
  font_size = MAX (ZM_RENDER_MIN_FONT_SIZE + 0.5, MIN (width, height) * 0.026);

  while (!try_layout (self, context, data, font_size, wrap_factor))
    {
      if (font_size > ZM_RENDER_MIN_FONT_SIZE)
        font_size = MAX (ZM_RENDER_MIN_FONT_SIZE, font_size * 0.9);
      else if (wrap_steps++ < N_WRAP_STEPS)
        wrap_factor *= 0.8;
      else
        break;
    }

  return g_steal_pointer (&self);
}
