/* test-model.c: loading and checking model files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-model.h"
#include "zm-test-util.h"

static char *
read_test_model (void)
{
  g_autoptr(GBytes) bytes = zm_test_read_data ("test-model.xml");

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static ZmModel *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return zm_model_new_from_bytes (bytes, "test-model.xml", error);
}

static ZmModel *
load_test_model (void)
{
  g_autofree char *text = read_test_model ();
  g_autoptr(GError) error = NULL;
  ZmModel *model = load_text (text, &error);

  g_assert_no_error (error);
  return model;
}

static void
test_load (void)
{
  g_autoptr(ZmModel) model = load_test_model ();

  g_assert_cmpstr (zm_model_get_id (model), ==, "test-model");
  g_assert_cmpstr (zm_model_get_version (model), ==, "2");
  /* White space collapsed and trimmed, as xgettext does for msgids. */
  g_assert_cmpstr (zm_model_get_title (model), ==, "Test model");
  g_assert_cmpstr (zm_model_get_credit (model), ==, "Written for the tests.");
  g_assert_cmpstr (zm_model_get_stage_name (model, 3), ==, "Organised");
  g_assert_cmpstr (zm_model_get_rating_label (model, ZM_RATING_4), ==, "Fully applies");
  g_assert_cmpstr (zm_model_get_rating_label (model, ZM_RATING_DONT_KNOW), ==, "Don't know");
  g_assert_cmpstr (zm_model_get_rating_help (model, ZM_RATING_0), ==, "Rating 0.");

  g_assert_cmpuint (zm_model_get_n_pillars (model), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (zm_model_get_pillars (model)), ==, 3);
  g_assert_cmpuint (zm_model_get_n_statements (model), ==, 24);
  g_assert_cmpstr (zm_pillar_get_id (zm_model_get_pillar (model, 2)), ==, "gamma");
}

static void
test_load_pillar (void)
{
  g_autoptr(ZmModel) model = load_test_model ();
  ZmPillar *beta = zm_model_find_pillar (model, "beta");
  ZmStage *stage;

  g_assert_nonnull (beta);
  g_assert_cmpuint (zm_pillar_get_index (beta), ==, 1);
  g_assert_true (zm_pillar_get_project_authored (beta));
  g_assert_false (zm_pillar_get_project_authored (zm_model_find_pillar (model, "alpha")));
  g_assert_cmpstr (zm_pillar_get_name (beta), ==, "Beta pillar");
  g_assert_cmpuint (zm_pillar_get_n_statements (beta), ==, 8);

  stage = zm_pillar_get_stage (beta, 2);
  g_assert_cmpuint (zm_stage_get_number (stage), ==, 2);
  g_assert_true (zm_stage_get_pillar (stage) == beta);
  g_assert_cmpstr (zm_stage_get_name (stage), ==, "Defined");
  g_assert_cmpstr (zm_stage_get_subtitle (stage), ==, "beta stage 2");
  g_assert_cmpuint (g_list_model_get_n_items (zm_stage_get_statements (stage)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) zm_stage_get_advice (stage)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) zm_stage_get_advice (zm_pillar_get_stage (beta, 4))), ==, 0);
}

static void
test_load_statements_and_steps (void)
{
  g_autoptr(ZmModel) model = load_test_model ();
  ZmStatement *statement = zm_model_find_statement (model, "beta.3.measured");
  ZmStep *step;

  g_assert_nonnull (statement);
  g_assert_cmpuint (zm_statement_get_stage_number (statement), ==, 3);
  g_assert_true (zm_statement_get_pillar (statement) == zm_model_find_pillar (model, "beta"));
  g_assert_cmpstr (zm_statement_get_text (statement), ==, "Statement measured of beta.");
  g_assert_null (zm_model_find_statement (model, "beta.3.nothing"));

  g_assert_cmpuint (g_list_model_get_n_items (zm_model_get_steps (model)), ==, 2);
  step = zm_model_find_step (model, "vision");
  g_assert_cmpuint (zm_step_get_number (step), ==, 1);
  g_assert_cmpstr (zm_step_get_title (step), ==, "Develop a vision");
  g_assert_cmpstr (zm_step_get_pillar_ids (step)[1], ==, "gamma");
  g_assert_null (zm_step_get_pillar_ids (step)[2]);
}

/* A statement or stage handed to a view may outlive the model. */
static void
test_outlive (void)
{
  g_autofree char *text = read_test_model ();
  g_autoptr(GError) error = NULL;
  ZmModel *model = load_text (text, &error);
  g_autoptr(ZmStatement) statement = NULL;

  g_assert_no_error (error);
  statement = g_object_ref (zm_model_find_statement (model, "alpha.1.ad-hoc"));
  g_assert_finalize_object (model);

  g_assert_null (zm_statement_get_pillar (statement));
  g_assert_cmpstr (zm_statement_get_id (statement), ==, "alpha.1.ad-hoc");
}

static void
test_shipped (void)
{
  static const char * const pillars[] = {
    "practice", "client-focus", "innovation", "brand", "metrics", "culture",
  };
  static const char * const steps[] = {
    "vision", "structured-approach", "role-clarity", "board-representation",
    "involve-in-policy", "client-and-renewal", "structural-consultation", "capacity",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = zm_model_new_default (&error);
  GListModel *list;

  g_assert_no_error (error);
  g_assert_cmpstr (zm_model_get_id (model), ==, "zorgmarketing-ontwikkelmodel");
  g_assert_cmpuint (zm_model_get_n_pillars (model), ==, G_N_ELEMENTS (pillars));
  for (guint i = 0; i < G_N_ELEMENTS (pillars); i++)
    g_assert_cmpstr (zm_pillar_get_id (zm_model_get_pillar (model, i)), ==, pillars[i]);

  list = zm_model_get_steps (model);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (steps));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(ZmStep) step = g_list_model_get_item (list, i);

      g_assert_cmpstr (zm_step_get_id (step), ==, steps[i]);
    }
}

