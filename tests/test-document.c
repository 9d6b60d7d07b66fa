/* test-document.c: the .zmscan format: round trips, every error class,
 * hostile files, newer and older versions, safe saving and CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <libxml/parserInternals.h>

#include "zm-csv.h"
#include "zm-document.h"
#include "zm-document-private.h"
#include "zm-scoring.h"
#include "zm-test-util.h"

static ZmModel *test_model;

static ZmAssessment *
read_fixture_assessment (const char *name)
{
  g_autoptr(GBytes) bytes = zm_test_read_data (name);
  g_autoptr(GError) error = NULL;
  ZmAssessment *assessment = zm_document_read_bytes (bytes, name, test_model, &error);

  g_assert_no_error (error);
  return assessment;
}

static void
assert_bytes_equal (GBytes *actual,
                    GBytes *expected)
{
  if (!g_bytes_equal (actual, expected))
    g_error ("bytes differ:\n--- got ---\n%.*s\n--- expected ---\n%.*s",
             (int) g_bytes_get_size (actual), (const char *) g_bytes_get_data (actual, NULL),
             (int) g_bytes_get_size (expected), (const char *) g_bytes_get_data (expected, NULL));
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("zm-test-document-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_temp_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_unlink (file);
    }
  g_rmdir (path);
}

static guint
count_dir_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* --- reading what the file holds -------------------------------------- */

static void
test_read_values (void)
{
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  ZmAnswer *answer;
  ZmChecklistItem *item;
  g_autofree char *modified = NULL;

  g_assert_cmpstr (zm_assessment_get_organisation_name (a), ==, "Zorggroep Ons Belang & Partners");
  g_assert_cmpstr (zm_assessment_get_organisation_kind (a), ==, "elderly-care");
  g_assert_cmpstr (zm_assessment_get_assessors (a), ==, "A. de Vries, B. Öztürk");
  g_assert_cmpstr (zm_assessment_get_date (a), ==, "2026-03-09");
  g_assert_cmpstr (zm_assessment_get_previous_uri (a), ==, "file:///home/user/2025.zmscan");
  modified = g_date_time_format_iso8601 (zm_assessment_get_modified (a));
  g_assert_cmpstr (modified, ==, "2026-03-09T16:40:12Z");

  g_assert_true (zm_assessment_get_pillar_included (a, "alpha"));
  g_assert_false (zm_assessment_get_pillar_included (a, "beta"));
  g_assert_cmpuint (zm_assessment_get_target (a, "alpha"), ==, 3);
  g_assert_cmpuint (zm_assessment_get_target (a, "beta"), ==, 0);

  g_assert_cmpint (zm_assessment_get_rating (a, "alpha.1.ad-hoc"), ==, ZM_RATING_0);
  g_assert_cmpint (zm_assessment_get_rating (a, "alpha.3.strategic"), ==, ZM_RATING_DONT_KNOW);
  g_assert_cmpint (zm_assessment_get_rating (a, "alpha.3.measured"), ==, ZM_RATING_UNANSWERED);
  answer = zm_assessment_get_answer (a, "alpha.2.broader");
  g_assert_cmpstr (zm_answer_get_note (answer), ==,
                   "Brand <and> recruitment \"together\";\nsecond line with 'quotes' and é.");
  answer = zm_assessment_get_answer (a, "alpha.1.no-plan");
  g_assert_cmpint (zm_answer_get_previous_rating (answer), ==, ZM_RATING_3);
  g_assert_true (zm_answer_get_changed (answer));
  answer = zm_assessment_get_answer (a, "beta.2.broader");
  g_assert_cmpint (zm_answer_get_rating (answer), ==, ZM_RATING_UNANSWERED);
  g_assert_cmpstr (zm_answer_get_note (answer), ==, "Not rated yet this year.");

  item = zm_assessment_get_checklist_item (a, "vision");
  g_assert_cmpint (zm_checklist_item_get_status (item), ==, ZM_STEP_STATUS_IN_PROGRESS);
  g_assert_cmpstr (zm_checklist_item_get_due (item), ==, "2026-06-30");
  g_assert_cmpstr (zm_checklist_item_get_owner (item), ==, "Marketing team");
  item = zm_assessment_get_checklist_item (a, "capacity");
  g_assert_cmpint (zm_checklist_item_get_status (item), ==, ZM_STEP_STATUS_DONE);
  g_assert_null (zm_checklist_item_get_note (item));
}

/* --- round trips ----------------------------------------------------- */

static void
test_round_trip_bytes (void)
{
  g_autoptr(GBytes) original = zm_test_read_data ("valid.zmscan");
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  g_autoptr(GBytes) written = zm_document_write_bytes (a);

  /* The fixture is written in the canonical form: nothing may move. */
  assert_bytes_equal (written, original);
}

static ZmAssessment *
build_full_assessment (void)
{
  ZmAssessment *a = zm_assessment_new (test_model);
  GListModel *answers = zm_assessment_get_answers (a);

  zm_assessment_set_organisation_name (a, "Ziekenhuis \"Het Baken\" <Noord>");
  zm_assessment_set_organisation_kind (a, "hospital");
  zm_assessment_set_unit (a, "Afdeling\tCommunicatie\r\nen marketing");
  zm_assessment_set_assessors (a, "Ä. Ünal \x01 (bell removed)");
  zm_assessment_set_date (a, "2026-01-31");
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);
      g_autofree char *note = g_strdup_printf ("Note %u: evidence & \"proof\"\n  indented", i);

      zm_answer_set_rating (answer, (ZmRating) ((int) (i % 6) - 1));
      zm_answer_set_note (answer, note);
    }
  zm_assessment_set_target (a, "gamma", 2);
  zm_assessment_set_pillar_included (a, "beta", FALSE);
  zm_checklist_item_set_status (zm_assessment_get_checklist_item (a, "capacity"), ZM_STEP_STATUS_DONE);
  zm_checklist_item_set_owner (zm_assessment_get_checklist_item (a, "capacity"), "Board");

  return a;
}

