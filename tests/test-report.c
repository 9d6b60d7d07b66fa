/* test-report.c: the board report, from the example and from hard cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <cairo-svg.h>
#include <math.h>

#include "zm-document.h"
#include "zm-export.h"
#include "zm-report.h"
#include "zm-render-test-util.h"
#include "zm-report-private.h"
#include "zm-team.h"
#include "zm-test-util.h"

/* The report's page geometry (zm-report-pages.c): 2 cm margins and a
 * footer band at the bottom. */
#define MARGIN        56.7
#define FOOTER_SPACE  30.0

static ZmModel *
load_model (void)
{
  g_autoptr(GError) error = NULL;
  ZmModel *model = zm_model_new_default (&error);

  g_assert_no_error (error);
  return model;
}

static void
set_note (ZmAssessment *assessment,
          const char   *statement_id,
          const char   *note)
{
  ZmAnswer *answer = zm_assessment_get_answer (assessment, statement_id);

  g_assert_nonnull (answer);
  zm_answer_set_note (answer, note);
}

/* Renders each page at one pixel per point and checks that nothing is
 * drawn in the margins or between the text and the footer. */
static void
assert_pages_inside_margins (ZmReport *report,
                             double    width,
                             double    height)
{
  guint n_pages = zm_report_get_n_pages (report, width, height);
  double bottom = height - MARGIN - FOOTER_SPACE;

  g_assert_cmpuint (n_pages, >=, 1);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                             (int) ceil (width), (int) ceil (height));
      cairo_t *cr = cairo_create (surface);
      unsigned char *data;
      int stride;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      zm_report_draw_page (report, cr, page, width, height);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);

      for (int y = 0; y < (int) height; y++)
        for (int x = 0; x < (int) width; x++)
          {
            guint32 pixel = *(guint32 *) (data + y * stride + 4 * x) & 0xffffff;
            gboolean in_margin = x < MARGIN - 1.5 || x > width - MARGIN + 1.5 ||
                                 y < MARGIN - 1.5 || y > height - MARGIN + 1.5;
            gboolean above_footer = y > bottom + 1.5 && y < bottom + 8;

            if (pixel != 0xffffff && (in_margin || above_footer))
              g_error ("%gx%g page %u: ink at %d,%d outside the text area", width, height,
                       page + 1, x, y);
          }
      cairo_surface_destroy (surface);
    }
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The bullet's dot is drawn after its text, whose origin is still the
 * current point: without a sub-path of its own the dot's outline began
 * with a line from there, which PDF viewers show as a hairline. A circle
 * has no straight segment, so no drawn path outside the glyph
 * definitions may have one. */
static void
test_bullet_dot_stands_alone (void)
{
  g_autoptr(ZmReportContent) content = zm_report_content_new ();
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autofree char *text = NULL;
  char *drawing;

  surface = cairo_svg_surface_create_for_stream (append_to_bytes, svg, 595, 842);
  cr = cairo_create (surface);
  zm_report_content_add (content, ZM_BLOCK_BULLET, "Brand and brand personality");
  zm_report_content_paginate (content, 595, 842);
  zm_report_content_draw_page (content, cr, 0);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  text = g_strndup ((const char *) svg->data, svg->len);
  drawing = strstr (text, "</defs>");
  g_assert_nonnull (drawing);
  for (char *path = strstr (drawing, " d=\""); path != NULL; path = strstr (path + 1, " d=\""))
    {
      g_autofree char *d = g_strndup (path + 4, strcspn (path + 4, "\""));

      if (strstr (d, " C ") != NULL && strstr (d, " L ") != NULL)
        g_error ("a bullet's dot is drawn with a line: %s", d);
    }
}

/* --- the PDF ------------------------------------------------------------- */

static char *
export_pdf (ZmAssessment *assessment,
            ZmAssessment *previous)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zm-report-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "report.pdf", NULL);
  g_assert_true (zm_export_report (assessment, previous, path, &error));
  g_assert_no_error (error);

  return path;
}

