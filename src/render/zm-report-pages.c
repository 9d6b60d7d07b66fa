/* zm-report-pages.c: the report's blocks measured, paginated and drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every block is measured with Pango for the page's text width and cut into
 * pieces that may not be split: a line of text, a table row, a chart.
 * Pagination packs the pieces onto pages; a heading stays with what follows
 * it, a table that fits a page is kept together, and text flows on to the
 * next page line by line, so nothing ever runs past the bottom margin.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-chart.h"
#include "zm-profile.h"
#include "zm-render-text.h"
#include "zm-report-private.h"

#define MARGIN          56.7   /* 2 cm */
#define FOOTER_SPACE    30.0
#define FOOTER_SIZE     8.0
#define BODY_SIZE       10.0
#define BULLET_INDENT   14.0
#define NOTE_INDENT     12.0
#define FACT_LABEL      118.0
#define CELL_PADDING    4.0
#define BARS_HEIGHT     34.0

typedef struct {
  double      size;
  PangoWeight weight;
  gboolean    muted;
  double      space_before;
  double      indent;
  gboolean    keep_with_next;
  gboolean    splittable;
} BlockStyle;

static BlockStyle
block_style (ZmBlockKind kind)
{
  switch (kind)
    {
    case ZM_BLOCK_TITLE:
      return (BlockStyle) { 24, PANGO_WEIGHT_BOLD, FALSE, 0, 0, TRUE, FALSE };
    case ZM_BLOCK_SUBTITLE:
      return (BlockStyle) { 13, PANGO_WEIGHT_NORMAL, TRUE, 2, 0, TRUE, FALSE };
    case ZM_BLOCK_HEADING:
      return (BlockStyle) { 16, PANGO_WEIGHT_BOLD, FALSE, 22, 0, TRUE, FALSE };
    case ZM_BLOCK_SUBHEADING:
      return (BlockStyle) { 11.5, PANGO_WEIGHT_BOLD, FALSE, 13, 0, TRUE, FALSE };
    case ZM_BLOCK_BULLET:
      return (BlockStyle) { BODY_SIZE, PANGO_WEIGHT_NORMAL, FALSE, 3, BULLET_INDENT, FALSE, TRUE };
    case ZM_BLOCK_NOTE:
      return (BlockStyle) { 9.5, PANGO_WEIGHT_NORMAL, FALSE, 2, NOTE_INDENT, FALSE, TRUE };
    case ZM_BLOCK_CAPTION:
      return (BlockStyle) { 8.5, PANGO_WEIGHT_NORMAL, TRUE, 7, 0, TRUE, TRUE };
    case ZM_BLOCK_FACT:
      return (BlockStyle) { BODY_SIZE, PANGO_WEIGHT_NORMAL, FALSE, 3, 0, FALSE, FALSE };
    case ZM_BLOCK_KEY_FIGURE:
      return (BlockStyle) { 16, PANGO_WEIGHT_BOLD, FALSE, 16, 0, FALSE, FALSE };
    case ZM_BLOCK_CHART:
    case ZM_BLOCK_CHECKLIST:
      return (BlockStyle) { BODY_SIZE, PANGO_WEIGHT_NORMAL, FALSE, 12, 0, FALSE, FALSE };
    case ZM_BLOCK_TABLE:
      return (BlockStyle) { 9, PANGO_WEIGHT_NORMAL, FALSE, 10, 0, FALSE, TRUE };
    case ZM_BLOCK_PARAGRAPH:
    default:
      return (BlockStyle) { BODY_SIZE, PANGO_WEIGHT_NORMAL, FALSE, 6, 0, FALSE, TRUE };
    }
}

/* --- content ------------------------------------------------------------- */

static void
block_clear_measure (ZmBlock *block)
{
  g_clear_object (&block->layout);
  g_clear_object (&block->layout2);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->pieces, g_array_unref);
}

static void
block_free (gpointer data)
{
  ZmBlock *block = data;

  block_clear_measure (block);
  g_clear_pointer (&block->table, zm_table_free);
  g_free (block->markup);
  g_free (block->markup2);
  g_free (block);
}

