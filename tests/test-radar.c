/* test-radar.c: the radar chart's layout and drawing, from plain data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <math.h>

#include "zm-chart.h"
#include "zm-profile.h"
#include "zm-radar.h"
#include "zm-render-test-util.h"
#include "zm-scoring.h"

static const char *labels_en[] = {
  "Marketing practice", "Client focus and strategy", "Innovation",
  "Brand and brand personality", "Metrics and evaluation", "Culture and leadership",
};
static const char *labels_nl[] = {
  "Marketingpraktijk", "Klantfocus en strategie", "Innovatie",
  "Merk en merkpersoonlijkheid", "Metrics en evaluatie", "Cultuur en leiderschap",
};
static const char *stages_en[] = { "Initiated", "Defined", "Organised", "Optimised" };
static const char *stages_nl[] = { "Geïnitieerd", "Gedefinieerd", "Georganiseerd", "Geoptimaliseerd" };

static const struct {
  int width;
  int height;
} sizes[] = {
  { 300, 300 }, { 300, 400 }, { 400, 300 }, { 360, 360 }, { 360, 270 }, { 360, 640 }, { 300, 600 }, { 600, 300 },
  { 300, 900 }, { 900, 300 }, { 640, 480 }, { 800, 800 }, { 1024, 768 },
  { 1280, 720 }, { 1080, 1920 }, { 1920, 1080 }, { 2560, 1440 },
  { 2160, 3840 }, { 3840, 2160 },
};

/* n_axes pillars with the longest names in English or Dutch; the current
 * scores are 1.0 + 0.5 i, axis 2 not determined when asked; targets one
 * stage up; previous a bit lower. */
static ZmRadarData *
make_data (guint    n_axes,
           gboolean dutch,
           gboolean all_series,
           gboolean with_gap)
{
  ZmRadarData *data = zm_radar_data_new (n_axes);

  for (guint i = 0; i < n_axes; i++)
    {
      double value = 1.0 + 0.5 * (i % 7);

      zm_radar_data_set_label (data, i, dutch ? labels_nl[i % 6] : labels_en[i % 6]);
      zm_radar_data_set_value (data, ZM_SERIES_CURRENT, i,
                               with_gap && i == 2 ? NAN : MIN (value, 4.0));
      zm_radar_data_set_value (data, ZM_SERIES_TARGET, i, MIN (4.0, floor (value) + 1));
      zm_radar_data_set_value (data, ZM_SERIES_PREVIOUS, i, MAX (0.5, value - 0.7));
    }
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    zm_radar_data_set_stage_name (data, s, dutch ? stages_nl[s - 1] : stages_en[s - 1]);
  if (all_series)
    {
      zm_radar_data_show_series (data, ZM_SERIES_TARGET, NULL);
      zm_radar_data_show_series (data, ZM_SERIES_PREVIOUS,
                                 dutch ? "Vorige (12 maart 2025)" : "Previous (12 March 2025)");
    }

  return data;
}

static cairo_t *
image_context (int              width,
               int              height,
               cairo_surface_t **surface_out)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  *surface_out = surface;
  return cr;
}

static ZmRadarLayout *
layout_for (const ZmRadarData *data,
            double             width,
            double             height)
{
  PangoContext *context = zm_test_measure_context ();
  ZmRadarLayout *layout = zm_radar_layout_new (context, data, width, height);

  g_object_unref (context);
  return layout;
}

/* --- geometry helpers ---------------------------------------------------- */

static gboolean
point_in_rect (const ZmRect *r,
               double        x,
               double        y)
{
  return x > r->x && x < r->x + r->width && y > r->y && y < r->y + r->height;
}

static gboolean
point_in_polygon (const double *xs,
                  const double *ys,
                  guint         n,
                  double        x,
                  double        y)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    if ((ys[i] > y) != (ys[j] > y) &&
        x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i])
      inside = !inside;

  return inside;
}

static gboolean
segments_cross (double ax, double ay, double bx, double by,
                double cx, double cy, double dx, double dy)
{
  double d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  double d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  double d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  double d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);

  return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
}

