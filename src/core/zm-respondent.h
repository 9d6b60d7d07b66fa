/* zm-respondent.h: one member of a team and their answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "zm-answer.h"
#include "zm-model.h"

G_BEGIN_DECLS

#define ZM_TYPE_RESPONDENT (zm_respondent_get_type ())
G_DECLARE_FINAL_TYPE (ZmRespondent, zm_respondent, ZM, RESPONDENT, GObject)

/* A respondent's answers are kept exactly as they answered them: one
 * ZmAnswer per statement of @model, in model order, with rating and note.
 * @source is the name of the file they came from, or NULL. */
ZmRespondent *zm_respondent_new          (ZmModel      *model,
                                          const char   *name,
                                          const char   *source);
const char   *zm_respondent_get_name     (ZmRespondent *self);
void          zm_respondent_set_name     (ZmRespondent *self,
                                          const char   *name);
const char   *zm_respondent_get_source   (ZmRespondent *self);
/* One ZmAnswer per model statement, in model order. */
GListModel   *zm_respondent_get_answers  (ZmRespondent *self);
ZmAnswer     *zm_respondent_get_answer   (ZmRespondent *self,
                                          const char   *statement_id);
/* TRUE when every answer has the same rating and note as @other's. */
gboolean      zm_respondent_same_answers (ZmRespondent *self,
                                          ZmRespondent *other);
/* Statements with a rating or "don't know", or with a note. */
gboolean      zm_respondent_has_answers  (ZmRespondent *self);

G_END_DECLS
