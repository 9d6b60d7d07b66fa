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

/* A subclass only to plug in zm_cli_local_command_line(), as the real
 * application does. */
#define ZM_TYPE_CLI_DRIVER (zm_cli_driver_get_type ())
G_DECLARE_FINAL_TYPE (ZmCliDriver, zm_cli_driver, ZM, CLI_DRIVER, GApplication)

struct _ZmCliDriver
{
  GApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (ZmCliDriver, zm_cli_driver, G_TYPE_APPLICATION)

static gboolean
zm_cli_driver_local_command_line (GApplication   *app,
                                  char         ***arguments,
                                  int            *exit_status)
{
  return zm_cli_local_command_line (G_APPLICATION_CLASS (zm_cli_driver_parent_class),
                                    app, arguments, exit_status);
}

static void
zm_cli_driver_class_init (ZmCliDriverClass *klass)
{
  G_APPLICATION_CLASS (klass)->local_command_line = zm_cli_driver_local_command_line;
}

static void
zm_cli_driver_init (ZmCliDriver *self)
{
}

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

  app = g_object_new (ZM_TYPE_CLI_DRIVER,
                      "application-id", "io.github.zorgmarketing.ScanCliTest",
                      "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                      NULL);
  zm_cli_add_options (app);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options), NULL);
  g_signal_connect (app, "open", G_CALLBACK (on_open), NULL);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (app, argc, argv);
}
