/* zm-compare-data.c: what the heat map and the trend show, as plain data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-compare-data.h"

ZmCompareData *
zm_compare_data_new (guint n_pillars)
{
  ZmCompareData *data = g_new0 (ZmCompareData, 1);

  data->n_pillars = n_pillars;
  data->pillar_names = g_new0 (char *, n_pillars + 1);
  return data;
}

static void
point_clear (ZmComparePoint *point)
{
  g_free (point->date);
  g_free (point->scores);
  g_free (point->included);
  g_free (point->indicative);
  g_free (point->unclear);
}

void
zm_compare_data_free (ZmCompareData *data)
{
  if (data == NULL)
    return;

  for (guint u = 0; u < data->n_units; u++)
    {
      ZmCompareUnit *unit = &data->units[u];

      for (guint p = 0; p < unit->n_points; p++)
        point_clear (&unit->points[p]);
      g_free (unit->points);
      g_free (unit->organisation);
      g_free (unit->unit);
    }
  g_free (data->units);
  g_strfreev (data->pillar_names);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    g_free (data->stage_names[s]);
  g_free (data);
}

void
zm_compare_data_set_pillar_name (ZmCompareData *data,
                                 guint          pillar,
                                 const char    *name)
{
  g_return_if_fail (data != NULL && pillar < data->n_pillars);

  g_free (data->pillar_names[pillar]);
  data->pillar_names[pillar] = g_strdup (name);
}

void
zm_compare_data_set_stage_name (ZmCompareData *data,
                                guint          stage,
                                const char    *name)
{
  g_return_if_fail (data != NULL && stage >= 1 && stage <= ZM_N_STAGES);

  g_free (data->stage_names[stage - 1]);
  data->stage_names[stage - 1] = g_strdup (name);
}

ZmCompareUnit *
zm_compare_data_add_unit (ZmCompareData *data,
                          const char    *organisation,
                          const char    *unit)
{
  ZmCompareUnit *added;

  g_return_val_if_fail (data != NULL, NULL);

  data->units = g_renew (ZmCompareUnit, data->units, data->n_units + 1);
  added = &data->units[data->n_units++];
  *added = (ZmCompareUnit) { g_strdup (organisation ? organisation : ""),
                             g_strdup (unit ? unit : ""), 0, NULL };
  return added;
}

ZmComparePoint *
zm_compare_data_add_point (ZmCompareData *data,
                           ZmCompareUnit *unit,
                           const char    *date)
{
  ZmComparePoint *point;

  g_return_val_if_fail (data != NULL && unit != NULL, NULL);

  unit->points = g_renew (ZmComparePoint, unit->points, unit->n_points + 1);
  point = &unit->points[unit->n_points++];
  point->date = g_strdup (date);
  point->scores = g_new (double, MAX (data->n_pillars, 1));
  for (guint p = 0; p < data->n_pillars; p++)
    point->scores[p] = NAN;
  point->included = g_new0 (gboolean, MAX (data->n_pillars, 1));
  point->indicative = g_new0 (gboolean, MAX (data->n_pillars, 1));
  point->unclear = g_new0 (gboolean, MAX (data->n_pillars, 1));
  point->overall = NAN;
  point->source = 0;
  data->n_documents++;
  return point;
}

static void
fill_point (ZmComparePoint *point,
            const ZmResult *result,
            guint           n_pillars)
{
  for (guint p = 0; p < MIN (n_pillars, result->n_pillars); p++)
    {
      const ZmPillarResult *pillar = &result->pillars[p];

      point->included[p] = pillar->included;
      point->indicative[p] = pillar->included && pillar->indicative;
      point->unclear[p] = pillar->included && pillar->determined && pillar->unclear;
      point->scores[p] = pillar->included && pillar->determined ? pillar->score : NAN;
    }
  point->overall = result->overall;
}

static void
set_names_from_model (ZmCompareData *data,
                      ZmModel       *model)
{
  for (guint p = 0; p < data->n_pillars; p++)
    zm_compare_data_set_pillar_name (data, p, zm_pillar_get_name (zm_model_get_pillar (model, p)));
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    zm_compare_data_set_stage_name (data, s, zm_model_get_stage_name (model, s));
}

ZmCompareData *
zm_compare_data_new_for_entries (ZmModel            *model,
                                 ZmCollectionEntry **entries,
                                 guint               n_entries)
{
  ZmCompareData *data;
  ZmCompareUnit *unit = NULL;
  ZmCollectionEntry *previous = NULL;

  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);
  g_return_val_if_fail (entries != NULL || n_entries == 0, NULL);

  data = zm_compare_data_new (zm_model_get_n_pillars (model));
  set_names_from_model (data, model);

  for (guint i = 0; i < n_entries; i++)
    {
      ZmCollectionEntry *entry = entries[i];
      ZmComparePoint *point;

      if (previous == NULL || !zm_collection_entry_same_unit (previous, entry))
        unit = zm_compare_data_add_unit (data, zm_collection_entry_get_organisation (entry),
                                         zm_collection_entry_get_unit (entry));
      point = zm_compare_data_add_point (data, unit, zm_collection_entry_get_date (entry));
      fill_point (point, zm_collection_entry_get_result (entry), data->n_pillars);
      point->source = i;
      previous = entry;
    }

  return data;
}

ZmCompareData *
zm_compare_data_new_for_collection (ZmCollection *collection)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (ZM_IS_COLLECTION (collection), NULL);

  entries = zm_collection_dup_entries (collection);
  return zm_compare_data_new_for_entries (zm_collection_get_model (collection),
                                          (ZmCollectionEntry **) entries->pdata, entries->len);
}

const ZmComparePoint *
zm_compare_unit_latest (const ZmCompareUnit *unit)
{
  g_return_val_if_fail (unit != NULL && unit->n_points > 0, NULL);

  return &unit->points[unit->n_points - 1];
}

static double
sort_value (const ZmCompareUnit *unit,
            int                  key)
{
  const ZmComparePoint *point = zm_compare_unit_latest (unit);

  return key == ZM_COMPARE_SORT_OVERALL ? point->overall : point->scores[key];
}

/* A unit and what it is sorted by, worked out once per sort: a name's
 * collation key costs more than the comparisons. */