static void
remove_pdf (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static guint
count_occurrences (const char *haystack,
                   gsize       length,
                   const char *needle)
{
  gsize n = strlen (needle);
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      count++;

  return count;
}

static void
test_pdf_pages_and_size (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmReport) report = zm_report_new (assessment, NULL);
  g_autofree char *path = export_pdf (assessment, NULL);
  g_autofree char *bytes = NULL;
  g_autofree char *info = NULL;
  gsize length;
  guint n_pages = zm_report_get_n_pages (report, ZM_REPORT_A4_WIDTH, ZM_REPORT_A4_HEIGHT);

  /* Summary, pillars and advice, checklist, notes: several pages. */
  g_assert_cmpuint (n_pages, >=, 4);

  /* Every page of the file is an A4 page. */
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_cmpuint (count_occurrences (bytes, length, "/Type /Page "), ==, n_pages);
  g_assert_cmpuint (count_occurrences (bytes, length, "/MediaBox [ 0 0 595.2"), ==, n_pages);
  g_assert_cmpuint (count_occurrences (bytes, length, " 841.8"), >=, n_pages);

  info = zm_test_run_poppler ("pdfinfo", path);
  if (info != NULL)
    {
      g_autofree char *pages = zm_test_info_field (info, "Pages");
      g_autofree char *size = zm_test_info_field (info, "Page size");
      g_autofree char *title = zm_test_info_field (info, "Title");
      g_autofree char *author = zm_test_info_field (info, "Author");
      g_autofree char *creator = zm_test_info_field (info, "Creator");
      g_autofree char *created = zm_test_info_field (info, "CreationDate");

      g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==, n_pages);
      g_assert_true (g_str_has_suffix (size, "(A4)"));
      g_assert_cmpstr (title, ==, "Marketing maturity report: Zorggroep De Linde");
      g_assert_cmpstr (author, ==, "Marieke Jansen, Sander de Vries");
      g_assert_true (g_str_has_prefix (creator, "Zorgmarketing Scan"));
      g_assert_cmpstr (created, !=, "");
    }

  remove_pdf (path);
}

/* Letter paper and no notes, as chosen in the export dialog: every page
 * is a Letter page, and neither an answer's note nor a step's shows. */
static void
test_pdf_letter_without_notes (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zm-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZmReport) with_notes = zm_report_new (assessment, NULL);
  g_autoptr(ZmReport) without = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *text = NULL;
  ZmReportOptions options;
  gsize length;
  guint n_pages;

  zm_report_options_init (&options);
  g_assert_true (options.include_notes);
  g_assert_cmpfloat (options.page_width, ==, ZM_REPORT_A4_WIDTH);
  options.include_notes = FALSE;
  options.page_width = ZM_REPORT_LETTER_WIDTH;
  options.page_height = ZM_REPORT_LETTER_HEIGHT;

  without = zm_report_new_with_options (assessment, NULL, &options);
  n_pages = zm_report_get_n_pages (without, options.page_width, options.page_height);
  g_assert_cmpuint (n_pages, <, zm_report_get_n_pages (with_notes, options.page_width, options.page_height));

  g_assert_true (zm_export_report_to_file (assessment, NULL, &options, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_cmpuint (count_occurrences (bytes, length, "/Type /Page "), ==, n_pages);
  g_assert_cmpuint (count_occurrences (bytes, length, "/MediaBox [ 0 0 612 792 ]"), ==, n_pages);

  text = zm_test_run_poppler ("pdftotext", path);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "The marketing challenge"));
      g_assert_null (strstr (text, "Pricing and the service offer are set by the care directors"));
      g_assert_null (strstr (text, "Notes on the steps"));
    }

  remove_pdf (path);
}

