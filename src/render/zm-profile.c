/* zm-profile.c: stage profiles, how well each stage fits a pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-profile.h"
#include "zm-render-text.h"

static char *
format_percentage (double fit)
{
  /* Translators: how well a stage fits a pillar, as a percentage */
  return g_strdup_printf (_("%.0f %%"), fit * 100);
}

static double
bars_font_size (double width,
                double height)
{
  return MAX (ZM_RENDER_MIN_FONT_SIZE, MIN (height * 0.16, width * 0.09));
}

static void
draw_bar (cairo_t             *cr,
          PangoContext        *context,
          double               fit,
          gboolean             strong,
          const ZmRenderStyle *style,
          const ZmRect        *track,
          double               font_size,
          gboolean             show_percentage)
{
  double radius = MIN (track->width * 0.15, 3.0);

  zm_render_rounded_rect (cr, track, radius);
  zm_render_set_color (cr, &style->grid, 0.35);
  cairo_fill (cr);

  if (isnan (fit))
    return;

  if (fit > 0)
    {
      ZmRect bar = { track->x, track->y + track->height * (1 - fit),
                     track->width, track->height * fit };

      zm_render_rounded_rect (cr, &bar, radius);
      zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], strong ? 1.0 : 0.5);
      cairo_fill (cr);
    }

  if (show_percentage)
    {
      g_autofree char *text = format_percentage (fit);
      g_autoptr(PangoLayout) layout = zm_render_layout_new (context, text, font_size,
                                                           PANGO_WEIGHT_NORMAL, 0);
      double w, h;

      zm_render_layout_get_size (layout, &w, &h);
      /* The bar is 62 % of its slot; the text may use the whole slot. */
      if (w <= track->width / 0.62 * 0.95)
        {
          zm_render_set_color (cr, &style->foreground, 1.0);
          zm_render_show_layout (cr, layout, track->x + (track->width - w) / 2,
                                 track->y + track->height * (1 - fit) - h * 1.05);
        }
    }
}

void
zm_profile_draw_bars (cairo_t             *cr,
                      PangoContext        *context,
                      const double         fit[ZM_N_STAGES],
                      guint                stage,
                      const ZmRenderStyle *style,
                      double               x,
                      double               y,
                      double               width,
                      double               height,
                      gboolean             show_percentages)
{
  double font_size = bars_font_size (width, height);
  double number_height, percentage_height, slot, bar_width;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL);

  number_height = font_size * 1.3;
  percentage_height = show_percentages ? font_size * 1.15 : 0;
  slot = width / ZM_N_STAGES;
  bar_width = slot * 0.62;

  cairo_save (cr);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      char number[2] = { (char) ('1' + s), '\0' };
      g_autoptr(PangoLayout) layout = NULL;
      ZmRect track = { x + slot * s + (slot - bar_width) / 2, y + percentage_height,
                       bar_width, height - number_height - percentage_height };
      double w, h;

      if (track.height > 0)
        draw_bar (cr, context, fit[s], stage == s + 1, style, &track,
                  font_size * 0.9, show_percentages);

      layout = zm_render_layout_new (context, number, font_size,
                                     stage == s + 1 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, 0);
      zm_render_layout_get_size (layout, &w, &h);
      zm_render_set_color (cr, stage == s + 1 ? &style->foreground : &style->muted, 1.0);
      zm_render_show_layout (cr, layout, track.x + (bar_width - w) / 2,
                             y + height - number_height + (number_height - h) / 2);
    }
  cairo_restore (cr);
}

/* --- small multiples --------------------------------------------------- */

typedef struct {
  double       font_size;
  guint        columns;
  guint        rows;
  double       cell_width;
  double       cell_height;
  double       gap;
  double       title_height;
  PangoLayout **titles;
  PangoLayout *legend;
  double       legend_width;
  double       legend_height;
} ProfileGrid;

