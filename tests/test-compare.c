/* test-compare.c: many assessments read together, the heat map, the trend
 * and --compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "zm-collection.h"
#include "zm-compare-data.h"
#include "zm-csv.h"
#include "zm-document.h"
#include "zm-export.h"
#include "zm-heatmap.h"
#include "zm-render-test-util.h"
#include "zm-test-util.h"
#include "zm-trend.h"

typedef struct {
  const char *file;
  const char *organisation;
  const char *unit;
  const char *date;
  guint       seed;
} DocSpec;

/* Several units and dates, under names that do not give their order. */
static const DocSpec docs[] = {
  { "q.zmscan", "Zorggroep De Linde", "Locatie De Hooge Waerd, afdeling psychogeriatrie", "2025-03-11", 1 },
  { "b.zmscan", "Zorggroep De Linde", "Locatie De Hooge Waerd, afdeling psychogeriatrie", "2026-03-09", 2 },
  { "m.zmscan", "Zorggroep De Linde", "Locatie De Hooge Waerd, afdeling psychogeriatrie", "2024-02-20", 3 },
  { "sub/a.zmscan", "Zorggroep De Linde", "Thuiszorg Oost", "2026-01-15", 4 },
  { "z.zmscan", "Zorggroep De Linde", "Thuiszorg Oost", "2025-01-10", 5 },
  { "c.zmscan", "Ziekenhuis Rivierenland", "Cardiologie", "2026-02-02", 6 },
};

static ZmModel *
default_model (void)
{
  g_autoptr(GError) error = NULL;
  ZmModel *model = zm_model_new_default (&error);

  g_assert_no_error (error);
  return model;
}

/* Ratings from @seed; the second document leaves a pillar out and
 * answers few statements of another, so that it is indicative. */
static ZmAssessment *
build_document (ZmModel       *model,
                const DocSpec *spec)
{
  ZmAssessment *a = zm_assessment_new (model);
  GListModel *answers = zm_assessment_get_answers (a);
  guint n = g_list_model_get_n_items (answers);

  zm_assessment_set_organisation_name (a, spec->organisation);
  zm_assessment_set_unit (a, spec->unit);
  zm_assessment_set_date (a, spec->date);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);

      if (spec->seed == 2 && i % 3 != 0 && i < n / 3)
        continue;
      zm_answer_set_rating (answer, (ZmRating) ((i * 7 + spec->seed * 5 + i / 9 * spec->seed) % 5));
    }
  if (spec->seed == 2)
    zm_assessment_set_pillar_included (a, zm_pillar_get_id (zm_model_get_pillar (model, 5)), FALSE);
  return a;
}

