/* zm-slides.h: the slide deck for a board presentation, laid out on 16:9
 * slides and drawn on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "zm-assessment.h"
#include "zm-render-style.h"
#include "zm-render-text.h"

G_BEGIN_DECLS

/* A widescreen slide in points, as PowerPoint and Impress make it: at
 * 1920 × 1080 pixels a point is two pixels. */
#define ZM_SLIDE_WIDTH  960.0
#define ZM_SLIDE_HEIGHT 540.0

/* The smallest text on a slide, in points: what still reads from the back
 * of a meeting room. */
#define ZM_SLIDE_MIN_TITLE_SIZE 28.0
#define ZM_SLIDE_MIN_BODY_SIZE  18.0

/* A bullet's indent and the space above a paragraph, for text of a size. */
#define ZM_SLIDE_BULLET_INDENT(size)   ((size) * 1.1)
#define ZM_SLIDE_PARAGRAPH_SPACE(size) ((size) * 0.5)

typedef enum {
  ZM_SLIDE_TITLE,     /* the opening slide: title and subtitle */
  ZM_SLIDE_CONTENT,   /* a title, and text, a graphic or both */
} ZmSlideKind;

typedef void (*ZmSlideDrawFunc) (cairo_t             *cr,
                                 gconstpointer        data,
                                 const ZmRenderStyle *style,
                                 double               width,
                                 double               height);

/**
 * ZmSlideParagraph:
 * @lead: (nullable): bold words at the start, such as a pillar's name
 * @text: the rest, plain text
 * @bullet: shown as a bullet point
 */
typedef struct {
  char     *lead;
  char     *text;
  gboolean  bullet;
} ZmSlideParagraph;

/**
 * ZmSlide:
 * @kind: which slide layout it uses
 * @title: the slide's title, plain text
 * @paragraphs: of #ZmSlideParagraph: the subtitle of a title slide, the
 *   body of a content slide
 * @draw: (nullable): draws the slide's graphic into (0, 0, width, height)
 * @description: (nullable): the graphic in words, for a screen reader
 * @notes: what the presenter says, plain text with one paragraph a line
 * @accent_rect: the coloured bar above the title, in points
 * @title_rect: where the title goes
 * @body_rect: where the paragraphs go; empty when there are none
 * @graphic_rect: where the graphic goes; empty when there is none
 * @title_size: the title's font size in points
 * @body_size: the paragraphs' font size in points
 *
 * The rectangles and sizes are the slide's layout, the same in every
 * format: the PDF draws the text there, the PPTX puts its text boxes there.
 */
typedef struct {
  ZmSlideKind      kind;
  char            *title;
  GPtrArray       *paragraphs;
  ZmSlideDrawFunc  draw;
  gpointer         draw_data;
  GDestroyNotify   draw_data_free;
  char            *description;
  char            *notes;
  ZmRect           accent_rect;
  ZmRect           title_rect;
  ZmRect           body_rect;
  ZmRect           graphic_rect;
  double           title_size;
  double           body_size;
} ZmSlide;

#define ZM_TYPE_SLIDES (zm_slides_get_type ())
G_DECLARE_FINAL_TYPE (ZmSlides, zm_slides, ZM, SLIDES, GObject)

/* Takes a snapshot of everything the deck shows, in the UI language.
 * @previous (nullable) is the earlier assessment: its shape on the chart
 * and a slide with the change per pillar. */
ZmSlides      *zm_slides_new            (ZmAssessment *assessment,
                                         ZmAssessment *previous);

guint          zm_slides_get_n_slides   (ZmSlides     *self);
const ZmSlide *zm_slides_get_slide      (ZmSlides     *self,
                                         guint         index);

/* Draws slide @index into (0, 0, ZM_SLIDE_WIDTH, ZM_SLIDE_HEIGHT). */
void           zm_slides_draw_slide     (ZmSlides     *self,
                                         cairo_t      *cr,
                                         guint         index);
/* Draws the graphic of slide @index alone into (0, 0, width, height) of
 * its graphic_rect, on a transparent background: the PPTX's picture. */
void           zm_slides_draw_graphic   (ZmSlides     *self,
                                         cairo_t      *cr,
                                         guint         index);

/* For the document's properties. */
const char    *zm_slides_get_title      (ZmSlides     *self);
const char    *zm_slides_get_author     (ZmSlides     *self);
const char    *zm_slides_get_subject    (ZmSlides     *self);
/* The language the deck is written in, "nl" or "en-GB" style. */
const char    *zm_slides_get_language   (ZmSlides     *self);

G_END_DECLS
