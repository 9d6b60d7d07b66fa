/* zm-render-text.c: Pango helpers shared by the drawings of the render layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "zm-render-text.h"
#include "zm-model.h"
#include "zm-scoring.h"

gboolean
zm_rect_intersects (const ZmRect *a,
                    const ZmRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
zm_rect_contains_rect (const ZmRect *outer,
                       const ZmRect *inner)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

/* Text is measured with unhinted metrics and unrounded glyph positions, so
 * that the same drawing gives the same line breaks on an image surface, in
 * a PDF and on screen. */
static void
setup_context (PangoContext               *context,
               const cairo_font_options_t *base)
{
  cairo_font_options_t *options;

  options = base ? cairo_font_options_copy (base) : cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
}

/**
 * zm_render_context_new:
 * @cr: the context to draw on
 *
 * Returns: (transfer full): a Pango context for @cr in which one font point
 *   is one user unit
 */
PangoContext *
zm_render_context_new (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  setup_context (context, options);
  cairo_font_options_destroy (options);

  return context;
}

/**
 * zm_render_context_new_unbound:
 *
 * Returns: (transfer full): a Pango context for measuring text before there
 *   is a surface, with the same metrics as zm_render_context_new()
 */
PangoContext *
zm_render_context_new_unbound (void)
{
  PangoContext *context;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  setup_context (context, NULL);

  return context;
}

/**
 * zm_render_context_new_private:
 *
 * Returns: (transfer full): a context as zm_render_context_new_unbound()
 *   gives, with a font map of its own: text laid out with it on one
 *   thread may be drawn on another, as the default font map is each
 *   thread's own
 */
PangoContext *
zm_render_context_new_private (void)
{
  g_autoptr(PangoFontMap) map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (map);

  setup_context (context, NULL);

  return context;
}

