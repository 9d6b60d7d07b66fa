/* bench-page-switch.c: how long a page of the sidebar takes to show
 *
 * Opens the example in a window and visits every page of the sidebar in
 * its order, choosing each as the sidebar does when the user selects its
 * row. Each page is timed from the choice to the end of the next frame
 * (the frame clock's "after-paint"), and the window is left alone between
 * pages until its transitions are over. Prints one line:
 *   page-switch: median N.N ms, worst N.N ms over N pages
 * With ZM_BENCH_VERBOSE set, each page's time and the processor time it
 * took go to stderr.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include "zm-sidebar.h"
#include "zm-window-private.h"
#include "zm-ui-test-util.h"

static gint64 painted_cpu;

/* Processor time of this process, in microseconds: on a busy machine the
 * wall-clock figure includes waiting for a processor; this one does not. */
static gint64
cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static void
on_after_paint (GdkFrameClock *clock,
                gint64        *painted)
{
  if (*painted == 0)
    {
      *painted = g_get_monotonic_time ();
      painted_cpu = cpu_time ();
    }
}

/* The order of the sidebar: the places first, then each pillar's stages. */
static GPtrArray *
sidebar_pages (ZmAssessment *assessment)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (pages, g_strdup (ZM_PAGE_RESULTS));
  g_ptr_array_add (pages, g_strdup (ZM_PAGE_CHECKLIST));
  g_ptr_array_add (pages, g_strdup (ZM_PAGE_ORGANISATION));
  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    for (guint stage = 1; stage <= ZM_N_STAGES; stage++)
      g_ptr_array_add (pages, zm_page_id_for_stage (zm_pillar_get_stage (zm_model_get_pillar (model, i), stage)));

  return pages;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZmApplication) app = NULL;
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  GdkFrameClock *clock;
  ZmWindow *window;
  double worst = 0;

  zm_test_init (&argc, &argv);

  app = zm_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  window = zm_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  assessment = zm_test_load_example (zm_application_get_model (app));
  zm_window_set_document (window, assessment, NULL, NULL, FALSE);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  zm_test_drain ();

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  pages = sidebar_pages (assessment);
  for (guint i = 0; i < pages->len; i++)
    {
      const char *page = g_ptr_array_index (pages, i);
      gint64 painted = 0, chosen, chosen_cpu;
      gulong handler;
      double ms;

      /* The page already shown has nothing to switch. */
      if (g_strcmp0 (zm_window_get_page (window), page) == 0)
        continue;

      handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
      chosen = g_get_monotonic_time ();
      chosen_cpu = cpu_time ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", page);
      WAIT_FOR (painted != 0);
      g_signal_handler_disconnect (clock, handler);

      ms = (painted - chosen) / 1000.0;
      g_array_append_val (times, ms);
      worst = MAX (worst, ms);
      if (g_getenv ("ZM_BENCH_VERBOSE") != NULL)
        g_printerr ("%s: %.1f ms, %.1f ms of processor time\n", page, ms,
                    (painted_cpu - chosen_cpu) / 1000.0);

      /* Let the crossfade end before the next choice. */
      zm_test_drain ();
      g_usleep (250 * 1000);
      zm_test_drain ();
    }

  g_array_sort (times, compare_doubles);
  printf ("page-switch: median %.1f ms, worst %.1f ms over %u pages\n",
          g_array_index (times, double, times->len / 2), worst, times->len);

  gtk_window_destroy (GTK_WINDOW (window));
  zm_test_drain ();
  return 0;
}
