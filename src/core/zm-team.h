/* zm-team.h: team assessments: respondent forms, merging respondents into
 * one team document, and where the team disagrees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

/* A statement two or more respondents rated ZM_DISAGREEMENT_FROM or more
 * apart: the agenda of the team's consensus meeting. */
typedef struct {
  ZmStatement *statement;   /* borrowed from the model */
  guint        difference;  /* highest rating minus lowest */
} ZmDisagreement;

/* The disagreements over the included pillars, largest difference first,
 * then in model order. An array of ZmDisagreement. */
GArray       *zm_team_list_disagreements   (ZmAssessment  *team);

/* A respondent form for @name: organisation, pillars and targets of
 * @source, no answers and no checklist. */
ZmAssessment *zm_team_new_respondent_form  (ZmAssessment  *source,
                                            const char    *name);

/* The name the answers of @document go by in a team: the name its form
 * was made for, else its assessors, else @file_name without the suffix. */
char         *zm_team_name_for             (ZmAssessment  *document,
                                            const char    *file_name);

/* A team document set up like @first: organisation, pillars and targets,
 * checklist, the earlier assessment and any agreed ratings; no answers and
 * no respondents yet (add @first with zm_team_add()). */
ZmAssessment *zm_team_new                  (ZmAssessment  *first);

/* Adds to @team the respondents of @document, read from the file shown as
 * @display_name: those of a team document, else its own answers under
 * zm_team_name_for(). Refuses, changing nothing, a document of another
 * model version (ZM_DOCUMENT_ERROR_WRONG_MODEL) and a respondent already
 * in the team with the same answers (ZM_DOCUMENT_ERROR_DUPLICATE); renames
 * one who only shares a name. Appends one translated line per warning
 * (renamed respondent, other organisation name, nobody to add) to
 * @messages. Errors and warnings start with "DISPLAY_NAME: ". */
gboolean      zm_team_add                  (ZmAssessment  *team,
                                            ZmAssessment  *document,
                                            const char    *display_name,
                                            GPtrArray     *messages,
                                            GError       **error);

/* Whether the document has answers of its own: a rating, don't know or
 * a note. */
gboolean      zm_team_has_own_answers      (ZmAssessment  *document);

/* Turns the document's own answers, when it has any, into its first
 * respondent under zm_team_name_for(), so that respondents can join it. */
void          zm_team_take_own_answers     (ZmAssessment  *document,
                                            const char    *file_name);

G_END_DECLS