static PangoLayout *
layout_new (PangoContext *context,
            double        size,
            PangoWeight   weight,
            double        wrap_width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font;

  font = pango_font_description_from_string (ZM_RENDER_FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, (int) floor (wrap_width * PANGO_SCALE));
      /* Words break between letters only when one is wider than a line. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }

  return layout;
}

/* A word broken between letters gets no hyphen. Pango 1.50 otherwise
 * weighs a hyphen at every place a line could break, which makes laying
 * out wrapped text take about 1.7 times as long; and a word is broken
 * between letters only when it is wider than a whole line. */
static void
set_no_hyphens (PangoLayout *layout)
{
  PangoAttrList *given = pango_layout_get_attributes (layout);
  PangoAttrList *attrs = given != NULL ? pango_attr_list_copy (given) : pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

/**
 * zm_render_layout_new:
 * @context: from zm_render_context_new()
 * @text: plain text
 * @size: font size in points (user units)
 * @weight: font weight
 * @wrap_width: wrap at this width, or 0 for no wrapping
 *
 * Returns: (transfer full): a layout in the render layer's font
 */
PangoLayout *
zm_render_layout_new (PangoContext *context,
                      const char   *text,
                      double        size,
                      PangoWeight   weight,
                      double        wrap_width)
{
  PangoLayout *layout = layout_new (context, size, weight, wrap_width);

  pango_layout_set_text (layout, text ? text : "", -1);
  if (wrap_width > 0)
    set_no_hyphens (layout);

  return layout;
}

PangoLayout *
zm_render_layout_new_markup (PangoContext *context,
                             const char   *markup,
                             double        size,
                             PangoWeight   weight,
                             double        wrap_width)
{
  PangoLayout *layout = layout_new (context, size, weight, wrap_width);

  pango_layout_set_markup (layout, markup, -1);
  if (wrap_width > 0)
    set_no_hyphens (layout);

  return layout;
}

/* Narrows a wrapped layout to its widest line, so that its alignment acts
 * inside the box the text really takes, and returns that box's size. Line
 * breaks stay the same: every line already fits the new width, and no word
 * that did not fit the wider width fits the narrower one. A single line
 * needs no narrowing, since zm_render_show_layout() places the text by its
 * extents; leaving it spares Pango laying it out a second time. */
void
zm_render_layout_fit_width (PangoLayout *layout,
                            double      *width,
                            double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (pango_layout_get_line_count (layout) > 1)
    pango_layout_set_width (layout, logical.width + 1);

  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

void
zm_render_layout_get_size (PangoLayout *layout,
                           double      *width,
                           double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

/* Draws @layout with the top left corner of its logical extents at x, y. */
void
zm_render_show_layout (cairo_t     *cr,
                       PangoLayout *layout,
                       double       x,
                       double       y)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr,
                 x - (double) logical.x / PANGO_SCALE,
                 y - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

void
zm_render_set_color (cairo_t       *cr,
                     const ZmColor *color,
                     double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Fills (0, 0, @width, @height) with the style's background. A clipped
 * paint: cairo fills a whole 4K image that way in a fraction of the time a
 * rectangle path takes. */
void
zm_render_paint_background (cairo_t             *cr,
                            const ZmRenderStyle *style,
                            double               width,
                            double               height)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  zm_render_set_color (cr, &style->background, 1.0);
  cairo_paint (cr);
  cairo_restore (cr);
}

void
zm_render_rounded_rect (cairo_t      *cr,
                        const ZmRect *rect,
                        double        radius)
{
  double r = MIN (radius, MIN (rect->width, rect->height) / 2);
  double x0 = rect->x, y0 = rect->y;
  double x1 = rect->x + rect->width, y1 = rect->y + rect->height;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x1 - r, y0 + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x1 - r, y1 - r, r, 0, G_PI / 2);
  cairo_arc (cr, x0 + r, y1 - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x0 + r, y0 + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The triangle, clockwise from its top corner; with @outset > 0 each
 * corner is rounded with that radius around the corner itself, which is
 * the outline of the triangle grown by @outset. */
static void
triangle_path (cairo_t *cr,
               double   x,
               double   y,
               double   h,
               double   outset)
{
  const double corners[3][2] = { { 0, -h }, { h * 0.866, h * 0.5 }, { -h * 0.866, h * 0.5 } };
  /* The outward normal of the side that ends at corner i. */
  const double normals[3] = { -G_PI * 5 / 6, -G_PI / 6, G_PI / 2 };

  for (guint i = 0; i < 3; i++)
    cairo_arc (cr, x + corners[i][0], y + corners[i][1], outset,
               normals[i], normals[(i + 1) % 3]);
  cairo_close_path (cr);
}

/* Circle, square, triangle: @size is the marker's width. The square and the
 * triangle are drawn a little larger so that all three look equally big.
 * @outset grows the shape on every side, with rounded corners: a stroke
 * of twice that width around the marker, as a single outline. */
void
zm_render_marker_path (cairo_t  *cr,
                       ZmSeries  series,
                       double    x,
                       double    y,
                       double    size,
                       double    outset)
{
  double h;

  cairo_new_sub_path (cr);
  switch (series)
    {
    case ZM_SERIES_TARGET:
      h = size * 0.45;
      zm_render_rounded_rect (cr, &(ZmRect) { x - h - outset, y - h - outset,
                                              2 * (h + outset), 2 * (h + outset) },
                              outset);
      break;

    case ZM_SERIES_PREVIOUS:
      triangle_path (cr, x, y, size * 0.62, outset);
      break;

    case ZM_SERIES_CURRENT:
    case ZM_N_SERIES:
    default:
      cairo_arc (cr, x, y, size * 0.5 + outset, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

/* A filled marker on a thin ring in the background colour, so that
 * markers on top of each other and on top of lines stay apart. The ring
 * is a fill of the grown shape rather than a stroke: one outline instead
 * of two for cairo to rasterise. */
void
zm_render_draw_marker (cairo_t             *cr,
                       ZmSeries             series,
                       const ZmRenderStyle *style,
                       double               x,
                       double               y,
                       double               size,
                       double               line_width)
{
  zm_render_marker_path (cr, series, x, y, size, line_width / 2);
  zm_render_set_color (cr, &style->background, 1.0);
  cairo_fill (cr);
  zm_render_marker_path (cr, series, x, y, size, 0);
  zm_render_set_color (cr, &style->series[series], 1.0);
  cairo_fill (cr);
}

/* Current: solid; target: dashed; previous: dotted. */
void
zm_render_set_series_dash (cairo_t  *cr,
                           ZmSeries  series,
                           double    line_width)
{
  double dashes[2];

  switch (series)
    {
    case ZM_SERIES_TARGET:
      dashes[0] = 3.5 * line_width;
      dashes[1] = 2.0 * line_width;
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, 2, 0);
      break;

    case ZM_SERIES_PREVIOUS:
      /* Square dots: round ones cost a polygon each, which makes a 4K
       * frame several times slower. */
      dashes[0] = line_width;
      dashes[1] = 1.6 * line_width;
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, 2, 0);
      break;

    case ZM_SERIES_CURRENT:
    case ZM_N_SERIES:
    default:
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

/**
 * zm_render_format_date:
 * @iso_date: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the date in the UI language, or
 *   %NULL when @iso_date is not a date
 */
char *
zm_render_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;
  char tail;

  if (iso_date == NULL ||
      sscanf (iso_date, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
    return NULL;

  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date == NULL)
    return NULL;

  return zm_render_format_day (date);
}

/**
 * zm_render_format_day:
 * @date: a day
 *
 * Returns: (transfer full): @date's day in the UI language, as in a
 *   sentence ("9 March 2026")
 */
/* The month in the UI language: the C library's %B follows LC_TIME,
 * which may be C while the interface is Dutch. */
static const char *
month_name (int month)
{
  static const char * const names[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", names[month - 1]);
}

static const char *
month_abbreviation (int month)
{
  static const char * const names[] = {
    NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"), NC_("month abbreviation", "Mar"),
    NC_("month abbreviation", "Apr"), NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
    NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"), NC_("month abbreviation", "Sep"),
    NC_("month abbreviation", "Oct"), NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation", names[month - 1]);
}

/* @format with every @directive replaced by @text, a literal for
 * g_date_time_format(). */
static char *
replace_directive (const char *format,
                   const char *directive,
                   const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "%", -1);
  g_autofree char *literal = g_strjoinv ("%%", parts);
  g_auto(GStrv) pieces = g_strsplit (format, directive, -1);

  return g_strjoinv (literal, pieces);
}

/**
 * zm_render_format_date_time:
 * @date: a day
 * @format: as for g_date_time_format()
 *
 * Returns: (transfer full): @date in @format, with the month's name (%B)
 *   and its abbreviation (%b) in the UI language rather than LC_TIME's
 */
char *
zm_render_format_date_time (GDateTime  *date,
                            const char *format)
{
  g_autofree char *full = NULL;
  g_autofree char *both = NULL;

  g_return_val_if_fail (date != NULL && format != NULL, NULL);

  full = replace_directive (format, "%B", month_name (g_date_time_get_month (date)));
  both = replace_directive (full, "%b", month_abbreviation (g_date_time_get_month (date)));
  return g_date_time_format (date, both);
}

char *
zm_render_format_day (GDateTime *date)
{
  /* Translators: a date in a report or on the checklist, see the
   * g_date_time_format() documentation; "%-d %B %Y" is "9 March 2026".
   * %B is the month's name as translated with the context "month". */
  const char *format = C_("date", "%-d %B %Y");
  g_auto(GStrv) parts = NULL;
  g_autofree char *month = NULL;
  g_autofree char *own_format = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  month = g_strjoinv ("%%", (parts = g_strsplit (month_name (g_date_time_get_month (date)), "%", -1)));
  g_clear_pointer (&parts, g_strfreev);
  parts = g_strsplit (format, "%B", -1);
  own_format = g_strjoinv (month, parts);
  return g_date_time_format (date, own_format);
}

/**
 * zm_render_format_score:
 * @score: 1.0–4.0
 *
 * Returns: (transfer full): the score as zm_score_for_display() gives it,
 *   two decimals in the locale's notation; "–" for NAN
 */
char *
zm_render_format_score (double score)
{
  if (isnan (score))
    return g_strdup ("–");

  return g_strdup_printf ("%.2f", zm_score_for_display (score));
}

/**
 * zm_render_format_change:
 * @change: a difference between two scores
 *
 * Returns: (transfer full): the change as people read it, from the two
 *   scores as shown: "+0.31", "−0.12" (with a real minus sign) or "±0.00"
 */
char *
zm_render_format_change (double change)
{
  double shown = round (change * 100) / 100;

  if (shown == 0)
    return g_strdup ("±0.00");
  return g_strdup_printf ("%s%.2f", shown > 0 ? "+" : "−", fabs (shown));
}

/**
 * zm_render_format_deviation:
 * @deviation: a standard deviation of scores, or NAN
 *
 * Returns: (transfer full): two decimals; "–" for NAN (fewer than two
 *   respondents with a score)
 */
char *
zm_render_format_deviation (double deviation)
{
  return isnan (deviation) ? g_strdup ("–") : g_strdup_printf ("%.2f", deviation);
}

/**
 * zm_render_format_rating:
 * @model: gives the rating's label
 * @rating: one person's rating of a statement
 *
 * Returns: (transfer full): the rating as a person reads it: "3, Largely",
 *   the label alone for don't know, or "not answered"
 */
char *
zm_render_format_rating (ZmModel  *model,
                         ZmRating  rating)
{
  if (rating == ZM_RATING_UNANSWERED)
    return g_strdup (_("not answered"));
  if (rating == ZM_RATING_DONT_KNOW)
    return g_strdup (zm_model_get_rating_label (model, rating));
  return g_strdup_printf ("%d, %s", (int) rating, zm_model_get_rating_label (model, rating));
}

void
zm_text_box_set (ZmTextBox   *box,
                 PangoLayout *layout,
                 double       x,
                 double       y)
{
  g_clear_object (&box->layout);
  box->layout = layout;
  zm_render_layout_fit_width (layout, &box->rect.width, &box->rect.height);
  box->rect.x = x;
  box->rect.y = y;
}

void
zm_text_box_draw (cairo_t         *cr,
                  const ZmTextBox *box,
                  const ZmColor   *color)
{
  zm_render_set_color (cr, color, 1.0);
  zm_render_show_layout (cr, box->layout, box->rect.x, box->rect.y);
}
