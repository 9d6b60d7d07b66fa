/* zm-heatmap.c: many units side by side, a row each, a column per pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text is measured before anything is placed: the label column takes
 * the widest unit name it can (up to a third of the width), the pillar
 * names wrap within their column and shrink until their longest word
 * fits, and the whole table shrinks a little before rows move on to the
 * next page.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-heatmap.h"
#include "zm-scoring.h"

#define LABEL_SHARE 0.26
/* Rows may push the text down to this share of its first size before
 * they go to another page; width may push it to the smallest size. */
#define ROW_SHRINK 0.72
/* How much taller than they need rows may grow to fill a page. */
#define MAX_STRETCH 1.6

static const ZmColor dark_text = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0, 1.0 };
static const ZmColor light_text = { 1.0, 1.0, 1.0, 1.0 };

static double
margin_for (double width,
            double height)
{
  return CLAMP (MIN (width, height) * 0.04, 8.0, 48.0);
}

static double
first_font_size (double width,
                 double height)
{
  return CLAMP (MIN (width, height) / 50.0, ZM_RENDER_MIN_FONT_SIZE, 20.0);
}

/* --- colours ------------------------------------------------------------- */

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const ZmColor *c)
{
  return 0.2126 * channel_luminance (c->red) + 0.7152 * channel_luminance (c->green) +
         0.0722 * channel_luminance (c->blue);
}

const ZmColor *
zm_heatmap_text_color (const ZmRenderStyle *style,
                       const ZmColor       *fill)
{
  double l = luminance (fill);
  double with_dark = (l + 0.05) / (luminance (&dark_text) + 0.05);
  double with_light = 1.05 / (l + 0.05);

  g_return_val_if_fail (fill != NULL, &dark_text);

  return with_dark >= with_light ? &dark_text : &light_text;
}

/* --- layout -------------------------------------------------------------- */

static void
text_box_clear (ZmTextBox *box)
{
  g_clear_object (&box->layout);
}

void
zm_heatmap_layout_free (ZmHeatmapLayout *layout)
{
  if (layout == NULL)
    return;

  text_box_clear (&layout->title);
  text_box_clear (&layout->subtitle);
  for (guint c = 0; c < layout->n_columns + 1 && layout->headers != NULL; c++)
    text_box_clear (&layout->headers[c]);
  for (guint r = 0; r < layout->n_rows; r++)
    text_box_clear (&layout->row_labels[r]);
  for (guint i = 0; i < layout->n_rows * layout->n_columns; i++)
    text_box_clear (&layout->cells[i].text);
  for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
    {
      text_box_clear (&layout->legend[i].text);
      text_box_clear (&layout->legend[i].mark);
    }
  g_free (layout->headers);
  g_free (layout->row_labels);
  g_free (layout->cells);
  g_free (layout);
}

static double
natural_width (PangoContext *context,
               const char   *text,
               double        size,
               PangoWeight   weight,
               gboolean      markup)
{
  g_autoptr(PangoLayout) layout = markup ? zm_render_layout_new_markup (context, text, size, weight, 0)
                                         : zm_render_layout_new (context, text, size, weight, 0);
  double width;

  zm_render_layout_get_size (layout, &width, NULL);
  return width;
}

/* The widest single word, which wrapping cannot make narrower. */
static double
longest_word (PangoContext *context,
              const char   *text,
              double        size)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    widest = MAX (widest, natural_width (context, words[i], size, PANGO_WEIGHT_NORMAL, FALSE));
  return widest;
}

static char *
row_label_markup (const ZmCompareData *data,
                  const ZmCompareUnit *unit)
{
  const ZmComparePoint *latest = zm_compare_unit_latest (unit);
  g_autofree char *name = zm_compare_unit_get_label (unit, zm_compare_data_get_common_organisation (data) != NULL);
  g_autofree char *date = zm_render_format_date (latest->date);

  /* Translators: in the heat map, a unit whose latest assessment has no date */
  return g_markup_printf_escaped ("<b>%s</b>\n<span size='smaller' fgalpha='70%%'>%s</span>",
                                  name, date != NULL ? date : _("no date"));
}

typedef struct {
  PangoContext        *context;
  const ZmCompareData *data;
  ZmHeatmapLayout     *layout;
  double               font;
  double               margin;
  double               top;     /* below the title */
  double               bottom;  /* above the legend */
  double               label_width;
  double               cell_width;
  double               cells_x;
  gboolean             too_narrow;
  /* The units with the longest names, the only ones worth measuring for
   * the label column: a page of a long list need not measure them all. */
  const guint         *longest;
  guint                n_longest;
  /* Scores repeat from row to row; each text is laid out once and its
   * layout shared by the cells that show it. */
  GHashTable          *scores;
  /* "units 26–50 of 500" on a page that shows part of the list. */
  char                *range;
  gboolean             stretch;
  /* Lines a unit's name may take before it is ellipsized; 0: as many
   * as it needs. */
  int                  name_lines;
} Builder;

#define N_LONGEST 24

static glong
name_length (const ZmCompareUnit *unit)
{
  return g_utf8_strlen (unit->organisation, -1) + g_utf8_strlen (unit->unit, -1);
}

/* Indices of the N_LONGEST longest names, in no particular order. */
static guint
find_longest (const ZmCompareData *data,
              guint               *out)
{
  guint n = 0;

  for (guint u = 0; u < data->n_units; u++)
    {
      guint shortest = 0;

      if (n < N_LONGEST)
        {
          out[n++] = u;
          continue;
        }
      for (guint i = 1; i < n; i++)
        if (name_length (&data->units[out[i]]) < name_length (&data->units[out[shortest]]))
          shortest = i;
      if (name_length (&data->units[u]) > name_length (&data->units[out[shortest]]))
        out[shortest] = u;
    }
  return n;
}