static void
save_document (ZmAssessment *a,
               GFile        *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (g_file_peek_path (parent), 0700);
  zm_document_save (a, file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static GFile *
make_folder (ZmModel *model)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zm-compare-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(ZmAssessment) a = build_document (model, &docs[i]);
      g_autofree char *path = g_build_filename (dir, docs[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      save_document (a, file);
    }
  return g_file_new_for_path (dir);
}

static void
write_text (GFile      *folder,
            const char *name,
            const char *text)
{
  g_autoptr(GFile) file = g_file_get_child (folder, name);
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (file, text, strlen (text), NULL, FALSE, 0, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFile *child;

  while (children != NULL && g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

static ZmCollection *
load_folder (ZmModel *model,
             GFile   *folder)
{
  ZmCollection *collection = zm_collection_new (model);
  g_autoptr(GError) error = NULL;

  zm_collection_load (collection, &folder, 1, NULL, &error);
  g_assert_no_error (error);
  return collection;
}

/* --- the collection ------------------------------------------------------ */

static void
test_collection_order (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autoptr(GFile) folder = make_folder (model);
  g_autoptr(ZmCollection) collection = load_folder (model, folder);
  static const guint expected[] = { 5, 2, 0, 1, 4, 3 };

  g_assert_cmpuint (zm_collection_get_failures (collection)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, G_N_ELEMENTS (docs));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ZmCollectionEntry *entry = zm_collection_peek_entry (collection, i);

      g_assert_cmpstr (zm_collection_entry_get_unit (entry), ==, docs[expected[i]].unit);
      g_assert_cmpstr (zm_collection_entry_get_date (entry), ==, docs[expected[i]].date);
    }
  remove_tree (folder);
}

/* Another model version and a broken file are each named with the
 * reason; the rest is read. */
static void
test_collection_refuses (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autoptr(GFile) folder = make_folder (model);
  g_autoptr(ZmAssessment) a = build_document (model, &docs[0]);
  g_autoptr(GBytes) bytes = zm_document_write_bytes (a);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *version = g_strdup_printf ("version=\"%s\"/>", zm_model_get_version (model));
  guint line;
  g_autofree char *newer = zm_test_replace_once (text, version, "version=\"99\"/>", &line);
  g_autoptr(ZmCollection) collection = NULL;
  g_autoptr(GString) messages = g_string_new (NULL);
  GPtrArray *failures;

  write_text (folder, "newer-model.zmscan", newer);
  write_text (folder, "broken.zmscan", "<?xml version=\"1.0\"?><assessment");
  collection = load_folder (model, folder);

  failures = zm_collection_get_failures (collection);
  for (guint i = 0; i < failures->len; i++)
    g_string_append_printf (messages, "%s\n", ((GError *) failures->pdata[i])->message);
  g_test_message ("%s", messages->str);
  g_assert_cmpuint (failures->len, ==, 2);
  g_assert_nonnull (strstr (messages->str, "newer-model.zmscan: answered against version 99"));
  g_assert_nonnull (strstr (messages->str, "broken.zmscan:"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, G_N_ELEMENTS (docs));
  remove_tree (folder);
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  GError   *error;
  guint     last_done;
  guint     last_total;
  guint     n_reports;
} AsyncState;

static void
on_progress (guint    n_done,
             guint    n_total,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_cmpuint (n_done, >=, state->last_done);
  state->last_done = n_done;
  state->last_total = n_total;
  state->n_reports++;
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncState *state = user_data;

  state->ok = zm_collection_load_finish (ZM_COLLECTION (source), result, &state->error);
  state->done = TRUE;
}

static void
run_async (ZmCollection *collection,
           GFile        *folder,
           GCancellable *cancellable,
           AsyncState   *state)
{
  zm_collection_load_async (collection, &folder, 1, cancellable, on_progress, state, on_loaded, state);
  while (!state->done)
    g_main_context_iteration (NULL, TRUE);
}

/* The load reports its progress on the main thread; cancelled, it leaves
 * the collection as it was. */
static void
test_collection_async (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autoptr(GFile) folder = make_folder (model);
  g_autoptr(ZmCollection) collection = zm_collection_new (model);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { 0, };

  run_async (collection, folder, NULL, &state);
  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, G_N_ELEMENTS (docs));
  /* Any report still waiting is dropped once the load has finished. */
  g_assert_cmpuint (state.last_done, <=, G_N_ELEMENTS (docs));

  state = (AsyncState) { 0, };
  g_cancellable_cancel (cancellable);
  run_async (collection, folder, cancellable, &state);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (state.ok);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, G_N_ELEMENTS (docs));
  g_clear_error (&state.error);
  remove_tree (folder);
}

/* --- the data the pictures show ---------------------------------------- */

static void
test_data_units (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autoptr(GFile) folder = make_folder (model);
  g_autoptr(ZmCollection) collection = load_folder (model, folder);
  g_autoptr(ZmCompareData) data = zm_compare_data_new_for_collection (collection);
  const ZmCompareUnit *hooge;

  g_assert_cmpuint (data->n_units, ==, 3);
  g_assert_cmpuint (data->n_documents, ==, G_N_ELEMENTS (docs));
  g_assert_cmpuint (zm_compare_data_count_trend_units (data), ==, 2);
  g_assert_null (zm_compare_data_get_common_organisation (data));

  hooge = &data->units[1];
  g_assert_cmpstr (hooge->unit, ==, docs[0].unit);
  g_assert_cmpuint (hooge->n_points, ==, 3);
  g_assert_cmpstr (zm_compare_unit_latest (hooge)->date, ==, "2026-03-09");
  /* The latest of this unit left the sixth pillar out and answered few
   * statements of the first. */
  g_assert_false (zm_compare_unit_latest (hooge)->included[5]);
  g_assert_true (zm_compare_unit_latest (hooge)->indicative[0]);

  zm_compare_data_sort (data, ZM_COMPARE_SORT_OVERALL);
  for (guint u = 1; u < data->n_units; u++)
    g_assert_cmpfloat (zm_compare_unit_latest (&data->units[u - 1])->overall, >=,
                       zm_compare_unit_latest (&data->units[u])->overall);
  remove_tree (folder);
}

/* --- heat map and trend layout ------------------------------------------- */

static const char *pillars_nl[] = {
  "Marketingpraktijk", "Klantfocus en strategie", "Innovatie",
  "Merk en merkpersoonlijkheid", "Metrics en evaluatie", "Cultuur en leiderschap",
};
static const char *stages_nl[] = { "Geïnitieerd", "Gedefinieerd", "Georganiseerd", "Geoptimaliseerd" };

static const struct {
  int width;
  int height;
} sizes[] = {
  { 595, 842 }, { 842, 595 }, { 1920, 1080 }, { 1280, 720 }, { 800, 600 }, { 1080, 1920 }, { 400, 300 },
};

/* @n_units units with long Dutch names, each with @n_dates dates; some
 * cells not determined, not assessed or indicative. */
static ZmCompareData *
make_data (guint n_units,
           guint n_dates)
{
  ZmCompareData *data = zm_compare_data_new (G_N_ELEMENTS (pillars_nl));

  for (guint p = 0; p < G_N_ELEMENTS (pillars_nl); p++)
    zm_compare_data_set_pillar_name (data, p, pillars_nl[p]);
  for (guint s = 1; s <= ZM_N_STAGES; s++)
    zm_compare_data_set_stage_name (data, s, stages_nl[s - 1]);
  for (guint u = 0; u < n_units; u++)
    {
      g_autofree char *name = u % 3 == 0
        ? g_strdup_printf ("Locatie %u, afdeling psychogeriatrie en kortdurende opname", u)
        : g_strdup_printf ("Wijkteam %u", u);
      ZmCompareUnit *unit = zm_compare_data_add_unit (data, "Stichting Zorgcentra Rivierenland", name);

      for (guint d = 0; d < n_dates; d++)
        {
          g_autofree char *date = g_strdup_printf ("%u-03-1%u", 2022 + d, u % 10);
          ZmComparePoint *point = zm_compare_data_add_point (data, unit, date);

          for (guint p = 0; p < data->n_pillars; p++)
            {
              point->included[p] = (u + p) % 11 != 0;
              point->scores[p] = (u + p) % 7 == 0 ? NAN : 1.0 + fmod (u * 0.37 + p * 0.61 + d * 0.4, 3.0);
              point->indicative[p] = (u * p) % 5 == 1;
              point->unclear[p] = !isnan (point->scores[p]) && (u + 2 * p) % 9 == 4;
            }
          point->overall = 2.5;
        }
    }
  return data;
}

static void
check_heatmap (const ZmHeatmapLayout *l)
{
  double w = l->width, h = l->height;

  zm_test_assert_inside (w, h, &l->title.rect, "the title");
  zm_test_assert_inside (w, h, &l->subtitle.rect, "the subtitle");
  for (guint c = 0; c <= l->n_columns; c++)
    {
      zm_test_assert_inside (w, h, &l->headers[c].rect, "a column header");
      zm_test_assert_apart (w, h, &l->headers[c].rect, &l->subtitle.rect, "a header and the subtitle");
      for (guint d = c + 1; d <= l->n_columns; d++)
        zm_test_assert_apart (w, h, &l->headers[c].rect, &l->headers[d].rect, "two column headers");
      if (c < l->n_columns && l->headers[c].rect.width > l->cells[c].rect.width + 1)
        g_error ("%gx%g: header %u is wider than its column", w, h, c);
    }
  for (guint r = 0; r < l->n_rows; r++)
    {
      zm_test_assert_inside (w, h, &l->row_labels[r].rect, "a row label");
      for (guint c = 0; c < l->n_columns; c++)
        {
          const ZmHeatmapCell *cell = &l->cells[r * l->n_columns + c];

          zm_test_assert_inside (w, h, &cell->rect, "a cell");
          zm_test_assert_apart (w, h, &cell->rect, &l->row_labels[r].rect, "a cell and its row label");
          zm_test_assert_apart (w, h, &cell->rect, &l->headers[c].rect, "a cell and its header");
          if (cell->text.layout != NULL && !zm_rect_contains_rect (&cell->rect, &cell->text.rect))
            g_error ("%gx%g: the score of row %u, column %u leaves its cell", w, h, r, c);
          for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
            zm_test_assert_apart (w, h, &cell->rect, &l->legend[i].text.rect, "a cell and the legend");
        }
    }
  for (guint i = 0; i < ZM_HEATMAP_N_LEGEND_ITEMS; i++)
    {
      zm_test_assert_inside (w, h, &l->legend[i].text.rect, "a legend item");
      zm_test_assert_inside (w, h, &l->legend[i].swatch, "a legend swatch");
      for (guint j = i + 1; j < ZM_HEATMAP_N_LEGEND_ITEMS; j++)
        zm_test_assert_apart (w, h, &l->legend[i].text.rect, &l->legend[j].text.rect, "two legend items");
    }
  g_assert_cmpfloat (l->font_size, >=, ZM_RENDER_MIN_FONT_SIZE);
}

/* Nothing leaves the canvas or overlaps, at A4 and slide sizes, with the
 * long Dutch names. */
static void
test_heatmap_layout (void)
{
  g_autoptr(ZmCompareData) data = make_data (12, 1);
  g_autoptr(GObject) owner = G_OBJECT (zm_test_measure_context ());
  PangoContext *context = PANGO_CONTEXT (owner);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(ZmHeatmapLayout) layout = zm_heatmap_layout_new (context, data, sizes[i].width,
                                                                 sizes[i].height, 0);

      g_test_message ("%dx%d: %u rows at %.1f pt", sizes[i].width, sizes[i].height,
                      layout->n_rows, layout->font_size);
      check_heatmap (layout);
      g_assert_cmpuint (layout->n_rows, >, 0);
    }
}

/* A hundred units spread over pages, each unit on exactly one. */
static void
test_heatmap_pages (void)
{
  g_autoptr(ZmCompareData) data = make_data (100, 1);
  g_autoptr(GObject) owner = G_OBJECT (zm_test_measure_context ());
  PangoContext *context = PANGO_CONTEXT (owner);
  guint row = 0, pages = zm_heatmap_count_pages (context, data, 842, 595);

  g_assert_cmpuint (pages, >, 1);
  for (guint page = 0; page < pages; page++)
    {
      g_autoptr(ZmHeatmapLayout) layout = zm_heatmap_layout_new (context, data, 842, 595, row);

      g_assert_cmpuint (layout->first_row, ==, row);
      check_heatmap (layout);
      row += layout->n_rows;
    }
  g_assert_cmpuint (row, ==, 100);
}

/* The sheet of a scrolled view: every row, laid out when asked for, at
 * the same height, none overlapping, and found where it is drawn. */
static void
test_heatmap_sheet (void)
{
  g_autoptr(ZmCompareData) data = make_data (40, 1);
  g_autoptr(ZmCompareData) more = make_data (80, 1);
  g_autoptr(GObject) owner = G_OBJECT (zm_test_measure_context ());
  PangoContext *context = PANGO_CONTEXT (owner);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(ZmHeatmapSheet) sheet = zm_heatmap_sheet_new (context, data, sizes[i].width, 300);
      g_autoptr(ZmHeatmapSheet) taller = zm_heatmap_sheet_new (context, more, sizes[i].width, 300);
      const ZmHeatmapLayout *layout;
      ZmRect first, row;

      /* Nothing is laid out before it is asked for. */
      layout = zm_heatmap_sheet_layout_rows (sheet, 0, 0);
      g_assert_cmpuint (layout->n_rows, ==, 40);
      g_assert_null (layout->row_labels[39].layout);

      layout = zm_heatmap_sheet_layout_rows (sheet, 0, 40);
      g_test_message ("%d wide: %g tall at %.1f pt", sizes[i].width, layout->height, layout->font_size);
      g_assert_cmpfloat (layout->height, ==, zm_heatmap_sheet_get_height (sheet));
      check_heatmap (layout);
      g_assert_cmpfloat (zm_heatmap_sheet_get_height (taller), >, zm_heatmap_sheet_get_height (sheet));

      zm_heatmap_sheet_get_row_rect (sheet, 0, &first);
      for (guint r = 0; r < 40; r++)
        {
          zm_heatmap_sheet_get_row_rect (sheet, r, &row);
          g_assert_cmpfloat_with_epsilon (row.height, first.height, 1e-9);
          g_assert_cmpfloat_with_epsilon (row.y, first.y + r * first.height, 1e-6);
          if (!zm_rect_contains_rect (&row, &layout->row_labels[r].rect))
            g_error ("%d wide: the label of row %u leaves its row", sizes[i].width, r);
          for (guint c = 0; c < layout->n_columns; c++)
            {
              const ZmHeatmapCell *cell = &layout->cells[r * layout->n_columns + c];
              const ZmComparePoint *latest = zm_compare_unit_latest (&data->units[r]);

              g_assert_true (zm_rect_contains_rect (&row, &cell->rect));
              /* An unclear profile's score is followed by a question mark. */
              if (c < data->n_pillars && cell->text.layout != NULL)
                g_assert_cmpint (g_str_has_suffix (pango_layout_get_text (cell->text.layout), "?"), ==,
                                 latest->unclear[c]);
            }
          g_assert_cmpint (zm_heatmap_sheet_row_at (sheet, row.x + row.width / 2, row.y + row.height / 2), ==, r);
        }
      g_assert_cmpint (zm_heatmap_sheet_row_at (sheet, first.x + 1, first.y - 1), ==, -1);
      g_assert_cmpint (zm_heatmap_sheet_row_at (sheet, first.x + 1, row.y + row.height + 1), ==, -1);
    }
}

static gboolean
contains (const char *text,
          const char *part)
{
  if (strstr (text, part) == NULL)
    {
      g_test_message ("“%s” is not in “%s”", part, text);
      return FALSE;
    }
  return TRUE;
}

/* A screen reader hears every unit with its date and every pillar with
 * its score and stage, and what is indicative, unclear, not determined
 * or not assessed. */
static void
test_heatmap_describe (void)
{
  g_autoptr(ZmCompareData) data = make_data (12, 2);
  g_autofree char *all = zm_heatmap_describe (data);
  gboolean seen_indicative = FALSE, seen_unclear = FALSE, seen_undetermined = FALSE, seen_unassessed = FALSE;

  g_assert_true (contains (all, "12 units"));
  for (guint u = 0; u < data->n_units; u++)
    {
      const ZmCompareUnit *unit = &data->units[u];
      const ZmComparePoint *latest = zm_compare_unit_latest (unit);
      g_autofree char *line = zm_heatmap_describe_unit (data, u);
      g_autofree char *date = zm_render_format_date (latest->date);
      const char *rest = line;

      g_assert_true (contains (all, line));
      g_assert_true (contains (line, unit->unit));
      g_assert_true (contains (line, date));
      /* The pillars in order, each with what its cell shows. */
      for (guint p = 0; p < data->n_pillars; p++)
        {
          g_autofree char *score = zm_render_format_score (latest->scores[p]);
          const char *at = strstr (rest, data->pillar_names[p]);
          const char *next = p + 1 < data->n_pillars ? strstr (at, data->pillar_names[p + 1]) : NULL;
          g_autofree char *part = NULL;

          g_assert_nonnull (at);
          part = next != NULL ? g_strndup (at, next - at) : g_strdup (at);
          if (!latest->included[p])
            {
              g_assert_true (contains (part, "not assessed"));
              seen_unassessed = TRUE;
            }
          else if (isnan (latest->scores[p]))
            {
              g_assert_true (contains (part, "not determined"));
              seen_undetermined = TRUE;
            }
          else
            {
              g_assert_true (contains (part, score));
              g_assert_true (contains (part, data->stage_names[zm_score_round_stage (latest->scores[p]) - 1]));
              g_assert_cmpint (strstr (part, "Indicative") != NULL, ==, latest->indicative[p]);
              g_assert_cmpint (strstr (part, "Unclear") != NULL, ==, latest->unclear[p]);
              seen_indicative |= latest->indicative[p];
              seen_unclear |= latest->unclear[p];
            }
          rest = at;
        }
    }
  g_assert_true (seen_indicative && seen_unclear && seen_undetermined && seen_unassessed);
}

/* Per unit with a trend, per pillar the latest score and the change
 * since the previous assessment; a unit assessed once is not in it. */
static void
test_trend_describe (void)
{
  g_autoptr(ZmCompareData) data = make_data (8, 3);
  ZmCompareUnit *once = zm_compare_data_add_unit (data, "Stichting Zorgcentra Rivierenland", "Eenmalig");
  g_autofree char *all = NULL;
  guint n_changes = 0;

  zm_compare_data_add_point (data, once, "2025-01-01");
  all = zm_trend_describe (data);
  g_assert_true (contains (all, "8 units"));
  g_assert_null (strstr (all, "Eenmalig"));
  for (guint u = 0; u + 1 < data->n_units; u++)
    {
      const ZmCompareUnit *unit = &data->units[u];
      const ZmComparePoint *latest = zm_compare_unit_latest (unit);
      const ZmComparePoint *before = &unit->points[unit->n_points - 2];
      const char *line = strstr (all, unit->unit);
      g_autofree char *own = NULL;

      g_assert_nonnull (line);
      own = g_strndup (line, strcspn (line, "\n"));
      for (guint p = 0; p < data->n_pillars; p++)
        {
          g_autofree char *score = zm_render_format_score (latest->scores[p]);
          g_autofree char *change = zm_render_format_change (zm_score_for_display (latest->scores[p]) -
                                                             zm_score_for_display (before->scores[p]));
          g_autofree char *expected = g_strdup_printf ("%s: score %s, %s since the previous assessment.",
                                                       data->pillar_names[p], score, change);

          if (!latest->included[p] || isnan (latest->scores[p]) || isnan (before->scores[p]))
            continue;
          g_assert_true (contains (own, expected));
          n_changes++;
        }
    }
  g_assert_cmpuint (n_changes, >, 0);
}

static void
check_trend (const ZmTrendLayout *l)
{
  double w = l->width, h = l->height;

  zm_test_assert_inside (w, h, &l->title.rect, "the title");
  for (guint i = 0; i < l->n_units + ZM_N_STAGES; i++)
    {
      zm_test_assert_inside (w, h, &l->legend[i].text.rect, "a legend item");
      for (guint j = i + 1; j < l->n_units + ZM_N_STAGES; j++)
        zm_test_assert_apart (w, h, &l->legend[i].text.rect, &l->legend[j].text.rect, "two legend items");
    }
  for (guint p = 0; p < l->n_panels; p++)
    {
      const ZmTrendPanel *panel = &l->panels[p];

      zm_test_assert_inside (w, h, &panel->plot, "a plot");
      zm_test_assert_inside (w, h, &panel->title.rect, "a panel title");
      zm_test_assert_apart (w, h, &panel->title.rect, &panel->plot, "a panel title and its plot");
      for (guint q = p + 1; q < l->n_panels; q++)
        {
          zm_test_assert_apart (w, h, &panel->plot, &l->panels[q].plot, "two plots");
          zm_test_assert_apart (w, h, &panel->title.rect, &l->panels[q].title.rect, "two panel titles");
        }
      for (guint u = 0; u < l->n_units + ZM_N_STAGES; u++)
        zm_test_assert_apart (w, h, &panel->title.rect, &l->legend[u].text.rect, "a panel title and the legend");
      for (guint t = 0; t < panel->n_ticks; t++)
        {
          zm_test_assert_inside (w, h, &panel->ticks[t].rect, "a date");
          zm_test_assert_apart (w, h, &panel->ticks[t].rect, &panel->plot, "a date and the plot");
          if (t > 0)
            zm_test_assert_apart (w, h, &panel->ticks[t - 1].rect, &panel->ticks[t].rect, "two dates");
        }
      for (guint u = 0; u < l->n_units; u++)
        {
          if (panel->changes[u].layout == NULL)
            continue;
          zm_test_assert_inside (w, h, &panel->changes[u].rect, "a change");
          zm_test_assert_apart (w, h, &panel->changes[u].rect, &panel->plot, "a change and the plot");
          for (guint v = u + 1; v < l->n_units; v++)
            if (panel->changes[v].layout != NULL)
              zm_test_assert_apart (w, h, &panel->changes[u].rect, &panel->changes[v].rect, "two changes");
        }
    }
}

static void
test_trend_layout (void)
{
  g_autoptr(ZmCompareData) data = make_data (8, 3);
  g_autoptr(GObject) owner = G_OBJECT (zm_test_measure_context ());
  PangoContext *context = PANGO_CONTEXT (owner);

  g_assert_cmpuint (zm_trend_count_pages (data), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (guint page = 0; page < 2; page++)
      {
        g_autoptr(ZmTrendLayout) layout = zm_trend_layout_new (context, data, sizes[i].width,
                                                               sizes[i].height, page);

        g_assert_cmpuint (layout->n_units, ==, page == 0 ? ZM_TREND_UNITS_PER_PAGE : 2);
        check_trend (layout);
      }
}

/* The picture's height in pixels (PNG) or points (SVG). */
static double
picture_height (const char *path)
{
  g_autofree char *contents = NULL;
  const char *height;

  if (g_str_has_suffix (path, ".png"))
    {
      cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
      int result = cairo_image_surface_get_height (surface);

      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
      return result;
    }
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  height = strstr (contents, "height=\"");
  g_assert_nonnull (height);
  return g_ascii_strtod (height + strlen ("height=\""), NULL);
}

/* Whether the band @top to @bottom of a PNG has drawing in it, beyond
 * the background. */
static gboolean
png_band_drawn (const char *path,
                double      top,
                double      bottom)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  const guchar *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface), width = cairo_image_surface_get_width (surface);
  guint drawn = 0;

  for (int y = (int) top; y < (int) bottom; y += 2)
    for (int x = 0; x < width; x += 2)
      {
        guint32 pixel = *(const guint32 *) (pixels + y * stride + x * 4);

        drawn += (pixel & 0xffffff) != 0xffffff;
      }
  cairo_surface_destroy (surface);
  return drawn > 1000;
}