ZmReportContent *
zm_report_content_new (void)
{
  ZmReportContent *content = g_new0 (ZmReportContent, 1);

  content->blocks = g_ptr_array_new_with_free_func (block_free);
  content->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  return content;
}

void
zm_report_content_free (ZmReportContent *content)
{
  if (content == NULL)
    return;

  g_ptr_array_unref (content->blocks);
  g_ptr_array_unref (content->pages);
  g_clear_pointer (&content->chart, zm_radar_data_free);
  g_clear_pointer (&content->checklist, zm_checklist_data_free);
  g_free (content->footer);
  g_free (content);
}

/* Adds a block; @text is plain text (escaped here), or NULL when the
 * caller sets the block's markup itself. */
ZmBlock *
zm_report_content_add (ZmReportContent *content,
                       ZmBlockKind      kind,
                       const char      *text)
{
  ZmBlock *block = g_new0 (ZmBlock, 1);

  block->kind = kind;
  block->markup = text ? g_markup_escape_text (text, -1) : NULL;
  g_ptr_array_add (content->blocks, block);
  content->width = 0;

  return block;
}

ZmTable *
zm_table_new (guint         n_columns,
              const double *widths,
              const char  **header)
{
  ZmTable *table = g_new0 (ZmTable, 1);

  table->n_columns = n_columns;
  table->widths = g_memdup2 (widths, sizeof (double) * n_columns);
  table->header = g_new0 (char *, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    table->header[c] = g_markup_escape_text (header[c], -1);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->bars_column = -1;
  table->fits = g_array_new (FALSE, TRUE, sizeof (double) * ZM_N_STAGES);
  table->stages = g_array_new (FALSE, TRUE, sizeof (guint));

  return table;
}

void
zm_table_add_row (ZmTable  *table,
                  char    **cells)
{
  g_ptr_array_add (table->rows, cells);
}

void
zm_table_free (ZmTable *table)
{
  g_free (table->widths);
  g_strfreev (table->header);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->fits);
  g_array_unref (table->stages);
  g_free (table);
}

/* --- measuring ----------------------------------------------------------- */

typedef struct {
  PangoContext *context;
  double        text_width;
  double        body_height;
} Measure;

static void
add_piece (ZmBlock *block,
           double   y,
           double   height)
{
  ZmPiece piece = { y, height, 0, 0, -1 };

  g_array_append_val (block->pieces, piece);
}

static void
add_line_pieces (ZmBlock *block)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  int line = 0;

  do
    {
      PangoRectangle logical;
      ZmPiece piece;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      piece.y = (double) logical.y / PANGO_SCALE;
      piece.height = (double) logical.height / PANGO_SCALE;
      piece.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      piece.x = (double) logical.x / PANGO_SCALE;
      piece.line = line++;
      g_array_append_val (block->pieces, piece);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
measure_text (ZmBlock       *block,
              const Measure *m)
{
  BlockStyle style = block_style (block->kind);
  double height;

  block->layout = zm_render_layout_new_markup (m->context, block->markup ? block->markup : "",
                                               style.size, style.weight,
                                               m->text_width - style.indent);
  if (style.splittable)
    add_line_pieces (block);
  else
    {
      zm_render_layout_get_size (block->layout, NULL, &height);
      add_piece (block, 0, height);
    }
}

static void
measure_fact (ZmBlock       *block,
              const Measure *m)
{
  double h1, h2;

  block->layout = zm_render_layout_new_markup (m->context, block->markup, BODY_SIZE,
                                               PANGO_WEIGHT_NORMAL, FACT_LABEL - 8);
  block->layout2 = zm_render_layout_new_markup (m->context, block->markup2, BODY_SIZE,
                                                PANGO_WEIGHT_NORMAL, m->text_width - FACT_LABEL);
  zm_render_layout_get_size (block->layout, NULL, &h1);
  zm_render_layout_get_size (block->layout2, NULL, &h2);
  add_piece (block, 0, MAX (h1, h2));
}

static void
measure_key_figure (ZmBlock       *block,
                    const Measure *m)
{
  double inner = m->text_width - 2 * 14, h1, h2;

  block->layout = zm_render_layout_new_markup (m->context, block->markup, 16,
                                               PANGO_WEIGHT_BOLD, inner);
  block->layout2 = zm_render_layout_new_markup (m->context, block->markup2, BODY_SIZE,
                                                PANGO_WEIGHT_NORMAL, inner);
  zm_render_layout_get_size (block->layout, NULL, &h1);
  zm_render_layout_get_size (block->layout2, NULL, &h2);
  add_piece (block, 0, h1 + 3 + h2 + 2 * 10);
}

static double
column_width (const ZmTable *table,
              guint          column,
              double         text_width)
{
  return table->widths[column] * text_width;
}

/* One row of cells, header (@row -1) or body; returns its height. */
static double
measure_row (ZmBlock       *block,
             const Measure *m,
             int            row)
{
  const ZmTable *table = block->table;
  char **cells = row < 0 ? table->header : g_ptr_array_index (table->rows, row);
  double height = row >= 0 && table->bars_column >= 0 ? BARS_HEIGHT : 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      double width = column_width (table, c, m->text_width) - 2 * CELL_PADDING, h;
      PangoLayout *layout;

      layout = zm_render_layout_new_markup (m->context, (int) c == table->bars_column && row >= 0
                                            ? "" : cells[c],
                                            row < 0 ? 8.5 : 9,
                                            row < 0 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                            width);
      /* A row must fit a page: very long cells are cut off with "…". */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -8);
      zm_render_layout_get_size (layout, NULL, &h);
      height = MAX (height, h);
      g_ptr_array_add (block->cells, layout);
    }

  return height + 2 * CELL_PADDING;
}