static void
test_pdf_text (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autofree char *path = export_pdf (assessment, NULL);
  g_autofree char *text = zm_test_run_poppler ("pdftotext", path);
  const char *expected[] = {
    "Zorggroep De Linde", "Overall stage 2: Defined", "Largest gaps to the target",
    "Initiated", "Defined", "Organised", "Optimised",
    "Marketing practice", "Culture and leadership", "The pillars", "Towards the next stage",
    "The marketing challenge", "Notes", "Page 1 of", "9 March 2026",
    /* an answer's note from the example */
    "Pricing and the service offer are set by the care directors",
  };

  if (text != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      if (strstr (text, expected[i]) == NULL)
        g_error ("the report has no “%s”", expected[i]);

  remove_pdf (path);
}

/* The example answered by a team of two who disagree on one statement:
 * the report gets a team page with both, the spread and the agenda; an
 * assessment of one person gets none. */
static void
test_team_page (void)
{
  g_autoptr(ZmAssessment) example = zm_test_load_example ();
  g_autoptr(ZmAssessment) team = zm_team_new (example);
  g_autoptr(ZmAssessment) other = zm_test_load_example ();
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *single = NULL;
  g_autofree char *single_text = NULL;

  zm_assessment_set_assessors (other, "Anouk Bakker");
  zm_assessment_set_rating (other, "practice.1.ad-hoc", ZM_RATING_4);
  zm_answer_set_note (zm_assessment_get_answer (other, "practice.1.ad-hoc"), "Mostly campaigns on request.");
  g_assert_true (zm_team_add (team, example, "example.zmscan", messages, &error));
  g_assert_true (zm_team_add (team, other, "anouk.zmscan", messages, &error));
  g_assert_no_error (error);

  path = export_pdf (team, NULL);
  text = zm_test_run_poppler ("pdftotext", path);
  if (text != NULL)
    {
      const char *expected[] = {
        "The team", "2 respondents answered the scan", "Marieke Jansen, Sander de Vries",
        "Anouk Bakker", "Spread per pillar", "Where the team disagrees", "(ratings differ by 3)",
        "Mostly campaigns on request.",
      };

      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        if (strstr (text, expected[i]) == NULL)
          g_error ("the team report has no “%s”", expected[i]);
    }
  remove_pdf (path);

  single = export_pdf (example, NULL);
  single_text = zm_test_run_poppler ("pdftotext", single);
  if (single_text != NULL)
    g_assert_null (strstr (single_text, "Where the team disagrees"));
  remove_pdf (single);
}

static void
test_example_inside_margins (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmReport) report = zm_report_new (assessment, assessment);

  assert_pages_inside_margins (report, ZM_REPORT_A4_WIDTH, ZM_REPORT_A4_HEIGHT);
  /* Printing on US Letter paper lays the report out again. */
  assert_pages_inside_margins (report, 612, 792);
}

/* A note far longer than a page, a word wider than a line and a very
 * long organisation name still stay on the page, and every word of the
 * note is in the PDF. */
static void
test_long_text_flows (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(GString) note = g_string_new ("FIRSTWORD");
  g_autoptr(ZmReport) report = NULL;
  g_autoptr(ZmReport) before = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_before;

  before = zm_report_new (assessment, NULL);
  n_before = zm_report_get_n_pages (before, ZM_REPORT_A4_WIDTH, ZM_REPORT_A4_HEIGHT);

  for (guint i = 0; i < 1500; i++)
    g_string_append (note, " the marketing team meets in the Kwartieroverleg every month");
  g_string_append (note, "\nhttps://example.org/a/very/long/address/without/any/spaces/that/is/wider"
                         "/than/a/line/of/the/report/and/must/still/break/somewhere/to/stay/on/the/page");
  g_string_append (note, " LASTWORD");
  set_note (assessment, "practice.1.ad-hoc", note->str);
  zm_assessment_set_organisation_name (assessment,
                                       "Stichting voor Ouderenzorg, Thuiszorg en Revalidatie in de "
                                       "Regio Zuid-Holland Noord en het Groene Hart, locatie "
                                       "Hoofdkantoor");

  report = zm_report_new (assessment, NULL);
  g_assert_cmpuint (zm_report_get_n_pages (report, ZM_REPORT_A4_WIDTH, ZM_REPORT_A4_HEIGHT),
                    >=, n_before + 5);
  assert_pages_inside_margins (report, ZM_REPORT_A4_WIDTH, ZM_REPORT_A4_HEIGHT);

  path = export_pdf (assessment, NULL);
  text = zm_test_run_poppler ("pdftotext", path);
  if (text != NULL)
    {
      /* Lines and pages break anywhere; read the text as one line. */
      g_strdelimit (text, "\n\f", ' ');
      g_assert_nonnull (strstr (text, "FIRSTWORD"));
      g_assert_nonnull (strstr (text, "LASTWORD"));
      /* No line lost or drawn twice where the note crosses a page. */
      g_assert_cmpuint (count_occurrences (text, strlen (text), "Kwartieroverleg"), ==, 1500);
    }
  remove_pdf (path);
}

