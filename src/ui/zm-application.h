/* zm-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-model.h"

G_BEGIN_DECLS

#define ZM_TYPE_APPLICATION (zm_application_get_type ())
G_DECLARE_FINAL_TYPE (ZmApplication, zm_application, ZM, APPLICATION, AdwApplication)

/* The command line works without a window, so it belongs to the cli layer,
 * not to this one: main.c hands the application the cli layer's functions. */
typedef struct
{
  void     (*add_options)          (GApplication       *application);
  int      (*handle_local_options) (GApplication       *application,
                                    GVariantDict       *options);
  gboolean (*local_command_line)   (GApplicationClass  *parent_class,
                                    GApplication       *application,
                                    char             ***arguments,
                                    int                *exit_status);
} ZmCommandLine;

ZmApplication *zm_application_new              (void);
void           zm_application_set_command_line (ZmApplication       *self,
                                                const ZmCommandLine *command_line);
GSettings     *zm_application_get_settings     (ZmApplication       *self);
/* The maturity model every window's documents are answered against. */
ZmModel       *zm_application_get_model    (ZmApplication *self);

G_END_DECLS
