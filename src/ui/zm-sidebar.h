/* zm-sidebar.h: the places of a document, with their progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

/* Page ids: "organisation", "stage:PILLAR-ID:N" (N = 1–4), "results" and
 * "checklist". */
#define ZM_PAGE_ORGANISATION "organisation"
#define ZM_PAGE_RESULTS      "results"
#define ZM_PAGE_CHECKLIST    "checklist"

char     *zm_page_id_for_stage (ZmStage      *stage);
/* The stage a page id names, or NULL when it names none of @model. */
ZmStage  *zm_page_id_get_stage (const char   *page,
                                ZmModel      *model);

#define ZM_TYPE_SIDEBAR (zm_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (ZmSidebar, zm_sidebar, ZM, SIDEBAR, AdwBin)

/* Properties "assessment" (nullable) and "page" (the page id shown). A row
 * the user moves to or clicks activates win.page with its page id; signal
 * "place-activated" (no arguments) tells that the user clicked a row or
 * pressed Enter on it, as opposed to moving through the list. Pillars that
 * are not included are hidden. */
GtkWidget    *zm_sidebar_new            (void);
ZmAssessment *zm_sidebar_get_assessment (ZmSidebar    *self);
void          zm_sidebar_set_assessment (ZmSidebar    *self,
                                         ZmAssessment *assessment);
const char   *zm_sidebar_get_page       (ZmSidebar    *self);
void          zm_sidebar_set_page       (ZmSidebar    *self,
                                         const char   *page);
/* Moves the keyboard focus to the row of the page shown. */
void          zm_sidebar_focus_page     (ZmSidebar    *self);
/* The progress text a row shows, e.g. "3/7", for tests and tooltips. */
const char   *zm_sidebar_get_progress   (ZmSidebar    *self,
                                         const char   *page);

G_END_DECLS
