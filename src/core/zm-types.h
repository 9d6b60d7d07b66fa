/* zm-types.h: forward declarations and enums shared by every layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The four development stages are numbered 1 to 4; 0 means "none". */
#define ZM_N_STAGES 4

typedef struct _ZmModel       ZmModel;
typedef struct _ZmPillar      ZmPillar;
typedef struct _ZmStage       ZmStage;
typedef struct _ZmStatement   ZmStatement;
typedef struct _ZmStep        ZmStep;
typedef struct _ZmAssessment  ZmAssessment;
typedef struct _ZmAnswer      ZmAnswer;
typedef struct _ZmChecklistItem ZmChecklistItem;

/**
 * ZmRating:
 * @ZM_RATING_UNANSWERED: the statement has not been rated
 * @ZM_RATING_DONT_KNOW: the assessor does not know
 * @ZM_RATING_0: does not apply at all
 * @ZM_RATING_4: fully applies
 *
 * Ratings 0–4 are numbers that take part in scoring; the two negative
 * values are left out of every figure.
 */
typedef enum {
  ZM_RATING_UNANSWERED = -2,
  ZM_RATING_DONT_KNOW = -1,
  ZM_RATING_0 = 0,
  ZM_RATING_1 = 1,
  ZM_RATING_2 = 2,
  ZM_RATING_3 = 3,
  ZM_RATING_4 = 4,
} ZmRating;

#define ZM_RATING_IS_SCORED(r) ((r) >= ZM_RATING_0 && (r) <= ZM_RATING_4)

typedef enum {
  ZM_STEP_STATUS_NOT_STARTED,
  ZM_STEP_STATUS_IN_PROGRESS,
  ZM_STEP_STATUS_DONE,
} ZmStepStatus;

G_END_DECLS