/* Does the rectangle touch the outer ring's polygon (its area or edge)? */
static gboolean
rect_hits_outer_ring (const ZmRadarLayout *layout,
                      const ZmRect        *r)
{
  guint n = layout->n_axes;
  double xs[16], ys[16];
  double rx[4] = { r->x, r->x + r->width, r->x + r->width, r->x };
  double ry[4] = { r->y, r->y, r->y + r->height, r->y + r->height };

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (xs));
  for (guint i = 0; i < n; i++)
    zm_radar_layout_get_point (layout, i, 4.0, &xs[i], &ys[i]);

  for (guint k = 0; k < 4; k++)
    if (point_in_polygon (xs, ys, n, rx[k], ry[k]))
      return TRUE;
  for (guint i = 0; i < n; i++)
    if (point_in_rect (r, xs[i], ys[i]))
      return TRUE;
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < 4; k++)
      if (segments_cross (xs[i], ys[i], xs[(i + 1) % n], ys[(i + 1) % n],
                          rx[k], ry[k], rx[(k + 1) % 4], ry[(k + 1) % 4]))
        return TRUE;

  return FALSE;
}

/* A label wraps between words only: every line after the first starts
 * where Pango allows a line break, never at a break between letters. */
static void
check_label_breaks (const ZmRadarLayout *layout,
                    guint                i)
{
  PangoLayout *label = layout->labels[i].layout;
  const char *text = pango_layout_get_text (label);
  const PangoLogAttr *attrs;
  int n_attrs;

  attrs = pango_layout_get_log_attrs_readonly (label, &n_attrs);
  for (GSList *l = pango_layout_get_lines_readonly (label); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      glong offset = g_utf8_pointer_to_offset (text, text + line->start_index);

      g_assert_cmpint (offset, <, n_attrs);
      if (offset > 0 && !attrs[offset].is_line_break)
        g_error ("%gx%g: label “%s” breaks inside a word", layout->width, layout->height, text);
    }
}

static void
check_pillar_labels (const ZmRadarLayout *layout)
{
  double w = layout->width, h = layout->height;

  for (guint i = 0; i < layout->n_axes; i++)
    {
      const ZmRect *label = &layout->labels[i].rect;

      zm_test_assert_inside (w, h, label, "a pillar label");
      check_label_breaks (layout, i);
      if (rect_hits_outer_ring (layout, label))
        g_error ("%gx%g: label %u touches the rings", w, h, i);
      for (guint j = i + 1; j < layout->n_axes; j++)
        zm_test_assert_apart (w, h, label, &layout->labels[j].rect, "two pillar labels");
      for (guint s = 0; s < ZM_N_STAGES; s++)
        zm_test_assert_apart (w, h, label, &layout->stage_labels[s].rect,
                              "a pillar and a stage label");
      for (guint k = 0; k < layout->n_legend_items; k++)
        zm_test_assert_apart (w, h, label, &layout->legend[k].rect, "a pillar label and the legend");
      g_assert_cmpint (pango_layout_get_line_count (layout->labels[i].layout), <=, 4);
      g_assert_false (pango_layout_is_ellipsized (layout->labels[i].layout));
    }
}

static void
check_stage_labels_and_legend (const ZmRadarLayout *layout)
{
  double w = layout->width, h = layout->height;

  for (guint s = 0; s < ZM_N_STAGES; s++)
    zm_test_assert_inside (w, h, &layout->stage_labels[s].rect, "a stage label");
  for (guint s = 0; s + 1 < ZM_N_STAGES; s++)
    zm_test_assert_apart (w, h, &layout->stage_labels[s].rect, &layout->stage_labels[s + 1].rect,
                          "two stage labels");

  for (guint k = 0; k < layout->n_legend_items; k++)
    {
      zm_test_assert_inside (w, h, &layout->legend[k].rect, "a legend item");
      if (rect_hits_outer_ring (layout, &layout->legend[k].rect))
        g_error ("%gx%g: the legend touches the rings", w, h);
      for (guint j = k + 1; j < layout->n_legend_items; j++)
        zm_test_assert_apart (w, h, &layout->legend[k].rect, &layout->legend[j].rect,
                              "two legend items");
    }
}

/* Readable, and the chart is not squeezed to a dot by its labels. */
static void
check_sizes (const ZmRadarLayout *layout)
{
  g_assert_cmpfloat (layout->font_size, >=, ZM_RENDER_MIN_FONT_SIZE);
  g_assert_cmpfloat (layout->small_font_size, >=, ZM_RENDER_MIN_FONT_SIZE);
  g_assert_cmpfloat (layout->radius, >=, 0.2 * MIN (layout->width, layout->height));
  for (guint i = 0; i < layout->n_axes; i++)
    {
      double x, y;

      zm_radar_layout_get_point (layout, i, 4.0, &x, &y);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (x, <=, layout->width);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (y, <=, layout->height);
    }
}