typedef struct {
  ZmCompareUnit unit;
  char         *organisation_key;
  char         *unit_key;
  double        value;
} SortItem;

static int
compare_names (const SortItem *a,
               const SortItem *b)
{
  int order = strcmp (a->organisation_key, b->organisation_key);

  return order != 0 ? order : strcmp (a->unit_key, b->unit_key);
}

static int
compare_items (gconstpointer pa,
               gconstpointer pb,
               gpointer      user_data)
{
  const SortItem *a = pa, *b = pb;
  int key = GPOINTER_TO_INT (user_data);

  if (key != ZM_COMPARE_SORT_NAME)
    {
      if (isnan (a->value) != isnan (b->value))
        return isnan (a->value) ? 1 : -1;
      if (!isnan (a->value) && a->value != b->value)
        return a->value > b->value ? -1 : 1;
    }
  return compare_names (a, b);
}

void
zm_compare_data_sort (ZmCompareData *data,
                      int            key)
{
  g_autofree SortItem *items = NULL;

  g_return_if_fail (data != NULL);
  g_return_if_fail (key >= ZM_COMPARE_SORT_OVERALL && key < (int) data->n_pillars);

  items = g_new (SortItem, MAX (data->n_units, 1));
  for (guint u = 0; u < data->n_units; u++)
    {
      items[u].unit = data->units[u];
      /* As a person sorts names: "Locatie 2" before "Locatie 10". */
      items[u].organisation_key = g_utf8_collate_key_for_filename (data->units[u].organisation, -1);
      items[u].unit_key = g_utf8_collate_key_for_filename (data->units[u].unit, -1);
      items[u].value = key >= 0 || key == ZM_COMPARE_SORT_OVERALL ? sort_value (&data->units[u], key) : NAN;
    }
  g_qsort_with_data (items, (int) data->n_units, sizeof (SortItem), compare_items, GINT_TO_POINTER (key));
  for (guint u = 0; u < data->n_units; u++)
    {
      data->units[u] = items[u].unit;
      g_free (items[u].organisation_key);
      g_free (items[u].unit_key);
    }
}

const char *
zm_compare_data_get_common_organisation (const ZmCompareData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (data->n_units == 0 || data->units[0].organisation[0] == '\0')
    return NULL;
  for (guint u = 1; u < data->n_units; u++)
    if (!g_str_equal (data->units[u].organisation, data->units[0].organisation))
      return NULL;
  return data->units[0].organisation;
}

gboolean
zm_compare_unit_has_trend (const ZmCompareUnit *unit)
{
  guint dated = 0;

  g_return_val_if_fail (unit != NULL, FALSE);

  for (guint p = 0; p < unit->n_points; p++)
    if (unit->points[p].date != NULL)
      dated++;
  return dated >= 2;
}

guint
zm_compare_data_count_trend_units (const ZmCompareData *data)
{
  guint n = 0;

  g_return_val_if_fail (data != NULL, 0);

  for (guint u = 0; u < data->n_units; u++)
    if (zm_compare_unit_has_trend (&data->units[u]))
      n++;
  return n;
}

char *
zm_compare_unit_get_label (const ZmCompareUnit *unit,
                           gboolean             common)
{
  g_return_val_if_fail (unit != NULL, NULL);

  if (unit->unit[0] == '\0' && (common || unit->organisation[0] == '\0'))
    /* Translators: a unit in a comparison whose document names none */
    return g_strdup (common ? _("(whole organisation)") : _("(no name)"));
  if (common || unit->organisation[0] == '\0')
    return g_strdup (unit->unit);
  if (unit->unit[0] == '\0')
    return g_strdup (unit->organisation);
  /* Translators: organisation and unit in a comparison, "Zorggroep De Linde – Locatie Noord" */
  return g_strdup_printf (_("%1$s – %2$s"), unit->organisation, unit->unit);
}
