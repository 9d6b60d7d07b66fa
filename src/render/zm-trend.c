/* zm-trend.c: progress over time, a small panel per pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every panel has the same fixed axis, 1 to 4, with the stages shaded
 * behind it, so that panels compare at a glance; the x axis is time,
 * shared by the panels of a page. The change since the previous
 * assessment is written at the right of each panel, one label per unit,
 * moved apart where they would overlap.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "zm-scoring.h"
#include "zm-trend.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }

/* Okabe–Ito, without the yellow that disappears on white; the last one
 * is the style's text colour. */
static const ZmColor unit_colors[ZM_TREND_UNITS_PER_PAGE - 1] = {
  RGB (0x00, 0x72, 0xb2), RGB (0xd5, 0x5e, 0x00), RGB (0x00, 0x9e, 0x73),
  RGB (0xcc, 0x79, 0xa7), RGB (0xe6, 0x9f, 0x00),
};

static const ZmColor *
unit_color (const ZmRenderStyle *style,
            guint                index)
{
  return index < G_N_ELEMENTS (unit_colors) ? &unit_colors[index] : &style->foreground;
}

/* --- dates --------------------------------------------------------------- */

static gboolean
parse_day (const char *iso,
           double     *day)
{
  g_autoptr(GDate) date = NULL;
  int year, month, day_of_month;
  char tail;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d%c", &year, &month, &day_of_month, &tail) != 3 ||
      !g_date_valid_dmy (day_of_month, month, year))
    return FALSE;

  date = g_date_new_dmy (day_of_month, month, year);
  *day = g_date_get_julian (date);
  return TRUE;
}

static char *
format_tick (const char *iso)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      (date = g_date_time_new_utc (year, month, day, 0, 0, 0)) == NULL)
    return g_strdup (iso);
  /* Translators: a date under a trend panel, see the g_date_time_format()
   * documentation; "%b %Y" is "Mar 2026". %b is the month's abbreviation
   * as translated with the context "month abbreviation". */
  return zm_render_format_date_time (date, C_("trend axis", "%b %Y"));
}

/* The change between the unit's last two dated points, NAN when either
 * is not determined. */
static double
change_of (const ZmCompareUnit *unit,
           guint                pillar)
{
  const ZmComparePoint *last = NULL, *before = NULL;

  for (guint p = unit->n_points; p-- > 0;)
    {
      if (unit->points[p].date == NULL)
        continue;
      if (last == NULL)
        last = &unit->points[p];
      else if (before == NULL)
        before = &unit->points[p];
    }
  if (last == NULL || before == NULL)
    return NAN;
  /* The difference of the scores as written, so that the figures on the
   * page add up. */
  return zm_score_for_display (last->scores[pillar]) - zm_score_for_display (before->scores[pillar]);
}

/* --- layout -------------------------------------------------------------- */

guint
zm_trend_count_pages (const ZmCompareData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return (zm_compare_data_count_trend_units (data) + ZM_TREND_UNITS_PER_PAGE - 1) /
         ZM_TREND_UNITS_PER_PAGE;
}

static void
panel_clear (ZmTrendPanel *panel,
             guint         n_units)
{
  g_clear_object (&panel->title.layout);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    g_clear_object (&panel->axis[s].layout);
  for (guint t = 0; t < panel->n_ticks; t++)
    g_clear_object (&panel->ticks[t].layout);
  for (guint u = 0; u < n_units && panel->changes != NULL; u++)
    g_clear_object (&panel->changes[u].layout);
  g_free (panel->ticks);
  g_free (panel->changes);
  g_free (panel->change_markers);
}

void
zm_trend_layout_free (ZmTrendLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_object (&layout->title.layout);
  g_clear_object (&layout->subtitle.layout);
  for (guint u = 0; u < layout->n_units + ZM_N_STAGES && layout->legend != NULL; u++)
    g_clear_object (&layout->legend[u].text.layout);
  for (guint p = 0; p < layout->n_panels; p++)
    panel_clear (&layout->panels[p], layout->n_units);
  g_free (layout->units);
  g_free (layout->legend);
  g_free (layout->panels);
  g_free (layout);
}

