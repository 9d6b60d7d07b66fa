/* test-compare-window.c: the Compare window driven through its actions
 *
 * Run with "bench" as the argument, it loads a folder of 500 generated
 * documents in the window, sorts, scrolls through the heat map and the
 * trend and resizes the window, and prints for each the longest time the
 * main loop went without running and the longest time between two
 * frames (the window's responsiveness), with the load's time as a ratio
 * to reading the folder without a window. With ZM_COMPARE_SHOT=FILE.png
 * set it saves a picture of the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "zm-compare-window.h"
#include "zm-comparison-view.h"
#include "zm-document.h"
#include "zm-heatmap.h"
#include "zm-trend.h"
#include "zm-ui-test-util.h"

static ZmModel *
default_model (void)
{
  g_autoptr(GError) error = NULL;
  ZmModel *model = zm_model_new_default (&error);

  g_assert_no_error (error);
  return model;
}

/* @n documents, a unit each for the first two thirds and the last third
 * an earlier assessment of one of them. */
static char *
make_folder (ZmModel *model,
             guint    n)
{
  g_autofree char *dir = g_dir_make_tmp ("zm-compare-window-XXXXXX", NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmAssessment) a = zm_assessment_new (model);
      GListModel *answers = zm_assessment_get_answers (a);
      guint unit = i < n * 2 / 3 ? i : i - n * 2 / 3;
      g_autofree char *name = g_strdup_printf ("Locatie %u, afdeling wonen", unit);
      g_autofree char *path = g_strdup_printf ("%s/%04u.zmscan", dir, i);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      zm_assessment_set_organisation_name (a, "Zorggroep De Linde");
      zm_assessment_set_unit (a, name);
      zm_assessment_set_date (a, i < n * 2 / 3 ? "2026-03-09" : "2025-03-10");
      for (guint s = 0; s < g_list_model_get_n_items (answers); s++)
        {
          g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, s);

          zm_answer_set_rating (answer, (ZmRating) ((s * 3 + i * 7 + s / 11 * i) % 5));
        }
      zm_document_save (a, file, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  return g_steal_pointer (&dir);
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  const char *name;

  while (entries != NULL && (name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
add_folder (ZmCompareWindow *window,
            const char      *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  zm_compare_window_add_files (window, &folder, 1);
}

static gboolean
is_comparison_view (GtkWidget     *widget,
                    gconstpointer  data)
{
  return ZM_IS_COMPARISON_VIEW (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
is_visible_label_with (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

/* The folder is read, the heat map shows, a broken file is named in a
 * note and the heat map is drawn with the stage colours. */
static void
test_loads_folder (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autofree char *dir = make_folder (model, 12);
  g_autofree char *broken = g_build_filename (dir, "broken.zmscan", NULL);
  ZmCompareWindow *window = zm_compare_window_new (NULL, model);
  g_autoptr(GdkTexture) picture = NULL;
  GtkWidget *view;

  g_file_set_contents (broken, "<assessment", -1, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (zm_test_find (GTK_WIDGET (window), is_comparison_view, NULL));
  add_folder (window, dir);
  g_assert_true (zm_compare_window_is_loading (window));
  WAIT_FOR (!zm_compare_window_is_loading (window));
  zm_test_drain ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (zm_compare_window_get_collection (window))), ==, 12);
  g_assert_nonnull (zm_test_find (GTK_WIDGET (window), is_visible_label_with, "1 file was left out"));
  view = zm_test_find (GTK_WIDGET (window), is_comparison_view, NULL);
  g_assert_nonnull (view);
  g_assert_cmpint (gtk_widget_get_height (view), >, 0);
  picture = zm_test_render_widget (view);
  /* Okabe–Ito yellow, orange, green or blue: some stage is drawn. */
  g_assert_true (zm_test_texture_has_rgb (picture, 0xf0e442) || zm_test_texture_has_rgb (picture, 0xe69f00) ||
                 zm_test_texture_has_rgb (picture, 0x009e73) || zm_test_texture_has_rgb (picture, 0x0072b2));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

/* Cancel stops the load and keeps what the window showed. */
static void
test_cancel (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autofree char *dir = make_folder (model, 120);
  ZmCompareWindow *window = zm_compare_window_new (NULL, model);

  gtk_window_present (GTK_WINDOW (window));
  add_folder (window, dir);
  gtk_widget_activate_action (GTK_WIDGET (window), "compare.cancel", NULL);
  WAIT_FOR (!zm_compare_window_is_loading (window));
  zm_test_drain ();

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (zm_compare_window_get_collection (window))), ==, 0);
  g_assert_null (zm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && g_str_has_prefix (contents, "%PDF");
}

/* The export runs off the main thread and writes a PDF. */
static void
test_export_pdf (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autofree char *dir = make_folder (model, 9);
  g_autofree char *out = g_build_filename (g_get_tmp_dir (), "zm-compare-window.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  ZmCompareWindow *window = zm_compare_window_new (NULL, model);

  gtk_window_present (GTK_WINDOW (window));
  add_folder (window, dir);
  WAIT_FOR (!zm_compare_window_is_loading (window));
  g_unlink (out);
  zm_compare_window_export_to_file (window, file, "pdf");
  WAIT_FOR (is_pdf (out));
  zm_test_drain ();

  g_unlink (out);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

static void
on_unit_activated (GtkWidget *view,
                   guint      unit,
                   int       *activated)
{
  *activated = (int) unit;
}

/* The heat map's rows by keyboard: focus lands on the first row, the
 * arrows and End move it, Enter opens the row's document; both views
 * describe their figures to a screen reader. */
static void
test_keyboard_and_descriptions (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autofree char *dir = make_folder (model, 12);
  ZmCompareWindow *window = zm_compare_window_new (NULL, model);
  g_autoptr(ZmCompareData) data = NULL;
  g_autofree char *heatmap = NULL;
  g_autofree char *trend = NULL;
  g_autofree char *mismatch = NULL;
  GtkWidget *view, *view_stack;
  int activated = -1;

  gtk_window_present (GTK_WINDOW (window));
  add_folder (window, dir);
  WAIT_FOR (!zm_compare_window_is_loading (window));
  zm_test_drain ();

  /* What the window shows, sorted by name as it is at first. */
  data = zm_compare_data_new_for_collection (zm_compare_window_get_collection (window));
  zm_compare_data_sort (data, ZM_COMPARE_SORT_NAME);
  g_assert_cmpuint (data->n_units, ==, 8);
  heatmap = zm_heatmap_describe (data);
  trend = zm_trend_describe (data);

  view = zm_test_find (GTK_WIDGET (window), is_comparison_view, NULL);
  g_assert_nonnull (view);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 heatmap);
  g_assert_null (mismatch);

  g_signal_connect (view, "unit-activated", G_CALLBACK (on_unit_activated), &activated);
  g_assert_true (gtk_widget_get_focusable (view));
  g_assert_true (gtk_widget_grab_focus (view));
  zm_test_drain ();
  /* Home: the first row, wherever the focus put the keyboard. */
  gtk_widget_activate_action (view, "comparison.move-row", "i", -3);
  g_assert_cmpint (zm_comparison_view_get_focus_row (ZM_COMPARISON_VIEW (view)), ==, 0);
  gtk_widget_activate_action (view, "comparison.move-row", "i", 1);
  gtk_widget_activate_action (view, "comparison.move-row", "i", 1);
  g_assert_cmpint (zm_comparison_view_get_focus_row (ZM_COMPARISON_VIEW (view)), ==, 2);
  gtk_widget_activate_action (view, "comparison.move-row", "i", -1);
  g_assert_cmpint (zm_comparison_view_get_focus_row (ZM_COMPARISON_VIEW (view)), ==, 1);
  gtk_widget_activate_action (view, "comparison.activate-row", NULL);
  g_assert_cmpint (activated, ==, 1);
  gtk_widget_activate_action (view, "comparison.move-row", "i", 3);
  g_assert_cmpint (zm_comparison_view_get_focus_row (ZM_COMPARISON_VIEW (view)), ==, 7);
  gtk_widget_activate_action (view, "comparison.move-row", "i", 1);
  g_assert_cmpint (zm_comparison_view_get_focus_row (ZM_COMPARISON_VIEW (view)), ==, 7);
  gtk_widget_activate_action (view, "comparison.activate-row", NULL);
  g_assert_cmpint (activated, ==, 7);

  /* The trend. */
  view_stack = zm_test_find_named (GTK_WIDGET (window), "view_stack");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "trend");
  zm_test_drain ();
  view = zm_test_find (GTK_WIDGET (window), is_comparison_view, NULL);
  g_assert_nonnull (view);
  g_clear_pointer (&mismatch, g_free);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 trend);
  g_assert_null (mismatch);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
}

/* --- the benchmark -------------------------------------------------------- */

/* Two clocks: a 5 ms timeout, which runs whenever the main loop is free,
 * measures the longest time it was not; a tick callback on the window,
 * which keeps the frame clock going and asks for a new picture of the
 * whole window every frame, measures the longest time between two frames
 * drawn. */
typedef struct {
  const char *name;
  gint64      longest_wait;
  gint64      longest_frame;
  guint       n_frames;
  guint       n_over;
} Phase;

static Phase  *phase;
static gint64  last_tick;
static gint64  last_frame;

static gboolean
on_tick (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (phase != NULL && last_tick > 0)
    phase->longest_wait = MAX (phase->longest_wait, now - last_tick);
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
on_frame (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (phase != NULL && last_frame > 0)
    {
      phase->longest_frame = MAX (phase->longest_frame, now - last_frame);
      phase->n_over += now - last_frame > 50000;
      phase->n_frames++;
    }
  last_frame = now;
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
begin_phase (Phase      *next,
             const char *name)
{
  *next = (Phase) { name, };
  /* Nothing before the phase counts in it. */
  last_tick = last_frame = g_get_monotonic_time ();
  phase = next;
}

/* Runs the main loop for @frames frames. */
static void
run_frames (guint frames)
{
  guint until = phase->n_frames + frames;

  WAIT_FOR (phase->n_frames >= until);
}

static void
scroll_through (GtkWidget *view)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  while (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) <
         gtk_adjustment_get_upper (adjustment))
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 400);
      run_frames (1);
    }
}

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget);
}

