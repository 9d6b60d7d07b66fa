/* zm-find-dialog.h: find a statement by words in its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_TYPE_FIND_DIALOG (zm_find_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZmFindDialog, zm_find_dialog, ZM, FIND_DIALOG, AdwWindow)

/* Lists the statements of @assessment's included pillars that have every
 * word typed (a word may be the start of one, accents ignored), each with
 * its pillar and stage. Choosing one closes the dialog and emits
 * "statement-chosen" (ZmStatement *). */
ZmFindDialog *zm_find_dialog_new        (GtkWindow    *parent,
                                         ZmAssessment *assessment);
/* Types @text into the search, for tests. */
void          zm_find_dialog_set_text   (ZmFindDialog *self,
                                         const char   *text);
/* The number of statements listed now. */
guint         zm_find_dialog_get_n_found (ZmFindDialog *self);
/* Chooses the statement listed at @index. */
void          zm_find_dialog_choose     (ZmFindDialog *self,
                                         guint         index);

G_END_DECLS