static void
place_title (Builder *b)
{
  ZmHeatmapLayout *l = b->layout;
  const char *common = zm_compare_data_get_common_organisation (b->data);
  double width = l->width - 2 * b->margin;
  g_autofree char *counts = NULL;
  g_autofree char *subtitle = NULL;

  zm_text_box_set (&l->title,
                zm_render_layout_new (b->context, _("Maturity per unit"), b->font * 1.4, PANGO_WEIGHT_BOLD, width),
                b->margin, b->margin);

  /* Translators: below the heat map's title; the first %u is a number of units, the second of assessments */
  counts = g_strdup_printf (_("%u units, %u assessments; each row shows the unit’s latest assessment"),
                            b->data->n_units, b->data->n_documents);
  subtitle = common != NULL ? g_strdup_printf ("%s · %s", common, counts) : g_strdup (counts);
  if (b->range != NULL)
    {
      char *with_range = g_strdup_printf ("%s · %s", subtitle, b->range);

      g_free (subtitle);
      subtitle = with_range;
    }
  zm_text_box_set (&l->subtitle,
                zm_render_layout_new (b->context, subtitle, b->font * 0.9, PANGO_WEIGHT_NORMAL, width),
                b->margin, l->title.rect.y + l->title.rect.height + b->font * 0.2);
  b->top = l->subtitle.rect.y + l->subtitle.rect.height + b->font * 0.9;
}

static const char *
legend_text (const ZmCompareData *data,
             guint                item,
             char               **owned)
{
  if (item < ZM_N_STAGES)
    return *owned = g_strdup_printf ("%u %s", item + 1,
                                     data->stage_names[item] ? data->stage_names[item] : "");
  switch (item - ZM_N_STAGES)
    {
    case 0:
      return _("hatched: indicative, fewer than half of the statements answered");
    case 1:
      /* Translators: in the heat map's legend, beside a cell with a
       * question mark after its score */
      return _("question mark: unclear profile, every stage fits about equally");
    case 2:
      return _("not determined: no stage fits");
    default:
      return _("not assessed");
    }
}

static void
set_legend_kind (ZmHeatmapLegendItem *item,
                 guint                index)
{
  item->kind = ZM_HEATMAP_CELL_SCORED;
  item->stage = index < ZM_N_STAGES ? index + 1 : 2;
  item->indicative = index == ZM_N_STAGES;
  if (index == ZM_N_STAGES + 2)
    item->kind = ZM_HEATMAP_CELL_NOT_DETERMINED;
  else if (index == ZM_N_STAGES + 3)
    item->kind = ZM_HEATMAP_CELL_NOT_ASSESSED;
}

/* Items flow in lines from the left; measured first, placed from the
 * bottom margin up. */
static void
place_legend (Builder *b)
{
  ZmHeatmapLayout *l = b->layout;
  double size = MAX (b->font * 0.8, ZM_RENDER_MIN_FONT_SIZE);
  double swatch = size * 1.3, gap = size * 1.2, right = l->width - b->margin;
  double x = b->margin, y = 0, line_height = 0;

  for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
    {
      ZmHeatmapLegendItem *item = &l->legend[i];
      g_autofree char *owned = NULL;
      const char *text = legend_text (b->data, i, &owned);
      double wrap = right - b->margin - swatch - size * 0.4;
      double width;

      set_legend_kind (item, i);
      zm_text_box_set (&item->text, zm_render_layout_new (b->context, text, size, PANGO_WEIGHT_NORMAL, wrap), 0, 0);
      width = swatch + size * 0.4 + item->text.rect.width;
      if (x > b->margin && x + width > right)
        {
          x = b->margin;
          y += line_height + size * 0.5;
          line_height = 0;
        }
      item->swatch = (ZmRect) { x, y, swatch, swatch * 0.75 };
      if (i == ZM_N_STAGES + 1)
        zm_text_box_set (&item->mark, zm_render_layout_new (b->context, "?", size * 0.75, PANGO_WEIGHT_BOLD, 0),
                         0, 0);
      item->text.rect.x = x + swatch + size * 0.4;
      item->text.rect.y = y;
      line_height = MAX (line_height, MAX (item->text.rect.height, swatch * 0.75));
      x += width + gap;
    }

  b->bottom = l->height - b->margin - (y + line_height);
  for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
    {
      ZmHeatmapLegendItem *item = &l->legend[i];

      item->swatch.y += b->bottom;
      item->swatch.y += (item->text.rect.height > item->swatch.height)
                        ? (size * 1.2 - item->swatch.height) / 2 : 0;
      item->text.rect.y += b->bottom;
      item->mark.rect.x = item->swatch.x + (item->swatch.width - item->mark.rect.width) / 2;
      item->mark.rect.y = item->swatch.y + (item->swatch.height - item->mark.rect.height) / 2;
    }
  b->bottom -= b->font * 0.9;
}

/* The label column is as wide as the widest unit name needs, within
 * limits, the same on every page. */
