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

ZmApplication *zm_application_new          (void);
GSettings     *zm_application_get_settings (ZmApplication *self);
/* The maturity model every window's documents are answered against. */
ZmModel       *zm_application_get_model    (ZmApplication *self);

G_END_DECLS
