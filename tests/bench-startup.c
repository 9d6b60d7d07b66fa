/* bench-startup.c: start-up time and idle memory against a bare window
 *
 * Starts the application with a document, and bench-bare-window, by
 * turns on the same X display, and measures for each:
 *   - the time from launch until its first top-level window is mapped and
 *     its title names a document (" — " in the title, which the bare
 *     window has from the start), seen as X events on the root window;
 *   - the resident memory (Rss of /proc/PID/smaps_rollup) once it has
 *     been idle for a while.
 * It prints the medians and the application's figures as ratios to the
 * bare window's:
 *   startup: 250 ms vs bare 221 ms = 1.13×
 *   idle RSS: 90.1 MB vs bare 84.0 MB = 1.07×
 *
 *   bench-startup APPLICATION BARE-WINDOW DOCUMENT [RUNS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE  /* kill() under -std=c11 */

#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>

#define IDLE_SETTLE_USEC (1500 * 1000)
#define TIMEOUT_USEC     (30 * G_USEC_PER_SEC)

typedef struct {
  double startup_ms;
  double rss_mb;
} Run;

static char *
window_title (Display *display,
              Window   window)
{
  Atom net_wm_name = XInternAtom (display, "_NET_WM_NAME", False);
  Atom utf8 = XInternAtom (display, "UTF8_STRING", False);
  Atom type;
  int format;
  unsigned long n_items, remaining;
  unsigned char *data = NULL;
  char *title = NULL;

  if (XGetWindowProperty (display, window, net_wm_name, 0, 1024, False, utf8,
                          &type, &format, &n_items, &remaining, &data) == Success &&
      data != NULL)
    title = g_strndup ((const char *) data, n_items);
  if (data != NULL)
    XFree (data);
  return title;
}

static gboolean
names_document (Display *display,
                Window   window)
{
  g_autofree char *title = window_title (display, window);

  return title != NULL && strstr (title, " — ") != NULL;
}

static double
read_rss_mb (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/smaps_rollup", (int) pid);
  g_autofree char *contents = NULL;
  const char *line;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return -1;
  line = strstr (contents, "\nRss:");
  if (line == NULL)
    return -1;
  return g_ascii_strtod (line + strlen ("\nRss:"), NULL) / 1024.0;
}

/* Waits for the first window mapped after launch that names a document. */
static gboolean
wait_for_window (Display *display,
                 gint64   started)
{
  Window mapped = None;

  while (g_get_monotonic_time () - started < TIMEOUT_USEC)
    {
      XEvent event;

      if (!XPending (display))
        {
          g_usleep (200);
          continue;
        }
      XNextEvent (display, &event);

      if (event.type == CreateNotify && !event.xcreatewindow.override_redirect)
        XSelectInput (display, event.xcreatewindow.window, PropertyChangeMask);
      else if (event.type == MapNotify && !event.xmap.override_redirect && mapped == None)
        {
          mapped = event.xmap.window;
          if (g_getenv ("ZM_BENCH_VERBOSE") != NULL)
            g_printerr ("mapped after %.0f ms\n", (g_get_monotonic_time () - started) / 1000.0);
        }
      else if (event.type == PropertyNotify && event.xproperty.window != mapped)
        continue;

      if (mapped != None && names_document (display, mapped))
        return TRUE;
    }

  return FALSE;
}

static gboolean
measure (Display    *display,
         char      **argv,
         Run        *run)
{
  g_autoptr(GError) error = NULL;
  gint64 started;
  GPid pid;
  int status;

  XSync (display, True);
  started = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }

  if (!wait_for_window (display, started))
    {
      g_printerr ("%s: no window within %d s\n", argv[0], (int) (TIMEOUT_USEC / G_USEC_PER_SEC));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      return FALSE;
    }
  run->startup_ms = (g_get_monotonic_time () - started) / 1000.0;

  g_usleep (IDLE_SETTLE_USEC);
  run->rss_mb = read_rss_mb (pid);

  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  return run->rss_mb > 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) app_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_mb = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_mb = g_array_new (FALSE, FALSE, sizeof (double));
  double app_startup, bare_startup, app_rss, bare_rss;
  Display *display;
  int runs;

  if (argc < 4)
    {
      g_printerr ("usage: %s APPLICATION BARE-WINDOW DOCUMENT [RUNS]\n", argv[0]);
      return 2;
    }
  runs = argc > 4 ? atoi (argv[4]) : 15;

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      g_printerr ("%s: no X display\n", argv[0]);
      return 77;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);

  /* One start of each first warms the disk cache and the font cache. */
  for (int i = -1; i < runs; i++)
    {
      char *app_argv[] = { argv[1], argv[3], NULL };
      char *bare_argv[] = { argv[2], NULL };
      Run app, bare;

      if (!measure (display, bare_argv, &bare) || !measure (display, app_argv, &app))
        return 1;
      if (i < 0)
        continue;
      g_array_append_val (app_ms, app.startup_ms);
      g_array_append_val (app_mb, app.rss_mb);
      g_array_append_val (bare_ms, bare.startup_ms);
      g_array_append_val (bare_mb, bare.rss_mb);
    }

  app_startup = median (app_ms);
  bare_startup = median (bare_ms);
  app_rss = median (app_mb);
  bare_rss = median (bare_mb);
  printf ("startup: %.0f ms vs bare %.0f ms = %.2f×\n",
           app_startup, bare_startup, app_startup / bare_startup);
  printf ("idle RSS: %.1f MB vs bare %.1f MB = %.2f×\n",
           app_rss, bare_rss, app_rss / bare_rss);
  printf ("medians over %d runs each\n", runs);

  XCloseDisplay (display);
  return 0;
}
