/* test-cli.c: the command line, run as a process with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>

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

/* Runs the driver in the fixture directory, with no display at all. */
static void
run_cli (Run         *run,
         const char  *first,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
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

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LC_ALL", cli_locale, TRUE);
  g_subprocess_launcher_set_cwd (launcher, TEST_DATADIR);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
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
  "\xEF\xBB\xBF" "pillar,name,stage,score,fit1,fit2,fit3,fit4,completeness,target\r\n"
  "alpha,Alpha pillar,2,2.30,0.13,0.88,,0.25,0.63,3\r\n"
  "beta,Beta pillar,,,,,,,,\r\n"
  "gamma,Gamma pillar,3,3.00,,,0.75,,0.25,4\r\n";

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
  else if (g_str_has_prefix (name, "checklist"))
    out = export_to_temp ("--export-checklist", name, 0, NULL);
  else
    out = export_to_temp ("--export-chart", name, 0, NULL);

  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  if (g_str_has_suffix (name, ".pdf"))
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
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
  g_test_add_func ("/zm/cli/export/unwritable", test_export_unwritable);
  g_test_add_func ("/zm/cli/open-in-window", test_open_in_window);
  g_test_add_func ("/zm/cli/no-arguments", test_no_arguments);

  return g_test_run ();
}