/* A PNG or SVG of the trend holds every page, one below the other; a
 * trend of one page stays one page tall. */
static void
test_trend_export_all (void)
{
  g_autoptr(ZmCompareData) one_page = make_data (5, 2);
  g_autoptr(ZmCompareData) three_pages = make_data (14, 2);
  g_autofree char *tmp = g_dir_make_tmp ("zm-compare-trend-XXXXXX", NULL);
  const char *names[] = { "trend.png", "trend.svg" };
  ZmImageOptions options;

  zm_image_options_init (&options);
  g_assert_cmpuint (zm_trend_count_pages (three_pages), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (tmp, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      double single, triple;

      g_assert_true (zm_export_comparison_to_file (one_page, ZM_COMPARE_VIEW_TREND, 0, file,
                                                   i == 0 ? ZM_IMAGE_FORMAT_PNG : ZM_IMAGE_FORMAT_SVG,
                                                   &options, NULL, &error));
      g_assert_no_error (error);
      single = picture_height (path);
      g_assert_true (zm_export_comparison_to_file (three_pages, ZM_COMPARE_VIEW_TREND, 0, file,
                                                   i == 0 ? ZM_IMAGE_FORMAT_PNG : ZM_IMAGE_FORMAT_SVG,
                                                   &options, NULL, &error));
      g_assert_no_error (error);
      triple = picture_height (path);
      g_assert_cmpfloat_with_epsilon (triple, 3 * single, 1.0);
      /* Every page is drawn, the last as well as the first. */
      if (i == 0)
        for (guint page = 0; page < 3; page++)
          g_assert_true (png_band_drawn (path, single * page, single * (page + 1)));
      g_unlink (path);
    }
  g_rmdir (tmp);
}

/* Units with a single assessment have no trend. */
static void
test_trend_needs_two_dates (void)
{
  g_autoptr(ZmCompareData) data = make_data (5, 1);

  g_assert_cmpuint (zm_trend_count_pages (data), ==, 0);
}

/* --- the command line ---------------------------------------------------- */

typedef struct {
  int   status;
  char *err;
} Run;

static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (char *) ZM_CLI_DRIVER);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("exit %d\nstderr: %s", run->status, run->err);
}

