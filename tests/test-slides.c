/* test-slides.c: the slide deck, as PDF and as PowerPoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <locale.h>
#include <math.h>

#include "zm-document.h"
#include "zm-export.h"
#include "zm-render-test-util.h"
#include "zm-slides.h"
#include "zm-test-util.h"

#define LONG_NAME "Stichting Regionale Samenwerkende Zorgorganisaties voor Ouderenzorg, " \
                  "Wijkverpleging en Revalidatie Midden- en Zuidoost-Brabant"

/* --- helpers -------------------------------------------------------------- */

static char *
export_deck (ZmAssessment *assessment,
             ZmAssessment *previous,
             const char   *dir,
             const char   *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (zm_export_slides (assessment, previous, path, &error));
  g_assert_no_error (error);
  return path;
}

static guint
pdf_pages (const char *path,
           double     *width,
           double     *height)
{
  g_autofree char *info = zm_test_run_poppler ("pdfinfo", path);
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;

  if (info == NULL)
    return 0;
  pages = zm_test_info_field (info, "Pages");
  size = zm_test_info_field (info, "Page size");
  g_assert_cmpint (sscanf (size, "%lf x %lf", width, height), ==, 2);
  return (guint) atoi (pages);
}

/* Every part of a .pptx by name. */
static GHashTable *
read_package (const char *path)
{
  GHashTable *parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_filename (archive, path, 16384), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      gsize size = archive_entry_size (entry);
      guchar *data = g_malloc (size + 1);

      g_assert_cmpint (archive_read_data (archive, data, size), ==, (la_ssize_t) size);
      g_hash_table_insert (parts, g_strdup (archive_entry_pathname (entry)),
                           g_bytes_new_take (data, size));
    }
  archive_read_free (archive);
  return parts;
}

static xmlDoc *
parse_part (GHashTable *parts,
            const char *name)
{
  GBytes *bytes = g_hash_table_lookup (parts, name);
  xmlDoc *doc;
  gsize size;
  const char *data;

  if (bytes == NULL)
    g_error ("the package has no part %s", name);
  data = g_bytes_get_data (bytes, &size);
  doc = xmlReadMemory (data, (int) size, name, NULL, XML_PARSE_NONET);
  if (doc == NULL)
    g_error ("%s is not well-formed XML", name);
  return doc;
}

/* The text of every node @xpath finds in part @name, joined. */
static char *
part_text (GHashTable *parts,
           const char *name,
           const char *xpath)
{
  xmlDoc *doc = parse_part (parts, name);
  xmlXPathContext *context = xmlXPathNewContext (doc);
  g_autoptr(GString) text = g_string_new (NULL);
  xmlXPathObject *result;

  xmlXPathRegisterNs (context, BAD_CAST "a", BAD_CAST "http://schemas.openxmlformats.org/drawingml/2006/main");
  xmlXPathRegisterNs (context, BAD_CAST "p", BAD_CAST "http://schemas.openxmlformats.org/presentationml/2006/main");
  result = xmlXPathEvalExpression (BAD_CAST xpath, context);
  g_assert_nonnull (result);
  if (result->type == XPATH_STRING)
    g_string_append (text, (const char *) result->stringval);
  for (int i = 0; result->nodesetval != NULL && i < result->nodesetval->nodeNr; i++)
    {
      xmlChar *content = xmlNodeGetContent (result->nodesetval->nodeTab[i]);

      g_string_append (text, (const char *) content);
      xmlFree (content);
    }
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
count_parts (GHashTable *parts,
             const char *prefix)
{
  GHashTableIter iter;
  gpointer key;
  guint n = 0;

  g_hash_table_iter_init (&iter, parts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, prefix) && g_str_has_suffix (key, ".xml") && !strstr (key, "_rels"))
      n++;
  return n;
}

/* --- the layout ----------------------------------------------------------- */

static gboolean
rect_is_empty (const ZmRect *rect)
{
  return rect->width <= 0 || rect->height <= 0;
}

