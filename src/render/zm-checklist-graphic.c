/* zm-checklist-graphic.c: the eight-step marketing challenge as a graphic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading with "n of 8 steps done" and a progress bar, then the steps as
 * a timeline: a drawn status mark per step, the title wrapped beside it
 * and under it status, owner and due date. Wide canvases get two columns.
 * The text shrinks until everything fits, never below the minimum size.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-checklist-graphic.h"

ZmChecklistData *
zm_checklist_data_new (guint n_steps)
{
  ZmChecklistData *data = g_new0 (ZmChecklistData, 1);

  data->n_steps = n_steps;
  data->steps = g_new0 (ZmChecklistStep, n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      data->steps[i].number = i + 1;
      data->steps[i].title = g_strdup ("");
    }

  return data;
}

void
zm_checklist_data_free (ZmChecklistData *data)
{
  if (data == NULL)
    return;

  for (guint i = 0; i < data->n_steps; i++)
    {
      g_free (data->steps[i].title);
      g_free (data->steps[i].owner);
      g_free (data->steps[i].due);
    }
  g_free (data->steps);
  g_free (data);
}

void
zm_checklist_data_set_step (ZmChecklistData *data,
                            guint            index,
                            guint            number,
                            const char      *title,
                            ZmStepStatus     status,
                            const char      *owner,
                            const char      *due)
{
  ZmChecklistStep *step;

  g_return_if_fail (data != NULL);
  g_return_if_fail (index < data->n_steps);

  step = &data->steps[index];
  step->number = number;
  step->status = status;
  g_free (step->title);
  step->title = g_strdup (title ? title : "");
  g_free (step->owner);
  step->owner = owner && *owner ? g_strdup (owner) : NULL;
  g_free (step->due);
  step->due = due && *due ? g_strdup (due) : NULL;
}

guint
zm_checklist_data_count_done (const ZmChecklistData *data)
{
  guint n = 0;

  g_return_val_if_fail (data != NULL, 0);

  for (guint i = 0; i < data->n_steps; i++)
    if (data->steps[i].status == ZM_STEP_STATUS_DONE)
      n++;

  return n;
}

const char *
zm_checklist_status_label (ZmStepStatus status)
{
  switch (status)
    {
    case ZM_STEP_STATUS_IN_PROGRESS:
      /* Translators: the status of a step of the marketing challenge */
      return _("In progress");

    case ZM_STEP_STATUS_DONE:
      /* Translators: the status of a step of the marketing challenge */
      return _("Done");

    case ZM_STEP_STATUS_NOT_STARTED:
    default:
      /* Translators: the status of a step of the marketing challenge */
      return _("Not started");
    }
}