static int
run_bench (void)
{
  g_autoptr(ZmModel) model = default_model ();
  g_autofree char *dir = make_folder (model, 500);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(ZmCollection) alone = zm_collection_new (model);
  ZmCompareWindow *window = zm_compare_window_new (NULL, model);
  const char *shot = g_getenv ("ZM_COMPARE_SHOT");
  Phase phases[7];
  GtkWidget *view_stack;
  double alone_s, window_s;
  gint64 start;
  guint tick, n = 0;

  /* The baseline: the same folder read without a window. */
  start = g_get_monotonic_time ();
  g_assert_true (zm_collection_load (alone, &folder, 1, NULL, NULL));
  alone_s = (g_get_monotonic_time () - start) / 1e6;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  zm_test_drain ();
  view_stack = zm_test_find_named (GTK_WIDGET (window), "view_stack");

  tick = g_timeout_add (5, on_tick, NULL);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), on_frame, NULL, NULL);
  begin_phase (&phases[n++], "loading");
  start = g_get_monotonic_time ();
  add_folder (window, dir);
  WAIT_FOR (!zm_compare_window_is_loading (window));
  begin_phase (&phases[n++], "showing");
  run_frames (1);
  window_s = (g_get_monotonic_time () - start) / 1e6;
  run_frames (29);

  begin_phase (&phases[n++], "sorting by overall score");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (zm_test_find (GTK_WIDGET (window), is_drop_down, NULL)), 1);
  run_frames (30);
  begin_phase (&phases[n++], "scrolling the heat map");
  scroll_through (zm_test_find (GTK_WIDGET (window), is_comparison_view, NULL));
  begin_phase (&phases[n++], "showing the trend");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "trend");
  run_frames (30);
  begin_phase (&phases[n++], "scrolling the trend");
  scroll_through (zm_test_find (GTK_WIDGET (window), is_comparison_view, NULL));
  begin_phase (&phases[n++], "resizing");
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  run_frames (30);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  run_frames (30);
  phase = NULL;
  g_source_remove (tick);

  g_print ("500 documents: read alone in %.3f s; loaded and shown in the window in %.3f s, %.2f times that\n",
           alone_s, window_s, window_s / alone_s);
  for (guint i = 0; i < n; i++)
    g_print ("  %-26s longest main-loop wait %6.1f ms, longest frame %6.1f ms (%u frames, %u over 50 ms)\n",
             phases[i].name, phases[i].longest_wait / 1e3, phases[i].longest_frame / 1e3,
             phases[i].n_frames, phases[i].n_over);
  if (shot != NULL)
    {
      g_autoptr(GdkTexture) texture = NULL;

      if (g_strcmp0 (g_getenv ("ZM_COMPARE_VIEW"), "trend") != 0)
        {
          adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (view_stack), "heatmap");
          zm_test_drain ();
        }
      if (g_getenv ("ZM_COMPARE_TOP") != NULL)
        {
          GtkWidget *view = zm_test_find (GTK_WIDGET (window), is_comparison_view, NULL);

          gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), 0);
          zm_test_drain ();
        }
      texture = zm_test_render_widget (GTK_WIDGET (window));

      gdk_texture_save_to_png (texture, shot);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  remove_folder (dir);
  return 0;
}

