/* test-cli.c: the command line, run as a process with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

#define TEST_MODEL "--model=" TEST_DATADIR "/test-model.xml"

/* The locale the child runs in. */
static const char *cli_locale = "C.UTF-8";
static const char *cli_language = NULL;

/* Runs the driver in the fixture directory, with no display at all;
 * @arguments ends in NULL. */
static void
run_cli_argv (Run         *run,
              const char **arguments)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) ZM_CLI_DRIVER);
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) arguments[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", cli_locale, TRUE);
  if (cli_language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", cli_language, TRUE);
  g_subprocess_launcher_set_cwd (launcher, TEST_DATADIR);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
run_cli (Run         *run,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run_cli_argv (run, (const char **) argv->pdata);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” does not contain “%s”", text, part);
}

static void
test_validate_good (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, "--validate", TEST_MODEL, "valid.zmscan", "newer-minor.zmscan", "old-0.9.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
}

/* One line per bad file, named as typed, with the line and the reason. */
static void
test_validate_bad (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, "--validate", TEST_MODEL, "valid.zmscan", "billion-laughs.zmscan",
           "newer-major.zmscan", "truncated.zmscan", "missing.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 4);
  assert_contains (run.err, "billion-laughs.zmscan:2: document type declarations (DOCTYPE) are not allowed\n");
  assert_contains (run.err, "newer-major.zmscan:2: this file was written by a newer version");
  assert_contains (run.err, "truncated.zmscan:8: ");
  assert_contains (run.err, "missing.zmscan: ");
  g_assert_null (strstr (run.err, "valid.zmscan"));
}

static void
test_validate_wrong_model (void)
{
  g_auto(Run) run = { 0, };

  /* Without --model the built-in model is used, which is not the one the
   * fixture was answered against. */
  run_cli (&run, "--validate", "valid.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "valid.zmscan:3: this assessment was answered against the model “test-model”");
}

static void
test_summary (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, "--summary", TEST_MODEL, "valid.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  assert_contains (run.out, "Organisation: Zorggroep Ons Belang & Partners (Elderly care)\n");
  assert_contains (run.out, "Unit or location: Locatie Noord\n");
  /* The date as a reader writes it, not as the file stores it. */
  assert_contains (run.out, "Date: 9 March 2026\n");
  /* (2.3 + 3) / 2 = 2.65: stage 3 */
  assert_contains (run.out, "Overall: stage 3 (Organised), score 2.65\n");
  assert_contains (run.out, "\nAlpha pillar\n  stage 2 (Defined), score 2.30\n  answered: 63 %\n  target: stage 3 (Organised)\n");
  assert_contains (run.out, "\nBeta pillar\n  not assessed\n");
  assert_contains (run.out, "\nGamma pillar\n  stage 3 (Organised), score 3.00\n  answered: 25 %\n"
                            "  indicative: fewer than half of the statements are answered\n");
}

/* Text fields reach the terminal without anything a terminal acts on:
 * C1 controls (U+009B starts an escape sequence on some), U+0085 (a line
 * end to some) and bidirectional overrides, which show text reversed. */
static void
test_summary_control_characters (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zm-test-cli-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "controls.zmscan", NULL);
  g_autofree char *original = NULL;
  g_autoptr(GString) text = NULL;
  g_auto(Run) run = { 0, };
  static const char * const unsafe[] = { "\xc2\x9b", "\xc2\x85", "\xe2\x80\xae", "\xe2\x81\xa6", "\x1b" };

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (TEST_DATADIR "/valid.zmscan", &original, NULL, NULL));
  text = g_string_new (original);
  g_assert_cmpuint (g_string_replace (text, "Zorggroep Ons Belang &amp; Partners",
                                      "Evil&#x9B;31m&#x202E;fdp.exe&#x85;next&#x2066;", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "Locatie Noord", "Noord&#x9B;2J", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  run_cli (&run, "--summary", TEST_MODEL, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (unsafe); i++)
    g_assert_null (strstr (run.out, unsafe[i]));
  assert_contains (run.out, "Organisation: Evil\xef\xbf\xbd" "31m\xef\xbf\xbd" "fdp.exe\xef\xbf\xbd"
                            "next\xef\xbf\xbd (Elderly care)\n");
  assert_contains (run.out, "Unit or location: Noord\xef\xbf\xbd" "2J\n");

  g_unlink (path);
  g_rmdir (dir);
}

/* Without a date of its own an assessment is dated by the day it was
 * begun, as in the report. */
static void
test_summary_undated (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, "--summary", TEST_MODEL, "newer-minor.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "Date: 2 March 2026\n");
}

static const char expected_csv[] =
  "\xEF\xBB\xBF" "pillar,name,stage,score,fit1,fit2,fit3,fit4,completeness,target,"
  "respondents,score_min,score_max,score_sd,disagreements,fit_spread,clear\r\n"
  "alpha,Alpha pillar,2,2.30,0.13,0.88,,0.25,0.63,3,1,2.30,2.30,,0,0.75,1\r\n"
  "beta,Beta pillar,,,,,,,,,,,,,,,\r\n"
  "gamma,Gamma pillar,3,3.00,,,0.75,,0.25,4,1,3.00,3.00,,0,,\r\n";

static void
test_export_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zm-test-cli-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "scores.csv", NULL);
  g_autofree char *option = g_strconcat ("--export-csv=", out, NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0, };
  gsize length = 0;

  run_cli (&run, option, TEST_MODEL, "valid.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_file_get_contents (out, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, expected_csv, sizeof expected_csv - 1);

  g_unlink (out);
  g_rmdir (dir);
}

static void
test_export_csv_unwritable (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, "--export-csv=/nonexistent-zm-dir/scores.csv", TEST_MODEL, "valid.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "/nonexistent-zm-dir/scores.csv: ");
}

typedef struct {
  const char *name;
  const char *args[6];
  int         status;
  const char *words;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "validate-no-file", { "--validate" }, 2, "--validate needs at least one FILE" },
  { "summary-two-files", { "--summary", "valid.zmscan", "old-0.9.zmscan" }, 2, "exactly one FILE" },
  { "summary-no-file", { "--summary" }, 2, "exactly one FILE" },
  { "validate-and-summary", { "--validate", "--summary", "valid.zmscan" }, 2, "cannot be combined" },
  { "csv-suffix", { "--export-csv=scores.txt", "valid.zmscan" }, 2, "must end in .csv" },
  { "chart-suffix", { "--export-chart=chart.jpg", "valid.zmscan" }, 2, ".png, .svg or .pdf" },
  { "report-suffix", { "--export-report=report.png", "valid.zmscan" }, 2, "must end in .pdf" },
  { "slides-suffix", { "--export-slides=deck.odp", "valid.zmscan" }, 2, "must end in .pdf or .pptx" },
  { "width-alone", { "--width=300", "valid.zmscan" }, 2, "apply to --export-chart" },
  { "width-too-small", { "--width=50", "--export-chart=c.png", "valid.zmscan" }, 2, "between 100 and 10000" },
  { "scale-negative", { "--scale=-1", "--export-chart=c.png", "valid.zmscan" }, 2, "--scale" },
  { "scale-zero", { "--scale=0", "--export-chart=c.png", "valid.zmscan" }, 2, "--scale must be from 1 to 4" },
  { "scale-too-many-pixels", { "--width=10000", "--height=10000", "--scale=4", "--export-chart=c.png",
                               "valid.zmscan" }, 2, "--scale must be from 1 to 1.63" },
  { "scale-not-a-number", { "--scale=big", "--export-chart=c.png", "valid.zmscan" }, 2, "big" },
  { "background", { "--background=pink", "--export-chart=c.png", "valid.zmscan" }, 2, "white or transparent" },
  { "model-alone", { TEST_MODEL, "valid.zmscan" }, 2, "--model applies" },
  { "unknown-option", { "--bogus", "valid.zmscan" }, 2, "--bogus" },
  { "bad-number", { "--width=wide", "--export-chart=c.png", "valid.zmscan" }, 2, "wide" },
  { "bad-model", { "--summary", "--model=valid.zmscan", "valid.zmscan" }, 1, "valid.zmscan:2: not a model file" },
  { "missing-file", { "--summary", TEST_MODEL, "missing.zmscan" }, 1, "missing.zmscan: " },
  { "form-without-name", { "--respondent-form=f.zmscan", "valid.zmscan" }, 2, "needs --respondent=NAME" },
  { "form-suffix", { "--respondent-form=f.xml", "--respondent=A", "valid.zmscan" }, 2, "must end in .zmscan" },
  { "respondent-alone", { "--respondent=A", "valid.zmscan" }, 2, "--respondent applies to --respondent-form" },
  { "merge-no-file", { "--merge=t.zmscan" }, 2, "--merge needs at least one FILE" },
  { "merge-and-summary", { "--merge=t.zmscan", "--summary", "valid.zmscan" }, 2, "cannot be combined" },
};

static void
test_usage (gconstpointer data)
{
  const UsageCase *c = data;
  g_auto(Run) run = { 0, };

  run_cli (&run, c->args[0], c->args[1], c->args[2], c->args[3], c->args[4], NULL);
  g_assert_cmpint (run.status, ==, c->status);
  assert_contains (run.err, c->words);
  g_assert_cmpstr (run.out, ==, "");
}

/* The summary speaks the user's language, numbers and dates included;
 * files keep the C locale whatever the user's. */
static void
test_dutch_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *option = NULL;
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0, };
  gsize length = 0;

  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("the nl_NL.UTF-8 locale is not installed");
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");

  dir = g_dir_make_tmp ("zm-test-cli-XXXXXX", &error);
  out = g_build_filename (dir, "scores.csv", NULL);
  option = g_strconcat ("--export-csv=", out, NULL);
  cli_locale = "nl_NL.UTF-8";
  run_cli (&run, "--summary", option, TEST_MODEL, "valid.zmscan", NULL);
  cli_locale = "C.UTF-8";

  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "score 2,30");
  assert_contains (run.out, " 9 maart 2026\n");
  g_file_get_contents (out, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, expected_csv, sizeof expected_csv - 1);
  g_unlink (out);
  g_rmdir (dir);
}