typedef struct {
  PangoContext        *context;
  const ZmCompareData *data;
  ZmTrendLayout       *layout;
  double               font;
  double               small;
  double               margin;
  double               top;
  GPtrArray           *dates;   /* distinct dates of the page, sorted */
  /* One-line texts repeat from panel to panel (the axis, the dates, the
   * changes); each is laid out once and shared. */
  GHashTable          *shared;
} Builder;

/* A one-line text as zm_render_layout_new() lays it out, shared with
 * every box that shows the same; a new reference. */
static PangoLayout *
shared_layout (Builder     *b,
               const char  *text,
               double       size,
               PangoWeight  weight)
{
  g_autofree char *key = g_strdup_printf ("%g %d %s", size, (int) weight, text);
  PangoLayout *layout = g_hash_table_lookup (b->shared, key);

  if (layout == NULL)
    {
      layout = zm_render_layout_new (b->context, text, size, weight, 0);
      g_hash_table_insert (b->shared, g_steal_pointer (&key), layout);
    }
  return g_object_ref (layout);
}

static void
pick_units (Builder *b,
            guint    page)
{
  ZmTrendLayout *l = b->layout;
  guint seen = 0;

  l->units = g_new0 (guint, ZM_TREND_UNITS_PER_PAGE);
  for (guint u = 0; u < b->data->n_units && l->n_units < ZM_TREND_UNITS_PER_PAGE; u++)
    {
      if (!zm_compare_unit_has_trend (&b->data->units[u]))
        continue;
      if (seen++ >= page * ZM_TREND_UNITS_PER_PAGE)
        l->units[l->n_units++] = u;
    }
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
collect_dates (Builder *b)
{
  ZmTrendLayout *l = b->layout;

  l->first_day = G_MAXDOUBLE;
  l->last_day = -G_MAXDOUBLE;
  for (guint i = 0; i < l->n_units; i++)
    {
      const ZmCompareUnit *unit = &b->data->units[l->units[i]];

      for (guint p = 0; p < unit->n_points; p++)
        {
          double day;

          if (!parse_day (unit->points[p].date, &day))
            continue;
          l->first_day = MIN (l->first_day, day);
          l->last_day = MAX (l->last_day, day);
          if (!g_ptr_array_find_with_equal_func (b->dates, unit->points[p].date, g_str_equal, NULL))
            g_ptr_array_add (b->dates, unit->points[p].date);
        }
    }
  g_ptr_array_sort (b->dates, compare_dates);
  if (l->first_day > l->last_day)
    l->first_day = l->last_day = 0;
}

static void
place_title (Builder *b,
             guint    page,
             guint    n_pages)
{
  ZmTrendLayout *l = b->layout;
  double width = l->width - 2 * b->margin;
  g_autofree char *title = NULL;

  title = n_pages > 1
          /* Translators: the title of a trend page; "Progress over time (2 of 3)" */
          ? g_strdup_printf (_("Progress over time (%u of %u)"), page + 1, n_pages)
          : g_strdup (_("Progress over time"));
  zm_text_box_set (&l->title, zm_render_layout_new (b->context, title, b->font * 1.4, PANGO_WEIGHT_BOLD, width),
                b->margin, b->margin);
  zm_text_box_set (&l->subtitle,
                zm_render_layout_new (b->context,
                                      _("Score per assessment, 1 to 4, with the stages shaded; "
                                        "right of each panel the change since the previous assessment"),
                                      b->small, PANGO_WEIGHT_NORMAL, width),
                b->margin, l->title.rect.y + l->title.rect.height + b->font * 0.2);
  b->top = l->subtitle.rect.y + l->subtitle.rect.height + b->font * 0.7;
}

static void
place_legend (Builder *b)
{
  ZmTrendLayout *l = b->layout;
  const char *common = zm_compare_data_get_common_organisation (b->data);
  double sample = b->small * 2.6, right = l->width - b->margin;
  double x = b->margin, y = b->top, line_height = 0;

  l->legend = g_new0 (ZmTrendLegendItem, l->n_units + ZM_N_STAGES);
  for (guint i = 0; i < l->n_units + ZM_N_STAGES; i++)
    {
      ZmTrendLegendItem *item = &l->legend[i];
      g_autofree char *name = NULL;
      double width, this_sample;

      if (i < l->n_units)
        name = zm_compare_unit_get_label (&b->data->units[l->units[i]], common != NULL);
      else
        name = g_strdup_printf ("%u %s", i - l->n_units + 1,
                                b->data->stage_names[i - l->n_units] ? b->data->stage_names[i - l->n_units] : "");

      this_sample = i < l->n_units ? sample : b->small;
      zm_text_box_set (&item->text,
                    zm_render_layout_new (b->context, name, b->small, PANGO_WEIGHT_NORMAL,
                                          right - b->margin - this_sample - b->small * 0.4), 0, 0);
      width = this_sample + b->small * 0.4 + item->text.rect.width;
      if (x > b->margin && x + width > right)
        {
          x = b->margin;
          y += line_height + b->small * 0.4;
          line_height = 0;
        }
      item->sample = (ZmRect) { x, y, this_sample, MAX (item->text.rect.height, b->small) };
      item->text.rect.x = x + this_sample + b->small * 0.4;
      item->text.rect.y = y;
      line_height = MAX (line_height, item->text.rect.height);
      x += width + b->small * 1.5;
    }
  b->top = y + line_height + b->font * 0.8;
}

static void
place_axis (Builder      *b,
            ZmTrendPanel *panel,
            double        x)
{
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    {
      g_autofree char *text = g_strdup_printf ("%u", s);
      ZmTextBox *box = &panel->axis[s - 1];

      zm_text_box_set (box, shared_layout (b, text, b->small, PANGO_WEIGHT_NORMAL), 0, 0);
      box->rect.x = x - box->rect.width;
      box->rect.y = panel->plot.y + panel->plot.height * (4.0 - s) / 3.0 - box->rect.height / 2;
    }
}

void
zm_trend_layout_get_point (const ZmTrendLayout *layout,
                           const ZmTrendPanel  *panel,
                           const char          *date,
                           double               score,
                           double              *x,
                           double              *y)
{
  double pad = layout->marker_size, day = layout->first_day, span;

  g_return_if_fail (layout != NULL && panel != NULL);

  parse_day (date, &day);
  span = layout->last_day - layout->first_day;
  *x = span > 0 ? panel->plot.x + pad + (day - layout->first_day) / span * (panel->plot.width - 2 * pad)
                : panel->plot.x + panel->plot.width / 2;
  *y = panel->plot.y + panel->plot.height * (4.0 - score) / 3.0;
}

/* Dates from the left, each written where it does not touch the one
 * before; the last one is always kept, in place of its neighbour. */
static void
place_ticks (Builder      *b,
             ZmTrendPanel *panel)
{
  ZmTrendLayout *l = b->layout;
  double right_edge = -G_MAXDOUBLE;

  panel->ticks = g_new0 (ZmTextBox, MAX (b->dates->len, 1));
  for (guint d = 0; d < b->dates->len; d++)
    {
      g_autofree char *text = format_tick (b->dates->pdata[d]);
      ZmTextBox box = { { 0, }, NULL };
      double x, y;

      zm_trend_layout_get_point (l, panel, b->dates->pdata[d], 1.0, &x, &y);
      zm_text_box_set (&box, shared_layout (b, text, b->small, PANGO_WEIGHT_NORMAL),
                    0, panel->plot.y + panel->plot.height + b->small * 0.3);
      box.rect.x = CLAMP (x - box.rect.width / 2, panel->plot.x,
                          panel->plot.x + panel->plot.width - box.rect.width);
      if (box.rect.x < right_edge + b->small * 0.6)
        {
          if (d + 1 < b->dates->len || panel->n_ticks == 0)
            {
              g_object_unref (box.layout);
              continue;
            }
          g_clear_object (&panel->ticks[--panel->n_ticks].layout);
        }
      panel->ticks[panel->n_ticks++] = box;
      right_edge = box.rect.x + box.rect.width;
    }
}

/* Labels in order of their point's height, pushed down to keep apart,
 * then back up where the last one would leave the panel. */
static void
spread_changes (ZmTrendPanel *panel,
                guint         n_units,
                double        gap)
{
  g_autofree guint *order = g_new (guint, MAX (n_units, 1));
  guint n = 0;
  double bottom = panel->plot.y + panel->plot.height + gap * 2;

  for (guint u = 0; u < n_units; u++)
    if (panel->changes[u].layout != NULL)
      order[n++] = u;
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && panel->changes[order[j]].rect.y < panel->changes[order[j - 1]].rect.y; j--)
      {
        guint t = order[j];
        order[j] = order[j - 1];
        order[j - 1] = t;
      }
  for (guint i = 1; i < n; i++)
    {
      ZmRect *prev = &panel->changes[order[i - 1]].rect, *cur = &panel->changes[order[i]].rect;

      cur->y = MAX (cur->y, prev->y + prev->height);
    }
  for (guint i = n; i-- > 0;)
    {
      ZmRect *cur = &panel->changes[order[i]].rect;

      cur->y = MIN (cur->y, bottom - cur->height);
      bottom = cur->y;
    }
}

