/* bench-bare-window.c: the baseline of bench-startup
 *
 * The least a libadwaita application can do: register, and show an empty
 * AdwApplicationWindow of the application's default size with a header
 * bar. bench-startup starts it next to the real application and reports
 * the application's figures as ratios to this one's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  /* The same size as the application's first window, and a title of the
   * same shape as a window with a document. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_title (GTK_WINDOW (window), "Bare — Window");
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app =
    adw_application_new ("io.github.zorgmarketing.BareWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