static char *
export_to_temp (const char *option,
                const char *name,
                int         expected_status,
                const char *extra)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zm-test-cli-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, name, NULL);
  g_autofree char *arg = g_strconcat (option, "=", out, NULL);
  g_auto(Run) run = { 0, };

  g_assert_no_error (error);
  if (extra != NULL)
    run_cli (&run, arg, extra, "--width=800", "--height=600", TEST_MODEL, "valid.zmscan", NULL);
  else
    run_cli (&run, arg, TEST_MODEL, "valid.zmscan", NULL);
  g_assert_cmpint (run.status, ==, expected_status);
  return g_steal_pointer (&out);
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* The render layer draws; here only that the command line gets the file
 * written in the format and size asked for. */
static void
test_export_chart_png (void)
{
  g_autofree char *out = export_to_temp ("--export-chart", "chart.png", 0, "--background=transparent");
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (read_be32 ((const guint8 *) contents + 16), ==, 800);
  g_assert_cmpuint (read_be32 ((const guint8 *) contents + 20), ==, 600);
  remove_temp (out);
}

/* --scale is read as text; a valid one still reaches the exporter. */
static void
test_export_chart_png_scaled (void)
{
  g_autofree char *out = export_to_temp ("--export-chart", "chart.png", 0, "--scale=1.5");
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpuint (read_be32 ((const guint8 *) contents + 16), ==, 1200);
  g_assert_cmpuint (read_be32 ((const guint8 *) contents + 20), ==, 900);
  remove_temp (out);
}

