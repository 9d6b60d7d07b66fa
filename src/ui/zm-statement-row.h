/* zm-statement-row.h: one statement with its rating and note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "zm-answer.h"
#include "zm-model.h"

G_BEGIN_DECLS

#define ZM_TYPE_STATEMENT_ROW (zm_statement_row_get_type ())
G_DECLARE_FINAL_TYPE (ZmStatementRow, zm_statement_row, ZM, STATEMENT_ROW, GtkListBoxRow)

/* Actions: row.rate (int: 0–4, or -1 for don't know), row.clear, and
 * row.rate-and-next, which the number keys use: it rates and moves the
 * focus to the next statement. */
GtkWidget   *zm_statement_row_new           (ZmModel        *model,
                                             ZmStatement    *statement,
                                             ZmAnswer       *answer);
/* Shows another statement in the same row: a stage page reuses its rows. */
void         zm_statement_row_set_statement (ZmStatementRow *self,
                                             ZmModel        *model,
                                             ZmStatement    *statement,
                                             ZmAnswer       *answer);
ZmStatement *zm_statement_row_get_statement (ZmStatementRow *self);
ZmAnswer    *zm_statement_row_get_answer    (ZmStatementRow *self);

G_END_DECLS
