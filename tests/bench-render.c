/* bench-render.c: how long one radar frame, one full report and the slide
 * decks take
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median of several runs next to a baseline measured in the
 * same run (clearing and filling a 4K image surface once), so the figures
 * compare across machines as ratios. Goals: a 4K frame within 4 ms, a
 * report within 150 ms, the PDF deck within 300 ms and the PowerPoint deck
 * within 500 ms.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <locale.h>
#include <math.h>

#include "zm-chart-data.h"
#include "zm-document.h"
#include "zm-pptx.h"
#include "zm-radar.h"
#include "zm-report.h"
#include "zm-slides.h"
#include "zm-test-util.h"

#define N_RUNS 31

typedef void (*BenchFunc) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Median wall-clock time of @func in milliseconds, after one warm-up run;
 * @best receives the fastest run, which is less disturbed by other work
 * on a busy machine. */
static double
median_ms (BenchFunc  func,
           gpointer   data,
           double    *best)
{
  double times[N_RUNS];

  func (data);
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, N_RUNS, sizeof (double), compare_doubles);
  *best = times[0];

  return times[N_RUNS / 2];
}

typedef struct {
  cairo_surface_t *surface;
  ZmRadarData     *data;
  double           width;
  double           height;
} Frame;

static void
clear_and_fill (gpointer data)
{
  Frame *frame = data;
  cairo_t *cr = cairo_create (frame->surface);

  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (frame->surface);
}

static void
radar_frame (gpointer data)
{
  Frame *frame = data;
  cairo_t *cr = cairo_create (frame->surface);

  zm_radar_draw (cr, frame->data, zm_render_style_light (), frame->width, frame->height);
  cairo_destroy (cr);
  cairo_surface_flush (frame->surface);
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

/* The whole report as the export makes it: gather, lay out, draw every
 * page into a PDF stream. */
static void
full_report (gpointer data)
{
  ZmAssessment *assessment = data;
  ZmReport *report = zm_report_new (assessment, assessment);
  gsize written = 0;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, &written,
                                                                  ZM_REPORT_A4_WIDTH,
                                                                  ZM_REPORT_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint n_pages = zm_report_get_n_pages (report, ZM_REPORT_A4_WIDTH, ZM_REPORT_A4_HEIGHT);

  for (guint page = 0; page < n_pages; page++)
    {
      zm_report_draw_page (report, cr, page, ZM_REPORT_A4_WIDTH, ZM_REPORT_A4_HEIGHT);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  g_object_unref (report);
  g_assert_cmpuint (written, >, 10000);
}

/* The slide deck as its export makes it: gather, lay out, and draw every
 * slide into a PDF stream. */
static void
slides_pdf (gpointer data)
{
  ZmAssessment *assessment = data;
  ZmSlides *slides = zm_slides_new (assessment, assessment);
  gsize written = 0;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, &written,
                                                                  ZM_SLIDE_WIDTH, ZM_SLIDE_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < zm_slides_get_n_slides (slides); i++)
    {
      zm_slides_draw_slide (slides, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  g_object_unref (slides);
  g_assert_cmpuint (written, >, 10000);
}

/* The same deck as a PowerPoint package, pictures and all, in memory. */
static void
slides_pptx (gpointer data)
{
  ZmAssessment *assessment = data;
  ZmSlides *slides = zm_slides_new (assessment, assessment);
  GOutputStream *stream = g_memory_output_stream_new_resizable ();

  g_assert_true (zm_pptx_write (slides, stream, NULL, NULL));
  g_output_stream_close (stream, NULL, NULL);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), >, 10000);
  g_object_unref (stream);
  g_object_unref (slides);
}

static void
report_line (const char *what,
             double      ms,
             double      best,
             double      baseline,
             double      goal)
{
  g_print ("%-34s %8.2f ms (fastest %6.2f)  %6.2f × baseline", what, ms, best, ms / baseline);
  if (goal > 0)
    g_print ("  goal ≤ %g ms: %s", goal, ms <= goal ? "met" : "missed");
  g_print ("\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(ZmRadarData) data = NULL;
  Frame hd, uhd;
  double baseline, frame_hd, frame_uhd, report, pdf, pptx;
  double best_baseline, best_hd, best_uhd, best_report, best_pdf, best_pptx;

  setlocale (LC_ALL, "");
  assessment = zm_test_load_example ();
  data = zm_radar_data_new_for_assessment (assessment, assessment);
  hd = (Frame) { cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080), data, 1920, 1080 };
  uhd = (Frame) { cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 3840, 2160), data, 3840, 2160 };

  baseline = median_ms (clear_and_fill, &uhd, &best_baseline);
  frame_hd = median_ms (radar_frame, &hd, &best_hd);
  frame_uhd = median_ms (radar_frame, &uhd, &best_uhd);
  report = median_ms (full_report, assessment, &best_report);
  pdf = median_ms (slides_pdf, assessment, &best_pdf);
  pptx = median_ms (slides_pptx, assessment, &best_pptx);

  g_print ("Median of %d runs; baseline = clear and fill a 3840×2160 image once.\n", N_RUNS);
  report_line ("baseline (clear + fill 4K)", baseline, best_baseline, baseline, 0);
  report_line ("radar frame 1920×1080", frame_hd, best_hd, baseline, 0);
  report_line ("radar frame 3840×2160", frame_uhd, best_uhd, baseline, 4);
  report_line ("full report (A4 PDF, in memory)", report, best_report, baseline, 150);
  report_line ("slide deck (PDF, in memory)", pdf, best_pdf, baseline, 300);
  report_line ("slide deck (PPTX, in memory)", pptx, best_pptx, baseline, 500);

  cairo_surface_destroy (hd.surface);
  cairo_surface_destroy (uhd.surface);

  return 0;
}