static void
test_export_vector (gconstpointer data)
{
  const char *name = data;
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;

  if (g_str_equal (name, "report.pdf"))
    out = export_to_temp ("--export-report", name, 0, NULL);
  else if (g_str_has_prefix (name, "slides"))
    out = export_to_temp ("--export-slides", name, 0, NULL);
  else if (g_str_has_prefix (name, "checklist"))
    out = export_to_temp ("--export-checklist", name, 0, NULL);
  else
    out = export_to_temp ("--export-chart", name, 0, NULL);

  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  if (g_str_has_suffix (name, ".pdf"))
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  else if (g_str_has_suffix (name, ".pptx"))
    g_assert_true (g_str_has_prefix (contents, "PK\x03\x04"));
  else
    g_assert_nonnull (strstr (contents, "<svg"));
  remove_temp (out);
}

static void
test_export_unwritable (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, "--export-chart=/nonexistent-zm-dir/chart.png", TEST_MODEL, "valid.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.err, "/nonexistent-zm-dir/chart.png");
}

/* FILE arguments with no headless option go to GApplication::open. */
static void
test_open_in_window (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, "valid.zmscan", "old-0.9.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "open valid.zmscan\nopen old-0.9.zmscan\nactivate\n");
}

static void
test_no_arguments (void)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "activate\n");
}