static void
test_round_trip_save (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path1 = g_build_filename (dir, "one.zmscan", NULL);
  g_autofree char *path2 = g_build_filename (dir, "two.zmscan", NULL);
  g_autoptr(GFile) file1 = g_file_new_for_path (path1);
  g_autoptr(GFile) file2 = g_file_new_for_path (path2);
  g_autoptr(ZmAssessment) a = build_full_assessment ();
  g_autoptr(ZmAssessment) reopened = NULL;
  g_autoptr(GBytes) bytes1 = NULL;
  g_autoptr(GBytes) bytes2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  g_assert_true (zm_document_save (a, file1, NULL, &etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  reopened = zm_document_load (file1, test_model, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (zm_document_save (reopened, file2, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  bytes1 = g_file_load_bytes (file1, NULL, NULL, &error);
  bytes2 = g_file_load_bytes (file2, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (bytes2, bytes1);

  /* The control character is gone, everything else survived. */
  g_assert_cmpstr (zm_assessment_get_assessors (reopened), ==, "Ä. Ünal  (bell removed)");
  g_assert_cmpstr (zm_assessment_get_unit (reopened), ==, "Afdeling\tCommunicatie\r\nen marketing");
  g_assert_true (g_date_time_equal (zm_assessment_get_modified (reopened),
                                    zm_assessment_get_modified (a)));
  remove_temp_dir (dir);
}

static void
test_save_keeps_modified (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.zmscan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  g_autoptr(GDateTime) before = g_date_time_ref (zm_assessment_get_modified (a));
  g_autoptr(GError) error = NULL;

  g_assert_true (zm_document_save (a, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (zm_assessment_get_modified (a), before));
  remove_temp_dir (dir);
}

/* --- change tracking --------------------------------------------------- */

/* Connected swapped: the counter comes first, the rest is not needed. */
static void
count_signal (guint *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  g_autoptr(GDateTime) loaded = g_date_time_ref (zm_assessment_get_modified (a));
  guint changed = 0, modified = 0, rating = 0;
  ZmAnswer *answer = zm_assessment_get_answer (a, "alpha.1.ad-hoc");

  g_signal_connect_swapped (a, "changed", G_CALLBACK (count_signal), &changed);
  g_signal_connect_swapped (a, "notify::modified", G_CALLBACK (count_signal), &modified);
  g_signal_connect_swapped (answer, "notify::rating", G_CALLBACK (count_signal), &rating);

  /* No change, no signal. */
  zm_answer_set_rating (answer, ZM_RATING_0);
  zm_assessment_set_organisation_name (a, "Zorggroep Ons Belang & Partners");
  zm_assessment_set_target (a, "alpha", 3);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (rating, ==, 0);

  zm_answer_set_rating (answer, ZM_RATING_2);
  g_assert_cmpuint (rating, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (modified, ==, 1);
  g_assert_false (g_date_time_equal (zm_assessment_get_modified (a), loaded));

  zm_assessment_set_target (a, "alpha", 4);
  zm_assessment_set_pillar_included (a, "beta", TRUE);
  zm_checklist_item_set_note (zm_assessment_get_checklist_item (a, "capacity"), "Budget approved");
  zm_answer_set_note (answer, "");
  g_assert_cmpuint (changed, ==, 4);
  /* Clearing a note that was not there is no change either. */
  zm_answer_set_note (answer, NULL);
  g_assert_cmpuint (changed, ==, 4);
}

static void
test_answer_changed_mark (void)
{
  g_autoptr(ZmAnswer) answer = zm_answer_new ("alpha.1.ad-hoc");
  guint notified = 0;

  g_signal_connect_swapped (answer, "notify::changed", G_CALLBACK (count_signal), &notified);
  zm_answer_set_rating (answer, ZM_RATING_3);
  g_assert_false (zm_answer_get_changed (answer));
  zm_answer_set_previous_rating (answer, ZM_RATING_3);
  g_assert_false (zm_answer_get_changed (answer));
  g_assert_cmpuint (notified, ==, 0);
  zm_answer_set_rating (answer, ZM_RATING_DONT_KNOW);
  g_assert_true (zm_answer_get_changed (answer));
  g_assert_cmpuint (notified, ==, 1);
  zm_answer_set_rating (answer, ZM_RATING_1);
  g_assert_cmpuint (notified, ==, 1);
  zm_answer_set_rating (answer, ZM_RATING_3);
  g_assert_false (zm_answer_get_changed (answer));
  g_assert_cmpuint (notified, ==, 2);
}

/* Assessing again with hints copies no rating or note, keeps last time's
 * rating as the previous one and marks nothing as changed until rated. */
static void
test_new_again_with_hints (void)
{
  g_autoptr(ZmAssessment) last_year = read_fixture_assessment ("valid.zmscan");
  g_autoptr(ZmAssessment) a = zm_assessment_new_again (last_year, ZM_PREVIOUS_SHOW_AS_HINTS);
  ZmAnswer *answer = zm_assessment_get_answer (a, "alpha.2.aligned");

  g_assert_cmpstr (zm_assessment_get_organisation_name (a), ==, "Zorggroep Ons Belang & Partners");
  g_assert_cmpstr (zm_assessment_get_unit (a), ==, zm_assessment_get_unit (last_year));
  g_assert_cmpuint (zm_assessment_get_target (a, "alpha"), ==, 3);
  g_assert_cmpint (zm_answer_get_rating (answer), ==, ZM_RATING_UNANSWERED);
  g_assert_cmpint (zm_answer_get_previous_rating (answer), ==, ZM_RATING_3);
  g_assert_null (zm_answer_get_note (zm_assessment_get_answer (a, "alpha.2.broader")));
  g_assert_false (zm_answer_get_changed (answer));
  zm_answer_set_rating (answer, ZM_RATING_3);
  g_assert_false (zm_answer_get_changed (answer));
  zm_answer_set_rating (answer, ZM_RATING_1);
  g_assert_true (zm_answer_get_changed (answer));
}

static void
test_new_from_previous (void)
{
  g_autoptr(ZmAssessment) last_year = read_fixture_assessment ("valid.zmscan");
  g_autoptr(ZmAssessment) a = zm_assessment_new_from_previous (last_year);
  ZmAnswer *answer = zm_assessment_get_answer (a, "alpha.2.aligned");

  g_assert_cmpstr (zm_assessment_get_organisation_name (a), ==, "Zorggroep Ons Belang & Partners");
  g_assert_cmpuint (zm_assessment_get_target (a, "alpha"), ==, 3);
  g_assert_false (zm_assessment_get_pillar_included (a, "beta"));
  g_assert_cmpint (zm_answer_get_rating (answer), ==, ZM_RATING_3);
  g_assert_cmpint (zm_answer_get_previous_rating (answer), ==, ZM_RATING_3);
  g_assert_false (zm_answer_get_changed (answer));
  zm_answer_set_rating (answer, ZM_RATING_4);
  g_assert_true (zm_answer_get_changed (answer));
  g_assert_cmpint (zm_checklist_item_get_status (zm_assessment_get_checklist_item (a, "capacity")),
                   ==, ZM_STEP_STATUS_DONE);
  g_assert_true (g_date_time_compare (zm_assessment_get_created (a),
                                      zm_assessment_get_created (last_year)) > 0);
  g_assert_nonnull (zm_assessment_get_date (a));
}

static void
test_care_kinds (void)
{
  const char * const *kinds = zm_care_kind_list ();

  g_assert_cmpuint (g_strv_length ((char **) kinds), ==, 10);
  g_assert_cmpstr (kinds[0], ==, "hospital");
  g_assert_cmpstr (zm_care_kind_get_label ("mental-health"), ==, "Mental health care");
  g_assert_null (zm_care_kind_get_label ("zoo"));
}

/* --- every error class, with its line and its words ------------------ */

typedef struct {
  const char *name;
  const char *find;      /* first occurrence in valid.zmscan is replaced … */
  const char *replace;   /* … by this; the error is on that line */
  int         code;
  const char *words;
} DocumentErrorCase;

static const DocumentErrorCase error_cases[] = {
  { "mismatched-tag", "</unit>", "</unti>",
    ZM_DOCUMENT_ERROR_MALFORMED, "unit" },
  { "other-namespace", "urn:zorgmarketing-scan:assessment:1", "urn:zorgmarketing-scan:model:1",
    ZM_DOCUMENT_ERROR_NOT_ASSESSMENT, "in namespace “urn:zorgmarketing-scan:model:1”" },
  { "no-namespace", "xmlns=\"urn:zorgmarketing-scan:assessment:1\" ", "",
    ZM_DOCUMENT_ERROR_NOT_ASSESSMENT, "has no namespace" },
  { "namespace-version-mismatch", "version=\"1.0\">", "version=\"0.9\">",
    ZM_DOCUMENT_ERROR_NOT_ASSESSMENT, "does not match version “0.9”" },
  { "newer-major", "version=\"1.0\">", "version=\"2.0\">",
    ZM_DOCUMENT_ERROR_NEWER_VERSION, "written by a newer version of Zorgmarketing Scan (format 2.0)" },
  { "bad-version", "version=\"1.0\">", "version=\"one\">",
    ZM_DOCUMENT_ERROR_INVALID, "“one” is not of the form MAJOR.MINOR" },
  { "missing-element", "  <modified>2026-03-09T16:40:12Z</modified>\n", "",
    ZM_DOCUMENT_ERROR_INVALID, "expected <modified>, found <organisation>" },
  { "missing-attribute", "<answer statement=\"alpha.2.aligned\" rating=\"3\"/>",
    "<answer rating=\"3\"/>", ZM_DOCUMENT_ERROR_INVALID, "<answer> lacks the attribute “statement”" },
  { "unknown-statement", "statement=\"alpha.2.aligned\"", "statement=\"alpha.2.unheard-of\"",
    ZM_DOCUMENT_ERROR_UNKNOWN_ID, "no statement “alpha.2.unheard-of”" },
  { "unknown-pillar", "ref=\"beta\"", "ref=\"delta\"",
    ZM_DOCUMENT_ERROR_UNKNOWN_ID, "no pillar “delta”" },
  { "unknown-step", "ref=\"capacity\"", "ref=\"world-peace\"",
    ZM_DOCUMENT_ERROR_UNKNOWN_ID, "no step “world-peace”" },
  { "rating-out-of-range", "rating=\"3\"/>", "rating=\"7\"/>",
    ZM_DOCUMENT_ERROR_INVALID, "rating “7” is not 0 to 4 or dont-know" },
  { "previous-out-of-range", "previous=\"3\"", "previous=\"-1\"",
    ZM_DOCUMENT_ERROR_INVALID, "previous “-1”" },
  { "duplicate-answer", "statement=\"alpha.2.aligned\"", "statement=\"alpha.1.ad-hoc\"",
    ZM_DOCUMENT_ERROR_DUPLICATE, "“alpha.1.ad-hoc” appears twice" },
  { "duplicate-pillar", "ref=\"gamma\"", "ref=\"alpha\"",
    ZM_DOCUMENT_ERROR_DUPLICATE, "“alpha” appears twice" },
  { "bad-date", "<date>2026-03-09</date>", "<date>2026-02-30</date>",
    ZM_DOCUMENT_ERROR_INVALID, "“2026-02-30” is not a date" },
  { "bad-due-date", "due=\"2026-06-30\"", "due=\"30-06-2026\"",
    ZM_DOCUMENT_ERROR_INVALID, "“30-06-2026” is not a date" },
  { "bad-timestamp", "<created>2026-03-02T09:15:00Z</created>", "<created>yesterday</created>",
    ZM_DOCUMENT_ERROR_INVALID, "<created> “yesterday” is not a date and time" },
  { "wrong-model", "<model id=\"test-model\"", "<model id=\"another-model\"",
    ZM_DOCUMENT_ERROR_WRONG_MODEL, "answered against the model “another-model”, not “test-model”" },
  { "unexpected-element", "<unit>", "<budget>1000</budget><unit>",
    ZM_DOCUMENT_ERROR_INVALID, "unexpected element <budget>" },
  { "unexpected-attribute", "<pillar ref=\"beta\"", "<pillar colour=\"red\" ref=\"beta\"",
    ZM_DOCUMENT_ERROR_INVALID, "unexpected attribute “colour” on <pillar>" },
  { "bad-status", "status=\"done\"", "status=\"finished\"",
    ZM_DOCUMENT_ERROR_INVALID, "status “finished”" },
  { "bad-target", "target=\"4\"", "target=\"5\"",
    ZM_DOCUMENT_ERROR_INVALID, "target “5” is not a stage from 1 to 4" },
  { "bad-included", "included=\"false\"", "included=\"no\"",
    ZM_DOCUMENT_ERROR_INVALID, "included “no”" },
  { "bad-kind", "<kind>elderly-care</kind>", "<kind>zoo</kind>",
    ZM_DOCUMENT_ERROR_INVALID, "“zoo” is not a known kind" },
  { "stray-text", "<pillars>", "<pillars>oops",
    ZM_DOCUMENT_ERROR_INVALID, "unexpected text" },
  { "markup-in-note", "<note>Not rated yet this year.</note>", "<note>Not <b>rated</b></note>",
    ZM_DOCUMENT_ERROR_INVALID, "<note> must hold text only" },
  { "out-of-order", "<previous href=\"file:///home/user/2025.zmscan\"/>", "<checklist/>",
    ZM_DOCUMENT_ERROR_INVALID, "expected <pillars>, found <checklist>" },
  { "entity-reference", "Locatie Noord", "Locatie &noord;",
    ZM_DOCUMENT_ERROR_MALFORMED, "noord" },
};

static void
test_error (gconstpointer data)
{
  const DocumentErrorCase *c = data;
  g_autoptr(GBytes) original = zm_test_read_data ("valid.zmscan");
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_autofree char *mutated = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmAssessment) a = NULL;
  guint line;

  mutated = zm_test_replace_once (text, c->find, c->replace, &line);
  bytes = g_bytes_new (mutated, strlen (mutated));
  a = zm_document_read_bytes (bytes, "mutated.zmscan", test_model, &error);

  g_assert_null (a);
  g_assert_error (error, ZM_DOCUMENT_ERROR, c->code);
  zm_test_assert_message (error, "mutated.zmscan", line, c->words);
}

/* --- hostile files: one clear message each, no crash, quickly ---------- */

static guint external_loads;

static xmlParserInput *
count_external_load (const char       *url,
                     const char       *id,
                     xmlParserCtxt    *ctxt)
{
  external_loads++;
  return NULL;
}

static GError *
read_hostile (GBytes     *bytes,
              const char *name)
{
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(ZmAssessment) a = NULL;
  GError *error = NULL;

  a = zm_document_read_bytes (bytes, name, test_model, &error);

  g_assert_null (a);
  g_assert_nonnull (error);
  g_assert_true (error->domain == ZM_DOCUMENT_ERROR);
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_null (strchr (error->message, '\n'));
  /* Generous for sanitizer builds; in a normal build this is milliseconds. */
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 2.0 * zm_test_time_scale ());
  g_test_message ("%s → %s", name, error->message);
  return error;
}

static GError *
read_hostile_fixture (const char *name)
{
  g_autoptr(GBytes) bytes = zm_test_read_data (name);

  return read_hostile (bytes, name);
}

static void
test_billion_laughs (void)
{
  g_autoptr(GError) error = read_hostile_fixture ("billion-laughs.zmscan");

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_DOCTYPE);
  g_assert_true (g_str_has_prefix (error->message, "billion-laughs.zmscan:2: "));
  g_assert_nonnull (strstr (error->message, "DOCTYPE"));
}

/* The external entity and DTD name files next to the fixture that hold a
 * secret. The loader hook proves libxml2 never even tried to open them,
 * and the secret appears nowhere. */
static void
test_external_entity (gconstpointer data)
{
  const char *name = data;
  xmlExternalEntityLoader saved = xmlGetExternalEntityLoader ();
  g_autoptr(GError) error = NULL;
  g_autofree char *cwd = g_get_current_dir ();

  g_chdir (TEST_DATADIR);
  external_loads = 0;
  xmlSetExternalEntityLoader ((xmlExternalEntityLoader) count_external_load);
  error = read_hostile_fixture (name);
  xmlSetExternalEntityLoader (saved);
  g_chdir (cwd);

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_DOCTYPE);
  g_assert_cmpuint (external_loads, ==, 0);
  g_assert_null (strstr (error->message, "SECRET"));
}

static void
test_too_large (void)
{
  gsize size = 17 * 1024 * 1024;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *head = "<?xml version=\"1.0\"?><assessment xmlns=\"" ZM_DOCUMENT_NAMESPACE "\"><!--";

  memset (data, 'x', size);
  memcpy (data, head, strlen (head));
  bytes = g_bytes_new_take (data, size);
  error = read_hostile (bytes, "huge.zmscan");

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "huge.zmscan: the file is too large"));
}

static void
test_too_large_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.zmscan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmAssessment) a = NULL;
  FILE *out = g_fopen (path, "wb");

  /* A sparse 17 MiB file: loading must stop at the limit. */
  g_assert_nonnull (out);
  g_assert_cmpint (fseek (out, 17 * 1024 * 1024 - 1, SEEK_SET), ==, 0);
  fputc ('x', out);
  fclose (out);

  a = zm_document_load (file, test_model, NULL, NULL, &error);
  g_assert_null (a);
  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_TOO_LARGE);
  remove_temp_dir (dir);
}