static void
place_changes (Builder      *b,
               ZmTrendPanel *panel,
               guint         pillar)
{
  ZmTrendLayout *l = b->layout;
  double marker = b->small * 0.8;

  panel->changes = g_new0 (ZmTextBox, MAX (l->n_units, 1));
  panel->change_markers = g_new0 (ZmRect, MAX (l->n_units, 1));
  for (guint u = 0; u < l->n_units; u++)
    {
      const ZmCompareUnit *unit = &b->data->units[l->units[u]];
      const ZmComparePoint *latest = zm_compare_unit_latest (unit);
      double change = change_of (unit, pillar), x, y;
      g_autofree char *text = NULL;

      if (isnan (change))
        continue;
      text = zm_render_format_change (change);
      zm_trend_layout_get_point (l, panel, latest->date, latest->scores[pillar], &x, &y);
      zm_text_box_set (&panel->changes[u], shared_layout (b, text, b->small, PANGO_WEIGHT_BOLD),
                    panel->plot.x + panel->plot.width + b->small * 0.5 + marker * 1.4, 0);
      panel->changes[u].rect.y = y - panel->changes[u].rect.height / 2;
    }
  spread_changes (panel, l->n_units, b->small * 0.3);
  for (guint u = 0; u < l->n_units; u++)
    if (panel->changes[u].layout != NULL)
      panel->change_markers[u] = (ZmRect) { panel->plot.x + panel->plot.width + b->small * 0.5,
                                            panel->changes[u].rect.y + (panel->changes[u].rect.height - marker) / 2,
                                            marker, marker };
}