static void
measure_table (ZmBlock       *block,
               const Measure *m)
{
  double y = 0;

  block->cells = g_ptr_array_new_with_free_func (g_object_unref);
  for (int row = -1; row < (int) block->table->rows->len; row++)
    {
      double height = measure_row (block, m, row);

      add_piece (block, y, height);
      y += height;
    }
}

static void
measure_block (ZmBlock       *block,
               const Measure *m)
{
  block_clear_measure (block);
  block->pieces = g_array_new (FALSE, TRUE, sizeof (ZmPiece));

  switch (block->kind)
    {
    case ZM_BLOCK_FACT:
      measure_fact (block, m);
      break;

    case ZM_BLOCK_KEY_FIGURE:
      measure_key_figure (block, m);
      break;

    case ZM_BLOCK_CHART:
      add_piece (block, 0, MIN (0.68 * m->text_width, 0.45 * m->body_height));
      break;

    case ZM_BLOCK_CHECKLIST:
      add_piece (block, 0, MIN (0.72 * m->text_width, 0.6 * m->body_height));
      break;

    case ZM_BLOCK_TABLE:
      measure_table (block, m);
      break;

    case ZM_BLOCK_TITLE:
    case ZM_BLOCK_SUBTITLE:
    case ZM_BLOCK_HEADING:
    case ZM_BLOCK_SUBHEADING:
    case ZM_BLOCK_PARAGRAPH:
    case ZM_BLOCK_BULLET:
    case ZM_BLOCK_NOTE:
    case ZM_BLOCK_CAPTION:
    default:
      measure_text (block, m);
      break;
    }
}

/* --- pagination ---------------------------------------------------------- */

typedef struct {
  ZmReportContent *content;
  GArray          *page;
  double           top;
  double           bottom;
  double           y;
} Paginator;

static void
new_page (Paginator *p)
{
  p->page = g_array_new (FALSE, FALSE, sizeof (ZmPlacement));
  g_ptr_array_add (p->content->pages, p->page);
  p->y = p->top;
}

static gboolean
page_is_empty (const Paginator *p)
{
  return p->page->len == 0;
}

static double
block_height (const ZmBlock *block)
{
  const ZmPiece *last = &g_array_index (block->pieces, ZmPiece, block->pieces->len - 1);

  return last->y + last->height;
}

static gboolean
keeps_with_next (const ZmBlock *block)
{
  return block->keep_with_next || block_style (block->kind).keep_with_next;
}

static double
space_above (const ZmBlock *block)
{
  return block_style (block->kind).space_before + block->extra_space;
}