static void
check_layout (const ZmRadarLayout *layout)
{
  check_pillar_labels (layout);
  check_stage_labels_and_legend (layout);
  check_sizes (layout);
}

/* --- layout tests -------------------------------------------------------- */

static void
test_layout_fits_every_size (void)
{
  for (guint n_axes = 3; n_axes <= 6; n_axes++)
    for (guint lang = 0; lang < 2; lang++)
      for (guint variant = 0; variant < 2; variant++)
        {
          g_autoptr(ZmRadarData) data = make_data (n_axes, lang == 1, variant == 0, variant == 1);

          for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
            {
              g_autoptr(ZmRadarLayout) layout = layout_for (data, sizes[k].width, sizes[k].height);

              check_layout (layout);
            }
        }
}

static void
test_layout_text_scales (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, TRUE, TRUE, FALSE);
  g_autoptr(ZmRadarLayout) small = layout_for (data, 300, 300);
  g_autoptr(ZmRadarLayout) slide = layout_for (data, 1920, 1080);
  g_autoptr(ZmRadarLayout) big = layout_for (data, 3840, 2160);

  /* Never below 7 pt in a thumbnail; readable from the back of a room on
   * a 1080p projector (text at least 2 % of the screen height). */
  g_assert_cmpfloat (small->font_size, >=, 7.0);
  g_assert_cmpfloat (small->font_size, <=, 9.0);
  g_assert_cmpfloat (slide->font_size, >=, 0.02 * 1080);
  g_assert_cmpfloat (big->font_size, >=, 1.9 * slide->font_size);
}

static void
test_layout_long_names_wrap (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, TRUE, FALSE, FALSE);
  g_autoptr(ZmRadarLayout) layout = layout_for (data, 300, 300);
  int lines = pango_layout_get_line_count (layout->labels[3].layout);

  /* "Merk en merkpersoonlijkheid" does not fit one line in a thumbnail. */
  g_assert_cmpint (lines, >=, 2);
  g_assert_cmpint (lines, <=, 3);
  g_assert_cmpfloat (layout->labels[3].rect.width, <, 0.4 * 300);
}

static void
test_layout_vertices (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, FALSE, FALSE, FALSE);
  g_autoptr(ZmRadarLayout) layout = layout_for (data, 800, 600);
  double x, y, r = layout->radius;

  zm_radar_layout_get_point (layout, 0, 2.0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, layout->cx, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, layout->cy - r * 2 / 4, 1e-9);

  /* Clockwise: axis 1 of 6 lies 60° to the right of 12 o'clock. */
  zm_radar_layout_get_point (layout, 1, 4.0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, layout->cx + r * sin (G_PI / 3), 1e-9);
  g_assert_cmpfloat_with_epsilon (y, layout->cy - r * cos (G_PI / 3), 1e-9);

  /* The centre is 0. */
  zm_radar_layout_get_point (layout, 4, 0.0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, layout->cx, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, layout->cy, 1e-9);
}

static void
test_layout_alignment (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, FALSE, TRUE, FALSE);
  g_autoptr(ZmRadarLayout) layout = layout_for (data, 1024, 768);

  /* Top and bottom labels centred on their axis, right ones start right
   * of the chart, left ones end left of it. */
  g_assert_cmpfloat_with_epsilon (layout->labels[0].rect.x + layout->labels[0].rect.width / 2,
                                  layout->cx, 0.5);
  g_assert_cmpfloat (layout->labels[0].rect.y + layout->labels[0].rect.height, <, layout->cy - layout->radius);
  g_assert_cmpfloat_with_epsilon (layout->labels[3].rect.x + layout->labels[3].rect.width / 2,
                                  layout->cx, 0.5);
  g_assert_cmpfloat (layout->labels[3].rect.y, >, layout->cy + layout->radius);
  g_assert_cmpint (pango_layout_get_alignment (layout->labels[1].layout), ==, PANGO_ALIGN_LEFT);
  g_assert_cmpint (pango_layout_get_alignment (layout->labels[5].layout), ==, PANGO_ALIGN_RIGHT);
  g_assert_cmpint (pango_layout_get_alignment (layout->labels[3].layout), ==, PANGO_ALIGN_CENTER);
  g_assert_cmpfloat (layout->labels[1].rect.x, >, layout->cx + layout->radius * 0.8);
  g_assert_cmpfloat (layout->labels[5].rect.x + layout->labels[5].rect.width, <,
                     layout->cx - layout->radius * 0.8);

  /* The stage names follow axis 0 upwards, one per ring. */
  for (guint s = 0; s < ZM_N_STAGES; s++)
    {
      double x, y;

      zm_radar_layout_get_point (layout, 0, s + 1, &x, &y);
      g_assert_cmpfloat (fabs (layout->stage_labels[s].rect.y - y), <, layout->small_font_size);
      g_assert_cmpfloat (layout->stage_labels[s].rect.x, >=, layout->cx);
    }
}