static void
profile_grid_clear (ProfileGrid *grid,
                    guint        n)
{
  for (guint i = 0; grid->titles && i < n; i++)
    g_clear_object (&grid->titles[i]);
  g_clear_pointer (&grid->titles, g_free);
  g_clear_object (&grid->legend);
}

static guint
choose_columns (guint  n,
                double width,
                double height)
{
  guint best = 1;
  double best_score = G_MAXDOUBLE;

  /* Cells a little wider than high read best. */
  for (guint columns = 1; columns <= n; columns++)
    {
      guint rows = (n + columns - 1) / columns;
      double aspect = (width / columns) / (height / rows);
      double score = fabs (log (aspect / 1.3));

      if (score < best_score)
        {
          best = columns;
          best_score = score;
        }
    }

  return best;
}

static char *
title_markup (const ZmRadarData *data,
              guint              i)
{
  const ZmRadarAxis *axis = &data->axes[i];
  double value = axis->values[ZM_SERIES_CURRENT];
  g_autofree char *score = zm_render_format_score (value);
  g_autofree char *detail = NULL;

  if (isnan (value))
    detail = g_strdup (_("not determined"));
  else
    /* Translators: under a pillar's name in the stage profiles: the stage
     * name and the score, "Defined · 2.4" */
    detail = g_strdup_printf (_("%1$s · %2$s"),
                              zm_radar_data_get_stage_name (data, zm_radar_value_to_stage (value)),
                              score);

  return g_markup_printf_escaped ("<b>%s</b>\n<span size=\"85%%\">%s</span>",
                                  axis->label, detail);
}