/* The height a block needs at the bottom of a page before it may start
 * there: all of it when it may not be split (a table that fits a page is
 * kept whole too), else its first two lines, so no line is left alone; a
 * heading adds what its next block needs. */
static double
needed_height (const ZmReportContent *content,
               guint                  index)
{
  const ZmBlock *block = g_ptr_array_index (content->blocks, index);
  BlockStyle style = block_style (block->kind);
  double height;

  if (!style.splittable || block->kind == ZM_BLOCK_TABLE)
    height = block_height (block);
  else
    height = 0;

  for (guint i = 0; i < MIN (block->pieces->len, 2); i++)
    if (style.splittable && block->kind != ZM_BLOCK_TABLE)
      height += g_array_index (block->pieces, ZmPiece, i).height;

  if (keeps_with_next (block) && index + 1 < content->blocks->len)
    {
      const ZmBlock *next = g_ptr_array_index (content->blocks, index + 1);

      height += space_above (next) + needed_height (content, index + 1);
    }

  return height;
}

static void
place_block (Paginator *p,
             guint      index)
{
  const ZmBlock *block = g_ptr_array_index (p->content->blocks, index);
  double space = space_above (block);
  double page_height = p->bottom - p->top;

  if (block->page_break_before && !page_is_empty (p))
    new_page (p);
  if (page_is_empty (p))
    space = 0;

  if (!page_is_empty (p) && p->y + space + MIN (needed_height (p->content, index), page_height) > p->bottom)
    {
      new_page (p);
      space = 0;
    }

  for (guint i = 0; i < block->pieces->len; i++)
    {
      const ZmPiece *piece = &g_array_index (block->pieces, ZmPiece, i);
      ZmPlacement placement;

      if (!page_is_empty (p) && p->y + space + piece->height > p->bottom)
        {
          new_page (p);
          space = 0;
        }

      placement = (ZmPlacement) { index, i, p->y + space };
      g_array_append_val (p->page, placement);
      p->y += space + piece->height;
      space = 0;
    }
}

static double
content_bottom (double height)
{
  return height - MARGIN - FOOTER_SPACE;
}

void
zm_report_content_paginate (ZmReportContent *content,
                            double           width,
                            double           height)
{
  Measure m;
  Paginator p = { content, NULL, MARGIN, content_bottom (height), MARGIN };

  if (content->width == width && content->height == height && content->pages->len > 0)
    return;

  m.context = zm_render_context_new_unbound ();
  m.text_width = width - 2 * MARGIN;
  m.body_height = p.bottom - p.top;
  for (guint i = 0; i < content->blocks->len; i++)
    measure_block (g_ptr_array_index (content->blocks, i), &m);
  g_object_unref (m.context);

  g_ptr_array_set_size (content->pages, 0);
  new_page (&p);
  for (guint i = 0; i < content->blocks->len; i++)
    place_block (&p, i);

  content->width = width;
  content->height = height;
}

/* --- drawing ------------------------------------------------------------- */

typedef struct {
  cairo_t             *cr;
  const ZmRenderStyle *style;
  ZmReportContent     *content;
  guint                page;
  double               x;
  double               text_width;
} Draw;

static void
draw_line (const Draw    *d,
           const ZmBlock *block,
           const ZmPiece *piece,
           double         y)
{
  BlockStyle style = block_style (block->kind);
  PangoLayoutLine *line = pango_layout_get_line_readonly (block->layout, piece->line);
  double x = d->x + style.indent;

  zm_render_set_color (d->cr, style.muted ? &d->style->muted : &d->style->foreground, 1.0);
  cairo_move_to (d->cr, x + piece->x, y + piece->baseline - piece->y);
  pango_cairo_show_layout_line (d->cr, line);

  if (block->kind == ZM_BLOCK_BULLET && piece->line == 0)
    {
      /* Showing the text leaves its origin as the current point, which
       * cairo_arc() would join to the dot with a line. */
      cairo_new_sub_path (d->cr);
      cairo_arc (d->cr, d->x + BULLET_INDENT * 0.4, y + piece->height * 0.55, 1.8, 0, 2 * G_PI);
      cairo_fill (d->cr);
    }
  else if (block->kind == ZM_BLOCK_NOTE)
    {
      zm_render_set_color (d->cr, &d->style->series[ZM_SERIES_CURRENT], 0.5);
      cairo_rectangle (d->cr, d->x + 2, y, 2, piece->height);
      cairo_fill (d->cr);
    }
}

