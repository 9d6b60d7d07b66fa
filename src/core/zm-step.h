/* zm-step.h: one of the eight steps of the marketing challenge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "zm-types.h"

G_BEGIN_DECLS

#define ZM_TYPE_STEP (zm_step_get_type ())
G_DECLARE_FINAL_TYPE (ZmStep, zm_step, ZM, STEP, GObject)

const char         *zm_step_get_id           (ZmStep *self);
guint               zm_step_get_number       (ZmStep *self);
/* Translated. */
const char         *zm_step_get_title        (ZmStep *self);
const char         *zm_step_get_description  (ZmStep *self);
/* Ids of the pillars this step strengthens, NULL-terminated. */
const char * const *zm_step_get_pillar_ids   (ZmStep *self);

G_END_DECLS
