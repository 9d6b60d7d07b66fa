/* zm-help-window.h: how the score works, in plain words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-model.h"

G_BEGIN_DECLS

#define ZM_TYPE_HELP_WINDOW (zm_help_window_get_type ())
G_DECLARE_FINAL_TYPE (ZmHelpWindow, zm_help_window, ZM, HELP_WINDOW, AdwWindow)

/* The rating scale and the stage names come from @model, and the worked
 * example is computed by the scoring rule itself, so the help always says
 * what the results page does. */
ZmHelpWindow *zm_help_window_new       (GtkWindow    *parent,
                                        ZmModel      *model);
ZmModel      *zm_help_window_get_model (ZmHelpWindow *self);

G_END_DECLS
