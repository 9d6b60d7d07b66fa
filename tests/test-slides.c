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
#include "zm-radar-data.h"
#include "zm-slides.h"
#include "zm-team.h"
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

/* The index of the slide titled @title, or G_MAXUINT. */
static guint
find_slide (ZmSlides   *slides,
            const char *title)
{
  for (guint i = 0; i < zm_slides_get_n_slides (slides); i++)
    if (g_str_equal (zm_slides_get_slide (slides, i)->title, title))
      return i;
  return G_MAXUINT;
}

/* The words of slide @index and of its continuations, one paragraph a line. */
static char *
slides_text (ZmSlides *slides,
             guint     index)
{
  const char *title = zm_slides_get_slide (slides, index)->title;
  g_autofree char *continued = g_strdup_printf ("%s (continued)", title);
  GString *text = g_string_new (NULL);

  for (guint i = index; i < zm_slides_get_n_slides (slides); i++)
    {
      const ZmSlide *slide = zm_slides_get_slide (slides, i);

      if (i > index && !g_str_equal (slide->title, continued))
        break;
      for (guint p = 0; p < slide->paragraphs->len; p++)
        {
          const ZmSlideParagraph *paragraph = g_ptr_array_index (slide->paragraphs, p);

          g_string_append_printf (text, "%s%s\n", paragraph->lead ? paragraph->lead : "",
                                  paragraph->text ? paragraph->text : "");
        }
    }
  return g_string_free (text, FALSE);
}

static void
assert_contains (const char *text,
                 const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” lacks “%s”", text, words);
}

/* The team fixture: three respondents, two of whom disagree. */
static ZmAssessment *
load_team (void)
{
  g_autoptr(GBytes) model_bytes = zm_test_read_data ("test-model.xml");
  g_autoptr(GBytes) bytes = zm_test_read_data ("team.zmscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = zm_model_new_from_bytes (model_bytes, "test-model.xml", &error);
  ZmAssessment *team;

  g_assert_no_error (error);
  team = zm_document_read_bytes (bytes, "team.zmscan", model, &error);
  g_assert_no_error (error);
  return team;
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

/* A team's deck has a slide with who answered, the spread per pillar and
 * the statements they disagree on most, with each one's rating. */
static void
test_team (void)
{
  g_autoptr(ZmAssessment) team = load_team ();
  g_autoptr(ZmSlides) slides = zm_slides_new (team, NULL);
  guint index = find_slide (slides, "The team");
  g_autofree char *text = NULL;

  g_assert_cmpuint (index, <, zm_slides_get_n_slides (slides));
  text = slides_text (slides, index);
  assert_contains (text, "3 respondents: Anna de Boer · Bram Öztürk · Carla Smit\n");
  assert_contains (text, "Spread per pillar\n");
  /* Alpha: Anna's own score, Bram's and the team's between them. */
  assert_contains (text, "lowest 1.");
  assert_contains (text, "std. dev. 0.");
  assert_contains (text, "Where the team disagrees\n");
  /* Largest difference first: 4 against 1, then 0 against 2. */
  assert_contains (text, "Anna de Boer: 4, ");
  assert_contains (text, "Bram Öztürk: 1, ");
  assert_contains (text, "Carla Smit: not answered");
  g_assert_true (strstr (text, "Anna de Boer: 4, ") < strstr (text, "Anna de Boer: 0, "));
  assert_contains (zm_slides_get_slide (slides, index)->notes, "3 respondents answered the scan");

  /* The title slide names who answered, not the coordinator's assessors field. */
  g_clear_pointer (&text, g_free);
  text = slides_text (slides, 0);
  assert_contains (text, "respondents: Anna de Boer · Bram Öztürk · Carla Smit\n");
  g_assert_null (strstr (text, "assessed by"));

  assert_layout (slides);
  assert_inside_margins (slides);
}

/* The team slide in both files, as many slides in each, and the names on
 * it as text a manager can edit. */
static void
test_team_files (void)
{
  g_autoptr(ZmAssessment) team = load_team ();
  g_autoptr(ZmSlides) slides = zm_slides_new (team, NULL);
  g_autofree char *dir = g_dir_make_tmp ("zm-slides-XXXXXX", NULL);
  g_autofree char *pdf = export_deck (team, NULL, dir, "team.pdf");
  g_autofree char *pptx = export_deck (team, NULL, dir, "team.pptx");
  g_autoptr(GHashTable) parts = read_package (pptx);
  guint index = find_slide (slides, "The team");
  g_autofree char *part = g_strdup_printf ("ppt/slides/slide%u.xml", index + 1);
  g_autofree char *names = part_text (parts, part, "//p:sp[p:nvSpPr/p:nvPr/p:ph]//a:t");
  g_autofree char *title = part_text (parts, part, "//p:sp[p:nvSpPr/p:nvPr/p:ph/@type='title']//a:t");
  double width = 0, height = 0;
  guint n_pages = pdf_pages (pdf, &width, &height);

  g_assert_cmpuint (count_parts (parts, "ppt/slides/slide"), ==, zm_slides_get_n_slides (slides));
  g_assert_cmpstr (title, ==, "The team");
  assert_contains (names, "Anna de Boer · Bram Öztürk · Carla Smit");
  assert_contains (names, "Bram Öztürk: 1, ");
  if (n_pages > 0)
    {
      g_autofree char *text = zm_test_run_poppler ("pdftotext", pdf);

      g_assert_cmpuint (n_pages, ==, zm_slides_get_n_slides (slides));
      assert_contains (text, "The team");
      assert_contains (text, "Carla Smit");
    }

  g_unlink (pdf);
  g_unlink (pptx);
  g_rmdir (dir);
}

/* The example answered by two people: the chart at a glance draws the
 * range of their scores around the team's, and the presenter says so. */
static void
test_team_chart (void)
{
  g_autoptr(ZmAssessment) example = zm_test_load_example ();
  g_autoptr(ZmAssessment) other = zm_test_load_example ();
  g_autoptr(ZmAssessment) team = zm_team_new (example);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmSlides) slides = NULL;
  g_autoptr(ZmSlides) single = zm_slides_new (example, NULL);
  const ZmSlide *glance;

  zm_assessment_set_assessors (other, "Anouk Bakker");
  zm_assessment_set_rating (other, "practice.1.ad-hoc", ZM_RATING_4);
  zm_assessment_set_rating (other, "brand.2.values-named", ZM_RATING_4);
  g_assert_true (zm_team_add (team, example, "example.zmscan", messages, &error));
  g_assert_true (zm_team_add (team, other, "anouk.zmscan", messages, &error));
  g_assert_no_error (error);
  slides = zm_slides_new (team, NULL);
  glance = zm_slides_get_slide (slides, 1);

  g_assert_true (zm_radar_data_has_band (glance->draw_data));
  assert_contains (glance->notes, "The hatched band");
  g_assert_false (zm_radar_data_has_band (zm_slides_get_slide (single, 1)->draw_data));
  g_assert_null (strstr (zm_slides_get_slide (single, 1)->notes, "band"));
  /* The team slide, and the deck of one person grows by it alone. */
  g_assert_cmpuint (zm_slides_get_n_slides (slides), >, zm_slides_get_n_slides (single));
  g_assert_cmpuint (find_slide (slides, "The team"), <, zm_slides_get_n_slides (slides));
  assert_layout (slides);
  assert_inside_margins (slides);
}

/* A document of one respondent keeps the deck it had: no team slide and
 * the same number of slides. */
static void
test_team_of_one (void)
{
  g_autoptr(ZmAssessment) example = zm_test_load_example ();
  g_autoptr(ZmAssessment) team = zm_team_new (example);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmSlides) single = zm_slides_new (example, NULL);
  g_autoptr(ZmSlides) one = NULL;

  g_assert_true (zm_team_add (team, example, "example.zmscan", messages, &error));
  g_assert_no_error (error);
  one = zm_slides_new (team, NULL);

  g_assert_cmpuint (zm_slides_get_n_slides (one), ==, zm_slides_get_n_slides (single));
  g_assert_cmpuint (find_slide (one, "The team"), ==, G_MAXUINT);
  g_assert_cmpuint (find_slide (single, "The team"), ==, G_MAXUINT);
}