/* Projector sizes, every box on the slide and apart from the others. */
static void
assert_layout (ZmSlides *slides)
{
  for (guint i = 0; i < zm_slides_get_n_slides (slides); i++)
    {
      const ZmSlide *slide = zm_slides_get_slide (slides, i);
      const ZmRect *boxes[] = { &slide->title_rect, &slide->body_rect, &slide->graphic_rect };

      g_assert_cmpfloat (slide->title_size, >=, ZM_SLIDE_MIN_TITLE_SIZE);
      if (slide->paragraphs->len > 0)
        g_assert_cmpfloat (slide->body_size, >=, ZM_SLIDE_MIN_BODY_SIZE);
      g_assert_nonnull (slide->notes);
      g_assert_cmpuint (strlen (slide->notes), >, 20);

      for (guint b = 0; b < G_N_ELEMENTS (boxes); b++)
        {
          if (rect_is_empty (boxes[b]))
            continue;
          zm_test_assert_inside (ZM_SLIDE_WIDTH, ZM_SLIDE_HEIGHT, boxes[b], slide->title);
          for (guint c = b + 1; c < G_N_ELEMENTS (boxes); c++)
            if (!rect_is_empty (boxes[c]))
              zm_test_assert_apart (ZM_SLIDE_WIDTH, ZM_SLIDE_HEIGHT, boxes[b], boxes[c], slide->title);
        }
    }
}

/* Draws every slide at 1920 × 1080 and checks that nothing is drawn in
 * the margins, so no text runs off a slide. */
static void
assert_inside_margins (ZmSlides *slides)
{
  for (guint i = 0; i < zm_slides_get_n_slides (slides); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
      cairo_t *cr = cairo_create (surface);
      unsigned char *data;
      int stride;

      cairo_scale (cr, 2, 2);
      zm_slides_draw_slide (slides, cr, i);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < 1080; y++)
        for (int x = 0; x < 1920; x++)
          {
            guint32 pixel = *(guint32 *) (data + y * stride + 4 * x) & 0xffffff;

            if (pixel != 0xffffff && (x < 100 || x > 1820 || y < 50 || y > 1010))
              g_error ("slide %u draws at %d,%d, in the margin", i + 1, x, y);
          }
      cairo_surface_destroy (surface);
    }
}

static void
test_example_layout (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmSlides) slides = zm_slides_new (assessment, NULL);
  const ZmSlide *cover = zm_slides_get_slide (slides, 0);

  /* Title, glance, gaps, six pillars, checklist. */
  g_assert_cmpuint (zm_slides_get_n_slides (slides), ==, 10);
  g_assert_cmpint (cover->kind, ==, ZM_SLIDE_TITLE);
  g_assert_cmpstr (cover->title, ==, "Zorggroep De Linde");
  g_assert_nonnull (strstr (cover->notes, "Marieke Jansen"));
  assert_layout (slides);
  assert_inside_margins (slides);
}

/* A long organisation name wraps on the title slide, and text that does
 * not fit a slide at the smallest size goes on to a continuation slide. */
static void
test_long_text (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmSlides) slides = NULL;
  g_autoptr(GString) assessors = g_string_new (NULL);

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (assessors, "%sAssessor with a long double-barrelled name %u",
                            i > 0 ? ", " : "", i);
  zm_assessment_set_organisation_name (assessment, LONG_NAME " " LONG_NAME);
  zm_assessment_set_unit (assessment, LONG_NAME);
  zm_assessment_set_assessors (assessment, assessors->str);
  slides = zm_slides_new (assessment, NULL);

  g_assert_cmpfloat (zm_slides_get_slide (slides, 0)->title_size, ==, ZM_SLIDE_MIN_TITLE_SIZE);
  assert_layout (slides);
  assert_inside_margins (slides);
}

/* With a previous assessment: its shape on the chart and a slide with the
 * change per pillar. */