char *
zm_checklist_format_summary (const ZmChecklistData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  /* Translators: progress on the marketing challenge, "3 of 8 steps done" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u step done",
                                       "%1$u of %2$u steps done", data->n_steps),
                          zm_checklist_data_count_done (data), data->n_steps);
}

static char *
step_details (const ZmChecklistStep *step)
{
  g_autoptr(GString) text = g_string_new (zm_checklist_status_label (step->status));

  if (step->owner)
    {
      g_string_append (text, " · ");
      /* Translators: who owns a step of the marketing challenge */
      g_string_append_printf (text, _("Owner: %s"), step->owner);
    }
  if (step->due)
    {
      g_string_append (text, " · ");
      g_autoptr(GString) due = g_string_new (step->due);

      /* A date reads badly broken over two lines. */
      g_string_replace (due, " ", "\u00a0", 0);
      /* Translators: when a step of the marketing challenge is due; %s is a date */
      g_string_append_printf (text, _("Due: %s"), due->str);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
zm_checklist_describe (const ZmChecklistData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *summary = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  summary = zm_checklist_format_summary (data);
  g_string_append_printf (out, "%s.", summary);
  for (guint i = 0; i < data->n_steps; i++)
    {
      g_autofree char *details = step_details (&data->steps[i]);

      g_string_append_printf (out, "\n%u. %s: %s.", data->steps[i].number,
                              data->steps[i].title, details);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* --- layout ------------------------------------------------------------ */

static void
clear_text (ZmChecklistLayout *self)
{
  g_clear_object (&self->heading);
  g_clear_object (&self->summary);
  for (guint i = 0; i < self->n_rows; i++)
    {
      g_clear_object (&self->rows[i].title);
      g_clear_object (&self->rows[i].meta);
    }
}

void
zm_checklist_layout_free (ZmChecklistLayout *self)
{
  if (self == NULL)
    return;

  clear_text (self);
  g_free (self->rows);
  g_free (self);
}

static double
margin_for (const ZmChecklistLayout *self)
{
  return MAX (3.0, MIN (self->width, self->height) * 0.03);
}

static double
meta_font_size (double font_size)
{
  return MAX (ZM_RENDER_MIN_FONT_SIZE, font_size * 0.82);
}

/* The heading on the left and the summary on the right, or the summary
 * under the heading when the two do not fit one line; then the progress
 * bar. Returns the height taken. */
static double
build_header (ZmChecklistLayout     *self,
              PangoContext          *context,
              const ZmChecklistData *data)
{
  double margin = margin_for (self), inner = self->width - 2 * margin;
  g_autofree char *summary = zm_checklist_format_summary (data);
  double y;

  clear_text (self);
  /* Translators: the heading of the checklist graphic */
  self->heading = zm_render_layout_new (context, _("The marketing challenge"),
                                        self->font_size * 1.25, PANGO_WEIGHT_BOLD, inner);
  zm_render_layout_fit_width (self->heading, &self->heading_rect.width, &self->heading_rect.height);
  self->summary = zm_render_layout_new (context, summary, self->font_size,
                                        PANGO_WEIGHT_NORMAL, inner);
  zm_render_layout_fit_width (self->summary, &self->summary_rect.width, &self->summary_rect.height);

  self->heading_rect.x = margin;
  self->heading_rect.y = margin;
  if (self->heading_rect.width + self->font_size + self->summary_rect.width <= inner)
    {
      self->summary_rect.x = self->width - margin - self->summary_rect.width;
      self->summary_rect.y = margin + self->heading_rect.height - self->summary_rect.height;
      y = margin + self->heading_rect.height;
    }
  else
    {
      self->summary_rect.x = margin;
      self->summary_rect.y = margin + self->heading_rect.height;
      y = self->summary_rect.y + self->summary_rect.height;
    }

  self->progress_rect = (ZmRect) { margin, y + 0.35 * self->font_size,
                                   inner, 0.45 * self->font_size };

  return self->progress_rect.y + self->progress_rect.height - margin;
}

static char *
title_markup (const ZmChecklistStep *step)
{
  return g_markup_printf_escaped ("<b>%u</b>  %s", step->number, step->title);
}

/* Makes the text of every row for the given column width; returns the
 * rows' total height in the tallest column, without gaps. Stops early,
 * returning more than @limit, once a column is taller than @limit: the
 * font size is then too large, and the rows are made again smaller. */
static double
build_rows (ZmChecklistLayout     *self,
            PangoContext          *context,
            const ZmChecklistData *data,
            double                 column_width,
            double                 limit)
{
  double mark_radius = 0.62 * self->font_size;
  double text_width = column_width - 2 * mark_radius - 0.7 * self->font_size;
  guint per_column = (self->n_rows + self->columns - 1) / self->columns;
  double tallest = 0, column_height = 0;

  for (guint i = 0; i < self->n_rows; i++)
    {
      ZmChecklistRow *row = &self->rows[i];
      g_autofree char *markup = title_markup (&data->steps[i]);
      g_autofree char *details = step_details (&data->steps[i]);

      row->mark_radius = mark_radius;
      row->title = zm_render_layout_new_markup (context, markup, self->font_size,
                                                PANGO_WEIGHT_NORMAL, text_width);
      zm_render_layout_fit_width (row->title, &row->title_rect.width, &row->title_rect.height);
      row->meta = zm_render_layout_new (context, details, meta_font_size (self->font_size),
                                        PANGO_WEIGHT_NORMAL, text_width);
      zm_render_layout_fit_width (row->meta, &row->meta_rect.width, &row->meta_rect.height);

      row->rect.width = column_width;
      row->rect.height = MAX (2 * mark_radius, row->title_rect.height + row->meta_rect.height);

      if (i % per_column == 0)
        column_height = 0;
      column_height += row->rect.height;
      tallest = MAX (tallest, column_height);
      if (tallest > limit)
        return tallest;
    }

  return tallest;
}

static void
place_row (ZmChecklistLayout *self,
           ZmChecklistRow    *row,
           double             x,
           double             y)
{
  double text_x = x + 2 * row->mark_radius + 0.7 * self->font_size;

  row->rect.x = x;
  row->rect.y = y;
  row->mark_x = x + row->mark_radius;
  /* Level with the title's first line. */
  row->mark_y = y + MAX (row->mark_radius, 0.6 * self->font_size);
  row->title_rect.x = text_x;
  row->title_rect.y = y;
  row->meta_rect.x = text_x;
  row->meta_rect.y = y + row->title_rect.height;
}

/* Lays out at one font size; TRUE when everything fits the height. */
static gboolean
try_layout (ZmChecklistLayout     *self,
            PangoContext          *context,
            const ZmChecklistData *data,
            double                 font_size)
{
  double margin, header_height, column_gap, column_width, rows_height;
  double available, gap, top, limit;
  guint per_column;

  self->font_size = font_size;
  self->line_width = MAX (1.0, font_size / 9);
  margin = margin_for (self);
  header_height = build_header (self, context, data);

  self->columns = self->width >= 1.5 * self->height && self->n_rows > 1 ? 2 : 1;
  per_column = (self->n_rows + self->columns - 1) / self->columns;
  column_gap = 2 * font_size;
  column_width = (self->width - 2 * margin - (self->columns - 1) * column_gap) / self->columns;
  top = margin + header_height + font_size;
  available = self->height - margin - top;
  /* Rows taller than this leave less than the smallest gap between them. */
  limit = per_column > 1 && font_size > ZM_RENDER_MIN_FONT_SIZE
          ? available - 0.45 * font_size * (per_column - 1) : G_MAXDOUBLE;
  rows_height = build_rows (self, context, data, column_width, limit);

  /* Spread the rows over the height, within reason. */
  gap = per_column > 1 ? (available - rows_height) / (per_column - 1) : 0;
  gap = MIN (gap, 1.6 * font_size);
  if (gap < 0.45 * font_size && font_size > ZM_RENDER_MIN_FONT_SIZE)
    return FALSE;

  for (guint c = 0; c < self->columns; c++)
    {
      double y = top;

      for (guint i = c * per_column; i < MIN (self->n_rows, (c + 1) * per_column); i++)
        {
          place_row (self, &self->rows[i], margin + c * (column_width + column_gap), y);
          y += self->rows[i].rect.height + gap;
        }
    }

  return TRUE;
}

ZmChecklistLayout *
zm_checklist_layout_new (PangoContext          *context,
                         const ZmChecklistData *data,
                         double                 width,
                         double                 height)
{
  ZmChecklistLayout *self;
  double font_size;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_new0 (ZmChecklistLayout, 1);
  self->width = width;
  self->height = height;
  self->n_rows = data->n_steps;
  self->rows = g_new0 (ZmChecklistRow, data->n_steps);

  /* Start large and shrink until the steps fit. */
  font_size = MAX (ZM_RENDER_MIN_FONT_SIZE, MIN (width, height) * 0.045);
  while (!try_layout (self, context, data, font_size))
    font_size = MAX (ZM_RENDER_MIN_FONT_SIZE, font_size * 0.92);

  return self;
}

/* --- drawing ----------------------------------------------------------- */

static void
draw_check (cairo_t *cr,
            double   x,
            double   y,
            double   radius)
{
  cairo_move_to (cr, x - 0.45 * radius, y + 0.02 * radius);
  cairo_line_to (cr, x - 0.12 * radius, y + 0.36 * radius);
  cairo_line_to (cr, x + 0.48 * radius, y - 0.32 * radius);
}

/* A filled disc with a check mark cut out of it. */
static void
draw_done_mark (cairo_t             *cr,
                const ZmRenderStyle *style,
                double               x,
                double               y,
                double               radius,
                double               line_width)
{
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], 1.0);
  cairo_fill (cr);
  draw_check (cr, x, y, radius);
  cairo_set_line_width (cr, MAX (line_width, radius * 0.2));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  zm_render_set_color (cr, &style->background, 1.0);
  cairo_stroke (cr);
}

/* Not started: an empty ring; in progress: the left half filled; done: a
 * filled disc with a check cut out of it. Shapes, not glyphs, so they
 * look the same in every font and in greyscale. */
void
zm_checklist_draw_mark (cairo_t             *cr,
                        ZmStepStatus         status,
                        const ZmRenderStyle *style,
                        double               x,
                        double               y,
                        double               radius,
                        double               line_width)
{
  const ZmColor *accent = &style->series[ZM_SERIES_CURRENT];
  double r = radius - line_width / 2;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_width (cr, line_width);

  switch (status)
    {
    case ZM_STEP_STATUS_DONE:
      draw_done_mark (cr, style, x, y, radius, line_width);
      break;

    case ZM_STEP_STATUS_IN_PROGRESS:
      cairo_arc (cr, x, y, r, G_PI / 2, 3 * G_PI / 2);
      cairo_close_path (cr);
      zm_render_set_color (cr, accent, 1.0);
      cairo_fill (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;

    case ZM_STEP_STATUS_NOT_STARTED:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      zm_render_set_color (cr, &style->muted, 1.0);
      cairo_stroke (cr);
      break;
    }

  cairo_restore (cr);
}

static void
draw_header (cairo_t                 *cr,
             const ZmChecklistLayout *layout,
             const ZmChecklistData   *data,
             const ZmRenderStyle     *style)
{
  ZmRect done = layout->progress_rect;
  double radius = done.height / 2;

  zm_render_set_color (cr, &style->foreground, 1.0);
  zm_render_show_layout (cr, layout->heading, layout->heading_rect.x, layout->heading_rect.y);
  zm_render_set_color (cr, &style->muted, 1.0);
  zm_render_show_layout (cr, layout->summary, layout->summary_rect.x, layout->summary_rect.y);

  zm_render_rounded_rect (cr, &layout->progress_rect, radius);
  zm_render_set_color (cr, &style->grid, 0.45);
  cairo_fill (cr);
  if (data->n_steps > 0 && zm_checklist_data_count_done (data) > 0)
    {
      done.width *= (double) zm_checklist_data_count_done (data) / data->n_steps;
      zm_render_rounded_rect (cr, &done, radius);
      zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], 1.0);
      cairo_fill (cr);
    }
}