static void
measure_columns (Builder *b)
{
  ZmHeatmapLayout *l = b->layout;
  double content = l->width - 2 * b->margin;
  double widest = 0, gap = b->font * 0.6, overall_gap = b->font * 0.5;
  double score_width = natural_width (b->context, "4.00?", b->font, PANGO_WEIGHT_BOLD, FALSE);

  for (guint i = 0; i < b->n_longest; i++)
    {
      g_autofree char *markup = row_label_markup (b->data, &b->data->units[b->longest[i]]);

      widest = MAX (widest, natural_width (b->context, markup, b->font, PANGO_WEIGHT_NORMAL, TRUE));
    }
  widest = MAX (widest, natural_width (b->context, _("Unit"), b->font * 0.85, PANGO_WEIGHT_BOLD, FALSE));
  b->label_width = MIN (ceil (widest) + 1, content * LABEL_SHARE);
  b->cell_width = (content - b->label_width - gap - overall_gap) / l->n_columns;
  b->cells_x = b->margin + b->label_width + gap;
  b->too_narrow = b->cell_width < score_width + b->font * 0.8;
}

static double
cell_x (Builder *b,
        guint    column)
{
  double x = b->cells_x + column * b->cell_width;

  /* The overall score stands a little apart. */
  return column + 1 == b->layout->n_columns ? x + b->font * 0.5 : x;
}

static double
header_font (Builder *b)
{
  double size = b->font * 0.85, wrap = b->cell_width - b->font * 0.5;

  for (guint p = 0; p < b->data->n_pillars; p++)
    while (size > ZM_RENDER_MIN_FONT_SIZE &&
           longest_word (b->context, b->data->pillar_names[p] ? b->data->pillar_names[p] : "", size) > wrap)
      size = MAX (size * 0.92, ZM_RENDER_MIN_FONT_SIZE);
  return size;
}

static void
place_headers (Builder *b)
{
  ZmHeatmapLayout *l = b->layout;
  double size = header_font (b), tallest = 0;
  double wrap = b->cell_width - b->font * 0.5;

  l->headers = g_new0 (ZmTextBox, l->n_columns + 1);
  for (guint c = 0; c < l->n_columns; c++)
    {
      const char *text = c < b->data->n_pillars ? b->data->pillar_names[c] : _("Overall");
      PangoLayout *layout = zm_render_layout_new (b->context, text ? text : "", size,
                                                  c + 1 == l->n_columns ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                                  wrap);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      zm_text_box_set (&l->headers[c], layout, 0, 0);
      tallest = MAX (tallest, l->headers[c].rect.height);
    }
  zm_text_box_set (&l->headers[l->n_columns],
                zm_render_layout_new (b->context, _("Unit"), size, PANGO_WEIGHT_BOLD, b->label_width), 0, 0);
  tallest = MAX (tallest, l->headers[l->n_columns].rect.height);

  /* Bottom-aligned, each centred over its column. */
  for (guint c = 0; c < l->n_columns; c++)
    {
      ZmRect *r = &l->headers[c].rect;

      r->x = cell_x (b, c) + (b->cell_width - r->width) / 2;
      r->y = b->top + tallest - r->height;
    }
  l->headers[l->n_columns].rect.x = b->margin;
  l->headers[l->n_columns].rect.y = b->top + tallest - l->headers[l->n_columns].rect.height;
  b->top += tallest + b->font * 0.4;
}

static void
fill_cell (Builder       *b,
           ZmHeatmapCell *cell,
           double         score,
           gboolean       included,
           gboolean       indicative,
           gboolean       unclear)
{
  g_autofree char *text = NULL;
  PangoLayout *layout;

  cell->indicative = FALSE;
  cell->unclear = FALSE;
  if (!included)
    {
      cell->kind = ZM_HEATMAP_CELL_NOT_ASSESSED;
      return;
    }
  cell->kind = isnan (score) ? ZM_HEATMAP_CELL_NOT_DETERMINED : ZM_HEATMAP_CELL_SCORED;
  cell->stage = zm_score_round_stage (score);
  cell->indicative = indicative && !isnan (score);
  cell->unclear = unclear && !isnan (score);
  text = zm_render_format_score (score);
  if (cell->unclear)
    {
      char *marked = g_strconcat (text, "?", NULL);

      g_free (text);
      text = marked;
    }
  layout = g_hash_table_lookup (b->scores, text);
  if (layout == NULL)
    {
      layout = zm_render_layout_new (b->context, text, b->font, PANGO_WEIGHT_BOLD, 0);
      g_hash_table_insert (b->scores, g_strdup (text), layout);
    }
  zm_text_box_set (&cell->text, g_object_ref (layout), 0, 0);
}

/* Fills row @r from @unit; returns its height. */
static double
build_row (Builder             *b,
           guint                r,
           const ZmCompareUnit *unit)
{
  ZmHeatmapLayout *l = b->layout;
  const ZmComparePoint *latest = zm_compare_unit_latest (unit);
  g_autofree char *markup = row_label_markup (b->data, unit);
  PangoLayout *label = zm_render_layout_new_markup (b->context, markup, b->font, PANGO_WEIGHT_NORMAL,
                                                    b->label_width);
  double height;

  if (b->name_lines > 0)
    {
      /* Per paragraph: the name and, below it, the date. */
      pango_layout_set_height (label, -b->name_lines);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
    }
  zm_text_box_set (&l->row_labels[r], label, 0, 0);
  height = MAX (l->row_labels[r].rect.height + b->font * 0.5, b->font * 2.4);

  for (guint c = 0; c < l->n_columns; c++)
    {
      ZmHeatmapCell *cell = &l->cells[r * l->n_columns + c];

      if (c < b->data->n_pillars)
        fill_cell (b, cell, latest->scores[c], latest->included[c], latest->indicative[c], latest->unclear[c]);
      else
        fill_cell (b, cell, latest->overall, TRUE, FALSE, FALSE);
    }
  return height;
}