static void
test_deep_nesting (void)
{
  GString *text = g_string_new ("<?xml version=\"1.0\"?>\n<assessment xmlns=\""
                                ZM_DOCUMENT_NAMESPACE "\" version=\"1.0\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "<a>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "</a>");
  g_string_append (text, "</assessment>\n");
  bytes = g_string_free_to_bytes (text);
  error = read_hostile (bytes, "deep.zmscan");

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "deep.zmscan:3: "));
  g_assert_nonnull (strstr (error->message, "nested too deeply"));
}

/* libxml2 2.9 compares every pair of an element's attributes; this many
 * took seconds before they were counted first. */
static void
test_many_attributes (void)
{
  GString *text = g_string_new ("<?xml version=\"1.0\"?>\n<assessment xmlns=\""
                                ZM_DOCUMENT_NAMESPACE "\" version=\"1.0\">\n<a");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, " a%u=\"x\"", i);
  g_string_append (text, "/>\n</assessment>\n");
  bytes = g_string_free_to_bytes (text);
  error = read_hostile (bytes, "attributes.zmscan");

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "attributes.zmscan:3: "));
  g_assert_nonnull (strstr (error->message, "attributes"));
}

static void
test_many_elements (void)
{
  GString *text = g_string_new ("<?xml version=\"1.0\"?>\n<assessment xmlns=\""
                                ZM_DOCUMENT_NAMESPACE "\" version=\"1.0\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "<a/><a/><a/>\n");
  g_string_append (text, "</assessment>\n");
  bytes = g_string_free_to_bytes (text);
  error = read_hostile (bytes, "elements.zmscan");

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_TOO_LARGE);
  /* The root is element 1; element 200,001 is the second on line 66,669. */
  g_assert_true (g_str_has_prefix (error->message, "elements.zmscan:66669: "));
  g_assert_nonnull (strstr (error->message, "elements"));
}

