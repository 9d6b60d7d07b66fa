/* zm-accessible.h: names that screen readers say right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* GTK 4.8 names a button with a mnemonic by its raw label ("_Next"), so a
 * screen reader spells the underscore out. Names every such button under
 * @root (included) by its label without the mnemonic. Call it once the
 * labels are set. */
void zm_accessible_name_mnemonic_buttons (GtkWidget *root);


/* The choices in the drop-down of a combo row of strings (a
 * GtkStringList) show as the default ones do, with a check mark on the
 * selected one, and each is named by its text: GTK 4.8 does not name a
 * list item by its content. */
void zm_accessible_combo_row_name_choices (GtkWidget *combo_row);

/* An expander row is announced by its class in GTK 4.8 unless named;
 * names @row by its title, and keeps the name when the title changes. */
void zm_accessible_name_row_by_title      (GtkWidget *row);

G_END_DECLS