/* Text must be measured alike for an image and a PDF, or a PNG and a PDF
 * export of the same chart would wrap differently. */
static void
test_layout_same_for_png_and_pdf (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, TRUE, TRUE, TRUE);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream (NULL, NULL, 500, 500);
  cairo_t *image_cr = cairo_create (image);
  cairo_t *pdf_cr = cairo_create (pdf);
  PangoContext *image_context = zm_render_context_new (image_cr);
  PangoContext *pdf_context = zm_render_context_new (pdf_cr);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(ZmRadarLayout) a = zm_radar_layout_new (image_context, data, sizes[k].width, sizes[k].height);
      g_autoptr(ZmRadarLayout) b = zm_radar_layout_new (pdf_context, data, sizes[k].width, sizes[k].height);

      g_assert_cmpfloat_with_epsilon (a->radius, b->radius, 1e-6);
      for (guint i = 0; i < a->n_axes; i++)
        {
          g_assert_cmpfloat_with_epsilon (a->labels[i].rect.x, b->labels[i].rect.x, 1e-6);
          g_assert_cmpfloat_with_epsilon (a->labels[i].rect.width, b->labels[i].rect.width, 1e-6);
          g_assert_cmpfloat_with_epsilon (a->labels[i].rect.height, b->labels[i].rect.height, 1e-6);
        }
    }

  g_object_unref (image_context);
  g_object_unref (pdf_context);
  cairo_destroy (image_cr);
  cairo_destroy (pdf_cr);
  cairo_surface_destroy (image);
  cairo_surface_destroy (pdf);
}

/* --- drawing tests ------------------------------------------------------- */

typedef struct {
  cairo_surface_t *surface;
  ZmRadarLayout   *layout;
} Rendered;

static void
rendered_clear (Rendered *r)
{
  g_clear_pointer (&r->surface, cairo_surface_destroy);
  g_clear_pointer (&r->layout, zm_radar_layout_free);
}

static void
render (const ZmRadarData   *data,
        const ZmRenderStyle *style,
        int                  width,
        int                  height,
        Rendered            *out)
{
  cairo_t *cr = image_context (width, height, &out->surface);
  PangoContext *context = zm_render_context_new (cr);

  out->layout = zm_radar_layout_new (context, data, width, height);
  zm_radar_draw_layout (cr, out->layout, data, style);
  cairo_surface_flush (out->surface);
  g_object_unref (context);
  cairo_destroy (cr);

  if (g_getenv ("ZM_TEST_KEEP_IMAGES"))
    {
      g_autofree char *name = g_strdup_printf ("test-radar-%dx%d.png", width, height);

      cairo_surface_write_to_png (out->surface, name);
    }
}

/* The pixel at (x, y) as 0–255 RGB, alpha ignored (the surfaces are
 * opaque). */
static void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          int              rgb[3])
{
  unsigned char *p = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(guint32 *) (p + (int) floor (y) * stride + 4 * (int) floor (x));

  rgb[0] = (pixel >> 16) & 0xff;
  rgb[1] = (pixel >> 8) & 0xff;
  rgb[2] = pixel & 0xff;
}

static gboolean
close_to (const int      rgb[3],
          const ZmColor *color,
          int            tolerance)
{
  return ABS (rgb[0] - (int) round (color->red * 255)) <= tolerance &&
         ABS (rgb[1] - (int) round (color->green * 255)) <= tolerance &&
         ABS (rgb[2] - (int) round (color->blue * 255)) <= tolerance;
}

static void
assert_colour_at (const Rendered *r,
                  double          x,
                  double          y,
                  const ZmColor  *color,
                  const char     *what)
{
  int rgb[3];

  pixel_at (r->surface, x, y, rgb);
  if (!close_to (rgb, color, 12))
    g_error ("%s at %.1f,%.1f is #%02x%02x%02x", what, x, y, rgb[0], rgb[1], rgb[2]);
}