static void
place_row (Builder *b,
           guint    r,
           double   y,
           double   height)
{
  ZmHeatmapLayout *l = b->layout;
  double inset = MAX (b->font * 0.08, 0.75);
  ZmRect *label = &l->row_labels[r].rect;

  label->x = b->margin;
  label->y = y + (height - label->height) / 2;
  for (guint c = 0; c < l->n_columns; c++)
    {
      ZmHeatmapCell *cell = &l->cells[r * l->n_columns + c];

      cell->rect = (ZmRect) { cell_x (b, c) + inset, y + inset,
                              b->cell_width - 2 * inset, height - 2 * inset };
      cell->text.rect.x = cell->rect.x + (cell->rect.width - cell->text.rect.width) / 2;
      cell->text.rect.y = cell->rect.y + (cell->rect.height - cell->text.rect.height) / 2;
    }
}

/* A short list keeps its legend just below it rather than at the foot
 * of the page. */
static void
raise_legend (Builder *b,
              double   table_bottom)
{
  ZmHeatmapLayout *l = b->layout;
  double shift = b->bottom - table_bottom;

  if (shift <= 0)
    return;
  for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
    {
      l->legend[i].swatch.y -= shift;
      l->legend[i].text.rect.y -= shift;
      l->legend[i].mark.rect.y -= shift;
    }
}

/* Lays out as many rows as fit; TRUE when every remaining row did. */
static gboolean
place_rows (Builder *b)
{
  ZmHeatmapLayout *l = b->layout;
  guint remaining = b->data->n_units - MIN (l->first_row, b->data->n_units);
  g_autofree double *heights = g_new (double, MAX (remaining, 1));
  double y = b->top, total = 0, stretch = 1.0;

  l->row_labels = g_new0 (ZmTextBox, MAX (remaining, 1));
  l->cells = g_new0 (ZmHeatmapCell, MAX (remaining, 1) * l->n_columns);
  for (l->n_rows = 0; l->n_rows < remaining; l->n_rows++)
    {
      guint r = l->n_rows;

      heights[r] = build_row (b, r, &b->data->units[l->first_row + r]);
      /* A page always shows at least one row. */
      if (r > 0 && b->top + total + heights[r] > b->bottom)
        {
          text_box_clear (&l->row_labels[r]);
          for (guint c = 0; c < l->n_columns; c++)
            text_box_clear (&l->cells[r * l->n_columns + c].text);
          break;
        }
      total += heights[r];
    }

  /* A few units on a slide get taller rows rather than a half-empty
   * page. */
  if (b->stretch && l->n_rows == remaining && total > 0)
    stretch = CLAMP ((b->bottom - b->top) / total, 1.0, MAX_STRETCH);
  for (guint r = 0; r < l->n_rows; r++)
    {
      place_row (b, r, y, heights[r] * stretch);
      y += heights[r] * stretch;
    }

  if (l->n_rows == remaining)
    raise_legend (b, y);
  return l->n_rows == remaining;
}

/* Everything but the rows. */
static void
place_frame (Builder *b)
{
  place_title (b);
  place_legend (b);
  measure_columns (b);
  place_headers (b);
}

static ZmHeatmapLayout *
build (PangoContext        *context,
       const ZmCompareData *data,
       double               width,
       double               height,
       guint                first_row,
       double               font,
       const char          *range,
       gboolean             stretch,
       gboolean            *too_narrow,
       gboolean            *all_rows)
{
  ZmHeatmapLayout *l = g_new0 (ZmHeatmapLayout, 1);
  Builder b = { context, data, l, font, margin_for (width, height), };
  guint longest[N_LONGEST];
  g_autoptr(GHashTable) scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  b.n_longest = find_longest (data, longest);
  b.longest = longest;
  b.scores = scores;
  b.range = (char *) range;
  b.stretch = stretch;

  l->width = width;
  l->height = height;
  l->font_size = font;
  l->first_row = first_row;
  l->n_columns = data->n_pillars + 1;

  place_frame (&b);
  *all_rows = place_rows (&b);
  *too_narrow = b.too_narrow;
  return l;
}

/* A page that shows part of the list says which part; the note may take
 * a line from the rows, so the page is laid out until it agrees. */
static ZmHeatmapLayout *
name_range (PangoContext        *context,
            const ZmCompareData *data,
            ZmHeatmapLayout     *layout)
{
  for (guint tries = 0; tries < 3; tries++)
    {
      g_autofree char *range = NULL;
      ZmHeatmapLayout *again;
      gboolean too_narrow, all_rows;

      if (layout->first_row == 0 && layout->n_rows >= data->n_units)
        return layout;
      /* Translators: on a page of the heat map that shows part of the units, "units 26–50 of 500" */
      range = g_strdup_printf (_("units %u–%u of %u"), layout->first_row + 1,
                               layout->first_row + MAX (layout->n_rows, 1), data->n_units);
      if (layout->title.layout != NULL && strstr (pango_layout_get_text (layout->subtitle.layout), range) != NULL)
        return layout;
      again = build (context, data, layout->width, layout->height, layout->first_row,
                     layout->font_size, range, TRUE, &too_narrow, &all_rows);
      zm_heatmap_layout_free (layout);
      layout = again;
    }
  return layout;
}

