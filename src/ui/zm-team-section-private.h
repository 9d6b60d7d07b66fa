/* zm-team-section-private.h: the team section's parts, split by concern
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-team-section.h"

G_BEGIN_DECLS

struct _ZmTeamSection
{
  AdwBin                parent_instance;

  ZmAssessment         *assessment;
  guint                 rebuild_source;
  GPtrArray            *respondent_rows;
  GPtrArray            *agenda_rows;
  /* Statement ids whose agenda row stays open across a rebuild. */
  GHashTable           *expanded;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;

  AdwPreferencesGroup  *respondents_group;
  AdwPreferencesGroup  *agenda_group;
};

/* Emits "done" (zm-team-section.c). */
void zm_team_section_done          (ZmTeamSection *self,
                                    const char    *message);

/* team.add and team.invite (zm-team-section-files.c). */
void zm_team_section_add_action    (GtkWidget     *widget,
                                    const char    *action_name,
                                    GVariant      *parameter);
void zm_team_section_invite_action (GtkWidget     *widget,
                                    const char    *action_name,
                                    GVariant      *parameter);

G_END_DECLS
