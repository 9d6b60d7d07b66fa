/* zm-answer.h: the answer to one statement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "zm-types.h"

G_BEGIN_DECLS

#define ZM_TYPE_ANSWER (zm_answer_get_type ())
G_DECLARE_FINAL_TYPE (ZmAnswer, zm_answer, ZM, ANSWER, GObject)

/* Properties: "statement-id" (construct-only), "rating" (int), "note",
 * "previous-rating" (int, ZM_RATING_UNANSWERED when there is none) and
 * "changed" (read-only: a previous rating exists, the statement is rated
 * and the rating differs). All notify
 * only on a real change. */
ZmAnswer   *zm_answer_new                  (const char *statement_id);
const char *zm_answer_get_statement_id     (ZmAnswer   *self);
ZmRating    zm_answer_get_rating           (ZmAnswer   *self);
void        zm_answer_set_rating           (ZmAnswer   *self,
                                            ZmRating    rating);
const char *zm_answer_get_note             (ZmAnswer   *self);
void        zm_answer_set_note             (ZmAnswer   *self,
                                            const char *note);
ZmRating    zm_answer_get_previous_rating  (ZmAnswer   *self);
void        zm_answer_set_previous_rating  (ZmAnswer   *self,
                                            ZmRating    rating);
gboolean    zm_answer_get_changed          (ZmAnswer   *self);

G_END_DECLS