static void
test_draw_series_colours (void)
{
  const ZmRenderStyle *styles[] = { zm_render_style_light (), zm_render_style_dark () };

  for (guint k = 0; k < G_N_ELEMENTS (styles); k++)
    {
      g_autoptr(ZmRadarData) data = make_data (6, FALSE, TRUE, FALSE);
      Rendered r = { 0 };

      render (data, styles[k], 800, 600, &r);
      for (guint i = 0; i < 6; i++)
        {
          const ZmRadarAxis *axis = &data->axes[i];
          double x, y;

          zm_radar_layout_get_point (r.layout, i, axis->values[ZM_SERIES_CURRENT], &x, &y);
          assert_colour_at (&r, x, y, &styles[k]->series[ZM_SERIES_CURRENT], "a current marker");
          zm_radar_layout_get_point (r.layout, i, axis->values[ZM_SERIES_TARGET], &x, &y);
          assert_colour_at (&r, x, y, &styles[k]->series[ZM_SERIES_TARGET], "a target marker");
          zm_radar_layout_get_point (r.layout, i, axis->values[ZM_SERIES_PREVIOUS], &x, &y);
          assert_colour_at (&r, x, y, &styles[k]->series[ZM_SERIES_PREVIOUS], "a previous marker");
        }

      /* Beyond the outer ring, between labels: only the background. */
      assert_colour_at (&r, 1, 1, &styles[k]->background, "the corner");
      rendered_clear (&r);
    }
}

/* Mean colour of the current fill at a point inside the shape, between
 * the spokes and clear of the rings. */
static void
fill_sample (const Rendered *r,
             guint           axis,
             guint           n_axes,
             double          value,
             int             rgb[3])
{
  double angle = 2 * G_PI * (axis + 0.5) / n_axes;
  double distance = r->layout->radius * value / 4;

  pixel_at (r->surface, r->layout->cx + distance * sin (angle),
            r->layout->cy - distance * cos (angle), rgb);
}

/* A team's band: between the lowest and highest respondent score the
 * chart is hatched, outside it not; the legend names the band and, in
 * words, the unclear profile; nothing overlaps at any size. */
static void
test_draw_team_band (void)
{
  const ZmRenderStyle *style = zm_render_style_light ();
  g_autoptr(ZmRadarData) data = make_data (6, FALSE, TRUE, FALSE);
  Rendered r = { 0 };
  guint n_dark_inside = 0, n_dark_outside = 0;
  guint band = 0, note = 0;

  for (guint i = 0; i < 6; i++)
    {
      zm_radar_data_set_value (data, ZM_SERIES_CURRENT, i, 2.0);
      zm_radar_data_set_band (data, i, 1.5, 3.0);
    }
  zm_radar_data_show_band (data, NULL);
  zm_radar_data_set_unclear (data, 4, TRUE);
  render (data, style, 800, 800, &r);

  /* Along the middle between two axes: the hatch darkens pixels from
   * 1.6 to 2.9 and no pixel just outside the band. */
  for (double v = 3.05; v < 3.5; v += 0.02)
    {
      int rgb[3];

      fill_sample (&r, 0, 6, v * cos (G_PI / 6), rgb);
      n_dark_outside += rgb[0] < 200;
    }
  for (double v = 2.1; v < 2.9; v += 0.02)
    {
      int rgb[3];

      fill_sample (&r, 0, 6, v * cos (G_PI / 6), rgb);
      n_dark_inside += rgb[0] < 150;
    }
  g_assert_cmpuint (n_dark_outside, ==, 0);
  g_assert_cmpuint (n_dark_inside, >, 2);

  for (guint k = 0; k < r.layout->n_legend_items; k++)
    {
      const char *text = pango_layout_get_text (r.layout->legend[k].layout);

      band += r.layout->legend[k].kind == ZM_RADAR_LEGEND_BAND;
      if (r.layout->legend[k].kind == ZM_RADAR_LEGEND_NOTE)
        {
          note++;
          g_assert_nonnull (strstr (text, "Unclear profile"));
          g_assert_nonnull (strstr (text, labels_en[4]));
        }
    }
  g_assert_cmpuint (band, ==, 1);
  g_assert_cmpuint (note, ==, 1);
  rendered_clear (&r);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(ZmRadarLayout) layout = layout_for (data, sizes[k].width, sizes[k].height);

      check_layout (layout);
    }
}