static void
test_previous (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmAssessment) previous = zm_test_load_example ();
  g_autoptr(ZmSlides) slides = NULL;
  const ZmSlide *last;

  zm_assessment_set_date (previous, "2025-03-01");
  zm_assessment_set_rating (previous, "practice.2.beyond-promotion", ZM_RATING_0);
  slides = zm_slides_new (assessment, previous);
  last = zm_slides_get_slide (slides, zm_slides_get_n_slides (slides) - 1);

  g_assert_cmpuint (zm_slides_get_n_slides (slides), ==, 11);
  g_assert_true (g_str_has_prefix (last->title, "Change since "));
  g_assert_nonnull (strstr (last->title, "2025"));
  g_assert_cmpuint (last->paragraphs->len, ==, 6);
  g_assert_nonnull (strstr (((ZmSlideParagraph *) g_ptr_array_index (last->paragraphs, 0))->text, "→"));
  assert_layout (slides);
}

/* A new assessment with nothing answered still gives a deck that says so,
 * and every slide has a title and notes. */
static void
test_empty_assessment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = zm_model_new_default (&error);
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(ZmSlides) slides = NULL;
  const ZmSlide *glance;

  g_assert_no_error (error);
  assessment = zm_assessment_new (model);
  slides = zm_slides_new (assessment, NULL);
  glance = zm_slides_get_slide (slides, 1);

  g_assert_cmpstr (zm_slides_get_slide (slides, 0)->title, ==, "Unnamed organisation");
  g_assert_cmpstr (((ZmSlideParagraph *) g_ptr_array_index (glance->paragraphs, 0))->lead, ==,
                   "No overall stage yet");
  assert_layout (slides);
  assert_inside_margins (slides);
}

/* --- the files ------------------------------------------------------------ */

static void
assert_package (const char *path,
                guint       n_slides)
{
  g_autoptr(GHashTable) parts = read_package (path);
  g_autofree char *width = part_text (parts, "ppt/presentation.xml", "string(/p:presentation/p:sldSz/@cx)");
  g_autofree char *height = part_text (parts, "ppt/presentation.xml", "string(/p:presentation/p:sldSz/@cy)");
  g_autofree char *title = NULL;
  g_autofree char *alt = NULL;
  GHashTableIter iter;
  gpointer key;

  g_assert_cmpfloat (fabs (g_ascii_strtod (width, NULL) / g_ascii_strtod (height, NULL) - 16.0 / 9), <, 0.001);
  g_assert_cmpuint (count_parts (parts, "ppt/slides/slide"), ==, n_slides);
  g_assert_cmpuint (count_parts (parts, "ppt/notesSlides/notesSlide"), ==, n_slides);

  /* Real text in the title slide's title placeholder, for a manager to edit. */
  title = part_text (parts, "ppt/slides/slide1.xml",
                     "//p:sp[p:nvSpPr/p:nvPr/p:ph/@type='ctrTitle']//a:t");
  g_assert_cmpstr (title, ==, "Zorggroep De Linde");
  /* The chart is a picture with every score in its alternative text. */
  alt = part_text (parts, "ppt/slides/slide2.xml", "string(//p:pic/p:nvPicPr/p:cNvPr/@descr)");
  g_assert_nonnull (strstr (alt, "Marketing practice: score 2.08"));
  g_assert_nonnull (g_hash_table_lookup (parts, "ppt/media/graphic2.png"));
  g_assert_nonnull (g_hash_table_lookup (parts, "ppt/media/graphic2.svg"));

  g_hash_table_iter_init (&iter, parts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_suffix (key, ".xml") || g_str_has_suffix (key, ".rels") || g_str_has_suffix (key, ".svg"))
      xmlFreeDoc (parse_part (parts, key));
}

