/* zm-window.h: one window, one document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-application.h"
#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_TYPE_WINDOW (zm_window_get_type ())
G_DECLARE_FINAL_TYPE (ZmWindow, zm_window, ZM, WINDOW, AdwApplicationWindow)

ZmWindow     *zm_window_new             (ZmApplication *application);
void          zm_window_open_file       (ZmWindow      *self,
                                         GFile         *file);
/* The open document (property "assessment"), NULL on the welcome page. */
ZmAssessment *zm_window_get_assessment  (ZmWindow      *self);
/* Where the document lives, NULL when it was never saved. */
GFile        *zm_window_get_file        (ZmWindow      *self);
/* The one place errors reach the user: a dialog naming file and reason. */
void          zm_window_show_error      (ZmWindow      *self,
                                         const char    *title,
                                         const GError  *error);
void          zm_window_show_toast      (ZmWindow      *self,
                                         const char    *message);

G_END_DECLS