static void
test_draw_gap_for_undetermined (void)
{
  const ZmRenderStyle *style = zm_render_style_light ();
  g_autoptr(ZmRadarData) data = make_data (6, FALSE, FALSE, TRUE);
  Rendered r = { 0 };
  int rgb[3];

  for (guint i = 0; i < 6; i++)
    zm_radar_data_set_value (data, ZM_SERIES_CURRENT, i, i == 2 ? NAN : 3.5);
  render (data, style, 600, 600, &r);

  /* Between two determined pillars the shape is filled, tinted blue ... */
  fill_sample (&r, 0, 6, 1.4, rgb);
  g_assert_cmpint (rgb[2] - rgb[0], >, 30);
  g_assert_cmpint (rgb[0], >, 120);

  /* ... but on both sides of the pillar without a stage there is no
   * shape at all, not even a sliver at the centre. */
  fill_sample (&r, 1, 6, 1.4, rgb);
  g_assert_true (close_to (rgb, &style->background, 4));
  fill_sample (&r, 2, 6, 1.4, rgb);
  g_assert_true (close_to (rgb, &style->background, 4));

  /* No marker anywhere on that axis. */
  for (double v = 0.2; v <= 4.0; v += 0.05)
    {
      double x, y;

      zm_radar_layout_get_point (r.layout, 2, v, &x, &y);
      pixel_at (r.surface, x + 1, y, rgb);
      g_assert_false (close_to (rgb, &style->series[ZM_SERIES_CURRENT], 40));
    }

  g_assert_false (r.layout->labels[2].determined);
  g_assert_nonnull (strstr (pango_layout_get_text (r.layout->labels[2].layout), "not determined"));
  rendered_clear (&r);
}

/* The darkest pixel inside a label: the text's colour. */
static int
darkest_in (const Rendered *r,
            const ZmRect   *rect)
{
  int darkest = 255;

  for (double y = rect->y; y < rect->y + rect->height; y++)
    for (double x = rect->x; x < rect->x + rect->width; x++)
      {
        int rgb[3];

        pixel_at (r->surface, x, y, rgb);
        darkest = MIN (darkest, (rgb[0] + rgb[1] + rgb[2]) / 3);
      }

  return darkest;
}

static void
test_draw_undetermined_label_grey (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, TRUE, TRUE, TRUE);
  Rendered r = { 0 };
  int determined, undetermined;

  render (data, zm_render_style_light (), 1200, 900, &r);
  determined = darkest_in (&r, &r.layout->labels[1].rect);
  undetermined = darkest_in (&r, &r.layout->labels[2].rect);

  g_assert_cmpint (determined, <, 60);
  g_assert_cmpint (undetermined, >, 90);
  g_assert_cmpint (undetermined, <, 160);
  rendered_clear (&r);
}

static void
test_draw_transparent (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, FALSE, TRUE, FALSE);
  ZmRenderStyle style = *zm_render_style_light ();
  cairo_surface_t *surface;
  cairo_t *cr;
  unsigned char *p;

  style.paint_background = FALSE;
  cr = image_context (400, 400, &surface);
  zm_radar_draw (cr, data, &style, 400, 400);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  p = cairo_image_surface_get_data (surface);
  g_assert_cmpuint (p[3], ==, 0); /* the corner's alpha */
  cairo_surface_destroy (surface);
}

/* With a background of its own the chart mixes the current shape's tint
 * beforehand (zm-radar.c); it must look the same as the translucent shape
 * drawn over a background painted by someone else, bar rounding and
 * antialiasing where the tint meets the grid. */
static void
test_draw_own_background_same (void)
{
  const ZmRenderStyle *styles[] = { zm_render_style_light (), zm_render_style_dark () };

  for (guint k = 0; k < G_N_ELEMENTS (styles); k++)
    {
      g_autoptr(ZmRadarData) data = make_data (6, FALSE, TRUE, TRUE);
      ZmRenderStyle over = *styles[k];
      Rendered own = { 0 }, painted = { 0 };
      cairo_t *cr = image_context (800, 600, &painted.surface);
      guint n_off = 0;
      int max_off = 0;

      render (data, styles[k], 800, 600, &own);
      over.paint_background = FALSE;
      zm_render_paint_background (cr, styles[k], 800, 600);
      zm_radar_draw (cr, data, &over, 800, 600);
      cairo_destroy (cr);
      cairo_surface_flush (painted.surface);

      for (int y = 0; y < 600; y++)
        for (int x = 0; x < 800; x++)
          {
            int a[3], b[3], off;

            pixel_at (own.surface, x, y, a);
            pixel_at (painted.surface, x, y, b);
            off = MAX (ABS (a[0] - b[0]), MAX (ABS (a[1] - b[1]), ABS (a[2] - b[2])));
            max_off = MAX (max_off, off);
            n_off += off > 6;
          }
      g_assert_cmpint (max_off, <=, 32);
      g_assert_cmpuint (n_off, <, 800 * 600 / 500);
      rendered_clear (&own);
      rendered_clear (&painted);
    }
}

