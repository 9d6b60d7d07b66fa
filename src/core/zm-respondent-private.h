/* zm-respondent-private.h: what the reader, the team code and scoring need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-assessment-private.h"
#include "zm-respondent.h"

G_BEGIN_DECLS

/* The answer to the statement with this model index. */
ZmAnswer *zm_respondent_get_answer_at (ZmRespondent *self,
                                       guint         index);
/* Copies rating, previous rating and note of each of @answers, a list in
 * model order such as zm_assessment_get_answers(). */
void      zm_respondent_copy_answers  (ZmRespondent *self,
                                       GListModel   *answers);

G_END_DECLS