/* The count must not take markup-like text for elements or attributes. */
static void
test_counting_skips_comments (void)
{
  g_autoptr(GBytes) valid = zm_test_read_data ("valid.zmscan");
  const char *data = g_bytes_get_data (valid, NULL);
  const char *body = strstr (data, "?>") + 2;
  GString *text = g_string_new_len (data, body - data);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ZmAssessment) a = NULL;
  g_autoptr(GError) error = NULL;

  g_string_append (text, "\n<!-- <x y=\" -->\n<?pi ");
  for (guint i = 0; i < 300000; i++)
    g_string_append (text, "<b c=d>");
  g_string_append (text, "?>\n<!--");
  for (guint i = 0; i < 100; i++)
    g_string_append (text, " e='f'");
  g_string_append (text, " -->");
  g_string_append (text, body);
  bytes = g_string_free_to_bytes (text);
  a = zm_document_read_bytes (bytes, "comments.zmscan", test_model, &error);

  g_assert_no_error (error);
  g_assert_nonnull (a);
}

/* libxml2 keeps a node's line in 16 bits unless told otherwise. */
static void
test_error_past_line_65535 (void)
{
  GString *text = g_string_new ("<?xml version=\"1.0\"?>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 70000; i++)
    g_string_append_c (text, '\n');
  g_string_append (text, "<assessment xmlns=\"urn:example:something-else\" version=\"1.0\"/>\n");
  bytes = g_string_free_to_bytes (text);
  error = read_hostile (bytes, "long.zmscan");

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_NOT_ASSESSMENT);
  g_assert_true (g_str_has_prefix (error->message, "long.zmscan:70002: "));
}

