/* test-export.c: the chart and checklist exports, and how they fail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>

#include "zm-chart-data.h"
#include "zm-document.h"
#include "zm-export.h"
#include "zm-test-util.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zm-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static guint
count_files (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir))
    n++;

  return n;
}

static ZmRadarData *
make_chart (void)
{
  static const char *labels[] = {
    "Marketingpraktijk", "Klantfocus en strategie", "Innovatie",
    "Merk en merkpersoonlijkheid", "Metrics en evaluatie", "Cultuur en leiderschap",
  };
  ZmRadarData *data = zm_radar_data_new (6);

  for (guint i = 0; i < 6; i++)
    {
      zm_radar_data_set_label (data, i, labels[i]);
      zm_radar_data_set_value (data, ZM_SERIES_CURRENT, i, 1.5 + 0.4 * i);
      zm_radar_data_set_value (data, ZM_SERIES_TARGET, i, 4);
    }
  zm_radar_data_show_series (data, ZM_SERIES_TARGET, NULL);

  return data;
}

static ZmChecklistData *
make_checklist (void)
{
  ZmChecklistData *data = zm_checklist_data_new (8);

  for (guint i = 0; i < 8; i++)
    zm_checklist_data_set_step (data, i, i + 1, "Develop a vision on marketing",
                                i % 3, "Marieke Jansen", "30 June 2026");

  return data;
}

static gboolean
export_chart (const char            *path,
              const ZmImageOptions  *options,
              GError               **error)
{
  g_autoptr(ZmRadarData) data = make_chart ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ZmImageFormat format;

  if (!zm_image_format_from_path (path, &format, error))
    return FALSE;

  return zm_export_radar_data_to_file (data, file, format, options, NULL, error);
}

/* --- PNG ----------------------------------------------------------------- */

static guint32
png_pixel (cairo_surface_t *surface,
           int              x,
           int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);

  return *(guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);
}

static void
test_png_size_and_background (Fixture       *f,
                              gconstpointer  unused)
{
  g_autofree char *path = path_in (f, "chart.png");
  g_autoptr(GError) error = NULL;
  ZmImageOptions options;
  cairo_surface_t *image;

  zm_image_options_init (&options);
  options.width = 800;
  options.height = 600;
  g_assert_true (export_chart (path, &options, &error));
  g_assert_no_error (error);

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 600);
  g_assert_cmphex (png_pixel (image, 2, 2), ==, 0xffffffff);   /* opaque white */
  cairo_surface_destroy (image);

  /* Transparent: the corner has no colour and no alpha. */
  options.transparent = TRUE;
  g_assert_true (export_chart (path, &options, &error));
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmphex (png_pixel (image, 2, 2), ==, 0);
  cairo_surface_destroy (image);

  /* Defaults when no size is given. */
  zm_image_options_init (&options);
  g_assert_true (export_chart (path, &options, &error));
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1200);
  cairo_surface_destroy (image);
}

/* Scale 2 is the same picture at twice the resolution: each 2×2 block of
 * the sharp image averages to the pixel of the plain one. */
