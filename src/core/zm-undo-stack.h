/* zm-undo-stack.h: undo and redo of the edits to an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_TYPE_UNDO_STACK (zm_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (ZmUndoStack, zm_undo_stack, ZM, UNDO_STACK, GObject)

/* Follows @assessment from now on and records every edit of a rating, a
 * statement's note, a target and a checklist step (status, owner, due
 * date, note) as one step to undo; typing in one note in a row is one
 * step. Properties "can-undo" and "can-redo" (booleans). */
ZmUndoStack *zm_undo_stack_new      (ZmAssessment *assessment);
gboolean     zm_undo_stack_can_undo (ZmUndoStack  *self);
gboolean     zm_undo_stack_can_redo (ZmUndoStack  *self);
/* Undoes the last step and returns what it was, in the user's language
 * (e.g. "the rating of “We know our clients”"), or NULL when there was
 * nothing to undo. Free with g_free(). */
char        *zm_undo_stack_undo     (ZmUndoStack  *self);
/* Redoes the step undone last; NULL when there is none. A new edit after
 * an undo drops the steps that could have been redone. */
char        *zm_undo_stack_redo     (ZmUndoStack  *self);

G_END_DECLS