typedef struct {
  const char *fixture;
  int         code;
  const char *prefix;
  const char *words;
} HostileCase;

static const HostileCase hostile_cases[] = {
  { "bad-utf8.zmscan", ZM_DOCUMENT_ERROR_MALFORMED, "bad-utf8.zmscan:9: ", "not valid UTF-8" },
  { "truncated.zmscan", ZM_DOCUMENT_ERROR_MALFORMED, "truncated.zmscan:", "" },
  { "not-xml.zmscan", ZM_DOCUMENT_ERROR_MALFORMED, "not-xml.zmscan:1: ", "this is not an XML file" },
  { "wrong-namespace.zmscan", ZM_DOCUMENT_ERROR_NOT_ASSESSMENT, "wrong-namespace.zmscan:2: ",
    "not a Zorgmarketing Scan assessment" },
  { "newer-major.zmscan", ZM_DOCUMENT_ERROR_NEWER_VERSION, "newer-major.zmscan:2: ",
    "was written by a newer version of Zorgmarketing Scan (format 2.0)" },
  { "test-model.xml", ZM_DOCUMENT_ERROR_NOT_ASSESSMENT, "test-model.xml:4: ",
    "the root element is <model>" },
  { "empty.zmscan", ZM_DOCUMENT_ERROR_MALFORMED, "empty.zmscan: ", "the file is empty" },
};

static void
test_hostile (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_str_equal (c->fixture, "empty.zmscan") ? g_bytes_new_static ("", 0)
                                                   : zm_test_read_data (c->fixture);
  error = read_hostile (bytes, c->fixture);

  g_assert_error (error, ZM_DOCUMENT_ERROR, c->code);
  if (!g_str_has_prefix (error->message, c->prefix) || strstr (error->message, c->words) == NULL)
    g_error ("message “%s” lacks “%s” or “%s”", error->message, c->prefix, c->words);
}

/* --- what was found by trying ---------------------------------------- */

/* A year below 1000 is written with four digits, or the saved file could
 * not be opened again. */
static void
test_early_year (void)
{
  g_autoptr(GBytes) original = zm_test_read_data ("valid.zmscan");
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  guint line;
  g_autofree char *mutated = zm_test_replace_once (text, "<created>2026-03-02T09:15:00Z",
                                                   "<created>0852-03-02T09:15:00Z", &line);
  g_autoptr(GBytes) bytes = g_bytes_new (mutated, strlen (mutated));
  g_autoptr(ZmAssessment) a = NULL;
  g_autoptr(ZmAssessment) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  a = zm_document_read_bytes (bytes, "early.zmscan", test_model, &error);
  g_assert_no_error (error);
  written = zm_document_write_bytes (a);
  assert_bytes_equal (written, bytes);

  again = zm_document_read_bytes (written, "early.zmscan", test_model, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_year (zm_assessment_get_created (again)), ==, 852);
}

/* A time that is in range where it was written but not in UTC cannot be
 * saved; it is refused when read. */
static void
test_year_out_of_range_in_utc (void)
{
  g_autoptr(GBytes) original = zm_test_read_data ("valid.zmscan");
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_autofree char *mutated = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmAssessment) a = NULL;
  guint line;

  mutated = zm_test_replace_once (text, "2026-03-02T09:15:00Z", "0001-01-01T00:00:00+01:00", &line);
  bytes = g_bytes_new (mutated, strlen (mutated));
  a = zm_document_read_bytes (bytes, "early.zmscan", test_model, &error);
  g_assert_null (a);
  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_INVALID);
  zm_test_assert_message (error, "early.zmscan", line, "not a date and time");
}

typedef struct {
  const char *name;
  const char *tail;
  gsize       tail_len;
  const char *words;
} TrailingCase;

static const TrailingCase trailing_cases[] = {
  { "nul", "\0", 1, "NUL byte" },
  { "nul-and-junk", "\0<junk/>", 9, "NUL byte" },
  { "element", "<junk/>", 7, "more after the end of the document" },
  { "text", "junk", 4, "more after the end of the document" },
};

/* Whatever follows the root element makes the file unreadable, rather than
 * being dropped on the next save. */
static void
test_trailing (gconstpointer data)
{
  const TrailingCase *c = data;
  g_autoptr(GBytes) original = zm_test_read_data ("valid.zmscan");
  g_autoptr(GByteArray) text = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_byte_array_append (text, g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_byte_array_append (text, (const guint8 *) c->tail, c->tail_len);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&text));
  error = read_hostile (bytes, "trailing.zmscan");

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_MALFORMED);
  /* The root element ends on line 42. */
  zm_test_assert_message (error, "trailing.zmscan", 43, c->words);
}

typedef struct {
  const char *name;
  const char *text;
  const char *words;
} WordingCase;

/* libxml2's own English never reaches the user. */
static const WordingCase wording_cases[] = {
  { "char-out-of-range", "<a>\x01</a>", "a character that XML does not allow" },
  { "char-reference", "<a>&#0;</a>", "a character that XML does not allow" },
  { "comment", "<a><!-- never closed", "ends too early" },
  { "encoding-utf7", "<?xml version=\"1.0\" encoding=\"UTF-7\"?><a/>", "encoded as “UTF-7”" },
  { "encoding-unknown", "<?xml version=\"1.0\" encoding=\"x-bogus\"?><a/>", "encoded as “x-bogus”" },
  { "encoding-utf16-bom", "\xff\xfe<\0a\0/\0>\0", "not encoded as UTF-8" },
  { "attribute-twice", "<a b=\"1\" b=\"2\"/>", "the same attribute twice" },
  { "broken-tag", "<a b=\"1\" c></a>", "tag of an element is broken" },
  { "undeclared-prefix", "<x:a/>", "namespace prefix" },
};

