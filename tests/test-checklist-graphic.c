/* test-checklist-graphic.c: the eight-step checklist graphic, from plain data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "zm-checklist-graphic.h"
#include "zm-render-test-util.h"

static const char *titles[] = {
  "Develop a vision on marketing",
  "Put a structured marketing approach in place, with goals and an (annual) plan",
  "Make the role and tasks of marketing clear to the organisation",
  "Give marketing direct representation in the board and management team",
  "Involve marketing proactively in policy, strategy and development",
  "Give more priority to activities around the client and renewal",
  "Set up structural consultation between marketing, communication, sales, service and care",
  "Free up more time, capacity and budget for the marketing organisation and its activities",
};

static const struct {
  int width;
  int height;
} sizes[] = {
  { 300, 300 }, { 300, 600 }, { 600, 300 }, { 400, 400 }, { 800, 1000 }, { 1024, 768 },
  { 1200, 1200 }, { 1920, 1080 }, { 1080, 1920 }, { 3840, 2160 },
};

/* Steps 1–3 done, 4–5 in progress, 6–8 not started; long owners. */
static ZmChecklistData *
make_data (void)
{
  ZmChecklistData *data = zm_checklist_data_new (8);

  for (guint i = 0; i < 8; i++)
    zm_checklist_data_set_step (data, i, i + 1, titles[i],
                                i < 3 ? ZM_STEP_STATUS_DONE :
                                i < 5 ? ZM_STEP_STATUS_IN_PROGRESS : ZM_STEP_STATUS_NOT_STARTED,
                                i % 3 ? "Annemieke van der Velden-Bosch" : NULL,
                                i % 2 ? "30 September 2026" : NULL);

  return data;
}

static ZmChecklistLayout *
layout_for (const ZmChecklistData *data,
            double                 width,
            double                 height)
{
  PangoContext *context = zm_test_measure_context ();
  ZmChecklistLayout *layout = zm_checklist_layout_new (context, data, width, height);

  g_object_unref (context);
  return layout;
}

static void
check_layout (const ZmChecklistLayout *layout)
{
  double w = layout->width, h = layout->height;

  g_assert_cmpfloat (layout->font_size, >=, ZM_RENDER_MIN_FONT_SIZE);
  zm_test_assert_inside (w, h, &layout->heading_rect, "the heading");
  zm_test_assert_inside (w, h, &layout->summary_rect, "the summary");
  zm_test_assert_inside (w, h, &layout->progress_rect, "the progress bar");
  zm_test_assert_apart (w, h, &layout->heading_rect, &layout->summary_rect, "heading and summary");

  for (guint i = 0; i < layout->n_rows; i++)
    {
      const ZmChecklistRow *row = &layout->rows[i];
      ZmRect mark = { row->mark_x - row->mark_radius, row->mark_y - row->mark_radius,
                      2 * row->mark_radius, 2 * row->mark_radius };

      zm_test_assert_inside (w, h, &row->title_rect, "a step title");
      zm_test_assert_inside (w, h, &row->meta_rect, "a step's details");
      zm_test_assert_inside (w, h, &mark, "a status mark");
      zm_test_assert_apart (w, h, &row->title_rect, &row->meta_rect, "title and details");
      zm_test_assert_apart (w, h, &row->title_rect, &mark, "title and mark");
      zm_test_assert_apart (w, h, &row->title_rect, &layout->progress_rect, "a title and the progress bar");
      for (guint j = i + 1; j < layout->n_rows; j++)
        {
          zm_test_assert_apart (w, h, &row->title_rect, &layout->rows[j].title_rect, "two titles");
          zm_test_assert_apart (w, h, &row->meta_rect, &layout->rows[j].title_rect, "details and a title");
          zm_test_assert_apart (w, h, &row->title_rect, &layout->rows[j].meta_rect, "a title and details");
        }
    }
}

static void
test_layout_fits_every_size (void)
{
  g_autoptr(ZmChecklistData) data = make_data ();

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(ZmChecklistLayout) layout = layout_for (data, sizes[k].width, sizes[k].height);

      check_layout (layout);
    }
}