/* --- stage profiles and the choice between them and the radar ------------ */

static void
test_profile_bars (void)
{
  const ZmRenderStyle *style = zm_render_style_light ();
  const ZmColor *accent = &style->series[ZM_SERIES_CURRENT];
  double fit[ZM_N_STAGES] = { 0.25, 1.0, 0.5, NAN };
  Rendered r = { 0 };
  cairo_t *cr = image_context (400, 200, &r.surface);
  PangoContext *context = zm_render_context_new (cr);
  int rgb[3];
  double slot = 400.0 / ZM_N_STAGES;
  /* The bars stand on the row of stage numbers, whose height depends on
   * the font; find the bottom of stage 2's full bar instead of guessing. */
  double bottom = 0, top = 200;

  zm_render_paint_background (cr, style, 400, 200);
  zm_profile_draw_bars (cr, context, fit, 2, style, 0, 0, 400, 200, FALSE);
  cairo_surface_flush (r.surface);
  for (double y = 0; y < 200; y++)
    {
      pixel_at (r.surface, slot * 1.5, y, rgb);
      if (close_to (rgb, accent, 8))
        {
          top = MIN (top, y);
          bottom = MAX (bottom, y);
        }
    }
  g_assert_cmpfloat (bottom - top, >, 100);

  /* Stage 2 fits fully and is the pillar's stage: full colour to the top. */
  pixel_at (r.surface, slot * 1.5, top + 2, rgb);
  g_assert_true (close_to (rgb, accent, 8));
  /* Stage 3 half: coloured (lighter) below the middle, track above it. */
  pixel_at (r.surface, slot * 2.5, bottom - (bottom - top) * 0.3, rgb);
  g_assert_false (close_to (rgb, &style->background, 8));
  g_assert_false (close_to (rgb, accent, 8));
  pixel_at (r.surface, slot * 2.5, bottom - (bottom - top) * 0.7, rgb);
  g_assert_true (ABS (rgb[0] - rgb[2]) < 8); /* grey track, no blue */
  /* Stage 4 unanswered: only the grey track. */
  pixel_at (r.surface, slot * 3.5, bottom - 3, rgb);
  g_assert_true (ABS (rgb[0] - rgb[2]) < 8);

  g_object_unref (context);
  cairo_destroy (cr);
  rendered_clear (&r);
}

static void
test_chart_picks_profiles (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, FALSE, TRUE, FALSE);
  g_autofree char *radar_text = NULL;
  g_autofree char *profile_text = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_assert_true (zm_chart_shows_radar (data));
  radar_text = zm_chart_describe (data);
  g_assert_true (g_str_has_prefix (radar_text, "Radar chart of 6 pillars"));

  /* Two determined pillars: a radar would be a line; show the profiles. */
  for (guint i = 2; i < 6; i++)
    zm_radar_data_set_value (data, ZM_SERIES_CURRENT, i, NAN);
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    zm_radar_data_set_fit (data, 0, s, s / 4.0);
  g_assert_false (zm_chart_shows_radar (data));
  profile_text = zm_chart_describe (data);
  g_assert_true (g_str_has_prefix (profile_text, "How well each stage fits, for 6 pillars."));
  g_assert_nonnull (strstr (profile_text, "Marketing practice Initiated · 1.00. Initiated: 25 %, "
                                          "Defined: 50 %, Organised: 75 %, Optimised: 100 %."));
  g_assert_nonnull (strstr (profile_text, "Innovation not determined."));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 300);
  cr = cairo_create (surface);
  zm_chart_draw (cr, data, zm_render_style_dark (), 300, 300);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_describe (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, FALSE, TRUE, TRUE);
  g_autofree char *text = zm_radar_describe (data);

  for (guint i = 0; i < 6; i++)
    g_assert_nonnull (strstr (text, labels_en[i]));
  g_assert_nonnull (strstr (text, "Innovation: not determined"));
  g_assert_nonnull (strstr (text, "score 1.50, stage Defined"));
  g_assert_nonnull (strstr (text, "score 2.50, stage Organised"));
  g_assert_nonnull (strstr (text, "Target: stage 4, Optimised"));
  g_assert_nonnull (strstr (text, "Previous score"));
}

