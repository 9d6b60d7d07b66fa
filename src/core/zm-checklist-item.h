/* zm-checklist-item.h: the state of one step of the marketing challenge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "zm-types.h"

G_BEGIN_DECLS

#define ZM_TYPE_CHECKLIST_ITEM (zm_checklist_item_get_type ())
G_DECLARE_FINAL_TYPE (ZmChecklistItem, zm_checklist_item, ZM, CHECKLIST_ITEM, GObject)

/* Properties: "step-id" (construct-only), "status" (ZmStepStatus), "owner",
 * "due" ("YYYY-MM-DD" or NULL), "note". All notify only on a real change. */
ZmChecklistItem *zm_checklist_item_new        (const char      *step_id);
const char      *zm_checklist_item_get_step_id (ZmChecklistItem *self);
ZmStepStatus     zm_checklist_item_get_status  (ZmChecklistItem *self);
void             zm_checklist_item_set_status  (ZmChecklistItem *self,
                                                ZmStepStatus     status);
const char      *zm_checklist_item_get_owner   (ZmChecklistItem *self);
void             zm_checklist_item_set_owner   (ZmChecklistItem *self,
                                                const char      *owner);
const char      *zm_checklist_item_get_due     (ZmChecklistItem *self);
void             zm_checklist_item_set_due     (ZmChecklistItem *self,
                                                const char      *due);
const char      *zm_checklist_item_get_note    (ZmChecklistItem *self);
void             zm_checklist_item_set_note    (ZmChecklistItem *self,
                                                const char      *note);

G_END_DECLS
