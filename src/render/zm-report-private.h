/* zm-report-private.h: the report's content as blocks, and their pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "zm-checklist-graphic.h"
#include "zm-radar-data.h"
#include "zm-report.h"
#include "zm-scoring.h"

G_BEGIN_DECLS

typedef enum {
  ZM_BLOCK_TITLE,
  ZM_BLOCK_SUBTITLE,
  ZM_BLOCK_HEADING,
  ZM_BLOCK_SUBHEADING,
  ZM_BLOCK_PARAGRAPH,
  ZM_BLOCK_BULLET,
  ZM_BLOCK_NOTE,
  ZM_BLOCK_CAPTION,
  ZM_BLOCK_FACT,
  ZM_BLOCK_KEY_FIGURE,
  ZM_BLOCK_CHART,
  ZM_BLOCK_CHECKLIST,
  ZM_BLOCK_TABLE,
} ZmBlockKind;

/* A table: text cells in markup; one column may show each row's stage
 * profile as bars instead. */
typedef struct {
  guint       n_columns;
  double     *widths;       /* fractions of the text width, summing to 1 */
  char      **header;       /* n_columns */
  GPtrArray  *rows;         /* of char ** (n_columns, markup) */
  int         bars_column;  /* -1 for none */
  GArray     *fits;         /* per row double[ZM_N_STAGES] */
  GArray     *stages;       /* per row guint */
} ZmTable;

/* One unbreakable part of a block: a line of text, a table row, a chart. */
typedef struct {
  double y;         /* top, within the block */
  double height;
  double baseline;  /* text lines: within the block */
  double x;         /* text lines: the line's offset */
  int    line;      /* text lines: index in the layout, else -1 */
} ZmPiece;

typedef struct {
  ZmBlockKind  kind;
  char        *markup;
  char        *markup2;          /* a fact's value; a key figure's detail */
  gboolean     page_break_before;
  gboolean     keep_with_next;    /* besides the kind's own rule */
  double       extra_space;       /* above the block, besides the kind's own */
  ZmTable     *table;
  /* measured for one text width */
  PangoLayout *layout;
  PangoLayout *layout2;
  GPtrArray   *cells;            /* tables: PangoLayout per cell, header first */
  GArray      *pieces;           /* of ZmPiece */
} ZmBlock;

typedef struct {
  guint  block;
  guint  piece;
  double y;
} ZmPlacement;

/* What zm-report.c gathers and zm-report-pages.c lays out. */
typedef struct {
  GPtrArray       *blocks;       /* of ZmBlock */
  ZmRadarData     *chart;
  ZmChecklistData *checklist;
  char            *footer;
  /* the pagination, for one page size */
  double           width;
  double           height;
  GPtrArray       *pages;        /* of GArray of ZmPlacement */
} ZmReportContent;

ZmReportContent *zm_report_content_new    (void);
void             zm_report_content_free   (ZmReportContent *content);
ZmBlock         *zm_report_content_add    (ZmReportContent *content,
                                           ZmBlockKind      kind,
                                           const char      *markup);
ZmTable         *zm_table_new             (guint            n_columns,
                                           const double    *widths,
                                           const char     **header);
void             zm_table_add_row         (ZmTable         *table,
                                           char           **cells);
void             zm_table_free            (ZmTable         *table);

void             zm_report_content_paginate (ZmReportContent *content,
                                             double           width,
                                             double           height);
void             zm_report_content_draw_page (ZmReportContent *content,
                                              cairo_t         *cr,
                                              guint            page);

/* The team page: respondents, spread per pillar and the largest
 * disagreements; nothing for a document without respondents. */
void             zm_report_add_team       (ZmReportContent *content,
                                           ZmAssessment    *assessment,
                                           const ZmResult  *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmReportContent, zm_report_content_free)

G_END_DECLS