static ZmHeatmapLayout *
layout_new_full (PangoContext        *context,
                 const ZmCompareData *data,
                 double               width,
                 double               height,
                 guint                first_row,
                 gboolean             rows_shrink)
{
  double first = first_font_size (width, height), font = first;

  while (TRUE)
    {
      gboolean too_narrow, all_rows;
      ZmHeatmapLayout *layout = build (context, data, width, height, first_row, font, NULL,
                                       rows_shrink, &too_narrow, &all_rows);
      gboolean can_shrink = font > ZM_RENDER_MIN_FONT_SIZE;

      if (can_shrink && too_narrow)
        font = MAX (font * 0.92, ZM_RENDER_MIN_FONT_SIZE);
      else if (rows_shrink && can_shrink && !all_rows && font > first * ROW_SHRINK)
        /* Rows that do not fit at this size go to the next page at the
         * smallest size allowed for them; the steps between would only
         * cost time. */
        font = MAX (first * ROW_SHRINK, ZM_RENDER_MIN_FONT_SIZE);
      else
        return name_range (context, data, layout);
      zm_heatmap_layout_free (layout);
    }
}

ZmHeatmapLayout *
zm_heatmap_layout_new (PangoContext        *context,
                       const ZmCompareData *data,
                       double               width,
                       double               height,
                       guint                first_row)
{
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  return layout_new_full (context, data, width, height, first_row, TRUE);
}

guint
zm_heatmap_count_pages (PangoContext        *context,
                        const ZmCompareData *data,
                        double               width,
                        double               height)
{
  guint pages = 0, row = 0;

  g_return_val_if_fail (data != NULL, 1);

  do
    {
      g_autoptr(ZmHeatmapLayout) layout = zm_heatmap_layout_new (context, data, width, height, row);

      row += MAX (layout->n_rows, 1);
      pages++;
    }
  while (row < data->n_units);

  return pages;
}

/* Laid out on a canvas taller than any list needs, where every row fits
 * at the text size the width gives; the height is then what the rows,
 * the title and the legend take. */
double
zm_heatmap_get_height_for_all (PangoContext        *context,
                               const ZmCompareData *data,
                               double               width,
                               double               min_height)
{
  g_autoptr(ZmHeatmapLayout) layout = NULL;
  const ZmRect *last;
  double legend_top = G_MAXDOUBLE, legend_bottom = 0, needed;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), min_height);
  g_return_val_if_fail (data != NULL, min_height);

  layout = layout_new_full (context, data, width, 1e6, 0, FALSE);
  if (layout->n_rows == 0)
    return min_height;

  for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
    {
      const ZmHeatmapLegendItem *item = &layout->legend[i];

      legend_top = MIN (legend_top, MIN (item->swatch.y, item->text.rect.y));
      legend_bottom = MAX (legend_bottom, MAX (item->swatch.y + item->swatch.height,
                                               item->text.rect.y + item->text.rect.height));
    }
  last = &layout->cells[(layout->n_rows - 1) * layout->n_columns].rect;
  needed = last->y + last->height + layout->font_size * 0.9 + (legend_bottom - legend_top) +
           margin_for (width, 1e6) + 1;
  return MAX (ceil (needed), min_height);
}

int
zm_heatmap_row_at (const ZmHeatmapLayout *layout,
                   double                 x,
                   double                 y)
{
  g_return_val_if_fail (layout != NULL, -1);

  for (guint r = 0; r < layout->n_rows; r++)
    {
      const ZmRect *first = &layout->cells[r * layout->n_columns].rect;
      const ZmRect *last = &layout->cells[(r + 1) * layout->n_columns - 1].rect;

      if (y >= first->y && y < first->y + first->height &&
          x >= layout->row_labels[r].rect.x && x <= last->x + last->width)
        return (int) (layout->first_row + r);
    }
  return -1;
}

/* --- drawing ------------------------------------------------------------- */

