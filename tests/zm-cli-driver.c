/* zm-cli-driver.c: the command line without the window, for test-cli
 *
 * A plain GApplication with the same options and local-options handler as
 * the real one, so the headless paths are tested without GTK. Opening and
 * activating print a line instead of showing a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "zm-cli.h"

static int
on_handle_local_options (GApplication *app,
                         GVariantDict *options,
                         gpointer      user_data)
{
  return zm_cli_handle_local_options (app, options);
}

static void
on_open (GApplication  *app,
         GFile        **files,
         int            n_files,
         const char    *hint,
         gpointer       user_data)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);

      g_print ("open %s\n", name);
    }
}

static void
on_activate (GApplication *app,
             gpointer      user_data)
{
  g_print ("activate\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  const char *localedir = g_getenv ("ZM_TEST_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("zorgmarketing-scan");

  app = g_application_new ("io.github.zorgmarketing.ScanCliTest",
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  zm_cli_add_options (app);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options), NULL);
  g_signal_connect (app, "open", G_CALLBACK (on_open), NULL);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (app, argc, argv);
}