/* 1.4516 is stage 1: one decimal printed it as 1.5, the next stage. */
static void
test_describe_score_below_half (void)
{
  g_autoptr(ZmRadarData) data = make_data (6, FALSE, FALSE, FALSE);
  g_autofree char *radar_text = NULL;
  g_autofree char *profile_text = NULL;

  zm_radar_data_set_value (data, ZM_SERIES_CURRENT, 0, 1.4516);
  zm_radar_data_set_value (data, ZM_SERIES_CURRENT, 1, 1.4999999);
  radar_text = zm_radar_describe (data);
  g_assert_nonnull (strstr (radar_text, "score 1.45, stage Initiated"));
  g_assert_nonnull (strstr (radar_text, "score 1.49, stage Initiated"));

  for (guint i = 2; i < 6; i++)
    zm_radar_data_set_value (data, ZM_SERIES_CURRENT, i, NAN);
  profile_text = zm_chart_describe (data);
  g_assert_nonnull (strstr (profile_text, "Initiated · 1.45."));
  g_assert_nonnull (strstr (profile_text, "Initiated · 1.49."));
}

static void
test_data (void)
{
  g_autoptr(ZmRadarData) data = zm_radar_data_new (4);
  g_autoptr(ZmRadarData) copy = NULL;

  g_assert_true (zm_radar_data_has_series (data, ZM_SERIES_CURRENT));
  g_assert_false (zm_radar_data_has_series (data, ZM_SERIES_TARGET));
  g_assert_cmpuint (zm_radar_data_count_determined (data), ==, 0);
  g_assert_cmpstr (zm_radar_data_get_stage_name (data, 3), ==, "3");

  zm_radar_data_set_value (data, ZM_SERIES_CURRENT, 1, 7.0);
  zm_radar_data_set_label (data, 1, "Innovation");
  g_assert_cmpfloat (data->axes[1].values[ZM_SERIES_CURRENT], ==, 4.0);
  g_assert_cmpuint (zm_radar_data_count_determined (data), ==, 1);

  copy = zm_radar_data_copy (data);
  zm_radar_data_set_label (data, 1, "Changed");
  g_assert_cmpstr (copy->axes[1].label, ==, "Innovation");
  g_assert_cmpuint (zm_radar_value_to_stage (2.5), ==, 3);
  g_assert_cmpuint (zm_radar_value_to_stage (2.49), ==, 2);
  g_assert_cmpuint (zm_radar_value_to_stage (NAN), ==, 0);
  /* A sum of quarters that should be 2.5: the chart rounds it as the
   * scoring does, so it names the stage the report names. */
  g_assert_cmpuint (zm_radar_value_to_stage (2.4999999999), ==, zm_score_round_stage (2.4999999999));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zm/radar/data", test_data);
  g_test_add_func ("/zm/radar/draw/team-band", test_draw_team_band);
  g_test_add_func ("/zm/radar/layout/fits-every-size", test_layout_fits_every_size);
  g_test_add_func ("/zm/radar/layout/text-scales", test_layout_text_scales);
  g_test_add_func ("/zm/radar/layout/long-names-wrap", test_layout_long_names_wrap);
  g_test_add_func ("/zm/radar/layout/vertices", test_layout_vertices);
  g_test_add_func ("/zm/radar/layout/alignment", test_layout_alignment);
  g_test_add_func ("/zm/radar/layout/same-for-png-and-pdf", test_layout_same_for_png_and_pdf);
  g_test_add_func ("/zm/radar/draw/series-colours", test_draw_series_colours);
  g_test_add_func ("/zm/radar/draw/gap-for-undetermined", test_draw_gap_for_undetermined);
  g_test_add_func ("/zm/radar/draw/undetermined-label-grey", test_draw_undetermined_label_grey);
  g_test_add_func ("/zm/radar/draw/transparent", test_draw_transparent);
  g_test_add_func ("/zm/radar/draw/own-background-same", test_draw_own_background_same);
  g_test_add_func ("/zm/radar/describe", test_describe);
  g_test_add_func ("/zm/radar/describe/score-below-half", test_describe_score_below_half);
  g_test_add_func ("/zm/profile/bars", test_profile_bars);
  g_test_add_func ("/zm/chart/picks-profiles", test_chart_picks_profiles);

  return g_test_run ();
}