static void
test_wording (gconstpointer data)
{
  const WordingCase *c = data;
  gsize len = g_str_has_prefix (c->text, "\xff\xfe") ? 10 : strlen (c->text);
  g_autoptr(GBytes) bytes = g_bytes_new (c->text, len);
  g_autoptr(GError) error = read_hostile (bytes, "wording.zmscan");

  if (strstr (error->message, c->words) == NULL)
    g_error ("message “%s” lacks “%s”", error->message, c->words);
}

/* Opening a FIFO waits for a writer, a device never ends: both are refused
 * before they are opened, as is a folder. */
static void
test_not_regular (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo.zmscan", NULL);
  const char *paths[] = { fifo, "/dev/zero", dir };
  const char *words[] = { "not a regular file", "not a regular file", "a folder" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(ZmAssessment) a = zm_document_load (file, test_model, NULL, NULL, &error);

      g_assert_null (a);
      g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_IO);
      g_assert_nonnull (strstr (error->message, words[i]));
    }
  remove_temp_dir (dir);
}

static void
add_found_tests (void)
{
  g_test_add_func ("/zm/document/found/early-year", test_early_year);
  g_test_add_func ("/zm/document/found/year-out-of-range-in-utc", test_year_out_of_range_in_utc);
  g_test_add_func ("/zm/document/found/not-regular", test_not_regular);
  for (guint i = 0; i < G_N_ELEMENTS (trailing_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/document/found/trailing/%s", trailing_cases[i].name);

      g_test_add_data_func (path, &trailing_cases[i], test_trailing);
    }
  for (guint i = 0; i < G_N_ELEMENTS (wording_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/document/found/wording/%s", wording_cases[i].name);

      g_test_add_data_func (path, &wording_cases[i], test_wording);
    }
}

/* --- versions ---------------------------------------------------------- */

static void
test_newer_minor (void)
{
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("newer-minor.zmscan");
  g_autoptr(GBytes) first = zm_document_write_bytes (a);
  g_autoptr(ZmAssessment) again = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = g_bytes_get_data (first, NULL);
  g_autofree char *copy = g_strndup (text, g_bytes_get_size (first));

  g_assert_cmpint (zm_assessment_get_rating (a, "alpha.1.ad-hoc"), ==, ZM_RATING_2);
  g_assert_cmpstr (zm_assessment_get_organisation_kind (a), ==, "veterinary-care");

  /* What this version does not know is written back, in its own version. */
  g_assert_nonnull (strstr (copy, "version=\"1.3\""));
  g_assert_nonnull (strstr (copy, "sector=\"care\""));
  g_assert_nonnull (strstr (copy, "<region code=\"NL-UT\">Utrecht</region>"));
  g_assert_nonnull (strstr (copy, "<pillar ref=\"alpha\" included=\"true\" weight=\"2\"/>"));
  g_assert_nonnull (strstr (copy, "confidence=\"high\""));
  g_assert_nonnull (strstr (copy, "<evidence url=\"https://example.org/plan.pdf\">The <b>plan</b> of 2026</evidence>"));
  g_assert_nonnull (strstr (copy, "<attachments>\n    <attachment name=\"report.pdf\"/>\n  </attachments>"));

  again = zm_document_read_bytes (first, "first.zmscan", test_model, &error);
  g_assert_no_error (error);
  second = zm_document_write_bytes (again);
  assert_bytes_equal (second, first);
}

static void
test_migration (void)
{
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("old-0.9.zmscan");
  g_autoptr(GBytes) written = zm_document_write_bytes (a);
  ZmChecklistItem *capacity = zm_assessment_get_checklist_item (a, "capacity");
  const char *text = g_bytes_get_data (written, NULL);
  g_autofree char *copy = g_strndup (text, g_bytes_get_size (written));

  g_assert_cmpstr (zm_assessment_get_organisation_name (a), ==, "Zorggroep Ons Belang");
  g_assert_cmpstr (zm_assessment_get_organisation_kind (a), ==, "elderly-care");
  g_assert_cmpint (zm_assessment_get_rating (a, "alpha.1.ad-hoc"), ==, ZM_RATING_3);
  g_assert_cmpint (zm_assessment_get_rating (a, "alpha.1.no-plan"), ==, ZM_RATING_DONT_KNOW);
  g_assert_cmpstr (zm_answer_get_note (zm_assessment_get_answer (a, "alpha.1.no-plan")), ==,
                   "Ask the director.");
  g_assert_cmpuint (zm_assessment_get_target (a, "alpha"), ==, 2);
  g_assert_cmpint (zm_checklist_item_get_status (zm_assessment_get_checklist_item (a, "vision")),
                   ==, ZM_STEP_STATUS_IN_PROGRESS);
  g_assert_cmpint (zm_checklist_item_get_status (capacity), ==, ZM_STEP_STATUS_NOT_STARTED);
  g_assert_cmpstr (zm_checklist_item_get_due (capacity), ==, "2025-12-31");

  /* Saved in the current format. */
  g_assert_nonnull (strstr (copy, "<assessment xmlns=\"" ZM_DOCUMENT_NAMESPACE "\" version=\"1.0\">"));
  g_assert_nonnull (strstr (copy, "<organisation>"));
  g_assert_null (strstr (copy, "organization"));
}

static void
test_migration_error_line (void)
{
  g_autoptr(GBytes) original = zm_test_read_data ("old-0.9.zmscan");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (original, NULL),
                                              (gssize) g_bytes_get_size (original));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmAssessment) a = NULL;

  g_string_replace (text, "value=\"?\"", "value=\"maybe\"", 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  a = zm_document_read_bytes (bytes, "old.zmscan", test_model, &error);

  /* The problem is reported at its line in the file as written. */
  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "old.zmscan:18: "));
  g_assert_nonnull (strstr (error->message, "“maybe”"));
}

/* --- saving safely ----------------------------------------------------- */

