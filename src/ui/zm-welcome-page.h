/* zm-welcome-page.h: what a window shows when no document is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ZM_TYPE_WELCOME_PAGE (zm_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (ZmWelcomePage, zm_welcome_page, ZM, WELCOME_PAGE, AdwBin)

/* Buttons for win.new, win.open and win.open-example, and the recently
 * used assessments, each row activating win.open-uri with its URI. */
GtkWidget *zm_welcome_page_new            (void);
/* How many recent assessments the page lists now. */
guint      zm_welcome_page_get_n_recent   (ZmWelcomePage *self);

G_END_DECLS