/* RFC 4180 as the exports write it: a byte order mark, CRLF, quotes. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  for (const char *p = text + 3; *p != '\0'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == ',' || *p == '\r'))
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*p == '\r')
            {
              g_assert_cmpint (p[1], ==, '\n');
              p++;
              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
            }
        }
      else
        g_string_append_c (field, *p);
    }
  return rows;
}

static GPtrArray *
read_csv (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return parse_csv (text);
}

/* The document's own --export-csv row of @pillar. */
static char **
own_row (GPtrArray  *own,
         const char *pillar)
{
  for (guint i = 1; i < own->len; i++)
    if (g_str_equal (((char **) own->pdata[i])[0], pillar))
      return own->pdata[i];
  g_error ("no row for %s", pillar);
}

static void
check_against_own_csv (GPtrArray  *rows,
                       const char *document,
                       const char *tmp)
{
  g_autofree char *out = g_build_filename (tmp, "own.csv", NULL);
  g_autofree char *option = g_strconcat ("--export-csv=", out, NULL);
  g_autoptr(GPtrArray) own = NULL;
  Run run = { 0, };
  guint matched = 0, included = 0;

  run_cli (&run, option, document, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_free (run.err);
  own = read_csv (out);

  for (guint i = 1; i < rows->len; i++)
    {
      char **row = rows->pdata[i];
      char **mine;

      if (!g_str_equal (row[3], document))
        continue;
      mine = own_row (own, row[4]);
      g_assert_cmpstr (row[6], ==, mine[2]);   /* stage */
      g_assert_cmpstr (row[7], ==, mine[3]);   /* score */
      matched++;
    }
  for (guint i = 1; i < own->len; i++)
    included += ((char **) own->pdata[i])[8][0] != '\0';
  g_assert_cmpuint (matched, ==, included);
  g_unlink (out);
}

static void
test_cli_csv (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autoptr(GFile) folder = make_folder (model);
  g_autofree char *tmp = g_dir_make_tmp ("zm-compare-out-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (tmp, "comparison.csv", NULL);
  g_autofree char *option = g_strconcat ("--compare=", out, NULL);
  g_autofree char *first = g_build_filename (g_file_peek_path (folder), "z.zmscan", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *header = NULL;
  Run run = { 0, };

  /* A file given on its own and again in its folder counts once. */
  run_cli (&run, option, first, g_file_peek_path (folder), NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_free (run.err);

  rows = read_csv (out);
  header = g_strjoinv (",", rows->pdata[0]);
  g_assert_true (g_str_has_prefix (header, "organisation,unit,date,file,pillar,name,stage,score"));
  for (guint i = 2; i < rows->len; i++)
    {
      char **a = rows->pdata[i - 1], **b = rows->pdata[i];
      int order = strcmp (a[0], b[0]);

      order = order != 0 ? order : strcmp (a[1], b[1]);
      order = order != 0 ? order : strcmp (a[2], b[2]);
      g_assert_cmpint (order, <=, 0);
    }
  for (guint d = 0; d < G_N_ELEMENTS (docs); d++)
    {
      g_autofree char *document = g_build_filename (g_file_peek_path (folder), docs[d].file, NULL);

      check_against_own_csv (rows, document, tmp);
    }
  g_unlink (out);
  g_rmdir (tmp);
  remove_tree (folder);
}

/* One broken file: named, exit 1, nothing written. */
static void
test_cli_broken (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autoptr(GFile) folder = make_folder (model);
  g_autofree char *tmp = g_dir_make_tmp ("zm-compare-out-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (tmp, "comparison.pdf", NULL);
  g_autofree char *option = g_strconcat ("--compare=", out, NULL);
  Run run = { 0, };

  write_text (folder, "broken.zmscan", "<?xml version=\"1.0\"?>\n<assessment xmlns=\"urn:zorgmarketing-scan:assessment:1\"");
  run_cli (&run, option, g_file_peek_path (folder), NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "broken.zmscan:"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_free (run.err);
  g_rmdir (tmp);
  remove_tree (folder);
}

/* Cairo compresses the page tree, so the pages are counted by poppler's
 * pdfinfo where it is installed. */
static int
count_pdf_pages (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  const char *pages;
  const char *argv[] = { pdfinfo, path, NULL };

  if (pdfinfo == NULL ||
      !g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, NULL, NULL) ||
      (pages = strstr (out, "Pages:")) == NULL)
    return -1;
  return atoi (pages + strlen ("Pages:"));
}

static void
test_cli_formats (void)
{
  static const char * const names[] = { "c.png", "c.svg", "c.pdf" };
  static const char * const starts[] = { "\x89PNG", "<?xml", "%PDF" };
  g_autoptr(ZmModel) model = default_model ();
  g_autoptr(GFile) folder = make_folder (model);
  g_autofree char *tmp = g_dir_make_tmp ("zm-compare-out-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = g_build_filename (tmp, names[i], NULL);
      g_autofree char *option = g_strconcat ("--compare=", out, NULL);
      g_autofree char *contents = NULL;
      gsize size;
      Run run = { 0, };

      run_cli (&run, option, g_file_peek_path (folder), NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_free (run.err);
      g_assert_true (g_file_get_contents (out, &contents, &size, NULL));
      g_assert_true (g_str_has_prefix (contents, starts[i]));
      /* The heat map, then the trend of the two units with several dates. */
      if (i == 2 && count_pdf_pages (out) >= 0)
        g_assert_cmpint (count_pdf_pages (out), ==, 2);
      g_unlink (out);
    }
  g_rmdir (tmp);
  remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zm/compare/collection/order", test_collection_order);
  g_test_add_func ("/zm/compare/collection/refuses", test_collection_refuses);
  g_test_add_func ("/zm/compare/collection/async", test_collection_async);
  g_test_add_func ("/zm/compare/data/units", test_data_units);
  g_test_add_func ("/zm/compare/heatmap/layout", test_heatmap_layout);
  g_test_add_func ("/zm/compare/heatmap/pages", test_heatmap_pages);
  g_test_add_func ("/zm/compare/trend/layout", test_trend_layout);
  g_test_add_func ("/zm/compare/trend/needs-two-dates", test_trend_needs_two_dates);
  g_test_add_func ("/zm/compare/heatmap/sheet", test_heatmap_sheet);
  g_test_add_func ("/zm/compare/heatmap/describe", test_heatmap_describe);
  g_test_add_func ("/zm/compare/trend/describe", test_trend_describe);
  g_test_add_func ("/zm/compare/trend/export-all-pages", test_trend_export_all);
  g_test_add_func ("/zm/compare/cli/csv", test_cli_csv);
  g_test_add_func ("/zm/compare/cli/broken", test_cli_broken);
  g_test_add_func ("/zm/compare/cli/formats", test_cli_formats);

  return g_test_run ();
}