/* A pillar's slide says its profile is unclear exactly when the results
 * do: here a pillar where every statement has the same rating. */
static void
test_unclear (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  ZmModel *model = zm_assessment_get_model (assessment);
  g_autoptr(ZmPillar) first = g_list_model_get_item (zm_model_get_pillars (model), 0);
  GListModel *statements = zm_pillar_get_statements (first);
  g_autoptr(ZmResult) result = NULL;
  g_autoptr(ZmSlides) slides = NULL;
  guint n_unclear = 0, n_clear = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);

      zm_assessment_set_rating (assessment, zm_statement_get_id (statement), ZM_RATING_2);
    }
  result = zm_score_assessment (assessment);
  slides = zm_slides_new (assessment, NULL);

  for (guint i = 0; i < result->n_pillars; i++)
    {
      const ZmPillarResult *pillar = &result->pillars[i];
      guint index = find_slide (slides, zm_pillar_get_name (pillar->pillar));
      g_autofree char *text = NULL;

      if (!pillar->included)
        continue;
      g_assert_cmpuint (index, <, zm_slides_get_n_slides (slides));
      text = slides_text (slides, index);
      g_assert_cmpint (strstr (text, "Unclear profile") != NULL, ==, pillar->unclear);
      g_assert_cmpint (strstr (zm_slides_get_slide (slides, index)->notes, "Unclear profile") != NULL, ==,
                       pillar->unclear);
      n_unclear += pillar->unclear;
      n_clear += !pillar->unclear;
    }
  g_assert_cmpuint (n_unclear, >, 0);
  g_assert_cmpuint (n_clear, >, 0);
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
  return find_slide (slides, title) != G_MAXUINT;
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
  g_test_add_func ("/zm/slides/team", test_team);
  g_test_add_func ("/zm/slides/team/files", test_team_files);
  g_test_add_func ("/zm/slides/team/chart", test_team_chart);
  g_test_add_func ("/zm/slides/team/one-respondent", test_team_of_one);
  g_test_add_func ("/zm/slides/unclear", test_unclear);
  g_test_add_func ("/zm/slides/files", test_files);
  g_test_add_func ("/zm/slides/bad-paths", test_bad_paths);
  g_test_add_func ("/zm/slides/dutch", test_dutch);
  g_test_add_func ("/zm/slides/impress", test_impress);

  return g_test_run ();
}