static void
draw_hatch (cairo_t       *cr,
            const ZmRect  *rect,
            const ZmColor *color,
            double         size)
{
  double step = MAX (size * 0.5, 3.0);

  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  for (double d = -rect->height; d < rect->width; d += step)
    {
      cairo_move_to (cr, rect->x + d, rect->y + rect->height);
      cairo_line_to (cr, rect->x + d + rect->height, rect->y);
    }
  zm_render_set_color (cr, color, 0.45);
  cairo_set_line_width (cr, MAX (size * 0.1, 0.75));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_cell_fill (cairo_t             *cr,
                const ZmRenderStyle *style,
                const ZmRect        *rect,
                ZmHeatmapCellKind    kind,
                guint                stage,
                gboolean             indicative,
                double               size)
{
  double radius = MIN (size * 0.2, rect->height / 4);

  zm_render_rounded_rect (cr, rect, radius);
  switch (kind)
    {
    case ZM_HEATMAP_CELL_SCORED:
      zm_render_set_color (cr, &style->stages[stage - 1], 1.0);
      cairo_fill (cr);
      if (indicative)
        draw_hatch (cr, rect, zm_heatmap_text_color (style, &style->stages[stage - 1]), size);
      break;
    case ZM_HEATMAP_CELL_NOT_DETERMINED:
      zm_render_set_color (cr, &style->grid, 1.0);
      cairo_set_line_width (cr, MAX (size * 0.08, 0.75));
      cairo_stroke (cr);
      break;
    case ZM_HEATMAP_CELL_NOT_ASSESSED:
    default:
      zm_render_set_color (cr, &style->grid, 0.35);
      cairo_fill (cr);
      break;
    }
}

static void
draw_cell (cairo_t             *cr,
           const ZmRenderStyle *style,
           const ZmHeatmapCell *cell,
           double               size)
{
  const ZmColor *text = &style->muted;

  draw_cell_fill (cr, style, &cell->rect, cell->kind, cell->stage, cell->indicative, size);
  if (cell->text.layout == NULL)
    return;

  if (cell->kind == ZM_HEATMAP_CELL_SCORED)
    {
      const ZmColor *fill = &style->stages[cell->stage - 1];

      text = zm_heatmap_text_color (style, fill);
      /* The score sits on plain colour, not on the hatching. */
      if (cell->indicative)
        {
          ZmRect behind = { cell->text.rect.x - size * 0.25, cell->text.rect.y,
                            cell->text.rect.width + size * 0.5, cell->text.rect.height };

          zm_render_rounded_rect (cr, &behind, size * 0.2);
          zm_render_set_color (cr, fill, 1.0);
          cairo_fill (cr);
        }
    }
  zm_render_set_color (cr, text, 1.0);
  zm_render_show_layout (cr, cell->text.layout, cell->text.rect.x, cell->text.rect.y);
}

static void
draw_legend (cairo_t               *cr,
             const ZmRenderStyle   *style,
             const ZmHeatmapLayout *l)
{
  for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
    {
      const ZmHeatmapLegendItem *item = &l->legend[i];

      draw_cell_fill (cr, style, &item->swatch, item->kind, item->stage, item->indicative,
                      item->swatch.height);
      if (item->mark.layout != NULL)
        zm_text_box_draw (cr, &item->mark, zm_heatmap_text_color (style, &style->stages[item->stage - 1]));
      zm_text_box_draw (cr, &item->text, &style->foreground);
    }
}

static gboolean
in_region (const ZmRect *rect,
           const ZmRect *region)
{
  return region == NULL || zm_rect_intersects (rect, region);
}

static void
draw_row (cairo_t               *cr,
          const ZmHeatmapLayout *l,
          const ZmRenderStyle   *style,
          guint                  r)
{
  zm_text_box_draw (cr, &l->row_labels[r], &style->foreground);
  for (guint c = 0; c < l->n_columns; c++)
    draw_cell (cr, style, &l->cells[r * l->n_columns + c], l->font_size);
}

/* The background, titles, headers and legend. */
static void
draw_frame (cairo_t               *cr,
            const ZmHeatmapLayout *l,
            const ZmRenderStyle   *style,
            const ZmRect          *region)
{
  if (style->paint_background)
    zm_render_paint_background (cr, style, l->width, l->height);

  cairo_save (cr);
  if (in_region (&l->title.rect, region))
    zm_text_box_draw (cr, &l->title, &style->foreground);
  if (in_region (&l->subtitle.rect, region))
    zm_text_box_draw (cr, &l->subtitle, &style->muted);
  for (guint c = 0; c <= l->n_columns; c++)
    if (in_region (&l->headers[c].rect, region))
      zm_text_box_draw (cr, &l->headers[c], &style->foreground);
  draw_legend (cr, style, l);
  cairo_restore (cr);
}

void
zm_heatmap_draw_region (cairo_t               *cr,
                        const ZmHeatmapLayout *l,
                        const ZmRenderStyle   *style,
                        const ZmRect          *region)
{
  g_return_if_fail (cr != NULL && l != NULL && style != NULL);

  draw_frame (cr, l, style, region);
  cairo_save (cr);
  for (guint r = 0; r < l->n_rows; r++)
    {
      ZmRect row = l->cells[r * l->n_columns].rect;

      row.x = 0;
      row.width = l->width;
      row.y = MIN (row.y, l->row_labels[r].rect.y);
      row.height = MAX (l->cells[r * l->n_columns].rect.height, l->row_labels[r].rect.height);
      if (in_region (&row, region))
        draw_row (cr, l, style, r);
    }
  cairo_restore (cr);
}

void
zm_heatmap_draw_layout (cairo_t               *cr,
                        const ZmHeatmapLayout *l,
                        const ZmRenderStyle   *style)
{
  zm_heatmap_draw_region (cr, l, style, NULL);
}

void
zm_heatmap_draw (cairo_t             *cr,
                 const ZmCompareData *data,
                 const ZmRenderStyle *style,
                 double               width,
                 double               height,
                 guint                first_row)
{
  PangoContext *context;
  g_autoptr(ZmHeatmapLayout) l = NULL;

  g_return_if_fail (cr != NULL && data != NULL && style != NULL);

  context = zm_render_context_new (cr);
  l = zm_heatmap_layout_new (context, data, width, height, first_row);
  zm_heatmap_draw_layout (cr, l, style);
  g_object_unref (context);
}

/* --- a sheet of every unit, for a scrolled view -------------------------- */

/* The frame is laid out at once, as for a picture of every unit; a row
 * only when it is first drawn, so that a list of hundreds of units costs
 * what the rows in view cost. Every row has the height the longest names
 * need, which keeps the rows at a place known without laying them out; a
 * name longer still is ellipsized. */
struct _ZmHeatmapSheet
{
  ZmHeatmapLayout *layout;
  Builder          b;
  PangoContext    *context;
  GHashTable      *scores;
  guint            longest[N_LONGEST];
  gboolean        *laid_out;
  double           pitch;
  double           height;
};

/* The name lines and height of the row labels of the longest names. */
static void
measure_row_height (ZmHeatmapSheet *sheet)
{
  Builder *b = &sheet->b;
  ZmHeatmapLayout *l = sheet->layout;
  double tallest = 0;
  int lines = 1;

  /* At most three lines of a name, and the date below. */
  b->name_lines = 3;
  for (guint i = 0; i < b->n_longest; i++)
    {
      guint r = b->longest[i];

      build_row (b, r, &b->data->units[r]);
      tallest = MAX (tallest, l->row_labels[r].rect.height);
      lines = MAX (lines, pango_layout_get_line_count (l->row_labels[r].layout) - 1);
      text_box_clear (&l->row_labels[r]);
      for (guint c = 0; c < l->n_columns; c++)
        text_box_clear (&l->cells[r * l->n_columns + c].text);
    }
  b->name_lines = CLAMP (lines, 1, 3);
  sheet->pitch = MAX (tallest + b->font * 0.5, b->font * 2.4);
}

static void
sheet_clear (ZmHeatmapSheet *sheet)
{
  g_clear_pointer (&sheet->layout, zm_heatmap_layout_free);
  g_clear_pointer (&sheet->laid_out, g_free);
  g_hash_table_remove_all (sheet->scores);
}

/* The frame and the row height at @font; FALSE when the columns are too
 * narrow for the scores. */
static gboolean
sheet_build (ZmHeatmapSheet *sheet,
             double          width,
             double          font)
{
  const ZmCompareData *data = sheet->b.data;
  ZmHeatmapLayout *l = g_new0 (ZmHeatmapLayout, 1);
  Builder *b = &sheet->b;
  guint n = MAX (data->n_units, 1);

  sheet_clear (sheet);
  sheet->layout = l;
  l->width = width;
  /* Taller than any list needs; the legend moves up below the rows. */
  l->height = 1e6;
  l->font_size = font;
  l->n_columns = data->n_pillars + 1;
  l->n_rows = data->n_units;
  l->row_labels = g_new0 (ZmTextBox, n);
  l->cells = g_new0 (ZmHeatmapCell, n * l->n_columns);
  sheet->laid_out = g_new0 (gboolean, n);

  b->layout = l;
  b->font = font;
  b->margin = margin_for (width, l->height);
  b->name_lines = 0;
  place_frame (b);
  measure_row_height (sheet);
  return !b->too_narrow;
}

/**
 * zm_heatmap_sheet_new:
 * @context: a context to measure and lay out text with; the sheet keeps it
 * @data: what to show; must outlive the sheet
 * @width: the canvas's width
 * @min_height: the least height of the canvas
 *
 * Returns: (transfer full): every unit of @data on one canvas of @width
 *   as tall as they need
 */
ZmHeatmapSheet *
zm_heatmap_sheet_new (PangoContext        *context,
                      const ZmCompareData *data,
                      double               width,
                      double               min_height)
{
  ZmHeatmapSheet *sheet;
  double font = first_font_size (width, 1e6), legend_bottom = 0;
  ZmHeatmapLayout *l;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  sheet = g_new0 (ZmHeatmapSheet, 1);
  sheet->context = g_object_ref (context);
  sheet->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  sheet->b = (Builder) { sheet->context, data, };
  sheet->b.n_longest = find_longest (data, sheet->longest);
  sheet->b.longest = sheet->longest;
  sheet->b.scores = sheet->scores;

  while (!sheet_build (sheet, width, font) && font > ZM_RENDER_MIN_FONT_SIZE)
    font = MAX (font * 0.92, ZM_RENDER_MIN_FONT_SIZE);

  l = sheet->layout;
  raise_legend (&sheet->b, sheet->b.top + data->n_units * sheet->pitch);
  for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
    legend_bottom = MAX (legend_bottom, MAX (l->legend[i].swatch.y + l->legend[i].swatch.height,
                                             l->legend[i].text.rect.y + l->legend[i].text.rect.height));
  sheet->height = MAX (ceil (legend_bottom + sheet->b.margin), min_height);
  l->height = sheet->height;
  return sheet;
}

void
zm_heatmap_sheet_free (ZmHeatmapSheet *sheet)
{
  if (sheet == NULL)
    return;

  sheet_clear (sheet);
  g_hash_table_unref (sheet->scores);
  g_object_unref (sheet->context);
  g_free (sheet);
}

double
zm_heatmap_sheet_get_height (const ZmHeatmapSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);

  return sheet->height;
}

