/* zm-render-test-util.c: helpers shared by the render tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-render-test-util.h"

PangoContext *
zm_test_measure_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = zm_render_context_new (cr);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return context;
}

void
zm_test_assert_inside (double        width,
                       double        height,
                       const ZmRect *rect,
                       const char   *what)
{
  ZmRect canvas = { 0, 0, width, height };

  if (!zm_rect_contains_rect (&canvas, rect))
    g_error ("%gx%g: %s (%g,%g %g×%g) leaves the canvas", width, height,
             what, rect->x, rect->y, rect->width, rect->height);
}

void
zm_test_assert_apart (double        width,
                      double        height,
                      const ZmRect *a,
                      const ZmRect *b,
                      const char   *what)
{
  if (zm_rect_intersects (a, b))
    g_error ("%gx%g: %s overlap", width, height, what);
}