static char *
stage_legend_text (const ZmRadarData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 1; s <= ZM_N_STAGES; s++)
    {
      if (s > 1)
        g_string_append (text, "   ");
      g_string_append_printf (text, "%u %s", s, zm_radar_data_get_stage_name (data, s));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Measures titles and legend at one font size; TRUE when the bars keep
 * enough height. */
static gboolean
profile_grid_measure (ProfileGrid       *grid,
                      PangoContext      *context,
                      const ZmRadarData *data,
                      double             width,
                      double             height)
{
  g_autofree char *legend = stage_legend_text (data);
  double bars_height;

  profile_grid_clear (grid, data->n_axes);
  grid->gap = grid->font_size * 1.2;
  grid->columns = choose_columns (data->n_axes, width, height);
  grid->rows = (data->n_axes + grid->columns - 1) / grid->columns;
  grid->cell_width = (width - grid->gap * (grid->columns + 1)) / grid->columns;

  grid->legend = zm_render_layout_new (context, legend, grid->font_size * 0.85,
                                       PANGO_WEIGHT_NORMAL, width - 2 * grid->gap);
  pango_layout_set_alignment (grid->legend, PANGO_ALIGN_CENTER);
  zm_render_layout_fit_width (grid->legend, &grid->legend_width, &grid->legend_height);

  grid->titles = g_new0 (PangoLayout *, data->n_axes);
  grid->title_height = 0;
  for (guint i = 0; i < data->n_axes; i++)
    {
      g_autofree char *markup = title_markup (data, i);
      double h;

      grid->titles[i] = zm_render_layout_new_markup (context, markup, grid->font_size,
                                                     PANGO_WEIGHT_NORMAL, grid->cell_width);
      pango_layout_set_alignment (grid->titles[i], PANGO_ALIGN_CENTER);
      zm_render_layout_fit_width (grid->titles[i], NULL, &h);
      grid->title_height = MAX (grid->title_height, h);
    }

  grid->cell_height = (height - grid->legend_height - grid->gap * (grid->rows + 1)) / grid->rows;
  bars_height = grid->cell_height - grid->title_height - grid->font_size * 0.5;

  return bars_height >= grid->font_size * 4;
}

static void
draw_cell (cairo_t             *cr,
           PangoContext        *context,
           const ProfileGrid   *grid,
           const ZmRadarData   *data,
           guint                i,
           const ZmRenderStyle *style)
{
  const ZmRadarAxis *axis = &data->axes[i];
  guint column = i % grid->columns, row = i / grid->columns;
  double x = grid->gap + column * (grid->cell_width + grid->gap);
  double y = grid->gap + row * (grid->cell_height + grid->gap);
  double bars_y = y + grid->title_height + grid->font_size * 0.5;
  double bars_width = MIN (grid->cell_width, grid->cell_height * 1.6);
  gboolean determined = !isnan (axis->values[ZM_SERIES_CURRENT]);

  double title_width;

  zm_render_layout_get_size (grid->titles[i], &title_width, NULL);
  zm_render_set_color (cr, determined ? &style->foreground : &style->muted, 1.0);
  zm_render_show_layout (cr, grid->titles[i], x + (grid->cell_width - title_width) / 2, y);

  zm_profile_draw_bars (cr, context, axis->fit,
                        zm_radar_value_to_stage (axis->values[ZM_SERIES_CURRENT]), style,
                        x + (grid->cell_width - bars_width) / 2, bars_y,
                        bars_width, y + grid->cell_height - bars_y, TRUE);
}

void
zm_profile_draw (cairo_t             *cr,
                 const ZmRadarData   *data,
                 const ZmRenderStyle *style,
                 double               width,
                 double               height)
{
  PangoContext *context;
  ProfileGrid grid = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0 || data->n_axes == 0)
    return;

  context = zm_render_context_new (cr);
  grid.font_size = MAX (ZM_RENDER_MIN_FONT_SIZE, MIN (width, height) * 0.035);
  while (!profile_grid_measure (&grid, context, data, width, height) &&
         grid.font_size > ZM_RENDER_MIN_FONT_SIZE)
    grid.font_size = MAX (ZM_RENDER_MIN_FONT_SIZE, grid.font_size * 0.9);

  cairo_save (cr);
  if (style->paint_background)
    zm_render_paint_background (cr, style, width, height);

  for (guint i = 0; i < data->n_axes; i++)
    draw_cell (cr, context, &grid, data, i, style);

  zm_render_set_color (cr, &style->muted, 1.0);
  zm_render_show_layout (cr, grid.legend, (width - grid.legend_width) / 2,
                         height - grid.gap - grid.legend_height);
  cairo_restore (cr);

  profile_grid_clear (&grid, data->n_axes);
  g_object_unref (context);
}

void
zm_profile_draw_func (cairo_t             *cr,
                      gconstpointer        data,
                      const ZmRenderStyle *style,
                      double               width,
                      double               height)
{
  zm_profile_draw (cr, data, style, width, height);
}

char *
zm_profile_describe (const ZmRadarData *data)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (data != NULL, NULL);

  g_string_append_printf (out,
                          /* Translators: the start of the description of the stage profiles */
                          g_dngettext (GETTEXT_PACKAGE,
                                       "How well each stage fits, for %u pillar.",
                                       "How well each stage fits, for %u pillars.",
                                       data->n_axes),
                          data->n_axes);

  for (guint i = 0; i < data->n_axes; i++)
    {
      const ZmRadarAxis *axis = &data->axes[i];
      g_autofree char *title = title_markup (data, i);
      g_autofree char *plain = NULL;

      pango_parse_markup (title, -1, 0, NULL, &plain, NULL, NULL);
      g_strdelimit (plain, "\n", ' ');
      g_string_append_printf (out, "\n%s.", plain);
      for (guint s = 0; s < ZM_N_STAGES; s++)
        {
          g_autofree char *percentage = isnan (axis->fit[s]) ? g_strdup ("–")
                                                            : format_percentage (axis->fit[s]);

          g_string_append_printf (out, " %s: %s%s", zm_radar_data_get_stage_name (data, s + 1),
                                  percentage, s + 1 < ZM_N_STAGES ? "," : ".");
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
