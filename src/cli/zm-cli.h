/* zm-cli.h: the command line: validate, summarise and export without a
 * display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds every option of the command line (FILE…, --validate, --summary,
 * --export-chart/-checklist/-report/-slides/-csv, --width, --height, --scale,
 * --background, --model, --compare) to @app. Call it from the application's init. */
void  zm_cli_add_options           (GApplication *app);

/* For the application's ::handle-local-options. Does the headless work
 * when an option asks for it and returns the exit status: 0 success, 1 a
 * file could not be read or written, 2 wrong usage.
 *
 * Returns -1 when the window should open. FILE arguments given without a
 * headless option are then already on their way to GApplication::open:
 * this registers @app and calls g_application_open(), which forwards them
 * to a running instance (and this process then exits with 0) or emits
 * ::open here, before the main loop, so ::activate afterwards finds the
 * windows in place. It never initialises GTK on the headless paths. */
int   zm_cli_handle_local_options  (GApplication *app,
                                    GVariantDict *options);

/* For the application class's local_command_line: GApplication itself
 * reports an option it cannot parse (--bogus, --width=abc) with exit
 * status 1, before ::handle-local-options runs; the command line promises
 * 2 for wrong usage. Chains up to @parent_class and turns that one case
 * into 2:
 *
 *   static gboolean
 *   zm_application_local_command_line (GApplication *app, char ***arguments, int *status)
 *   {
 *     return zm_cli_local_command_line (G_APPLICATION_CLASS (zm_application_parent_class),
 *                                       app, arguments, status);
 *   }
 */
gboolean zm_cli_local_command_line (GApplicationClass   *parent_class,
                                    GApplication        *app,
                                    char              ***arguments,
                                    int                 *exit_status);

G_END_DECLS