/* --- team: forms and merging -------------------------------------------- */

/* The test model: three pillars, two statements a stage, in this order. */
static const char * const pillar_ids[] = { "alpha", "beta", "gamma" };
static const char * const statement_names[] = { "1.ad-hoc", "1.no-plan", "2.broader", "2.aligned",
                                                "3.strategic", "3.measured", "4.embedded", "4.agile" };
#define N_PILLARS 3
#define N_STATEMENTS 8
#define N_ALL (N_PILLARS * N_STATEMENTS)
/* -2 unanswered, -1 don't know, 0–4 a rating. */
#define UNANSWERED (-2)
#define DONT_KNOW (-1)

typedef struct {
  int ratings[N_ALL];
} Person;

/* Extremes are likelier than in life, so that disagreements occur. */
static int
random_rating (void)
{
  static const int choices[] = { UNANSWERED, DONT_KNOW, 0, 0, 1, 2, 3, 4, 4 };

  return choices[g_test_rand_int_range (0, G_N_ELEMENTS (choices))];
}

static char *
write_person (const char   *dir,
              guint         number,
              const Person *person)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("respondent-%u.zmscan", number);
  char *path = g_build_filename (dir, name, NULL);

  g_string_append (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<assessment xmlns=\"urn:zorgmarketing-scan:assessment:1\" version=\"1.0\">\n"
                        "  <model id=\"test-model\" version=\"2\"/>\n"
                        "  <created>2026-03-02T09:15:00Z</created>\n"
                        "  <modified>2026-03-02T09:15:00Z</modified>\n"
                        "  <organisation><name>Team test</name>");
  /* Every other person is named by the file. */
  if (number % 2 == 0)
    g_string_append_printf (xml, "<assessors>Person %u</assessors>", number);
  g_string_append (xml, "</organisation>\n  <pillars/>\n  <answers>\n");
  for (guint i = 0; i < N_ALL; i++)
    {
      int r = person->ratings[i];

      if (r == UNANSWERED)
        continue;
      g_string_append_printf (xml, "    <answer statement=\"%s.%s\" rating=\"", pillar_ids[i / N_STATEMENTS],
                              statement_names[i % N_STATEMENTS]);
      if (r == DONT_KNOW)
        g_string_append (xml, "dont-know\"/>\n");
      else
        g_string_append_printf (xml, "%d\"/>\n", r);
    }
  g_string_append (xml, "  </answers>\n  <checklist/>\n</assessment>\n");

  g_file_set_contents (path, xml->str, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The rule of the README, computed here on its own: the stage fits of a
 * pillar from one rating per statement (NAN for none). */
typedef struct {
  gboolean determined;
  double   score;
  double   fit[4];
  double   completeness;
  double   fit_spread;
} Expected;

static void
expect_pillar (const double *ratings,
               Expected     *out)
{
  double weight = 0, weighted = 0, lowest = 1, highest = 0;
  guint rated = 0, n_fits = 0;

  for (guint stage = 0; stage < 4; stage++)
    {
      double sum = 0;
      guint n = 0;

      for (guint k = 0; k < 2; k++)
        if (!isnan (ratings[stage * 2 + k]))
          {
            sum += ratings[stage * 2 + k];
            n++;
          }
      rated += n;
      out->fit[stage] = n > 0 ? sum / n / 4 : NAN;
      if (n == 0)
        continue;
      weight += out->fit[stage];
      weighted += out->fit[stage] * (stage + 1);
      lowest = MIN (lowest, out->fit[stage]);
      highest = MAX (highest, out->fit[stage]);
      n_fits++;
    }
  out->determined = weight > 0;
  out->score = out->determined ? weighted / weight : NAN;
  out->completeness = rated / 8.0;
  out->fit_spread = out->determined && n_fits >= 2 ? highest - lowest : NAN;
}

static double
team_rating (const Person *people,
             guint         n_people,
             guint         statement)
{
  double sum = 0;
  guint n = 0;

  for (guint p = 0; p < n_people; p++)
    if (people[p].ratings[statement] >= 0)
      {
        sum += people[p].ratings[statement];
        n++;
      }
  return n > 0 ? sum / n : NAN;
}

static guint
count_disagreements (const Person *people,
                     guint         n_people,
                     guint         pillar)
{
  guint count = 0;

  for (guint s = pillar * N_STATEMENTS; s < (pillar + 1) * N_STATEMENTS; s++)
    {
      int lowest = 5, highest = -1;
      guint n = 0;

      for (guint p = 0; p < n_people; p++)
        if (people[p].ratings[s] >= 0)
          {
            lowest = MIN (lowest, people[p].ratings[s]);
            highest = MAX (highest, people[p].ratings[s]);
            n++;
          }
      count += n >= 2 && highest - lowest >= 2;
    }
  return count;
}

static void
assert_number (const char *field,
               double      expected)
{
  g_autofree char *text = g_strdup (field);

  if (isnan (expected))
    {
      g_assert_cmpstr (field, ==, "");
      return;
    }
  g_assert_cmpstr (field, !=, "");
  /* Two decimals: within half a hundredth. */
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (field, NULL), expected, 0.005 + 1e-9);
}