/* Headings go into the PDF's outline, so a reader can jump to them. */
static void
add_outline (const Draw    *d,
             const ZmBlock *block,
             double         y)
{
  cairo_surface_t *target = cairo_get_target (d->cr);
  g_autofree char *link = NULL;

  if (block->kind != ZM_BLOCK_HEADING ||
      cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_PDF)
    return;

  /* Whole numbers: cairo 1.16 reads the attributes with the locale's
   * decimal separator. */
  link = g_strdup_printf ("page=%u pos=[%d %d]", d->page + 1, (int) d->x, (int) y);
  cairo_pdf_surface_add_outline (target, CAIRO_PDF_OUTLINE_ROOT,
                                 pango_layout_get_text (block->layout), link, 0);
}

static void
draw_fact (const Draw    *d,
           const ZmBlock *block,
           double         y)
{
  zm_render_set_color (d->cr, &d->style->muted, 1.0);
  zm_render_show_layout (d->cr, block->layout, d->x, y);
  zm_render_set_color (d->cr, &d->style->foreground, 1.0);
  zm_render_show_layout (d->cr, block->layout2, d->x + FACT_LABEL, y);
}

static void
draw_key_figure (const Draw    *d,
                 const ZmBlock *block,
                 const ZmPiece *piece,
                 double         y)
{
  ZmRect box = { d->x, y, d->text_width, piece->height };
  double h;

  zm_render_rounded_rect (d->cr, &box, 6);
  zm_render_set_color (d->cr, &d->style->series[ZM_SERIES_CURRENT], 0.09);
  cairo_fill (d->cr);
  cairo_rectangle (d->cr, d->x, y, 4, piece->height);
  zm_render_set_color (d->cr, &d->style->series[ZM_SERIES_CURRENT], 1.0);
  cairo_fill (d->cr);

  zm_render_layout_get_size (block->layout, NULL, &h);
  zm_render_set_color (d->cr, &d->style->foreground, 1.0);
  zm_render_show_layout (d->cr, block->layout, d->x + 14, y + 10);
  zm_render_set_color (d->cr, &d->style->muted, 1.0);
  zm_render_show_layout (d->cr, block->layout2, d->x + 14, y + 10 + h + 3);
}

static void
draw_graphic (const Draw    *d,
              const ZmBlock *block,
              const ZmPiece *piece,
              double         y)
{
  ZmRenderStyle style = *d->style;

  style.paint_background = FALSE;
  cairo_save (d->cr);
  cairo_translate (d->cr, d->x, y);
  if (block->kind == ZM_BLOCK_CHART)
    zm_chart_draw (d->cr, d->content->chart, &style, d->text_width, piece->height);
  else
    zm_checklist_graphic_draw (d->cr, d->content->checklist, &style, d->text_width, piece->height);
  cairo_restore (d->cr);
}

static void
draw_row (const Draw    *d,
          const ZmBlock *block,
          guint          piece_index,
          const ZmPiece *piece,
          double         y)
{
  const ZmTable *table = block->table;
  double x = d->x;
  int row = (int) piece_index - 1;

  zm_render_set_color (d->cr, &d->style->grid, row < 0 ? 1.0 : 0.5);
  cairo_rectangle (d->cr, d->x, y + piece->height - (row < 0 ? 0.8 : 0.5), d->text_width,
                   row < 0 ? 0.8 : 0.5);
  cairo_fill (d->cr);

  for (guint c = 0; c < table->n_columns; c++)
    {
      double width = column_width (table, c, d->text_width);
      PangoLayout *cell = g_ptr_array_index (block->cells, piece_index * table->n_columns + c);

      if ((int) c == table->bars_column && row >= 0)
        {
          PangoContext *context = zm_render_context_new (d->cr);

          zm_profile_draw_bars (d->cr, context, &g_array_index (table->fits, double, row * ZM_N_STAGES),
                                g_array_index (table->stages, guint, row), d->style,
                                x + CELL_PADDING, y + CELL_PADDING, width - 2 * CELL_PADDING,
                                piece->height - 2 * CELL_PADDING, FALSE);
          g_object_unref (context);
        }
      else
        {
          zm_render_set_color (d->cr, row < 0 ? &d->style->muted : &d->style->foreground, 1.0);
          zm_render_show_layout (d->cr, cell, x + CELL_PADDING, y + CELL_PADDING);
        }
      x += width;
    }
}

