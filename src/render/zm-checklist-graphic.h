/* zm-checklist-graphic.h: the eight-step marketing challenge as a graphic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "zm-types.h"
#include "zm-render-style.h"
#include "zm-render-text.h"

G_BEGIN_DECLS

/**
 * ZmChecklistStep:
 * @number: the step's number, 1–8
 * @title: what the step is
 * @status: not started, in progress or done
 * @owner: (nullable): who owns it
 * @due: (nullable): the due date, already written for display
 */
typedef struct {
  guint         number;
  char         *title;
  ZmStepStatus  status;
  char         *owner;
  char         *due;
} ZmChecklistStep;

typedef struct {
  guint            n_steps;
  ZmChecklistStep *steps;
} ZmChecklistData;

ZmChecklistData *zm_checklist_data_new        (guint                  n_steps);
void             zm_checklist_data_free       (ZmChecklistData       *data);
void             zm_checklist_data_set_step   (ZmChecklistData       *data,
                                               guint                  index,
                                               guint                  number,
                                               const char            *title,
                                               ZmStepStatus           status,
                                               const char            *owner,
                                               const char            *due);
guint            zm_checklist_data_count_done (const ZmChecklistData *data);

/**
 * ZmChecklistRow:
 * @rect: the whole row
 * @mark_x: the centre of the status mark
 * @mark_y: the centre of the status mark
 * @mark_radius: the status mark's radius
 * @title_rect: "1  Develop a vision on marketing", wrapped
 * @meta_rect: status, owner and due date
 */
typedef struct {
  ZmRect       rect;
  double       mark_x;
  double       mark_y;
  double       mark_radius;
  ZmRect       title_rect;
  ZmRect       meta_rect;
  PangoLayout *title;
  PangoLayout *meta;
} ZmChecklistRow;

typedef struct {
  double          width;
  double          height;
  double          font_size;
  double          line_width;
  guint           columns;
  ZmRect          heading_rect;
  PangoLayout    *heading;
  ZmRect          summary_rect;
  PangoLayout    *summary;
  ZmRect          progress_rect;
  guint           n_rows;
  ZmChecklistRow *rows;
} ZmChecklistLayout;

ZmChecklistLayout *zm_checklist_layout_new      (PangoContext            *context,
                                                 const ZmChecklistData   *data,
                                                 double                   width,
                                                 double                   height);
void               zm_checklist_layout_free     (ZmChecklistLayout       *layout);

/* Draws the checklist into (0, 0, @width, @height), in points. */
void               zm_checklist_graphic_draw    (cairo_t                 *cr,
                                                 const ZmChecklistData   *data,
                                                 const ZmRenderStyle     *style,
                                                 double                   width,
                                                 double                   height);
/* The same with its data as a plain pointer, for a table of drawings. */
void               zm_checklist_graphic_draw_func (cairo_t               *cr,
                                                 gconstpointer            data,
                                                 const ZmRenderStyle     *style,
                                                 double                   width,
                                                 double                   height);
void               zm_checklist_graphic_draw_layout (cairo_t             *cr,
                                                 const ZmChecklistLayout *layout,
                                                 const ZmChecklistData   *data,
                                                 const ZmRenderStyle     *style);
/* A status mark alone: an empty circle, a half-filled one or a check. */
void               zm_checklist_draw_mark       (cairo_t                 *cr,
                                                 ZmStepStatus             status,
                                                 const ZmRenderStyle     *style,
                                                 double                   x,
                                                 double                   y,
                                                 double                   radius,
                                                 double                   line_width);
const char        *zm_checklist_status_label    (ZmStepStatus             status);
/* "3 of 8 steps done" in the UI language. */
char              *zm_checklist_format_summary  (const ZmChecklistData   *data);
/* The checklist as sentences, for assistive technologies. */
char              *zm_checklist_describe        (const ZmChecklistData   *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmChecklistData, zm_checklist_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmChecklistLayout, zm_checklist_layout_free)

G_END_DECLS
