/* zm-assessment.h: one filled-in assessment of an organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-types.h"
#include "zm-model.h"
#include "zm-answer.h"
#include "zm-checklist-item.h"
#include "zm-respondent.h"

G_BEGIN_DECLS

#define ZM_TYPE_ASSESSMENT (zm_assessment_get_type ())
G_DECLARE_FINAL_TYPE (ZmAssessment, zm_assessment, ZM, ASSESSMENT, GObject)

/* Signal "changed" (no arguments) is emitted after any change to what the
 * document holds: organisation, answers, notes, targets, included pillars,
 * checklist or previous-uri. The UI uses it for the changed mark and
 * autosave. */

/* Every statement of @model gets an unanswered ZmAnswer, every step an
 * unstarted ZmChecklistItem, every pillar is included with no target. */
ZmAssessment    *zm_assessment_new                  (ZmModel      *model);
/* A new assessment that starts from @previous: same organisation, answers,
 * targets and checklist; each answer remembers its previous rating so that
 * what the user changes is marked; dates are new. */
ZmAssessment    *zm_assessment_new_from_previous    (ZmAssessment *previous);

/**
 * ZmPreviousUse:
 * @ZM_PREVIOUS_SHOW_AS_HINTS: every statement starts unrated, with last
 *   time's rating kept as its previous rating to show beside it
 * @ZM_PREVIOUS_COPY_ANSWERS: ratings and notes are copied, as
 *   zm_assessment_new_from_previous() does
 *
 * How a new assessment of the same unit uses the last one's answers.
 */
typedef enum {
  ZM_PREVIOUS_SHOW_AS_HINTS,
  ZM_PREVIOUS_COPY_ANSWERS,
} ZmPreviousUse;

/* The same organisation, unit, targets and checklist as @previous, its
 * answers used as @use says; dates are new. */
ZmAssessment    *zm_assessment_new_again            (ZmAssessment  *previous,
                                                     ZmPreviousUse  use);

ZmModel         *zm_assessment_get_model            (ZmAssessment *self);

/* Organisation details (properties "organisation-name", "organisation-kind",
 * "unit", "assessors", "date"). @date is "YYYY-MM-DD" or NULL. @kind is one
 * of the ids from zm_care_kind_list(). */
const char      *zm_assessment_get_organisation_name (ZmAssessment *self);
void             zm_assessment_set_organisation_name (ZmAssessment *self,
                                                      const char   *name);
const char      *zm_assessment_get_organisation_kind (ZmAssessment *self);
void             zm_assessment_set_organisation_kind (ZmAssessment *self,
                                                      const char   *kind);
const char      *zm_assessment_get_unit             (ZmAssessment *self);
void             zm_assessment_set_unit             (ZmAssessment *self,
                                                     const char   *unit);
const char      *zm_assessment_get_assessors        (ZmAssessment *self);
void             zm_assessment_set_assessors        (ZmAssessment *self,
                                                     const char   *assessors);
const char      *zm_assessment_get_date             (ZmAssessment *self);
void             zm_assessment_set_date             (ZmAssessment *self,
                                                     const char   *date);

/* Properties "created" and "modified" (GDateTime, UTC). */
GDateTime       *zm_assessment_get_created          (ZmAssessment *self);
GDateTime       *zm_assessment_get_modified         (ZmAssessment *self);
void             zm_assessment_set_modified         (ZmAssessment *self,
                                                     GDateTime    *modified);

/* The file of an earlier assessment to compare with (property
 * "previous-uri"), or NULL. */
const char      *zm_assessment_get_previous_uri     (ZmAssessment *self);
void             zm_assessment_set_previous_uri     (ZmAssessment *self,
                                                     const char   *uri);

/* Answers: one ZmAnswer per model statement, in model order. */
GListModel      *zm_assessment_get_answers          (ZmAssessment *self);
ZmAnswer        *zm_assessment_get_answer           (ZmAssessment *self,
                                                     const char   *statement_id);
ZmRating         zm_assessment_get_rating           (ZmAssessment *self,
                                                     const char   *statement_id);
void             zm_assessment_set_rating           (ZmAssessment *self,
                                                     const char   *statement_id,
                                                     ZmRating      rating);
/* Statements of @pillar with a rating or "don't know"; @stage 0 counts all
 * four stages. */
guint            zm_assessment_count_answered       (ZmAssessment *self,
                                                     ZmPillar     *pillar,
                                                     guint         stage);

/* Per pillar: whether it is assessed, and the target stage (0 = none). */
gboolean         zm_assessment_get_pillar_included  (ZmAssessment *self,
                                                     const char   *pillar_id);
void             zm_assessment_set_pillar_included  (ZmAssessment *self,
                                                     const char   *pillar_id,
                                                     gboolean      included);
guint            zm_assessment_get_target           (ZmAssessment *self,
                                                     const char   *pillar_id);
void             zm_assessment_set_target           (ZmAssessment *self,
                                                     const char   *pillar_id,
                                                     guint         stage);

/* The eight-step checklist: one ZmChecklistItem per model step, in order. */
GListModel      *zm_assessment_get_checklist        (ZmAssessment *self);
ZmChecklistItem *zm_assessment_get_checklist_item   (ZmAssessment *self,
                                                     const char   *step_id);

/* A team document holds the answers of several respondents, each kept as
 * they gave them (a GListModel of ZmRespondent, in the order they were
 * added, names unique). A document without respondents is one person's
 * own answers, as always. */
GListModel      *zm_assessment_get_respondents      (ZmAssessment *self);
guint            zm_assessment_get_n_respondents    (ZmAssessment *self);
ZmRespondent    *zm_assessment_find_respondent      (ZmAssessment *self,
                                                     const char   *name);
void             zm_assessment_add_respondent       (ZmAssessment *self,
                                                     ZmRespondent *respondent);
void             zm_assessment_remove_respondent    (ZmAssessment *self,
                                                     guint         position);

/* A respondent form: the name of the person it was made for, or NULL. */
const char      *zm_assessment_get_respondent_name  (ZmAssessment *self);
void             zm_assessment_set_respondent_name  (ZmAssessment *self,
                                                     const char   *name);

/* A rating 0–4 the team agreed on for a statement after discussing it,
 * with who agreed it (@by, may be NULL) and when; it counts as the team
 * rating. ZM_RATING_UNANSWERED when there is none, and to clear it. */
ZmRating         zm_assessment_get_agreed_rating    (ZmAssessment  *self,
                                                     const char    *statement_id,
                                                     const char   **by,
                                                     GDateTime    **at);
void             zm_assessment_set_agreed_rating    (ZmAssessment  *self,
                                                     const char    *statement_id,
                                                     ZmRating       rating,
                                                     const char    *by,
                                                     GDateTime     *at);

/* The rating the team result uses: the agreed rating, else the mean of
 * the respondents' ratings 0–4 (don't know and unanswered left out), or
 * in a document without respondents its own rating; NAN when there is
 * none. */
double           zm_assessment_get_team_rating      (ZmAssessment *self,
                                                     const char   *statement_id);

/* Care kinds: stable ids and translated labels. */
const char * const *zm_care_kind_list               (void);
const char      *zm_care_kind_get_label             (const char   *kind);

G_END_DECLS
