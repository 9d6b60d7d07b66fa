/* recover-child.c: the application's window with unsaved work, for the
 * `recover` test to kill
 *
 * Starts the application as a user would, begins a new assessment in its
 * window, fills in every field, and prints "ready" once the window's
 * recovery copy holds all of it; then waits to be killed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "zm-document.h"
#include "zm-recovery.h"
#include "zm-test-content.h"
#include "zm-ui-test-util.h"
#include "zm-window-private.h"

/* The copy on disk holds what the window shows. */
static gboolean
copy_is_complete (ZmWindow   *window,
                  const char *expected)
{
  const char *id = zm_window_get_recovery_id (window);
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autofree char *name = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(ZmAssessment) saved = NULL;
  g_autofree char *described = NULL;

  if (id == NULL)
    return FALSE;
  name = g_strconcat (id, ZM_DOCUMENT_SUFFIX, NULL);
  copy = g_file_get_child (dir, name);
  saved = zm_document_load (copy, zm_assessment_get_model (zm_window_get_assessment (window)),
                            NULL, NULL, NULL);
  if (saved == NULL)
    return FALSE;
  described = zm_test_describe_assessment (saved);
  return g_str_equal (described, expected);
}

static gboolean
give_up (gpointer user_data)
{
  exit (1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZmApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  ZmWindow *window;

  zm_test_init (&argc, &argv);
  app = zm_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = zm_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  zm_window_set_autosave_delay (window, 50);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  zm_test_fill_assessment (zm_window_get_assessment (window));
  expected = zm_test_describe_assessment (zm_window_get_assessment (window));

  WAIT_FOR (copy_is_complete (window, expected));
  printf ("ready\n");
  fflush (stdout);

  /* Killed long before this, unless the test itself failed. */
  g_timeout_add_seconds (60, give_up, NULL);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}