/* "shot FOLDER WIDTH HEIGHT heatmap|trend OUT.png": the window with
 * FOLDER loaded, in the language of LANGUAGE, saved as a picture (for
 * looking at; not a test). */
static int
run_shot (char **args)
{
  const char *localedir = g_getenv ("ZM_TEST_LOCALEDIR");
  g_autoptr(ZmModel) model = NULL;
  ZmCompareWindow *window;
  g_autoptr(GdkTexture) texture = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  model = default_model ();
  window = zm_compare_window_new (NULL, model);
  gtk_window_set_default_size (GTK_WINDOW (window), atoi (args[1]), atoi (args[2]));
  gtk_window_present (GTK_WINDOW (window));
  add_folder (window, args[0]);
  WAIT_FOR (!zm_compare_window_is_loading (window));
  zm_test_drain ();
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (zm_test_find_named (GTK_WIDGET (window), "view_stack")),
                                         args[3]);
  zm_test_drain ();
  texture = zm_test_render_widget (GTK_WIDGET (window));
  gdk_texture_save_to_png (texture, args[4]);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  gboolean bench = argc > 1 && g_str_equal (argv[argc - 1], "bench");

  if (argc == 7 && g_str_equal (argv[1], "shot"))
    {
      int one = 1;

      zm_test_init (&one, &argv);
      return run_shot (argv + 2);
    }
  if (bench)
    argc--;
  zm_test_init (&argc, &argv);
  if (bench)
    return run_bench ();

  g_test_add_func ("/zm/compare-window/loads-folder", test_loads_folder);
  g_test_add_func ("/zm/compare-window/cancel", test_cancel);
  g_test_add_func ("/zm/compare-window/export-pdf", test_export_pdf);
  g_test_add_func ("/zm/compare-window/keyboard-and-descriptions", test_keyboard_and_descriptions);

  return g_test_run ();
}