/* One panel inside @box: title, axis numbers, plot, dates below and the
 * changes at the right. FALSE when the plot would be too small. */
static gboolean
place_panel (Builder      *b,
             ZmTrendPanel *panel,
             guint         pillar,
             const ZmRect *box)
{
  const char *name = b->data->pillar_names[pillar];
  double axis_width = b->small * 1.2, tick_height, change_width;
  g_autoptr(PangoLayout) probe = shared_layout (b, "−0.00", b->small, PANGO_WEIGHT_BOLD);

  zm_text_box_set (&panel->title, zm_render_layout_new (b->context, name ? name : "", b->font, PANGO_WEIGHT_BOLD,
                                                     box->width), box->x, box->y);
  zm_render_layout_get_size (probe, &change_width, &tick_height);
  change_width += b->small * 0.5 + b->small * 0.8 * 1.4;

  panel->plot.x = box->x + axis_width + b->small * 0.3;
  panel->plot.y = panel->title.rect.y + panel->title.rect.height + b->small * 0.6;
  panel->plot.width = box->x + box->width - change_width - panel->plot.x;
  panel->plot.height = box->y + box->height - tick_height * 1.3 - panel->plot.y;
  if (panel->plot.width < b->font * 5 || panel->plot.height < b->font * 4)
    return FALSE;

  place_axis (b, panel, panel->plot.x - b->small * 0.3);
  place_ticks (b, panel);
  place_changes (b, panel, pillar);
  return TRUE;
}