static void
assert_count (const char *field,
              guint       expected)
{
  g_autofree char *text = g_strdup_printf ("%u", expected);

  g_assert_cmpstr (field, ==, text);
}

/* One CSV row against the rule worked out above. */
static void
check_row (char         **fields,
           const Person  *people,
           guint          n_people,
           guint          pillar)
{
  double team[N_STATEMENTS], own[N_STATEMENTS];
  double lowest = INFINITY, highest = -INFINITY, sum = 0, squares = 0;
  guint n_scored = 0;
  Expected expected, person;

  g_assert_cmpuint (g_strv_length (fields), ==, 17);
  g_assert_cmpstr (fields[0], ==, pillar_ids[pillar]);
  for (guint s = 0; s < N_STATEMENTS; s++)
    team[s] = team_rating (people, n_people, pillar * N_STATEMENTS + s);
  expect_pillar (team, &expected);

  assert_number (fields[3], expected.determined ? expected.score : NAN);
  for (guint stage = 0; stage < 4; stage++)
    assert_number (fields[4 + stage], expected.fit[stage]);
  assert_number (fields[8], expected.completeness);

  for (guint p = 0; p < n_people; p++)
    {
      for (guint s = 0; s < N_STATEMENTS; s++)
        {
          int r = people[p].ratings[pillar * N_STATEMENTS + s];

          own[s] = r >= 0 ? r : NAN;
        }
      expect_pillar (own, &person);
      if (!person.determined)
        continue;
      n_scored++;
      lowest = MIN (lowest, person.score);
      highest = MAX (highest, person.score);
      sum += person.score;
      squares += person.score * person.score;
    }

  assert_count (fields[10], n_scored);
  assert_number (fields[11], n_scored > 0 ? lowest : NAN);
  assert_number (fields[12], n_scored > 0 ? highest : NAN);
  assert_number (fields[13], n_scored >= 2 ? sqrt (MAX (0, squares / n_scored - (sum / n_scored) * (sum / n_scored))) : NAN);
  assert_count (fields[14], count_disagreements (people, n_people, pillar));
  assert_number (fields[15], expected.fit_spread);
  if (isnan (expected.fit_spread))
    g_assert_cmpstr (fields[16], ==, "");
  /* Far enough from the line that rounding cannot decide. */
  else if (fabs (expected.fit_spread - 0.25) > 1e-9)
    g_assert_cmpstr (fields[16], ==, expected.fit_spread >= 0.25 ? "1" : "0");
}