/* Text that may split across pages goes line by line; a title or
 * heading, which may not, in one piece, and into the PDF's outline. */
static void
draw_text (const Draw    *d,
           const ZmBlock *block,
           const ZmPiece *piece,
           double         y)
{
  BlockStyle style;

  if (piece->line >= 0)
    {
      draw_line (d, block, piece, y);
      return;
    }

  style = block_style (block->kind);
  add_outline (d, block, y);
  zm_render_set_color (d->cr, style.muted ? &d->style->muted : &d->style->foreground, 1.0);
  cairo_move_to (d->cr, d->x, y);
  pango_cairo_show_layout (d->cr, block->layout);
}

static void
draw_piece (const Draw        *d,
            const ZmPlacement *placement)
{
  const ZmBlock *block = g_ptr_array_index (d->content->blocks, placement->block);
  const ZmPiece *piece = &g_array_index (block->pieces, ZmPiece, placement->piece);

  switch (block->kind)
    {
    case ZM_BLOCK_FACT:
      draw_fact (d, block, placement->y);
      break;

    case ZM_BLOCK_KEY_FIGURE:
      draw_key_figure (d, block, piece, placement->y);
      break;

    case ZM_BLOCK_CHART:
    case ZM_BLOCK_CHECKLIST:
      draw_graphic (d, block, piece, placement->y);
      break;

    case ZM_BLOCK_TABLE:
      draw_row (d, block, placement->piece, piece, placement->y);
      break;

    case ZM_BLOCK_TITLE:
    case ZM_BLOCK_SUBTITLE:
    case ZM_BLOCK_HEADING:
    case ZM_BLOCK_SUBHEADING:
    case ZM_BLOCK_PARAGRAPH:
    case ZM_BLOCK_BULLET:
    case ZM_BLOCK_NOTE:
    case ZM_BLOCK_CAPTION:
    default:
      draw_text (d, block, piece, placement->y);
      break;
    }
}

static void
draw_footer (const Draw *d)
{
  PangoContext *context = zm_render_context_new (d->cr);
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double y = d->content->height - MARGIN - FOOTER_SPACE + 14, w;

  /* Translators: the page number in the report's footer */
  number = g_strdup_printf (_("Page %1$u of %2$u"), d->page + 1, d->content->pages->len);
  right = zm_render_layout_new (context, number, FOOTER_SIZE, PANGO_WEIGHT_NORMAL, 0);
  zm_render_layout_get_size (right, &w, NULL);
  left = zm_render_layout_new (context, d->content->footer, FOOTER_SIZE, PANGO_WEIGHT_NORMAL,
                               d->text_width - w - 12);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_MIDDLE);

  zm_render_set_color (d->cr, &d->style->grid, 1.0);
  cairo_rectangle (d->cr, d->x, y - 5, d->text_width, 0.6);
  cairo_fill (d->cr);
  zm_render_set_color (d->cr, &d->style->muted, 1.0);
  zm_render_show_layout (d->cr, left, d->x, y);
  zm_render_show_layout (d->cr, right, d->x + d->text_width - w, y);
  g_object_unref (context);
}

void
zm_report_content_draw_page (ZmReportContent *content,
                             cairo_t         *cr,
                             guint            page)
{
  GArray *placements = g_ptr_array_index (content->pages, page);
  Draw d = { cr, zm_render_style_light (), content, page, MARGIN, content->width - 2 * MARGIN };

  cairo_save (cr);
  for (guint i = 0; i < placements->len; i++)
    draw_piece (&d, &g_array_index (placements, ZmPlacement, i));
  draw_footer (&d);
  cairo_restore (cr);
}
