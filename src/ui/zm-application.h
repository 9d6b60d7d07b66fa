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
/* The maturity model new and opened assessments are answered against: the
 * file in the model-file setting, or the built-in model when that is empty
 * or cannot be read (the user is told once, in the active window).
 * Documents already open keep the model they were opened with. */
ZmModel       *zm_application_get_model        (ZmApplication       *self);
/* The file the model in use was read from; NULL for the built-in model. */
GFile         *zm_application_dup_model_file   (ZmApplication       *self);
/* Makes @model, read from @file, the model from now on and remembers
 * @file in the settings; NULL for both goes back to the built-in model. */
void           zm_application_use_model        (ZmApplication       *self,
                                                ZmModel             *model,
                                                GFile               *file);

G_END_DECLS
