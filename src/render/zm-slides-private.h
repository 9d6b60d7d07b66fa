/* zm-slides-private.h: what the slide builders share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The deck is a list of builders (zm-slides-content.c), each adding the
 * slides of one part of the story to a ZmDeck; zm-slides.c then lays out
 * every slide and draws it. Another part of the story is another builder.
 */
#pragma once

#include "zm-checklist-graphic.h"
#include "zm-radar-data.h"
#include "zm-scoring.h"
#include "zm-slides.h"

G_BEGIN_DECLS

/**
 * ZmDeck:
 * @assessment: what the deck is about
 * @previous: (nullable): the earlier assessment
 * @result: @assessment scored
 * @previous_result: (nullable): @previous scored
 * @chart: the chart as the results show it, with target and previous
 * @checklist: the eight steps as the checklist graphic shows them
 * @slides: of #ZmSlide, in order
 */
typedef struct {
  ZmAssessment    *assessment;
  ZmAssessment    *previous;
  ZmModel         *model;
  ZmResult        *result;
  ZmResult        *previous_result;
  ZmRadarData     *chart;
  ZmChecklistData *checklist;
  GPtrArray       *slides;
} ZmDeck;

typedef void (*ZmSlideBuilder) (ZmDeck *deck);

/* Runs every builder in the deck's order; zm-slides-content.c. */
void      zm_deck_build             (ZmDeck          *deck);

ZmSlide  *zm_deck_add_slide         (ZmDeck          *deck,
                                     ZmSlideKind      kind,
                                     const char      *title);
void      zm_slide_add_paragraph    (ZmSlide         *slide,
                                     const char      *lead,
                                     const char      *text,
                                     gboolean         bullet);
/* The graphic, drawn with @draw from @data, and @description (taken)
 * in words; the slide owns @data. */
void      zm_slide_set_graphic      (ZmSlide         *slide,
                                     ZmSlideDrawFunc  draw,
                                     gpointer         data,
                                     GDestroyNotify   data_free,
                                     char            *description);
/* Adds a sentence (printf style) to the presenter's notes. */
void      zm_slide_add_note         (ZmSlide         *slide,
                                     const char      *format,
                                     ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