static void
check_team_csv (const char   *team,
                const Person *people,
                guint         n_people)
{
  g_autofree char *dir = g_path_get_dirname (team);
  g_autofree char *csv = g_build_filename (dir, "team.csv", NULL);
  g_autofree char *option = g_strconcat ("--export-csv=", csv, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0, };

  run_cli (&run, option, TEST_MODEL, team, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_file_get_contents (csv, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, N_PILLARS + 2);
  assert_contains (lines[0], "target,respondents,score_min,score_max,score_sd,disagreements,fit_spread,clear");
  for (guint pillar = 0; pillar < N_PILLARS; pillar++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[pillar + 1], ",", -1);

      check_row (fields, people, n_people, pillar);
    }
  g_unlink (csv);
}

static void
remove_dir (const char *path)
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

static void
merge (const char  *team,
       GPtrArray   *files,
       guint        from,
       guint        to)
{
  g_autofree char *option = g_strconcat ("--merge=", team, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(Run) run = { 0, };

  g_ptr_array_add (argv, option);
  g_ptr_array_add (argv, (char *) TEST_MODEL);
  for (guint i = from; i < to; i++)
    g_ptr_array_add (argv, files->pdata[i]);
  g_ptr_array_add (argv, NULL);

  run_cli_argv (&run, (const char **) argv->pdata);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
}

/* Groups of generated respondents, merged at once or in two steps (into
 * the existing team file, or a team file named among the files), give
 * the CSV the rule says. */
static void
test_merge_groups (void)
{
  for (guint group = 0; group < 12; group++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("zm-test-cli-XXXXXX", &error);
      g_autofree char *team = g_build_filename (dir, "team.zmscan", NULL);
      g_autofree char *team2 = g_build_filename (dir, "team2.zmscan", NULL);
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      guint n_people = (guint) g_test_rand_int_range (1, 7);
      Person people[6];
      guint split = n_people / 2;

      for (guint p = 0; p < n_people; p++)
        {
          for (guint i = 0; i < N_ALL; i++)
            people[p].ratings[i] = random_rating ();
          g_ptr_array_add (files, write_person (dir, p, &people[p]));
        }

      if (group % 3 == 0 || split == 0)
        merge (team, files, 0, n_people);
      else if (group % 3 == 1)
        {
          merge (team, files, 0, split);
          merge (team, files, split, n_people);
        }
      else
        {
          merge (team2, files, 0, split);
          g_ptr_array_insert (files, split, g_strdup (team2));
          merge (team, files, split, n_people + 1);
        }

      check_team_csv (team, people, n_people);
      remove_dir (dir);
    }
}

/* A file of another model version is refused, named, and nothing is
 * written; nor when a file is given twice. */
static void
test_merge_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zm-test-cli-XXXXXX", &error);
  g_autofree char *team = g_build_filename (dir, "team.zmscan", NULL);
  g_autofree char *option = g_strconcat ("--merge=", team, NULL);
  g_auto(Run) wrong = { 0, };
  g_auto(Run) twice = { 0, };
  g_auto(Run) duplicate = { 0, };

  run_cli (&wrong, option, TEST_MODEL, "valid.zmscan", "other-model-version.zmscan", NULL);
  g_assert_cmpint (wrong.status, ==, 1);
  g_assert_cmpstr (wrong.err, ==,
                   "other-model-version.zmscan: answered against version 1 of the model “test-model”, not version 2\n");
  g_assert_false (g_file_test (team, G_FILE_TEST_EXISTS));

  run_cli (&twice, option, TEST_MODEL, "valid.zmscan", "./valid.zmscan", NULL);
  g_assert_cmpint (twice.status, ==, 1);
  assert_contains (twice.err, "./valid.zmscan: the same file is given twice");
  g_assert_false (g_file_test (team, G_FILE_TEST_EXISTS));

  /* The team file itself, merged again with one it already holds. */
  run_cli (&duplicate, option, TEST_MODEL, "team.zmscan", "team-duplicate-name.zmscan", NULL);
  g_assert_cmpint (duplicate.status, ==, 1);
  assert_contains (duplicate.err, "team-duplicate-name.zmscan:16: “Anna” appears twice");
  g_assert_false (g_file_test (team, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

static void
test_respondent_form (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zm-test-cli-XXXXXX", &error);
  g_autofree char *form = g_build_filename (dir, "carla.zmscan", NULL);
  g_autofree char *option = g_strconcat ("--respondent-form=", form, NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0, };
  g_auto(Run) summary = { 0, };

  run_cli (&run, option, "--respondent=Carla Smit", TEST_MODEL, "valid.zmscan", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_file_get_contents (form, &contents, NULL, &error);
  g_assert_no_error (error);
  assert_contains (contents, "<form respondent=\"Carla Smit\"/>");
  assert_contains (contents, "<pillar ref=\"gamma\" included=\"true\" target=\"4\"/>");
  g_assert_null (strstr (contents, "<answer "));

  run_cli (&summary, "--summary", TEST_MODEL, "team.zmscan", NULL);
  g_assert_cmpint (summary.status, ==, 0);
  assert_contains (summary.out, "  respondents: 2, scores 1.33 to 2.00, standard deviation 0.33\n"
                                "  disagreements: 2\n");
  assert_contains (summary.out, "Team: 3 respondents\n  Anna de Boer: score 2.50, answered 25 %\n");
  assert_contains (summary.out, "Disagreements to discuss: 2 statements, largest first\n");
  assert_contains (summary.out, "(ratings differ by 3)\n");
  remove_dir (dir);
}

/* Dutch texts with the C locale's dates (LC_TIME=C): the dates are Dutch
 * too, as the texts around them. */
static void
test_dutch_dates_follow_the_language (void)
{
  g_auto(Run) run = { 0 };

  cli_language = "nl";
  run_cli (&run, "--summary", TEST_MODEL, "valid.zmscan", NULL);
  cli_language = NULL;

  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, " 9 maart 2026\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zm/cli/validate/good", test_validate_good);
  g_test_add_func ("/zm/cli/validate/bad", test_validate_bad);
  g_test_add_func ("/zm/cli/validate/wrong-model", test_validate_wrong_model);
  g_test_add_func ("/zm/cli/summary", test_summary);
  g_test_add_func ("/zm/cli/summary-undated", test_summary_undated);
  g_test_add_func ("/zm/cli/summary-control-characters", test_summary_control_characters);
  g_test_add_func ("/zm/cli/export-csv", test_export_csv);
  g_test_add_func ("/zm/cli/export-csv-unwritable", test_export_csv_unwritable);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/zm/cli/usage/%s", usage_cases[i].name);

      g_test_add_data_func (path, &usage_cases[i], test_usage);
    }
  g_test_add_func ("/zm/cli/dutch-numbers", test_dutch_numbers);
  g_test_add_func ("/zm/cli/export/chart-png", test_export_chart_png);
  g_test_add_func ("/zm/cli/export/chart-png-scaled", test_export_chart_png_scaled);
  g_test_add_data_func ("/zm/cli/export/chart-svg", "chart.svg", test_export_vector);
  g_test_add_data_func ("/zm/cli/export/chart-pdf", "chart.pdf", test_export_vector);
  g_test_add_data_func ("/zm/cli/export/checklist-svg", "checklist.svg", test_export_vector);
  g_test_add_data_func ("/zm/cli/export/report", "report.pdf", test_export_vector);
  g_test_add_data_func ("/zm/cli/export/slides-pdf", "slides.pdf", test_export_vector);
  g_test_add_data_func ("/zm/cli/export/slides-pptx", "slides.pptx", test_export_vector);
  g_test_add_func ("/zm/cli/export/unwritable", test_export_unwritable);
  g_test_add_func ("/zm/cli/open-in-window", test_open_in_window);
  g_test_add_func ("/zm/cli/no-arguments", test_no_arguments);
  g_test_add_func ("/zm/cli/team/merge-groups", test_merge_groups);
  g_test_add_func ("/zm/cli/team/merge-refused", test_merge_refused);
  g_test_add_func ("/zm/cli/team/respondent-form", test_respondent_form);
  g_test_add_func ("/zm/cli/dutch-dates-follow-the-language", test_dutch_dates_follow_the_language);

  return g_test_run ();
}