static gboolean
place_panels (Builder *b)
{
  ZmTrendLayout *l = b->layout;
  guint n = b->data->n_pillars;
  guint columns = MIN (n, l->width >= l->height ? 3 : 2), rows;
  double gap_x = b->font * 1.6, gap_y = b->font * 1.2;
  double width, height;
  gboolean fits = TRUE;

  columns = MAX (columns, 1);
  rows = (n + columns - 1) / columns;
  width = (l->width - 2 * b->margin - gap_x * (columns - 1)) / columns;
  height = (l->height - b->margin - b->top - gap_y * (rows - 1)) / MAX (rows, 1);

  l->n_panels = n;
  l->panels = g_new0 (ZmTrendPanel, MAX (n, 1));
  for (guint p = 0; p < n; p++)
    {
      ZmRect box = { b->margin + (p % columns) * (width + gap_x),
                     b->top + (p / columns) * (height + gap_y), width, height };

      fits = place_panel (b, &l->panels[p], p, &box) && fits;
    }
  return fits;
}

static ZmTrendLayout *
build (PangoContext        *context,
       const ZmCompareData *data,
       double               width,
       double               height,
       guint                page,
       double               font,
       gboolean            *fits)
{
  ZmTrendLayout *l = g_new0 (ZmTrendLayout, 1);
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();
  g_autoptr(GHashTable) shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  Builder b = { context, data, l, font, MAX (font * 0.8, ZM_RENDER_MIN_FONT_SIZE),
                CLAMP (MIN (width, height) * 0.04, 8.0, 48.0), 0, dates, shared };

  l->width = width;
  l->height = height;
  l->font_size = font;
  l->line_width = MAX (font * 0.15, 1.0);
  l->marker_size = b.small * 0.8;

  pick_units (&b, page);
  collect_dates (&b);
  place_title (&b, page, zm_trend_count_pages (data));
  place_legend (&b);
  *fits = place_panels (&b);
  return l;
}

ZmTrendLayout *
zm_trend_layout_new (PangoContext        *context,
                     const ZmCompareData *data,
                     double               width,
                     double               height,
                     guint                page)
{
  double font = CLAMP (MIN (width, height) / 55.0, ZM_RENDER_MIN_FONT_SIZE, 14.0);

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  while (TRUE)
    {
      gboolean fits;
      ZmTrendLayout *layout = build (context, data, width, height, page, font, &fits);

      if (fits || font <= ZM_RENDER_MIN_FONT_SIZE)
        return layout;
      zm_trend_layout_free (layout);
      font = MAX (font * 0.9, ZM_RENDER_MIN_FONT_SIZE);
    }
}

/* --- drawing ------------------------------------------------------------- */

static void
marker_path (cairo_t *cr,
             guint    shape,
             double   x,
             double   y,
             double   size)
{
  double r = size / 2;

  switch (shape % ZM_TREND_UNITS_PER_PAGE)
    {
    case 0:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path (cr);
      break;
    case 3:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.1, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.1, y);
      cairo_close_path (cr);
      break;
    case 4:
      cairo_move_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x + r * 1.1, y - r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y - r * 0.8);
      cairo_close_path (cr);
      break;
    default:
      /* A plus sign, drawn as a shape so that it fills like the others. */
      cairo_rectangle (cr, x - r * 1.1, y - r * 0.35, r * 2.2, r * 0.7);
      cairo_rectangle (cr, x - r * 0.35, y - r * 1.1, r * 0.7, r * 2.2);
      break;
    }
}

static void
draw_marker (cairo_t             *cr,
             const ZmRenderStyle *style,
             guint                index,
             double               x,
             double               y,
             double               size)
{
  marker_path (cr, index, x, y, size);
  zm_render_set_color (cr, &style->background, 1.0);
  cairo_set_line_width (cr, size * 0.3);
  cairo_stroke_preserve (cr);
  zm_render_set_color (cr, unit_color (style, index), 1.0);
  cairo_fill (cr);
}

static void
draw_bands (cairo_t             *cr,
            const ZmRenderStyle *style,
            const ZmTrendPanel  *panel)
{
  static const double edges[ZM_N_STAGES + 1] = { 1.0, 1.5, 2.5, 3.5, 4.0 };
  const ZmRect *plot = &panel->plot;

  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      double y0 = plot->y + plot->height * (4.0 - edges[s + 1]) / 3.0;
      double y1 = plot->y + plot->height * (4.0 - edges[s]) / 3.0;

      cairo_rectangle (cr, plot->x, y0, plot->width, y1 - y0);
      zm_render_set_color (cr, &style->stages[s], 0.18);
      cairo_fill (cr);
    }
  cairo_rectangle (cr, plot->x, plot->y, plot->width, plot->height);
  zm_render_set_color (cr, &style->grid, 1.0);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);
}

