/* zm-model-private.h: constructors the model loader uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-model.h"

G_BEGIN_DECLS

ZmStatement *zm_statement_new        (const char  *id,
                                      const char  *text,
                                      guint        stage_number,
                                      ZmPillar    *pillar);

/* The statement's position in the whole model, in model order: lets an
 * assessment keep its answers in an array. */
void         zm_statement_set_index  (ZmStatement *self,
                                      guint        index);
guint        zm_statement_get_index  (ZmStatement *self);

ZmStage     *zm_stage_new            (ZmPillar    *pillar,
                                      guint        number,
                                      const char  *name,
                                      const char  *subtitle,
                                      const char  *description);
void         zm_stage_add_statement  (ZmStage     *self,
                                      ZmStatement *statement);
void         zm_stage_take_advice    (ZmStage     *self,
                                      char       **advice);

ZmPillar    *zm_pillar_new           (const char  *id,
                                      guint        index,
                                      const char  *name,
                                      const char  *question,
                                      gboolean     project_authored);
void         zm_pillar_add_stage     (ZmPillar    *self,
                                      ZmStage     *stage);

ZmStep      *zm_step_new             (const char  *id,
                                      guint        number,
                                      const char  *title,
                                      const char  *description,
                                      char       **pillar_ids);

/* Texts from the model file: white space collapsed, then translated. */
char        *zm_model_translate      (const char  *text);

ZmModel     *zm_model_new_empty      (const char  *id,
                                      const char  *version);
void         zm_model_set_texts      (ZmModel     *self,
                                      const char  *title,
                                      const char  *credit);
void         zm_model_set_stage_name (ZmModel     *self,
                                      guint        stage,
                                      const char  *name);
void         zm_model_set_rating     (ZmModel     *self,
                                      ZmRating     rating,
                                      const char  *label,
                                      const char  *help);
void         zm_model_add_pillar     (ZmModel     *self,
                                      ZmPillar    *pillar);
void         zm_model_add_step       (ZmModel     *self,
                                      ZmStep      *step);

/* Parses and checks a model file; the loader behind every constructor. */
ZmModel     *zm_model_read           (GBytes      *bytes,
                                      const char  *display_name,
                                      GError     **error);

G_END_DECLS
