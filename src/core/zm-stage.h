/* zm-stage.h: one stage of one pillar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-types.h"

G_BEGIN_DECLS

#define ZM_TYPE_STAGE (zm_stage_get_type ())
G_DECLARE_FINAL_TYPE (ZmStage, zm_stage, ZM, STAGE, GObject)

guint               zm_stage_get_number        (ZmStage *self);
ZmPillar           *zm_stage_get_pillar        (ZmStage *self);
/* The shared stage name ("Initiated"), translated. */
const char         *zm_stage_get_name          (ZmStage *self);
/* This pillar's one-line subtitle and short description, translated. */
const char         *zm_stage_get_subtitle      (ZmStage *self);
const char         *zm_stage_get_description   (ZmStage *self);
/* A GListModel of ZmStatement. */
GListModel         *zm_stage_get_statements    (ZmStage *self);
/* Concrete actions to move from this stage to the next, translated;
 * NULL-terminated, empty for stage 4. */
const char * const *zm_stage_get_advice        (ZmStage *self);

G_END_DECLS
