/* test-chart-view.c: the chart widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "zm-chart-view.h"
#include "zm-document.h"
#include "zm-scoring.h"
#include "zm-ui-test-util.h"

static ZmModel *model;

static ZmAssessment *
load_example (void)
{
  return zm_test_load_example (model);
}

static ZmChartView *
new_view (ZmAssessment *assessment)
{
  ZmChartView *view = g_object_ref_sink (ZM_CHART_VIEW (zm_chart_view_new ()));

  zm_chart_view_set_assessment (view, assessment);
  return view;
}

static void
test_description_has_every_score (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);
  ZmChartView *view = new_view (assessment);
  g_autofree char *description = zm_chart_view_dup_description (view);
  char *mismatch;

  g_assert_nonnull (description);
  g_assert_cmpuint (result->n_determined, ==, result->n_pillars);
  for (guint i = 0; i < result->n_pillars; i++)
    {
      g_autofree char *score = g_strdup_printf ("%.2f", zm_score_for_display (result->pillars[i].score));

      g_assert_true (strstr (description, zm_pillar_get_name (result->pillars[i].pillar)) != NULL);
      g_assert_true (strstr (description, score) != NULL);
    }

  /* …and it is what assistive technologies get. */
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 description);
  g_assert_null (mismatch);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG));

  g_assert_finalize_object (view);
}

static double
pillar_score (const ZmResult *result,
              const char     *pillar_id)
{
  for (guint i = 0; i < result->n_pillars; i++)
    if (g_str_equal (zm_pillar_get_id (result->pillars[i].pillar), pillar_id))
      return result->pillars[i].score;
  g_assert_not_reached ();
}

static void
test_change_updates_after_idle (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  ZmChartView *view = new_view (assessment);
  const ZmResult *before = zm_chart_view_get_result (view);
  double old_score = pillar_score (before, "innovation");
  GListModel *statements = zm_pillar_get_statements (zm_model_find_pillar (model, "innovation"));
  g_autoptr(ZmResult) expected = NULL;
  g_autofree char *old_description = zm_chart_view_dup_description (view);
  g_autofree char *new_description = NULL;

  /* Everything at "fully applies" moves the pillar; several changes in a
   * row are scored once, after they are all made. */
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);

      zm_assessment_set_rating (assessment, zm_statement_get_id (statement),
                                zm_statement_get_stage_number (statement) == 4 ? ZM_RATING_4 : ZM_RATING_0);
    }
  g_assert_true (zm_chart_view_get_result (view) == before);

  zm_test_drain ();
  expected = zm_score_assessment (assessment);
  g_assert_true (zm_chart_view_get_result (view) != NULL);
  g_assert_cmpfloat (pillar_score (expected, "innovation"), !=, old_score);
  g_assert_cmpfloat_with_epsilon (pillar_score (zm_chart_view_get_result (view), "innovation"),
                                  pillar_score (expected, "innovation"), 1e-9);
  new_description = zm_chart_view_dup_description (view);
  g_assert_cmpstr (new_description, !=, old_description);

  g_assert_finalize_object (view);
}

static void
test_previous_series (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autoptr(ZmAssessment) previous = zm_assessment_new (model);
  ZmChartView *view = new_view (assessment);
  g_autofree char *without = NULL;
  g_autofree char *with = NULL;

  without = zm_chart_view_dup_description (view);
  zm_assessment_set_rating (previous, "practice.2.beyond-promotion", ZM_RATING_4);
  zm_chart_view_set_previous (view, previous);
  g_assert_true (zm_chart_view_get_previous (view) == previous);
  with = zm_chart_view_dup_description (view);
  g_assert_cmpstr (with, !=, without);

  zm_chart_view_set_previous (view, NULL);
  g_assert_finalize_object (view);
}

/* Sweeps the widget: every pillar can be found by pointing at it, and what
 * the tooltip says is that pillar's stage and score. */
static void
test_tooltips_name_stage_and_score (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  g_autoptr(ZmResult) result = zm_score_assessment (assessment);
  GtkWidget *window = gtk_window_new ();
  ZmChartView *view = new_view (assessment);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (view)) > 0);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  g_assert_cmpint (height, >=, 240);

  for (int y = 0; y < height; y += 4)
    for (int x = 0; x < width; x += 4)
      {
        char *text = zm_chart_view_describe_at (view, x, y);

        if (text != NULL)
          g_ptr_array_add (texts, text);
      }
  g_assert_cmpuint (texts->len, >, 0);

  for (guint i = 0; i < result->n_pillars; i++)
    {
      const ZmPillarResult *pr = &result->pillars[i];
      /* Two decimals, as on the results page and in the summary. */
      g_autofree char *score = g_strdup_printf ("%.2f", pr->score);
      const char *stage = zm_model_get_stage_name (model, pr->stage);
      gboolean found = FALSE;

      for (guint t = 0; t < texts->len && !found; t++)
        {
          const char *text = g_ptr_array_index (texts, t);

          found = g_str_has_prefix (text, zm_pillar_get_name (pr->pillar)) &&
                  strstr (text, stage) != NULL && strstr (text, score) != NULL;
        }
      if (!found)
        g_error ("no tooltip for %s (%s, %s)", zm_pillar_get_name (pr->pillar), stage, score);
    }
  /* Empty canvas says nothing. */
  g_assert_null (zm_chart_view_describe_at (view, 1, 1));

  g_object_unref (view);
  gtk_window_destroy (GTK_WINDOW (window));
  zm_test_drain ();
}

