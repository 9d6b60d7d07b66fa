/* zm-render-test-util.c: helpers shared by the render tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

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

/* Output of a poppler tool, or NULL (and the test skipped) without it. */
char *
zm_test_run_poppler (const char *tool,
                     const char *path)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    {
      g_test_skip ("poppler-utils are not installed");
      return NULL;
    }
  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* The value of a "Name:   value" line of pdfinfo's output, or "". */
char *
zm_test_info_field (const char *info,
                    const char *name)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (name, ":", NULL);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));

  return g_strdup ("");
}

/* In a test subprocess: the UI language and number format become Dutch,
 * with the catalogue from this build. */
void
zm_test_use_dutch (void)
{
  g_setenv ("LANGUAGE", "nl", TRUE);
  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

/* TRUE when this build has the Dutch catalogue; else the test is skipped. */
gboolean
zm_test_have_dutch (void)
{
  g_autofree char *catalogue = g_build_filename (TEST_LOCALEDIR, "nl", "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);

  if (g_file_test (catalogue, G_FILE_TEST_EXISTS))
    return TRUE;
  g_test_skip ("the Dutch catalogue is not built");
  return FALSE;
}
