/* zm-model-window.h: which maturity model new assessments are answered against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-application.h"

G_BEGIN_DECLS

#define ZM_TYPE_MODEL_WINDOW (zm_model_window_get_type ())
G_DECLARE_FINAL_TYPE (ZmModelWindow, zm_model_window, ZM, MODEL_WINDOW, AdwWindow)

/* Shows @application's model in use and lets the user choose a model file
 * of the organisation's own, or go back to the built-in model. */
ZmModelWindow *zm_model_window_new           (GtkWindow     *parent,
                                              ZmApplication *application);
/* What choosing @file in the file chooser does, for tests that cannot use
 * one: reads it off the main thread and uses it, or shows why not and
 * keeps the model in use. */
void           zm_model_window_use_file      (ZmModelWindow *self,
                                              GFile         *file);

G_END_DECLS
