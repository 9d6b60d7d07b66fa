/* zm-date-button.h: a day picked from a calendar in a popover, or none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ZM_TYPE_DATE_BUTTON (zm_date_button_get_type ())
G_DECLARE_FINAL_TYPE (ZmDateButton, zm_date_button, ZM, DATE_BUTTON, GtkWidget)

/* Properties:
 *   "date" (string, nullable): the day as "YYYY-MM-DD", NULL when none;
 *     notifies only on a real change, so it binds both ways to a model.
 *   "placeholder" (string, nullable): shown on the button when no day is set.
 *   "show-label" (boolean): the day on the button; FALSE for a calendar
 *     icon only, when the row around it shows the day.
 *   "title" (string, nullable): the calendar's accessible name.
 * Action "date.clear" sets the date to NULL; it is off when there is none. */
GtkWidget  *zm_date_button_new              (void);
const char *zm_date_button_get_date         (ZmDateButton *self);
void        zm_date_button_set_date         (ZmDateButton *self,
                                             const char   *date);
/* What the button shows: the day for the reader, or the placeholder. */
const char *zm_date_button_get_label        (ZmDateButton *self);
void        zm_date_button_set_placeholder  (ZmDateButton *self,
                                             const char   *placeholder);
void        zm_date_button_set_show_label   (ZmDateButton *self,
                                             gboolean      show_label);
void        zm_date_button_set_title        (ZmDateButton *self,
                                             const char   *title);

G_END_DECLS