static void
test_etag_conflict (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.zmscan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *contents = NULL;
  const char *theirs = "written by someone else\n";

  g_assert_true (zm_document_save (a, file, NULL, &etag, NULL, &error));
  g_assert_no_error (error);

  /* Someone else writes the file; its modification time is what the etag
   * of a local file is made of, so make sure it moves. */
  g_usleep (20000);
  g_file_set_contents (path, theirs, -1, &error);
  g_assert_no_error (error);

  zm_assessment_set_unit (a, "Changed here too");
  g_assert_false (zm_document_save (a, file, etag, NULL, NULL, &error));
  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_assert_true (g_str_has_prefix (error->message, path));

  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, theirs);
  remove_temp_dir (dir);
}

/* Stands in for a disk that fills up half way through the file. */
static gboolean
write_half_then_fail (GOutputStream  *stream,
                      GBytes         *bytes,
                      GCancellable   *cancellable,
                      GError        **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!g_output_stream_write_all (stream, data, size / 2, NULL, cancellable, error))
    return FALSE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

static void
test_failed_save_keeps_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.zmscan", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (zm_document_save (a, file, NULL, NULL, NULL, &error));
  before = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);

  zm_assessment_set_organisation_name (a, "A new name that never reaches the disk");
  zm_document_set_write_func_for_testing (write_half_then_fail);
  g_assert_false (zm_document_save (a, file, NULL, NULL, NULL, &error));
  zm_document_set_write_func_for_testing (NULL);

  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "No space left on device"));
  after = g_file_load_bytes (file, NULL, NULL, NULL);
  assert_bytes_equal (after, before);
  /* No temporary file and no backup left behind. */
  g_assert_cmpuint (count_dir_entries (dir), ==, 1);

  /* A good save afterwards keeps the previous version as a backup. */
  g_clear_error (&error);
  g_assert_true (zm_document_save (a, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  remove_temp_dir (dir);
}

/* What a killed save left beside the file is ours and goes with the next
 * save; another program's temporary file and other documents' are left
 * alone. */
static void
test_save_removes_stale_temps (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.zmscan", NULL);
  g_autofree char *stale = g_build_filename (dir, ".a.zmscan.Xy12Zq.part", NULL);
  g_autofree char *other_doc = g_build_filename (dir, ".b.zmscan.Xy12Zq.part", NULL);
  g_autofree char *foreign = g_build_filename (dir, ".goutputstream-Xy12Zq", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (stale, "", 0, NULL));
  g_assert_true (g_file_set_contents (other_doc, "", 0, NULL));
  g_assert_true (g_file_set_contents (foreign, "", 0, NULL));

  g_assert_true (zm_document_save (a, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other_doc, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (foreign, G_FILE_TEST_EXISTS));
  /* The file, the two left alone; no backup of a file that was not there. */
  g_assert_cmpuint (count_dir_entries (dir), ==, 3);
  remove_temp_dir (dir);
}

static void
test_save_to_missing_dir (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-zm-dir/a.zmscan");
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  g_autoptr(GError) error = NULL;

  g_assert_false (zm_document_save (a, file, NULL, NULL, NULL, &error));
  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent-zm-dir/a.zmscan: "));
}

typedef struct {
  GMainLoop    *loop;
  ZmAssessment *assessment;
  char         *etag;
  gboolean      saved;
  GError       *error;
} AsyncState;

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncState *state = user_data;

  state->assessment = zm_document_load_finish (result, &state->etag, &state->error);
  g_main_loop_quit (state->loop);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncState *state = user_data;

  g_clear_pointer (&state->etag, g_free);
  state->saved = zm_document_save_finish (result, &state->etag, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "a.zmscan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) fixture = g_file_new_for_path (TEST_DATADIR "/valid.zmscan");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncState state = { loop, };
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) expected = zm_test_read_data ("valid.zmscan");

  zm_document_load_async (fixture, test_model, NULL, on_loaded, &state);
  g_main_loop_run (loop);
  g_assert_no_error (state.error);
  g_assert_nonnull (state.assessment);
  g_assert_nonnull (state.etag);

  zm_document_save_async (state.assessment, file, NULL, NULL, on_saved, &state);
  g_main_loop_run (loop);
  g_assert_no_error (state.error);
  g_assert_true (state.saved);
  g_assert_nonnull (state.etag);

  saved = g_file_load_bytes (file, NULL, NULL, NULL);
  assert_bytes_equal (saved, expected);

  /* A stale etag fails the same way as the blocking save. */
  zm_document_save_async (state.assessment, file, "1:2", NULL, on_saved, &state);
  g_main_loop_run (loop);
  g_assert_error (state.error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_CHANGED_ON_DISK);

  g_clear_error (&state.error);
  g_clear_object (&state.assessment);
  g_free (state.etag);
  remove_temp_dir (dir);
}

static void
test_load_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (TEST_DATADIR "/does-not-exist.zmscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmAssessment) a = zm_document_load (file, test_model, NULL, NULL, &error);

  g_assert_null (a);
  g_assert_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "does-not-exist.zmscan: "));
}

/* --- CSV --------------------------------------------------------------- */

/* valid.zmscan worked out by hand. alpha: stage 1 rated 0 and 1 → fit
 * 0.125; stage 2 rated 4 and 3 → 0.875; stage 3 only don't know → none;
 * stage 4 one 1 → 0.25. Score (0.125·1 + 0.875·2 + 0.25·4) / 1.25 = 2.3,
 * stage 2; five of eight rated → 0.625. Halves round away from zero, as a
 * person would (0.125 → 0.13, 0.625 → 0.63). beta is not included: only
 * its id and name. gamma: stage 3 rated 4 and 2 → 0.75, score 3, two of
 * eight → 0.25. */
static const char expected_csv[] =
  "\xEF\xBB\xBF" "pillar,name,stage,score,fit1,fit2,fit3,fit4,completeness,target,"
  "respondents,score_min,score_max,score_sd,disagreements,fit_spread,clear\r\n"
  "alpha,Alpha pillar,2,2.30,0.13,0.88,,0.25,0.63,3,1,2.30,2.30,,0,0.75,1\r\n"
  "beta,Beta pillar,,,,,,,,,,,,,,,\r\n"
  "gamma,Gamma pillar,3,3.00,,,0.75,,0.25,4,1,3.00,3.00,,0,,\r\n";