static void
test_files (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autofree char *dir = g_dir_make_tmp ("zm-slides-XXXXXX", NULL);
  g_autofree char *pdf = export_deck (assessment, NULL, dir, "deck.pdf");
  g_autofree char *pptx = export_deck (assessment, NULL, dir, "deck.PPTX");
  g_autofree char *text = NULL;
  double width = 0, height = 0;
  guint n_pages = pdf_pages (pdf, &width, &height);

  if (n_pages > 0)
    {
      g_assert_cmpuint (n_pages, >=, 8);
      g_assert_cmpfloat (fabs (width / height - 16.0 / 9), <, 0.001);
      assert_package (pptx, n_pages);
      /* The PDF's text is text: it can be selected and searched. */
      text = zm_test_run_poppler ("pdftotext", pdf);
      g_assert_nonnull (strstr (text, "Zorggroep De Linde"));
      g_assert_nonnull (strstr (text, "Largest gaps to the target"));
    }

  g_unlink (pdf);
  g_unlink (pptx);
  g_rmdir (dir);
}

static void
test_bad_paths (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(GError) error = NULL;

  g_assert_false (zm_export_slides (assessment, NULL, "deck.odp", &error));
  g_assert_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
  g_assert_false (zm_export_slides (assessment, NULL, "/nonexistent/folder/deck.pptx", &error));
  g_assert_nonnull (error);
}

/* LibreOffice Impress opens the PowerPoint file with every slide. */
static void
test_impress (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pptx = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_arg = NULL;
  g_autoptr(GError) error = NULL;
  double width, height;
  int status;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice is not installed");
      return;
    }

  dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                          "impress", NULL);
  g_mkdir_with_parents (dir, 0700);
  pdf = export_deck (assessment, NULL, dir, "deck.pdf");
  pptx = export_deck (assessment, NULL, dir, "deck.pptx");
  profile = g_build_filename (dir, "profile", NULL);
  profile_arg = g_strconcat ("-env:UserInstallation=file://", profile, NULL);
  {
    g_autofree char *outdir = g_build_filename (dir, "converted", NULL);
    g_autofree char *stale = g_build_filename (outdir, "deck.pdf", NULL);
    const char *argv[] = { soffice, profile_arg, "--headless", "--convert-to", "pdf",
                           "--outdir", outdir, pptx, NULL };

    g_unlink (stale);
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    converted = g_build_filename (outdir, "deck.pdf", NULL);
  }

  g_assert_true (g_file_test (converted, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (pdf_pages (converted, &width, &height), ==, pdf_pages (pdf, &width, &height));
  g_assert_cmpfloat (fabs (width / height - 16.0 / 9), <, 0.001);
}

/* --- Dutch ---------------------------------------------------------------- */

static gboolean
has_slide_titled (ZmSlides   *slides,
                  const char *title)
{
  for (guint i = 0; i < zm_slides_get_n_slides (slides); i++)
    if (g_str_equal (zm_slides_get_slide (slides, i)->title, title))
      return TRUE;
  return FALSE;
}

/* In Dutch, with the model's longest Dutch pillar names, every slide keeps
 * its text inside. */
static void
test_dutch (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ZmAssessment) assessment = NULL;
      g_autoptr(ZmSlides) slides = NULL;

      zm_test_use_dutch ();

      assessment = zm_test_load_example ();
      zm_assessment_set_organisation_name (assessment, LONG_NAME);
      slides = zm_slides_new (assessment, assessment);
      g_assert_true (has_slide_titled (slides, "Merk en merkpersoonlijkheid"));
      g_assert_cmpstr (zm_slides_get_language (slides), ==, "nl-NL");
      assert_layout (slides);
      assert_inside_margins (slides);
      return;
    }

  if (!zm_test_have_dutch ())
    return;
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zm/slides/layout/example", test_example_layout);
  g_test_add_func ("/zm/slides/layout/long-text", test_long_text);
  g_test_add_func ("/zm/slides/previous", test_previous);
  g_test_add_func ("/zm/slides/empty-assessment", test_empty_assessment);
  g_test_add_func ("/zm/slides/files", test_files);
  g_test_add_func ("/zm/slides/bad-paths", test_bad_paths);
  g_test_add_func ("/zm/slides/dutch", test_dutch);
  g_test_add_func ("/zm/slides/impress", test_impress);

  return g_test_run ();
}
