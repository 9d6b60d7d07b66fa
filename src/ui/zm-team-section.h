/* zm-team-section.h: the team on the results page: respondents, and the
 * disagreements to discuss with the ratings the team agreed on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_TYPE_TEAM_SECTION (zm_team_section_get_type ())
G_DECLARE_FINAL_TYPE (ZmTeamSection, zm_team_section, ZM, TEAM_SECTION, AdwBin)

/* Property "assessment" (nullable); the section follows its "changed"
 * signal. Actions: team.invite (write respondent forms), team.add (add
 * respondents from files; files dropped on the section do the same) and
 * team.remove (uint32: the respondent's position); team.take-own makes
 * answers given in a team document itself a respondent's. */
GtkWidget    *zm_team_section_new             (void);
ZmAssessment *zm_team_section_get_assessment  (ZmTeamSection *self);
void          zm_team_section_set_assessment  (ZmTeamSection *self,
                                               ZmAssessment  *assessment);

/* What the file choosers lead to, for tests that cannot use a chooser:
 * reads @files and adds their respondents, all or none; writes one form
 * per name into @folder. Both finish asynchronously; "done" is emitted
 * with the message shown to the user (NULL when there was none). */
void          zm_team_section_add_files       (ZmTeamSection *self,
                                               GListModel    *files);
void          zm_team_section_write_forms     (ZmTeamSection *self,
                                               const char * const *names,
                                               GFile         *folder);

G_END_DECLS
