/* zm-model.h: the maturity model, loaded from a model XML file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-types.h"
#include "zm-pillar.h"
#include "zm-stage.h"
#include "zm-statement.h"
#include "zm-step.h"

G_BEGIN_DECLS

#define ZM_MODEL_NAMESPACE "urn:zorgmarketing-scan:model:1"
#define ZM_MODEL_DEFAULT_RESOURCE "/io/github/zorgmarketing/Scan/models/ontwikkelmodel.xml"
/* A model file larger than this is refused before it is parsed. */
#define ZM_MODEL_MAX_SIZE (4 * 1024 * 1024)

#define ZM_MODEL_ERROR (zm_model_error_quark ())

/* Every message starts with "DISPLAY_NAME:LINE: " (no line where none
 * applies), like the document errors. */
typedef enum {
  ZM_MODEL_ERROR_IO,         /* could not read the file */
  ZM_MODEL_ERROR_TOO_LARGE,  /* over ZM_MODEL_MAX_SIZE, or too many elements or attributes */
  ZM_MODEL_ERROR_MALFORMED,  /* not well-formed XML, bad encoding */
  ZM_MODEL_ERROR_DOCTYPE,    /* has a DOCTYPE or entities */
  ZM_MODEL_ERROR_INVALID,    /* wrong structure or meaning */
} ZmModelError;

GQuark       zm_model_error_quark          (void);

#define ZM_TYPE_MODEL (zm_model_get_type ())
G_DECLARE_FINAL_TYPE (ZmModel, zm_model, ZM, MODEL, GObject)

ZmModel     *zm_model_new_default          (GError      **error);
ZmModel     *zm_model_new_from_file        (GFile        *file,
                                            GError      **error);
ZmModel     *zm_model_new_from_bytes       (GBytes       *bytes,
                                            const char   *display_name,
                                            GError      **error);

const char  *zm_model_get_id               (ZmModel      *self);
const char  *zm_model_get_version          (ZmModel      *self);
const char  *zm_model_get_title            (ZmModel      *self);
const char  *zm_model_get_credit           (ZmModel      *self);

/* Stage names are shared by every pillar; @stage is 1–4. */
const char  *zm_model_get_stage_name       (ZmModel      *self,
                                            guint         stage);
/* Rating labels and one-line help, for ZM_RATING_0…4 and ZM_RATING_DONT_KNOW. */
const char  *zm_model_get_rating_label     (ZmModel      *self,
                                            ZmRating      rating);
const char  *zm_model_get_rating_help      (ZmModel      *self,
                                            ZmRating      rating);

/* A GListModel of ZmPillar, in model order. */
GListModel  *zm_model_get_pillars          (ZmModel      *self);
guint        zm_model_get_n_pillars        (ZmModel      *self);
ZmPillar    *zm_model_get_pillar           (ZmModel      *self,
                                            guint         index);
ZmPillar    *zm_model_find_pillar          (ZmModel      *self,
                                            const char   *pillar_id);
ZmStatement *zm_model_find_statement       (ZmModel      *self,
                                            const char   *statement_id);
guint        zm_model_get_n_statements     (ZmModel      *self);

/* A GListModel of ZmStep, the eight steps in order. */
GListModel  *zm_model_get_steps            (ZmModel      *self);
ZmStep      *zm_model_find_step            (ZmModel      *self,
                                            const char   *step_id);

G_END_DECLS