static void
draw_unit_line (cairo_t             *cr,
                const ZmRenderStyle *style,
                const ZmTrendLayout *l,
                const ZmTrendPanel  *panel,
                const ZmCompareUnit *unit,
                guint                index,
                guint                pillar)
{
  gboolean drawing = FALSE;

  /* A pillar not determined at one date breaks the line there. */
  for (guint p = 0; p < unit->n_points; p++)
    {
      double x, y, score = unit->points[p].scores[pillar];

      if (unit->points[p].date == NULL || isnan (score))
        {
          drawing = FALSE;
          continue;
        }
      zm_trend_layout_get_point (l, panel, unit->points[p].date, score, &x, &y);
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }
  zm_render_set_color (cr, unit_color (style, index), 1.0);
  cairo_set_line_width (cr, l->line_width);
  cairo_stroke (cr);

  for (guint p = 0; p < unit->n_points; p++)
    {
      double x, y, score = unit->points[p].scores[pillar];

      if (unit->points[p].date == NULL || isnan (score))
        continue;
      zm_trend_layout_get_point (l, panel, unit->points[p].date, score, &x, &y);
      draw_marker (cr, style, index, x, y, l->marker_size * 1.4);
    }
}

static void
draw_panel (cairo_t             *cr,
            const ZmCompareData *data,
            const ZmRenderStyle *style,
            const ZmTrendLayout *l,
            guint                pillar)
{
  const ZmTrendPanel *panel = &l->panels[pillar];

  zm_text_box_draw (cr, &panel->title, &style->foreground);
  draw_bands (cr, style, panel);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    zm_text_box_draw (cr, &panel->axis[s], &style->muted);
  for (guint t = 0; t < panel->n_ticks; t++)
    zm_text_box_draw (cr, &panel->ticks[t], &style->muted);
  for (guint u = 0; u < l->n_units; u++)
    draw_unit_line (cr, style, l, panel, &data->units[l->units[u]], u, pillar);
  for (guint u = 0; u < l->n_units; u++)
    {
      const ZmRect *m = &panel->change_markers[u];

      if (panel->changes[u].layout == NULL)
        continue;
      draw_marker (cr, style, u, m->x + m->width / 2, m->y + m->height / 2, m->width);
      zm_text_box_draw (cr, &panel->changes[u], &style->foreground);
    }
}

static void
draw_legend (cairo_t             *cr,
             const ZmRenderStyle *style,
             const ZmTrendLayout *l)
{
  for (guint u = 0; u < l->n_units; u++)
    {
      const ZmRect *s = &l->legend[u].sample;
      /* Level with the middle of the name's first line. */
      double y_line = l->legend[u].text.rect.y + pango_layout_get_baseline (l->legend[u].text.layout) /
                      (double) PANGO_SCALE * 0.7;

      cairo_move_to (cr, s->x, y_line);
      cairo_line_to (cr, s->x + s->width, y_line);
      zm_render_set_color (cr, unit_color (style, u), 1.0);
      cairo_set_line_width (cr, l->line_width);
      cairo_stroke (cr);
      draw_marker (cr, style, u, s->x + s->width / 2, y_line, l->marker_size * 1.4);
      zm_text_box_draw (cr, &l->legend[u].text, &style->foreground);
    }
  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      const ZmTrendLegendItem *item = &l->legend[l->n_units + s];
      double side = item->text.rect.height * 0.8;

      cairo_rectangle (cr, item->sample.x + item->sample.width - side, item->text.rect.y + item->text.rect.height * 0.1,
                       side, side);
      zm_render_set_color (cr, &style->stages[s], 0.35);
      cairo_fill_preserve (cr);
      zm_render_set_color (cr, &style->grid, 1.0);
      cairo_set_line_width (cr, 0.75);
      cairo_stroke (cr);
      zm_text_box_draw (cr, &item->text, &style->foreground);
    }
}

