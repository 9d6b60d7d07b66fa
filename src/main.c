/* main.c: the zorgmarketing-scan executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "zm-application.h"
#include "zm-cli.h"

static const ZmCommandLine command_line = {
  .add_options = zm_cli_add_options,
  .handle_local_options = zm_cli_handle_local_options,
  .local_command_line = zm_cli_local_command_line,
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZmApplication) app = NULL;

#ifdef __GLIBC__
  /* Pixel buffers (a frame of the window, a chart being drawn) come from
   * the system and go back to it when freed. glibc's default raises this
   * threshold after the first such buffer is freed, after which freed
   * frames stay in the heap of an idle window for good. */
  mallopt (M_MMAP_THRESHOLD, 256 * 1024);
#endif

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = zm_application_new ();
  zm_application_set_command_line (app, &command_line);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