static void
test_height_for_width (void)
{
  ZmChartView *view = g_object_ref_sink (ZM_CHART_VIEW (zm_chart_view_new ()));
  int minimum, natural, min_narrow, min_wide;

  g_assert_cmpint (gtk_widget_get_request_mode (GTK_WIDGET (view)), ==,
                   GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 300);
  g_assert_cmpint (natural, >=, minimum);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 320,
                      &min_narrow, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 800,
                      &min_wide, NULL, NULL, NULL);
  g_assert_cmpint (min_narrow, >=, 200);
  g_assert_cmpint (min_wide, >, min_narrow);

  g_assert_finalize_object (view);
}

/* The widget paints through render: the canvas colour follows the style
 * manager, and the current series' colour is on screen. */
static void
check_canvas (GtkWidget *widget,
              guint32    background,
              guint32    series)
{
  g_autoptr(GdkTexture) texture = zm_test_render_widget (widget);
  g_autofree guchar *pixels = zm_test_texture_pixels (texture);

  g_assert_cmphex (zm_test_pixel_rgb (pixels, gdk_texture_get_width (texture), 0, 0), ==, background);
  g_assert_true (zm_test_texture_has_rgb (texture, series));
}

static void
test_draws_light_and_dark (void)
{
  g_autoptr(ZmAssessment) assessment = load_example ();
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  ZmChartView *view = new_view (assessment);

  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (view)) > 0);
  zm_test_drain ();

  /* Light: white canvas, Okabe–Ito blue for the current scores. */
  check_canvas (GTK_WIDGET (view), 0xffffff, 0x0072b2);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  zm_test_drain ();
  check_canvas (GTK_WIDGET (view), 0x242424, 0x56b4e9);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  g_object_unref (view);
  gtk_window_destroy (GTK_WINDOW (window));
  zm_test_drain ();
}

/* With fewer than three determined pillars a radar says little: the view
 * shows each pillar's stage profile instead, and says so. */
static void
test_profiles_below_three (void)
{
  g_autoptr(ZmAssessment) assessment = zm_assessment_new (model);
  ZmChartView *view = new_view (assessment);
  g_autofree char *two = NULL;
  g_autofree char *three = NULL;

  zm_assessment_set_rating (assessment, "brand.2.values-named", ZM_RATING_3);
  zm_assessment_set_rating (assessment, "practice.2.beyond-promotion", ZM_RATING_2);
  zm_test_drain ();
  two = zm_chart_view_dup_description (view);
  g_assert_true (g_str_has_prefix (two, "How well each stage fits"));

  zm_assessment_set_rating (assessment, "innovation.1.individuals", ZM_RATING_4);
  zm_test_drain ();
  three = zm_chart_view_dup_description (view);
  g_assert_true (g_str_has_prefix (three, "Radar chart of"));

  g_assert_finalize_object (view);
}

/* Nothing drawn reaches the edge of the widget, where it would be cut off:
 * the pillar labels fit at the width a 360-pixel window leaves, and wider. */
static void
assert_no_ink_at_edges (GtkWidget *widget)
{
  g_autoptr(GdkTexture) texture = zm_test_render_widget (widget);
  g_autofree guchar *pixels = zm_test_texture_pixels (texture);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  guint32 background = zm_test_pixel_rgb (pixels, width, 0, 0);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 value = zm_test_pixel_rgb (pixels, width, x, y);
        gboolean edge = x < 2 || x >= width - 2 || y < 2 || y >= height - 2;

        if (edge && value != background)
          g_error ("ink at (%d, %d) of %d × %d: %06x", x, y, width, height, value);
      }
}

static void
test_labels_inside_when_narrow (void)
{
  static const int widths[] = { 280, 312, 336, 480, 900 };
  g_autoptr(ZmAssessment) assessment = load_example ();

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GtkWidget *window = gtk_window_new ();
      ZmChartView *view = new_view (assessment);

      gtk_window_set_default_size (GTK_WINDOW (window), widths[i], 100);
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
      gtk_window_present (GTK_WINDOW (window));
      WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (view)) > 0);
      zm_test_drain ();
      g_test_message ("chart at %d × %d", gtk_widget_get_width (GTK_WIDGET (view)),
                      gtk_widget_get_height (GTK_WIDGET (view)));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, widths[i]);
      assert_no_ink_at_edges (GTK_WIDGET (view));

      g_object_unref (view);
      gtk_window_destroy (GTK_WINDOW (window));
      zm_test_drain ();
    }
}

static void
test_no_assessment (void)
{
  ZmChartView *view = g_object_ref_sink (ZM_CHART_VIEW (zm_chart_view_new ()));

  g_assert_null (zm_chart_view_get_result (view));
  g_assert_null (zm_chart_view_dup_description (view));
  g_assert_null (zm_chart_view_describe_at (view, 10, 10));
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  zm_test_init (&argc, &argv);

  model = zm_model_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/zm/chart-view/description", test_description_has_every_score);
  g_test_add_func ("/zm/chart-view/change-updates-after-idle", test_change_updates_after_idle);
  g_test_add_func ("/zm/chart-view/previous", test_previous_series);
  g_test_add_func ("/zm/chart-view/tooltips", test_tooltips_name_stage_and_score);
  g_test_add_func ("/zm/chart-view/height-for-width", test_height_for_width);
  g_test_add_func ("/zm/chart-view/light-and-dark", test_draws_light_and_dark);
  g_test_add_func ("/zm/chart-view/profiles-below-three", test_profiles_below_three);
  g_test_add_func ("/zm/chart-view/labels-inside-when-narrow", test_labels_inside_when_narrow);
  g_test_add_func ("/zm/chart-view/no-assessment", test_no_assessment);

  status = g_test_run ();
  g_clear_object (&model);
  return status;
}