void
zm_trend_draw (cairo_t             *cr,
               const ZmCompareData *data,
               const ZmRenderStyle *style,
               double               width,
               double               height,
               guint                page)
{
  g_autoptr(GObject) context_ref = NULL;
  PangoContext *context;
  g_autoptr(ZmTrendLayout) l = NULL;

  g_return_if_fail (cr != NULL && data != NULL && style != NULL);

  if (style->paint_background)
    zm_render_paint_background (cr, style, width, height);

  context = zm_render_context_new (cr);
  context_ref = G_OBJECT (context);
  l = zm_trend_layout_new (context, data, width, height, page);

  cairo_save (cr);
  zm_text_box_draw (cr, &l->title, &style->foreground);
  zm_text_box_draw (cr, &l->subtitle, &style->muted);
  draw_legend (cr, style, l);
  for (guint p = 0; p < l->n_panels; p++)
    draw_panel (cr, data, style, l, p);
  cairo_restore (cr);
}

/* --- in words, for a screen reader ------------------------------------------ */

static void
describe_pillar (GString             *out,
                 const ZmCompareData *data,
                 const ZmCompareUnit *unit,
                 guint                pillar)
{
  const ZmComparePoint *latest = zm_compare_unit_latest (unit);
  const char *name = data->pillar_names[pillar] ? data->pillar_names[pillar] : "";
  double score = latest->scores[pillar], change = change_of (unit, pillar);
  g_autofree char *score_text = zm_render_format_score (score);
  g_autofree char *change_text = zm_render_format_change (change);

  if (!latest->included[pillar])
    g_string_append_printf (out, _("%s: not assessed."), name);
  else if (isnan (score))
    g_string_append_printf (out, _("%s: not determined."), name);
  else if (isnan (change))
    /* Translators: one pillar of a unit in the trend's description, when
     * the previous assessment has no score for it; %2$s is a score */
    g_string_append_printf (out, _("%1$s: score %2$s, no earlier score to compare."), name, score_text);
  else
    /* Translators: one pillar of a unit in the trend's description; %2$s
     * is a score ("2.40"), %3$s the change ("+0.35", "−0.10", "±0.00") */
    g_string_append_printf (out, _("%1$s: score %2$s, %3$s since the previous assessment."),
                            name, score_text, change_text);
}

/**
 * zm_trend_describe:
 * @data: what the trend shows
 *
 * Returns: (transfer full): the trend in sentences: per unit with two or
 *   more dated assessments its dates, and per pillar the latest score
 *   and the change since the previous assessment
 */
char *
zm_trend_describe (const ZmCompareData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = zm_compare_data_count_trend_units (data);

  g_return_val_if_fail (data != NULL, NULL);

  g_string_append_printf (out,
                          /* Translators: the start of the trend's description */
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Trend of %u unit assessed on two or more dates, scored per pillar from 1 to 4.",
                                       "Trend of %u units assessed on two or more dates, scored per pillar from 1 to 4.",
                                       n), n);
  for (guint u = 0; u < data->n_units; u++)
    {
      const ZmCompareUnit *unit = &data->units[u];
      const ZmComparePoint *first = NULL, *last = NULL;
      g_autofree char *name = NULL;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      guint dated = 0;

      if (!zm_compare_unit_has_trend (unit))
        continue;
      for (guint p = 0; p < unit->n_points; p++)
        if (unit->points[p].date != NULL)
          {
            first = first != NULL ? first : &unit->points[p];
            last = &unit->points[p];
            dated++;
          }
      name = zm_compare_unit_get_label (unit, FALSE);
      from = zm_render_format_date (first->date);
      to = zm_render_format_date (last->date);
      g_string_append_c (out, '\n');
      g_string_append_printf (out,
                              /* Translators: the start of a unit in the trend's description;
                               * %1$s is the unit, %2$u a number of assessments, %3$s and %4$s dates */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%1$s, %2$u assessment from %3$s to %4$s.",
                                           "%1$s, %2$u assessments from %3$s to %4$s.",
                                           dated),
                              name, dated, from != NULL ? from : first->date, to != NULL ? to : last->date);
      for (guint p = 0; p < data->n_pillars; p++)
        {
          g_string_append_c (out, ' ');
          describe_pillar (out, data, unit, p);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