void
zm_heatmap_sheet_get_row_rect (const ZmHeatmapSheet *sheet,
                               guint                 row,
                               ZmRect               *rect)
{
  g_return_if_fail (sheet != NULL && rect != NULL);

  *rect = (ZmRect) { sheet->b.margin, sheet->b.top + row * sheet->pitch,
                     sheet->layout->width - 2 * sheet->b.margin, sheet->pitch };
}

/* The rows that touch @top to @bottom, as @first and how many. */
static void
rows_between (const ZmHeatmapSheet *sheet,
              double                top,
              double                bottom,
              guint                *first,
              guint                *n)
{
  guint n_units = sheet->b.data->n_units;
  double from = floor ((top - sheet->b.top) / sheet->pitch);
  double to = ceil ((bottom - sheet->b.top) / sheet->pitch);

  from = CLAMP (from, 0, n_units);
  to = CLAMP (to, from, n_units);
  *first = (guint) from;
  *n = (guint) (to - from);
}

const ZmHeatmapLayout *
zm_heatmap_sheet_layout_rows (ZmHeatmapSheet *sheet,
                              guint           first,
                              guint           n)
{
  g_return_val_if_fail (sheet != NULL, NULL);

  for (guint r = first; r < first + n && r < sheet->b.data->n_units; r++)
    {
      if (sheet->laid_out[r])
        continue;
      build_row (&sheet->b, r, &sheet->b.data->units[r]);
      place_row (&sheet->b, r, sheet->b.top + r * sheet->pitch, sheet->pitch);
      sheet->laid_out[r] = TRUE;
    }
  return sheet->layout;
}