/* Nothing answered: no stage, no chart shapes, still a sound report. */
static void
test_empty_assessment (void)
{
  g_autoptr(ZmModel) model = load_model ();
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (model);
  g_autoptr(ZmReport) report = zm_report_new (assessment, NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  assert_pages_inside_margins (report, ZM_REPORT_A4_WIDTH, ZM_REPORT_A4_HEIGHT);
  path = export_pdf (assessment, NULL);
  text = zm_test_run_poppler ("pdftotext", path);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Unnamed organisation"));
      g_assert_nonnull (strstr (text, "No overall stage yet"));
      g_assert_nonnull (strstr (text, "No target stages have been set"));
      g_assert_nonnull (strstr (text, "No notes were added"));
      g_assert_null (strstr (text, "Overall stage 1"));
    }
  remove_pdf (path);
}

/* Pillars whose statements were written for this application carry a
 * mark and a note under the table; a model of the user's own has none. */
static void
test_authored_pillars_marked (void)
{
  g_autoptr(ZmAssessment) example = zm_test_load_example ();
  g_autoptr(GBytes) test_model = zm_test_read_data ("test-model.xml");
  g_autoptr(GString) own = g_string_new_len (g_bytes_get_data (test_model, NULL),
                                             g_bytes_get_size (test_model));
  g_autoptr(GBytes) own_bytes = NULL;
  g_autoptr(ZmModel) own_model = NULL;
  g_autoptr(ZmAssessment) own_assessment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export_pdf (example, NULL);
  g_autofree char *text = zm_test_run_poppler ("pdftotext", path);
  g_autofree char *own_path = NULL;
  g_autofree char *own_text = NULL;

  remove_pdf (path);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Client focus and strategy*"));
  g_assert_null (strstr (text, "Marketing practice*"));
  g_assert_nonnull (strstr (text, "* Statements written for this application; replace them with"));

  g_string_replace (own, "source=\"project\"", "source=\"model\"", 0);
  own_bytes = g_string_free_to_bytes (g_steal_pointer (&own));
  own_model = zm_model_new_from_bytes (own_bytes, "own-model.xml", &error);
  g_assert_no_error (error);
  own_assessment = zm_assessment_new (own_model);
  own_path = export_pdf (own_assessment, NULL);
  own_text = zm_test_run_poppler ("pdftotext", own_path);
  remove_pdf (own_path);
  g_assert_null (strstr (own_text, "Statements written for this application"));
  g_assert_null (strstr (own_text, "*"));
}

/* The report is a snapshot: changing the assessment afterwards does not
 * change a report that is being printed. */
static void
test_snapshot (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmReport) report = zm_report_new (assessment, NULL);

  zm_assessment_set_organisation_name (assessment, "Another name");
  g_assert_cmpstr (zm_report_get_title (report), ==, "Marketing maturity report: Zorggroep De Linde");
  g_assert_cmpstr (zm_report_get_author (report), ==, "Marieke Jansen, Sander de Vries");
}

/* In Dutch, with the Dutch number format (a decimal comma), the report
 * is written and shows the model's Dutch stage names. */
static void
test_dutch (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ZmAssessment) assessment = NULL;
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;

      zm_test_use_dutch ();

      assessment = zm_test_load_example ();
      path = export_pdf (assessment, NULL);
      text = zm_test_run_poppler ("pdftotext", path);
      if (text != NULL)
        {
          g_assert_nonnull (strstr (text, "Gedefinieerd"));
          g_assert_nonnull (strstr (text, "Geoptimaliseerd"));
          g_assert_nonnull (strstr (text, "Klantfocus en strategie"));
        }
      remove_pdf (path);
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

  g_test_add_func ("/zm/report/pdf/pages-and-size", test_pdf_pages_and_size);
  g_test_add_func ("/zm/report/pdf-letter-without-notes", test_pdf_letter_without_notes);
  g_test_add_func ("/zm/report/pdf/text", test_pdf_text);
  g_test_add_func ("/zm/report/pdf/team-page", test_team_page);
  g_test_add_func ("/zm/report/pdf/authored-pillars", test_authored_pillars_marked);
  g_test_add_func ("/zm/report/pages/inside-margins", test_example_inside_margins);
  g_test_add_func ("/zm/report/pages/long-text-flows", test_long_text_flows);
  g_test_add_func ("/zm/report/empty-assessment", test_empty_assessment);
  g_test_add_func ("/zm/report/snapshot", test_snapshot);
  g_test_add_func ("/zm/report/pages/bullet-dot", test_bullet_dot_stands_alone);
  g_test_add_func ("/zm/report/dutch", test_dutch);

  return g_test_run ();
}