static void
test_png_scale (Fixture       *f,
                gconstpointer  unused)
{
  g_autofree char *one = path_in (f, "one.png");
  g_autofree char *two = path_in (f, "two.png");
  g_autoptr(GError) error = NULL;
  ZmImageOptions options;
  cairo_surface_t *a, *b;
  double difference = 0;
  int width, height;

  zm_image_options_init (&options);
  options.width = 600;
  options.height = 450;
  g_assert_true (export_chart (one, &options, &error));
  options.scale = 2;
  g_assert_true (export_chart (two, &options, &error));
  g_assert_no_error (error);

  a = cairo_image_surface_create_from_png (one);
  b = cairo_image_surface_create_from_png (two);
  width = cairo_image_surface_get_width (a);
  height = cairo_image_surface_get_height (a);
  g_assert_cmpint (cairo_image_surface_get_width (b), ==, 2 * width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, 2 * height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      for (int shift = 0; shift < 24; shift += 8)
        {
          int sum = 0;

          for (int k = 0; k < 4; k++)
            sum += (png_pixel (b, 2 * x + k % 2, 2 * y + k / 2) >> shift) & 0xff;
          difference += fabs (sum / 4.0 - ((png_pixel (a, x, y) >> shift) & 0xff));
        }

  g_assert_cmpfloat (difference / (width * height * 3), <, 3.0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* --- SVG and PDF --------------------------------------------------------- */

static void
test_svg_well_formed (Fixture       *f,
                      gconstpointer  unused)
{
  g_autofree char *chart = path_in (f, "chart.svg");
  g_autofree char *checklist = path_in (f, "checklist.SVG");
  g_autoptr(ZmChecklistData) steps = make_checklist ();
  g_autoptr(GFile) file = g_file_new_for_path (checklist);
  g_autoptr(GError) error = NULL;
  const char *paths[] = { chart, checklist };
  ZmImageOptions options;

  zm_image_options_init (&options);
  g_assert_true (export_chart (chart, &options, &error));
  g_assert_true (zm_export_checklist_data_to_file (steps, file, ZM_IMAGE_FORMAT_SVG, &options,
                                                   NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      xmlDocPtr doc = xmlReadFile (paths[i], NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
      xmlNodePtr root;
      xmlChar *width;

      g_assert_nonnull (doc);
      root = xmlDocGetRootElement (doc);
      g_assert_cmpstr ((const char *) root->name, ==, "svg");
      g_assert_cmpstr ((const char *) root->ns->href, ==, "http://www.w3.org/2000/svg");
      width = xmlGetProp (root, (const xmlChar *) "width");
      g_assert_cmpstr ((const char *) width, ==, i == 0 ? "720pt" : "600pt");
      xmlFree (width);
      xmlFreeDoc (doc);
    }
}

/* The PDF holds binary streams, so no string functions. */
static gboolean
contains (const char *bytes,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (bytes + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

static void
test_pdf_page (Fixture       *f,
               gconstpointer  unused)
{
  g_autofree char *path = path_in (f, "chart.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  ZmImageOptions options;
  gsize length;

  zm_image_options_init (&options);
  options.width = 800;
  options.height = 500;
  options.transparent = TRUE;   /* ignored: a PDF page is white */
  g_assert_true (export_chart (path, &options, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  g_assert_true (contains (bytes, length, "/MediaBox [ 0 0 800 500 ]"));
  g_assert_true (contains (bytes, length, "/Creator (Zorgmarketing Scan"));
}

/* --- errors -------------------------------------------------------------- */

static void
test_unknown_format (Fixture       *f,
                     gconstpointer  unused)
{
  g_autofree char *path = path_in (f, "chart.jpg");
  g_autoptr(GError) error = NULL;
  ZmImageFormat format;
  ZmImageOptions options;

  zm_image_options_init (&options);
  g_assert_false (export_chart (path, &options, &error));
  g_assert_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "chart.jpg"));
  g_assert_cmpuint (count_files (f), ==, 0);

  g_assert_true (zm_image_format_from_path ("Chart.PNG", &format, NULL));
  g_assert_cmpint (format, ==, ZM_IMAGE_FORMAT_PNG);
  g_assert_true (zm_image_format_from_path ("a.b.pdf", &format, NULL));
  g_assert_cmpint (format, ==, ZM_IMAGE_FORMAT_PDF);
  g_assert_false (zm_image_format_from_path ("pdf", &format, NULL));
}

static void
test_invalid_size (Fixture       *f,
                   gconstpointer  unused)
{
  g_autofree char *path = path_in (f, "chart.png");
  ZmImageOptions options;
  struct { int width, height; double scale; } bad[] = {
    { 50, 600, 1 }, { 800, 20000, 1 }, { 800, 600, 0.5 }, { 800, 600, 8 }, { 800, 600, NAN },
    { 5000, 600, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      zm_image_options_init (&options);
      options.width = bad[i].width;
      options.height = bad[i].height;
      options.scale = bad[i].scale;
      g_assert_false (export_chart (path, &options, &error));
      g_assert_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_INVALID_SIZE);
    }
  g_assert_cmpuint (count_files (f), ==, 0);
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "chart.png", NULL);
  g_autoptr(GError) error = NULL;
  ZmImageOptions options;

  zm_image_options_init (&options);
  g_assert_false (export_chart (path, &options, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* A new export replaces the old file whole and leaves no temporary file
 * behind; a failed one leaves the old file as it was. */
static void
test_replaces_atomically (Fixture       *f,
                          gconstpointer  unused)
{
  g_autofree char *path = path_in (f, "chart.png");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  ZmImageOptions options;
  cairo_surface_t *image;

  g_assert_true (g_file_set_contents (path, "old chart", -1, NULL));
  zm_image_options_init (&options);
  options.width = 400;
  options.height = 300;
  g_assert_true (export_chart (path, &options, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 400);
  cairo_surface_destroy (image);
  g_assert_cmpuint (count_files (f), ==, 1);

  g_assert_true (g_file_set_contents (path, "old chart", -1, NULL));
  options.width = 5;
  g_assert_false (export_chart (path, &options, &error));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old chart");
  g_assert_cmpuint (count_files (f), ==, 1);
}

/* What an export killed half way left beside the file (a kill -9 leaves
 * the temporary file; see tests/test-kill.c) is removed by the next export
 * of the same file, and only that. */
static void
test_removes_what_a_killed_export_left (Fixture       *f,
                                        gconstpointer  unused)
{
  g_autofree char *path = path_in (f, "chart.png");
  g_autofree char *left = path_in (f, ".chart.png.Ab12Cd.part");
  g_autofree char *other = path_in (f, ".report.pdf.Ab12Cd.part");
  g_autoptr(GError) error = NULL;
  ZmImageOptions options;

  g_assert_true (g_file_set_contents (left, "", -1, NULL));
  g_assert_true (g_file_set_contents (other, "", -1, NULL));
  zm_image_options_init (&options);
  g_assert_true (export_chart (path, &options, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (left, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  /* The chart and the other file's leftover: no backup, no temporary file. */
  g_assert_cmpuint (count_files (f), ==, 2);
}

static gboolean
cancel_soon (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_cancelled_keeps_old_file (Fixture       *f,
                               gconstpointer  unused)
{
  g_autofree char *path = path_in (f, "chart.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(ZmRadarData) data = make_chart ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  ZmImageOptions options;

  g_assert_true (g_file_set_contents (path, "old chart", -1, NULL));
  cancel_soon (cancellable);
  zm_image_options_init (&options);
  g_assert_false (zm_export_radar_data_to_file (data, file, ZM_IMAGE_FORMAT_PDF, &options,
                                                cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old chart");
  g_assert_cmpuint (count_files (f), ==, 1);
}

/* --- from an assessment -------------------------------------------------- */

static void
test_assessment_exports (Fixture       *f,
                         gconstpointer  unused)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmRadarData) data = NULL;
  g_autoptr(GBytes) png = NULL;
  const char *names[] = { "chart.png", "chart.svg", "chart.pdf" };
  ZmImageOptions options;

  zm_image_options_init (&options);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *chart = path_in (f, names[i]);
      g_autofree char *checklist = g_strconcat (chart, ".checklist", strrchr (names[i], '.'), NULL);

      g_assert_true (zm_export_chart (assessment, assessment, chart, &options, &error));
      g_assert_no_error (error);
      g_assert_true (zm_export_checklist (assessment, checklist, &options, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (chart, G_FILE_TEST_IS_REGULAR));
      g_assert_true (g_file_test (checklist, G_FILE_TEST_IS_REGULAR));
    }

  /* The report is always PDF. */
  {
    g_autofree char *report = path_in (f, "report.png");

    g_assert_false (zm_export_report (assessment, NULL, report, &error));
    g_assert_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_UNKNOWN_FORMAT);
  }

  /* For the clipboard. */
  data = zm_radar_data_new_for_assessment (assessment, NULL);
  options.width = 640;
  options.height = 480;
  png = zm_export_chart_png_bytes (data, &options, NULL);
  g_assert_nonnull (png);
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/zm/export/png/size-and-background", test_png_size_and_background);
  ADD ("/zm/export/png/scale", test_png_scale);
  ADD ("/zm/export/svg/well-formed", test_svg_well_formed);
  ADD ("/zm/export/pdf/page", test_pdf_page);
  ADD ("/zm/export/error/unknown-format", test_unknown_format);
  ADD ("/zm/export/error/invalid-size", test_invalid_size);
  ADD ("/zm/export/error/unwritable", test_unwritable);
  ADD ("/zm/export/atomic/replaces", test_replaces_atomically);
  ADD ("/zm/export/atomic/removes-what-a-killed-export-left", test_removes_what_a_killed_export_left);
  ADD ("/zm/export/atomic/cancelled", test_cancelled_keeps_old_file);
  ADD ("/zm/export/assessment", test_assessment_exports);

  return g_test_run ();
}