/* A thin line joins the marks of a column into a timeline. */
static void
draw_timeline (cairo_t                 *cr,
               const ZmChecklistLayout *layout,
               const ZmRenderStyle     *style)
{
  guint per_column = (layout->n_rows + layout->columns - 1) / layout->columns;

  cairo_save (cr);
  cairo_set_line_width (cr, layout->line_width);
  zm_render_set_color (cr, &style->grid, 1.0);
  for (guint i = 0; i + 1 < layout->n_rows; i++)
    {
      const ZmChecklistRow *a = &layout->rows[i], *b = &layout->rows[i + 1];
      double gap = a->mark_radius * 0.35;

      if ((i + 1) % per_column == 0)
        continue;
      cairo_move_to (cr, a->mark_x, a->mark_y + a->mark_radius + gap);
      cairo_line_to (cr, b->mark_x, b->mark_y - b->mark_radius - gap);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
zm_checklist_graphic_draw_layout (cairo_t                 *cr,
                                  const ZmChecklistLayout *layout,
                                  const ZmChecklistData   *data,
                                  const ZmRenderStyle     *style)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (data != NULL && data->n_steps == layout->n_rows);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  if (style->paint_background)
    zm_render_paint_background (cr, style, layout->width, layout->height);

  draw_header (cr, layout, data, style);
  draw_timeline (cr, layout, style);
  for (guint i = 0; i < layout->n_rows; i++)
    {
      const ZmChecklistRow *row = &layout->rows[i];

      zm_checklist_draw_mark (cr, data->steps[i].status, style, row->mark_x, row->mark_y,
                              row->mark_radius, layout->line_width * 1.3);
      zm_render_set_color (cr, &style->foreground, 1.0);
      zm_render_show_layout (cr, row->title, row->title_rect.x, row->title_rect.y);
      zm_render_set_color (cr, &style->muted, 1.0);
      zm_render_show_layout (cr, row->meta, row->meta_rect.x, row->meta_rect.y);
    }
  cairo_restore (cr);
}

void
zm_checklist_graphic_draw (cairo_t               *cr,
                           const ZmChecklistData *data,
                           const ZmRenderStyle   *style,
                           double                 width,
                           double                 height)
{
  PangoContext *context;
  ZmChecklistLayout *layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0)
    return;

  context = zm_render_context_new (cr);
  layout = zm_checklist_layout_new (context, data, width, height);
  zm_checklist_graphic_draw_layout (cr, layout, data, style);
  zm_checklist_layout_free (layout);
  g_object_unref (context);
}

void
zm_checklist_graphic_draw_func (cairo_t             *cr,
                                gconstpointer        data,
                                const ZmRenderStyle *style,
                                double               width,
                                double               height)
{
  zm_checklist_graphic_draw (cr, data, style, width, height);
}