typedef struct {
  const char *name;
  const char *find;      /* first occurrence is replaced … */
  const char *replace;   /* … by this; the error names its line */
  int         code;
  const char *words;
} ModelErrorCase;

static const ModelErrorCase error_cases[] = {
  { "stage-order", "<stage number=\"2\">", "<stage number=\"3\">",
    ZM_MODEL_ERROR_INVALID, "numbered 1 to 4 in order" },
  { "stage-missing", "<stage number=\"4\">", "<stage-missing/><stage number=\"4\">",
    ZM_MODEL_ERROR_INVALID, "expected <stage>, found <stage-missing>" },
  { "statement-id-stage", "id=\"alpha.1.ad-hoc\"", "id=\"alpha.2.ad-hoc\"",
    ZM_MODEL_ERROR_INVALID, "is not of the form “alpha.1.<slug>”" },
  { "statement-id-slug", "id=\"alpha.1.ad-hoc\"", "id=\"alpha.1.Ad_Hoc\"",
    ZM_MODEL_ERROR_INVALID, "alpha.1.Ad_Hoc" },
  { "statement-id-twice", "id=\"alpha.1.no-plan\"", "id=\"alpha.1.ad-hoc\"",
    ZM_MODEL_ERROR_INVALID, "“alpha.1.ad-hoc” appears twice" },
  { "pillar-id-twice", "<pillar id=\"beta\"", "<pillar id=\"alpha\"",
    ZM_MODEL_ERROR_INVALID, "pillar id “alpha” appears twice" },
  { "rating-scale-incomplete", "<level value=\"3\">", "<level value=\"2\">",
    ZM_MODEL_ERROR_INVALID, "rating level “2” appears twice" },
  { "rating-value", "<level value=\"3\">", "<level value=\"5\">",
    ZM_MODEL_ERROR_INVALID, "“5” is not 0 to 4 or dont-know" },
  { "step-pillar-ref", "pillars=\"beta\"", "pillars=\"delta\"",
    ZM_MODEL_ERROR_INVALID, "pillar “delta”, which the model does not have" },
  { "step-number", "number=\"2\" pillars", "number=\"3\" pillars",
    ZM_MODEL_ERROR_INVALID, "expected 2" },
  { "empty-text", "<name>Alpha pillar</name>", "<name>  </name>",
    ZM_MODEL_ERROR_INVALID, "<name> is empty" },
  { "unexpected-element", "<credit>", "<logo/><credit>",
    ZM_MODEL_ERROR_INVALID, "expected <credit>, found <logo>" },
  { "source", "source=\"project\"", "source=\"somebody\"",
    ZM_MODEL_ERROR_INVALID, "“somebody”" },
  { "namespace", "urn:zorgmarketing-scan:model:1", "urn:example:other",
    ZM_MODEL_ERROR_INVALID, "not a model file" },
  { "doctype", "<model ", "<!DOCTYPE model SYSTEM \"test.dtd\">\n<model ",
    ZM_MODEL_ERROR_DOCTYPE, "DOCTYPE" },
  { "not-well-formed", "</title>", "</titel>",
    ZM_MODEL_ERROR_MALFORMED, "title" },
};

static void
test_error (gconstpointer data)
{
  const ModelErrorCase *c = data;
  g_autofree char *text = read_test_model ();
  g_autofree char *mutated = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = NULL;
  guint line;

  mutated = zm_test_replace_once (text, c->find, c->replace, &line);
  model = load_text (mutated, &error);

  g_assert_null (model);
  g_assert_error (error, ZM_MODEL_ERROR, c->code);
  zm_test_assert_message (error, "test-model.xml", line, c->words);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (TEST_DATADIR "/no-such-model.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = zm_model_new_from_file (file, &error);

  g_assert_null (model);
  g_assert_error (error, ZM_MODEL_ERROR, ZM_MODEL_ERROR_IO);
  g_assert_true (strstr (error->message, "no-such-model.xml: ") != NULL);
}

/* The model goes through the same count before libxml2 reads it. */
static void
test_many_attributes (void)
{
  GString *text = g_string_new ("<?xml version=\"1.0\"?>\n<model");
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, " a%u=\"x\"", i);
  g_string_append (text, "/>\n");
  model = load_text (text->str, &error);
  g_string_free (text, TRUE);

  g_assert_null (model);
  g_assert_error (error, ZM_MODEL_ERROR, ZM_MODEL_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "test-model.xml:2: "));
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 2.0 * zm_test_time_scale ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zm/model/load", test_load);
  g_test_add_func ("/zm/model/load/pillar", test_load_pillar);
  g_test_add_func ("/zm/model/load/statements-and-steps", test_load_statements_and_steps);
  g_test_add_func ("/zm/model/outlive", test_outlive);
  g_test_add_func ("/zm/model/shipped", test_shipped);
  g_test_add_func ("/zm/model/missing-file", test_missing_file);
  g_test_add_func ("/zm/model/hostile/many-attributes", test_many_attributes);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/model/error/%s", error_cases[i].name);

      g_test_add_data_func (path, &error_cases[i], test_error);
    }

  return g_test_run ();
}
