/* render-samples.c: draws the example assessment's chart, checklist and
 * report into a folder, to look at them and for data/screenshots/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * render-samples [--dutch] [--dark] [--width=PT --height=PT --scale=N] OUTDIR
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "zm-document.h"
#include "zm-export.h"
#include "zm-report.h"
#include "zm-test-util.h"

/* The report's pages as PNG images at @scale pixels per point. */
static gboolean
write_report_pages (ZmReport    *report,
                    const char  *outdir,
                    double       scale,
                    GError     **error)
{
  double width = ZM_REPORT_A4_WIDTH, height = ZM_REPORT_A4_HEIGHT;
  guint n_pages = zm_report_get_n_pages (report, width, height);

  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *name = g_strdup_printf ("%s/report-%u.png", outdir, page + 1);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                             (int) (width * scale),
                                                             (int) (height * scale));
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      zm_report_draw_page (report, cr, page, width, height);
      cairo_destroy (cr);
      if (cairo_surface_write_to_png (surface, name) != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write %s", name);
          cairo_surface_destroy (surface);
          return FALSE;
        }
      cairo_surface_destroy (surface);
    }

  return TRUE;
}

/* Follows the locale like the application; --dutch picks Dutch whatever
 * the locale says. */
static void
set_up_language (gboolean dutch)
{
  const char *localedir = g_getenv ("ZM_TEST_LOCALEDIR");

  if (dutch)
    g_setenv ("LANGUAGE", "nl", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static gboolean
write_samples (const char            *outdir,
               const ZmImageOptions  *options,
               GError               **error)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmReport) report = zm_report_new (assessment, NULL);
  g_autofree char *chart = g_build_filename (outdir, "chart.png", NULL);
  g_autofree char *checklist = g_build_filename (outdir, "checklist.png", NULL);
  g_autofree char *pdf = g_build_filename (outdir, "report.pdf", NULL);

  return zm_export_chart (assessment, NULL, chart, options, error) &&
         zm_export_checklist (assessment, checklist, options, error) &&
         zm_export_report (assessment, NULL, pdf, error) &&
         write_report_pages (report, outdir, 2.0, error);
}

int
main (int   argc,
      char *argv[])
{
  gboolean dutch = FALSE, dark = FALSE;
  int width = 1280, height = 960;
  double scale = 1.0;
  g_autoptr(GOptionContext) context = g_option_context_new ("OUTDIR");
  GOptionEntry entries[] = {
    { "dutch", 0, 0, G_OPTION_ARG_NONE, &dutch, "Draw in Dutch", NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Draw the chart in the dark style", NULL },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Width of the chart and checklist", "PT" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Height of the chart and checklist", "PT" },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, "Pixels per point", "N" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  ZmImageOptions options;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: render-samples [--dutch] [--dark] [--width=PT --height=PT --scale=N] OUTDIR\n");
      return 2;
    }

  set_up_language (dutch);
  zm_image_options_init (&options);
  options.dark = dark;
  options.width = width;
  options.height = height;
  options.scale = scale;
  if (!write_samples (argv[1], &options, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
