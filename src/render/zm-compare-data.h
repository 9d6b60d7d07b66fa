/* zm-compare-data.h: what the heat map and the trend show, as plain data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "zm-collection.h"

G_BEGIN_DECLS

/**
 * ZmComparePoint:
 * @date: "YYYY-MM-DD", or %NULL when the document has no date
 * @scores: per pillar 1.0–4.0, NAN when not determined
 * @included: per pillar, whether it was assessed
 * @indicative: per pillar, whether the answers are too few for a firm result
 * @unclear: per pillar, whether every stage fits about equally (a profile
 *   without a clear stage)
 * @overall: the overall score, NAN when not determined
 * @source: the document's position in the collection it came from
 */
typedef struct {
  char     *date;
  double   *scores;
  gboolean *included;
  gboolean *indicative;
  gboolean *unclear;
  double    overall;
  guint     source;
} ZmComparePoint;

/**
 * ZmCompareUnit:
 * @organisation: the organisation's name, "" when not given
 * @unit: the unit or location, "" when not given
 * @n_points: one per assessment of the unit
 * @points: oldest first; the last is the one the heat map shows
 */
typedef struct {
  char           *organisation;
  char           *unit;
  guint           n_points;
  ZmComparePoint *points;
} ZmCompareUnit;

/**
 * ZmCompareData:
 * @n_pillars: columns of the heat map, panels of the trend
 * @pillar_names: in model order
 * @stage_names: of stages 1–4 at index 0–3
 * @n_units: rows of the heat map
 * @units: in the order the heat map shows them
 * @n_documents: how many assessments the units hold together
 */
typedef struct {
  guint          n_pillars;
  char         **pillar_names;
  char          *stage_names[ZM_N_STAGES];
  guint          n_units;
  ZmCompareUnit *units;
  guint          n_documents;
} ZmCompareData;

/* Sort keys: a pillar's index, or one of these. */
#define ZM_COMPARE_SORT_NAME    (-1)
#define ZM_COMPARE_SORT_OVERALL (-2)

ZmCompareData  *zm_compare_data_new             (guint                n_pillars);
void            zm_compare_data_free            (ZmCompareData       *data);
void            zm_compare_data_set_pillar_name (ZmCompareData       *data,
                                                 guint                pillar,
                                                 const char          *name);
void            zm_compare_data_set_stage_name  (ZmCompareData       *data,
                                                 guint                stage,
                                                 const char          *name);
/* Appends a unit and returns it. */
ZmCompareUnit  *zm_compare_data_add_unit        (ZmCompareData       *data,
                                                 const char          *organisation,
                                                 const char          *unit);
/* Appends a point to @unit with every pillar not assessed; keep dates in
 * ascending order. */
ZmComparePoint *zm_compare_data_add_point       (ZmCompareData       *data,
                                                 ZmCompareUnit       *unit,
                                                 const char          *date);

/* One unit per organisation and unit of @collection, its documents as
 * points by date; units in the collection's order. */
ZmCompareData  *zm_compare_data_new_for_collection (ZmCollection     *collection);
/* The same from @entries, in a collection's order (a point's source is
 * its index in @entries); any thread may call it. */
ZmCompareData  *zm_compare_data_new_for_entries (ZmModel            *model,
                                                 ZmCollectionEntry **entries,
                                                 guint               n_entries);

/* Orders the units by @key: by name (numbers in names by value), or by the latest score of a pillar
 * or overall, highest first, what is not determined last. */
void            zm_compare_data_sort            (ZmCompareData       *data,
                                                 int                  key);

/* The organisation every unit belongs to, or NULL when they differ. */
const char     *zm_compare_data_get_common_organisation (const ZmCompareData *data);
/* Units with two or more dated points, which the trend shows. */
guint           zm_compare_data_count_trend_units (const ZmCompareData *data);
gboolean        zm_compare_unit_has_trend       (const ZmCompareUnit *unit);
/* The latest point. */
const ZmComparePoint *zm_compare_unit_latest    (const ZmCompareUnit *unit);
/* "Organisation – unit", or what of it is given, for a legend; the
 * organisation is left out when @common. */
char           *zm_compare_unit_get_label       (const ZmCompareUnit *unit,
                                                 gboolean             common);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZmCompareData, zm_compare_data_free)

G_END_DECLS