int
zm_heatmap_sheet_row_at (const ZmHeatmapSheet *sheet,
                         double                x,
                         double                y)
{
  ZmRect row;
  guint first, n;

  g_return_val_if_fail (sheet != NULL, -1);

  rows_between (sheet, y, y, &first, &n);
  if (first >= sheet->b.data->n_units)
    return -1;
  zm_heatmap_sheet_get_row_rect (sheet, first, &row);
  if (y < row.y || y >= row.y + row.height || x < row.x || x > row.x + row.width)
    return -1;
  return (int) first;
}

void
zm_heatmap_sheet_draw_region (cairo_t             *cr,
                              ZmHeatmapSheet      *sheet,
                              const ZmRenderStyle *style,
                              const ZmRect        *region)
{
  const ZmHeatmapLayout *l;
  guint first, n;

  g_return_if_fail (cr != NULL && sheet != NULL && style != NULL && region != NULL);

  rows_between (sheet, region->y, region->y + region->height, &first, &n);
  l = zm_heatmap_sheet_layout_rows (sheet, first, n);
  draw_frame (cr, l, style, region);
  cairo_save (cr);
  for (guint r = first; r < first + n; r++)
    draw_row (cr, l, style, r);
  cairo_restore (cr);
}

/* --- in words, for a screen reader ------------------------------------------ */

static void
describe_score (GString              *out,
                const ZmCompareData  *data,
                const char           *name,
                const ZmComparePoint *point,
                guint                 pillar)
{
  double score = point->scores[pillar];
  g_autofree char *text = zm_render_format_score (score);
  guint stage = zm_score_round_stage (score);

  if (!point->included[pillar])
    {
      /* Translators: one pillar of a unit in the heat map's description */
      g_string_append_printf (out, _("%s: not assessed."), name);
      return;
    }
  if (isnan (score))
    {
      g_string_append_printf (out, _("%s: not determined."), name);
      return;
    }
  g_string_append_printf (out, _("%1$s: score %2$s, stage %3$s."), name, text,
                          stage >= 1 && stage <= ZM_N_STAGES && data->stage_names[stage - 1] != NULL
                          ? data->stage_names[stage - 1] : "");
  if (point->indicative[pillar])
    g_string_append_printf (out, " %s", _("Indicative: fewer than half of the statements are answered."));
  if (point->unclear[pillar])
    g_string_append_printf (out, " %s", _("Unclear profile: every stage fits about equally."));
}

/**
 * zm_heatmap_describe_unit:
 * @data: what the heat map shows
 * @unit: a unit's index
 *
 * Returns: (transfer full): the unit's row in sentences: its name, the
 *   date of its latest assessment and every pillar's score and stage,
 *   naming what is indicative, unclear, not determined or not assessed
 */
char *
zm_heatmap_describe_unit (const ZmCompareData *data,
                          guint                unit)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const ZmCompareUnit *u;
  const ZmComparePoint *latest;
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;
  g_autofree char *overall = NULL;

  g_return_val_if_fail (data != NULL && unit < data->n_units, NULL);

  u = &data->units[unit];
  latest = zm_compare_unit_latest (u);
  name = zm_compare_unit_get_label (u, FALSE);
  date = zm_render_format_date (latest->date);
  if (date != NULL)
    /* Translators: the start of a unit's row in the heat map's description;
     * %1$s is the unit, %2$s the date of its latest assessment */
    g_string_append_printf (out, _("%1$s, assessed on %2$s."), name, date);
  else
    /* Translators: the start of a unit's row in the heat map's
     * description, when its latest assessment has no date */
    g_string_append_printf (out, _("%s; its latest assessment has no date."), name);

  for (guint p = 0; p < data->n_pillars; p++)
    {
      g_string_append_c (out, ' ');
      describe_score (out, data, data->pillar_names[p] ? data->pillar_names[p] : "", latest, p);
    }

  overall = zm_render_format_score (latest->overall);
  g_string_append_c (out, ' ');
  if (isnan (latest->overall))
    g_string_append_printf (out, _("%s: not determined."), _("Overall"));
  else
    /* Translators: the last figure of a unit's row in the heat map's
     * description; %s is a score such as "2.40" */
    g_string_append_printf (out, _("Overall score %s."), overall);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * zm_heatmap_describe:
 * @data: what the heat map shows
 *
 * Returns: (transfer full): the heat map in sentences: what it shows, and
 *   a line per unit, in the order shown, as zm_heatmap_describe_unit()
 */
char *
zm_heatmap_describe (const ZmCompareData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (data != NULL, NULL);

  g_string_append_printf (out,
                          /* Translators: the start of the heat map's description */
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Heat map of %u unit, the latest assessment of each, scored per pillar from 1, %s, to 4, %s.",
                                       "Heat map of %u units, the latest assessment of each, scored per pillar from 1, %s, to 4, %s.",
                                       data->n_units),
                          data->n_units,
                          data->stage_names[0] ? data->stage_names[0] : "",
                          data->stage_names[ZM_N_STAGES - 1] ? data->stage_names[ZM_N_STAGES - 1] : "");
  for (guint u = 0; u < data->n_units; u++)
    {
      g_autofree char *line = zm_heatmap_describe_unit (data, u);

      g_string_append_printf (out, "\n%s", line);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
