/* zm-assessment-private.h: what the document reader needs beyond the API
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-assessment.h"

G_BEGIN_DECLS

void        zm_assessment_set_created (ZmAssessment *self,
                                       GDateTime    *created);

/* The current time in UTC, whole seconds: the precision the file keeps, so
 * that a saved and reopened assessment compares equal. */
GDateTime  *zm_now_utc                (void);

/* The assessment hears of every real change of its answers and checklist
 * items through this, rather than through a "notify" handler on each. */
typedef void (*ZmChangeFunc) (gpointer owner);

void        zm_answer_set_change_func          (ZmAnswer        *self,
                                                ZmChangeFunc     func,
                                                gpointer         owner);
void        zm_checklist_item_set_change_func  (ZmChecklistItem *self,
                                                ZmChangeFunc     func,
                                                gpointer         owner);

/* One fresh, unobserved ZmAnswer per statement of @model, by statement
 * index (see zm_statement_get_index()); and the one to a statement id. */
GPtrArray  *zm_answer_array_new                (ZmModel         *model);
ZmAnswer   *zm_answer_array_find               (GPtrArray       *answers,
                                                ZmModel         *model,
                                                const char      *statement_id);

/* Fill a fresh, unobserved object from a file: no notifications. */
void        zm_answer_load                     (ZmAnswer        *self,
                                                ZmRating         rating,
                                                ZmRating         previous,
                                                char            *note);
void        zm_checklist_item_load             (ZmChecklistItem *self,
                                                ZmStepStatus     status,
                                                char            *owner,
                                                char            *due,
                                                char            *note);

/* The answer to the statement with this model index (see
 * zm_statement_get_index()): lookups without hashing the id again. */
ZmAnswer   *zm_assessment_get_answer_at        (ZmAssessment    *self,
                                                guint            index);

/* zm_assessment_get_team_rating() by statement index. */
double      zm_assessment_get_team_rating_at   (ZmAssessment    *self,
                                                guint            index);

/* How far apart the respondents' ratings 0–4 of the statement with this
 * index lie: highest minus lowest, 0 when fewer than two gave one. */
guint       zm_assessment_get_rating_range_at  (ZmAssessment    *self,
                                                guint            index);

/* Copies the organisation, the pillars assessed with their targets and,
 * when @checklist, the checklist from @from, which answers the same model. */
void        zm_assessment_copy_setup           (ZmAssessment    *self,
                                                ZmAssessment    *from,
                                                gboolean         checklist);

/* While loading, setting content is not a change: "modified" and
 * "changed" stay quiet until zm_assessment_end_load(). */
void        zm_assessment_begin_load  (ZmAssessment *self);
void        zm_assessment_end_load    (ZmAssessment *self);

G_END_DECLS
