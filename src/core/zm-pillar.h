/* zm-pillar.h: one pillar of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-types.h"

G_BEGIN_DECLS

#define ZM_TYPE_PILLAR (zm_pillar_get_type ())
G_DECLARE_FINAL_TYPE (ZmPillar, zm_pillar, ZM, PILLAR, GObject)

const char  *zm_pillar_get_id                 (ZmPillar   *self);
guint        zm_pillar_get_index              (ZmPillar   *self);
/* Translated texts. */
const char  *zm_pillar_get_name               (ZmPillar   *self);
const char  *zm_pillar_get_question           (ZmPillar   *self);
/* TRUE when the model file marks this pillar's content as written by the
 * project rather than taken from the model's published source. */
gboolean     zm_pillar_get_project_authored   (ZmPillar   *self);
/* @stage is 1–4. */
ZmStage     *zm_pillar_get_stage              (ZmPillar   *self,
                                               guint       stage);
/* All statements of the pillar, stage 1 first: a GListModel of ZmStatement. */
GListModel  *zm_pillar_get_statements         (ZmPillar   *self);
guint        zm_pillar_get_n_statements       (ZmPillar   *self);

G_END_DECLS