static void
test_layout_columns (void)
{
  g_autoptr(ZmChecklistData) data = make_data ();
  g_autoptr(ZmChecklistLayout) wide = layout_for (data, 1920, 1080);
  g_autoptr(ZmChecklistLayout) tall = layout_for (data, 800, 1000);

  /* A slide gets two columns of four; steps run down the first column. */
  g_assert_cmpuint (wide->columns, ==, 2);
  g_assert_cmpfloat (wide->rows[4].rect.x, >, wide->width / 2 - 1);
  g_assert_cmpfloat (wide->rows[1].rect.y, >, wide->rows[0].rect.y);
  g_assert_cmpuint (tall->columns, ==, 1);
  for (guint i = 0; i + 1 < tall->n_rows; i++)
    g_assert_cmpfloat (tall->rows[i + 1].rect.y, >, tall->rows[i].rect.y);
  /* Readable on a 1080p projector. */
  g_assert_cmpfloat (wide->font_size, >=, 0.02 * 1080);
}

static void
test_text (void)
{
  g_autoptr(ZmChecklistData) data = make_data ();
  g_autofree char *summary = zm_checklist_format_summary (data);
  g_autofree char *description = zm_checklist_describe (data);
  g_autoptr(ZmChecklistLayout) layout = layout_for (data, 800, 1000);

  g_assert_cmpuint (zm_checklist_data_count_done (data), ==, 3);
  g_assert_cmpstr (summary, ==, "3 of 8 steps done");
  g_assert_nonnull (strstr (description, "4. Give marketing direct representation in the board "
                                         "and management team: In progress"));
  g_assert_nonnull (strstr (description, "Owner: Annemieke van der Velden-Bosch"));
  /* The date stays on one line. */
  g_assert_nonnull (strstr (pango_layout_get_text (layout->rows[1].meta), "30\u00a0September\u00a02026"));
}

/* --- drawing ------------------------------------------------------------ */

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
is_colour (cairo_surface_t *surface,
           double           x,
           double           y,
           const ZmColor   *color)
{
  int rgb[3];

  pixel_at (surface, x, y, rgb);
  return ABS (rgb[0] - (int) round (color->red * 255)) <= 12 &&
         ABS (rgb[1] - (int) round (color->green * 255)) <= 12 &&
         ABS (rgb[2] - (int) round (color->blue * 255)) <= 12;
}

static void
test_draw_marks (void)
{
  const ZmRenderStyle *style = zm_render_style_light ();
  const ZmColor *accent = &style->series[ZM_SERIES_CURRENT];
  g_autoptr(ZmChecklistData) data = make_data ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 1000);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = zm_render_context_new (cr);
  g_autoptr(ZmChecklistLayout) layout = zm_checklist_layout_new (context, data, 800, 1000);
  const ZmChecklistRow *done = &layout->rows[0];
  const ZmChecklistRow *busy = &layout->rows[3];
  const ZmChecklistRow *idle = &layout->rows[7];
  ZmRect *bar = &layout->progress_rect;

  zm_checklist_graphic_draw_layout (cr, layout, data, style);
  cairo_surface_flush (surface);

  /* Done: a filled disc (around the check). */
  g_assert_true (is_colour (surface, done->mark_x, done->mark_y - 0.7 * done->mark_radius, accent));
  g_assert_true (is_colour (surface, done->mark_x - 0.5 * done->mark_radius,
                            done->mark_y + 0.5 * done->mark_radius, accent));
  /* ... with the check cut out of it. */
  g_assert_true (is_colour (surface, done->mark_x - 0.12 * done->mark_radius,
                            done->mark_y + 0.36 * done->mark_radius, &style->background));

  /* In progress: the left half filled, the right half empty. */
  g_assert_true (is_colour (surface, busy->mark_x - 0.5 * busy->mark_radius, busy->mark_y, accent));
  g_assert_true (is_colour (surface, busy->mark_x + 0.5 * busy->mark_radius, busy->mark_y,
                            &style->background));

  /* Not started: an empty ring. */
  g_assert_true (is_colour (surface, idle->mark_x, idle->mark_y, &style->background));
  g_assert_false (is_colour (surface, idle->mark_x + idle->mark_radius * 0.92, idle->mark_y,
                             &style->background));

  /* Three of eight done: the bar is filled to 37.5 %. */
  g_assert_true (is_colour (surface, bar->x + bar->width * 0.34, bar->y + bar->height / 2, accent));
  g_assert_false (is_colour (surface, bar->x + bar->width * 0.41, bar->y + bar->height / 2, accent));

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zm/checklist-graphic/layout/fits-every-size", test_layout_fits_every_size);
  g_test_add_func ("/zm/checklist-graphic/layout/columns", test_layout_columns);
  g_test_add_func ("/zm/checklist-graphic/text", test_text);
  g_test_add_func ("/zm/checklist-graphic/draw/marks", test_draw_marks);

  return g_test_run ();
}