static const char expected_csv_nl[] =
  "\xEF\xBB\xBF" "pillar;name;stage;score;fit1;fit2;fit3;fit4;completeness;target;"
  "respondents;score_min;score_max;score_sd;disagreements;fit_spread;clear\r\n"
  "alpha;Alpha pillar;2;2,30;0,13;0,88;;0,25;0,63;3;1;2,30;2,30;;0;0,75;1\r\n"
  "beta;Beta pillar;;;;;;;;;;;;;;;\r\n"
  "gamma;Gamma pillar;3;3,00;;;0,75;;0,25;4;1;3,00;3,00;;0;;\r\n";

static void
test_csv (void)
{
  g_autoptr(ZmAssessment) a = read_fixture_assessment ("valid.zmscan");
  g_autoptr(ZmResult) result = zm_score_assessment (a);
  g_autoptr(GBytes) csv = zm_csv_write (a, result, ',', '.');
  g_autoptr(GBytes) csv_nl = zm_csv_write (a, result, ';', ',');
  g_autoptr(GBytes) expected = g_bytes_new_static (expected_csv, sizeof expected_csv - 1);
  g_autoptr(GBytes) expected_nl = g_bytes_new_static (expected_csv_nl, sizeof expected_csv_nl - 1);

  assert_bytes_equal (csv, expected);
  assert_bytes_equal (csv_nl, expected_nl);
}

static void
test_csv_quoting (void)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) model_text = NULL;
  g_autoptr(GBytes) model_bytes = NULL;
  g_autoptr(ZmModel) model = NULL;
  g_autoptr(ZmAssessment) a = NULL;
  g_autoptr(ZmResult) result = NULL;
  g_autoptr(GBytes) csv = NULL;
  const char *line;

  g_file_get_contents (TEST_DATADIR "/test-model.xml", &text, NULL, &error);
  g_assert_no_error (error);
  model_text = g_string_new (text);
  g_string_replace (model_text, "<name>Alpha pillar</name>", "<name>Alpha, \"quoted\"</name>", 1);
  model_bytes = g_string_free_to_bytes (g_steal_pointer (&model_text));
  model = zm_model_new_from_bytes (model_bytes, "quoted.xml", &error);
  g_assert_no_error (error);

  a = zm_assessment_new (model);
  result = zm_score_assessment (a);
  csv = zm_csv_write (a, result, ',', '.');
  line = strstr (g_bytes_get_data (csv, NULL), "\r\nalpha,");
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "\r\nalpha,\"Alpha, \"\"quoted\"\"\",,,,,,,0.00,,0,,,,0,,\r\n"));
}

/* --- the shipped example ------------------------------------------------ */

static void
test_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = zm_model_new_default (&error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ZmAssessment) a = NULL;
  g_autoptr(ZmAssessment) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  bytes = g_resources_lookup_data (ZM_DOCUMENT_EXAMPLE_RESOURCE, 0, &error);
  g_assert_no_error (error);
  a = zm_document_read_bytes (bytes, "example.zmscan", model, &error);
  g_assert_no_error (error);

  /* The example is written in the canonical form: opening and saving it
   * changes nothing, and neither does doing that again. */
  first = zm_document_write_bytes (a);
  assert_bytes_equal (first, bytes);
  again = zm_document_read_bytes (first, "first.zmscan", model, &error);
  g_assert_no_error (error);
  second = zm_document_write_bytes (again);
  assert_bytes_equal (second, first);
}

/* One test per mistake a file can hold. */
static void
add_error_tests (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/document/error/%s", error_cases[i].name);

      g_test_add_data_func (path, &error_cases[i], test_error);
    }
}

/* One test per class of hostile file. */
static void
add_hostile_tests (void)
{
  g_test_add_func ("/zm/document/hostile/billion-laughs", test_billion_laughs);
  g_test_add_data_func ("/zm/document/hostile/external-entity", "external-entity.zmscan",
                        test_external_entity);
  g_test_add_data_func ("/zm/document/hostile/external-dtd", "external-dtd.zmscan",
                        test_external_entity);
  g_test_add_func ("/zm/document/hostile/too-large", test_too_large);
  g_test_add_func ("/zm/document/hostile/too-large-file", test_too_large_file);
  g_test_add_func ("/zm/document/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/zm/document/hostile/many-attributes", test_many_attributes);
  g_test_add_func ("/zm/document/hostile/many-elements", test_many_elements);
  g_test_add_func ("/zm/document/hostile/counting-skips-comments", test_counting_skips_comments);
  g_test_add_func ("/zm/document/hostile/error-past-line-65535", test_error_past_line_65535);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/document/hostile/%s", hostile_cases[i].fixture);

      g_test_add_data_func (path, &hostile_cases[i], test_hostile);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) model_file = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  model_file = g_file_new_for_path (TEST_DATADIR "/test-model.xml");
  test_model = zm_model_new_from_file (model_file, &error);
  g_assert_no_error (error);

  g_test_add_func ("/zm/document/read-values", test_read_values);
  g_test_add_func ("/zm/document/round-trip/bytes", test_round_trip_bytes);
  g_test_add_func ("/zm/document/round-trip/save", test_round_trip_save);
  g_test_add_func ("/zm/document/save-keeps-modified", test_save_keeps_modified);
  g_test_add_func ("/zm/document/changed-signal", test_changed_signal);
  g_test_add_func ("/zm/document/answer-changed-mark", test_answer_changed_mark);
  g_test_add_func ("/zm/document/new-from-previous", test_new_from_previous);
  g_test_add_func ("/zm/document/new-again-with-hints", test_new_again_with_hints);
  g_test_add_func ("/zm/document/care-kinds", test_care_kinds);
  add_error_tests ();
  add_hostile_tests ();
  add_found_tests ();
  g_test_add_func ("/zm/document/version/newer-minor", test_newer_minor);
  g_test_add_func ("/zm/document/version/migration", test_migration);
  g_test_add_func ("/zm/document/version/migration-error-line", test_migration_error_line);
  g_test_add_func ("/zm/document/save/etag-conflict", test_etag_conflict);
  g_test_add_func ("/zm/document/save/failure-keeps-file", test_failed_save_keeps_file);
  g_test_add_func ("/zm/document/save/missing-dir", test_save_to_missing_dir);
  g_test_add_func ("/zm/document/save/removes-stale-temps", test_save_removes_stale_temps);
  g_test_add_func ("/zm/document/async", test_async);
  g_test_add_func ("/zm/document/load-missing", test_load_missing);
  g_test_add_func ("/zm/document/csv", test_csv);
  g_test_add_func ("/zm/document/csv-quoting", test_csv_quoting);
  g_test_add_func ("/zm/document/example", test_example);

  status = g_test_run ();
  g_clear_object (&test_model);
  return status;
}
