/* zm-cli.c: the command line: validate, summarise and export without a
 * display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zm-chart-data.h"
#include "zm-cli-compare.h"
#include "zm-cli.h"
#include "zm-csv.h"
#include "zm-document.h"
#include "zm-export.h"
#include "zm-scoring.h"
#include "zm-team.h"

enum {
  EXIT_OK = 0,
  EXIT_FILE = 1,
  EXIT_USAGE = 2,
};

typedef struct {
  char     **files;
  gboolean   validate;
  gboolean   summary;
  char      *chart;
  char      *checklist;
  char      *report;
  char      *slides;
  char      *csv;
  char      *form;
  char      *respondent;
  char      *merge;
  char      *compare;
  char      *model;
  char      *background;
  /* 0 when not given: the exporter's default. */
  int        width;
  int        height;
  /* --scale is read as text: GApplication drops a number option whose
   * value is 0, and --scale=0 must be refused, not taken as unset. */
  char      *scale_text;
  double     scale;
  gboolean   has_scale;
} CliOptions;

static void
cli_options_clear (CliOptions *o)
{
  g_strfreev (o->files);
  g_free (o->chart);
  g_free (o->checklist);
  g_free (o->report);
  g_free (o->slides);
  g_free (o->csv);
  g_free (o->form);
  g_free (o->respondent);
  g_free (o->merge);
  g_free (o->compare);
  g_free (o->model);
  g_free (o->background);
  g_free (o->scale_text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliOptions, cli_options_clear)

static const GOptionEntry entries[] = {
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the files; report each bad one on standard error"), NULL },
  { "summary", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print a readable summary of the assessment"), NULL },
  { "export-chart", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the chart to OUT (.png, .svg or .pdf)"), N_("OUT") },
  { "export-checklist", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the checklist graphic to OUT (.png, .svg or .pdf)"), N_("OUT") },
  { "export-report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the board report to OUT (.pdf)"), N_("OUT") },
  { "export-slides", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a slide deck for the board to OUT (.pdf or .pptx)"), N_("OUT") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the scores per pillar to OUT (.csv)"), N_("OUT") },
  { "respondent-form", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a form for the respondent named with --respondent to OUT (.zmscan)"), N_("OUT") },
  { "respondent", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The name of the respondent a form is for"), N_("NAME") },
  { "merge", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Add the respondents of the files to the team document TEAM (.zmscan)"), N_("TEAM") },
  { "compare", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Compare the FILEs (documents or folders) in OUT (.csv, .png, .svg or .pdf)"), N_("OUT") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Width of an exported PNG in pixels"), N_("PX") },
  { "height", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Height of an exported PNG in pixels"), N_("PX") },
  { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Scale factor of an exported PNG"), N_("N") },
  { "background", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Background of an exported PNG: white or transparent"), N_("white|transparent") },
  { "model", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read the documents against this model file instead of the built-in one"), N_("MODEL.xml") },
  { NULL }
};

void
zm_cli_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, entries);
}

/* Text from a file reaches the terminal here. Control characters (C0, DEL,
 * C1 such as U+009B, which some terminals take for an escape sequence), line
 * separators and bidirectional overrides (U+202E would show text reversed,
 * hiding what it says) are shown as U+FFFD, so a line is one line and reads
 * as it is. */
static gboolean
is_unsafe_for_terminal (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
         c == 0x061c || c == 0x200e || c == 0x200f ||
         (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

static char * G_GNUC_PRINTF (1, 0)
format_terminal_safe (const char *format,
                      va_list     args)
{
  g_autofree char *text = g_strdup_vprintf (format, args);
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unsafe_for_terminal (c))
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* One line on stderr, whatever the message holds. */
static void G_GNUC_PRINTF (1, 2)
print_error_line (const char *format,
                  ...)
{
  g_autofree char *safe = NULL;
  va_list args;

  va_start (args, format);
  safe = format_terminal_safe (format, args);
  va_end (args);

  g_printerr ("%s\n", safe);
}

static void G_GNUC_PRINTF (1, 2)
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s: %s\n", g_get_prgname (), message);
  g_printerr (_("Run “%s --help” to see the options."), g_get_prgname ());
  g_printerr ("\n");
}

/* Errors from core begin with the file's full path; the user wants to see
 * the name as they typed it. */
static void
print_file_error (const char   *typed,
                  GFile        *file,
                  const GError *error)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  if (g_str_has_prefix (error->message, parse_name))
    print_error_line ("%s%s", typed, error->message + strlen (parse_name));
  else
    print_error_line ("%s", error->message);
}

static char *
lookup_filename (GVariantDict *options,
                 const char   *key)
{
  const char *value = NULL;

  if (!g_variant_dict_lookup (options, key, "^&ay", &value))
    return NULL;
  return g_strdup (value);
}

/* GApplication leaves numeric options that are 0 out of @options, so 0
 * reads as "not given". */
static void
read_options (GVariantDict *options,
              CliOptions   *o)
{
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &o->files);
  g_variant_dict_lookup (options, "validate", "b", &o->validate);
  g_variant_dict_lookup (options, "summary", "b", &o->summary);
  o->chart = lookup_filename (options, "export-chart");
  o->checklist = lookup_filename (options, "export-checklist");
  o->report = lookup_filename (options, "export-report");
  o->slides = lookup_filename (options, "export-slides");
  o->csv = lookup_filename (options, "export-csv");
  o->form = lookup_filename (options, "respondent-form");
  g_variant_dict_lookup (options, "respondent", "s", &o->respondent);
  o->merge = lookup_filename (options, "merge");
  o->compare = lookup_filename (options, "compare");
  o->model = lookup_filename (options, "model");
  g_variant_dict_lookup (options, "width", "i", &o->width);
  g_variant_dict_lookup (options, "height", "i", &o->height);
  g_variant_dict_lookup (options, "scale", "s", &o->scale_text);
  g_variant_dict_lookup (options, "background", "s", &o->background);
}

static guint
count_files (const CliOptions *o)
{
  return o->files != NULL ? g_strv_length (o->files) : 0;
}

static gboolean
has_export (const CliOptions *o)
{
  return o->chart != NULL || o->checklist != NULL || o->report != NULL || o->slides != NULL ||
         o->csv != NULL;
}

static gboolean
has_suffix_in (const char         *path,
               const char * const *suffixes)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (lower, suffixes[i]) && strlen (lower) > strlen (suffixes[i]))
      return TRUE;
  return FALSE;
}

static gboolean
check_outputs (const CliOptions *o)
{
  static const char * const graphics[] = { ".png", ".svg", ".pdf", NULL };
  static const char * const pdf[] = { ".pdf", NULL };
  static const char * const csv[] = { ".csv", NULL };
  static const char * const slides[] = { ".pdf", ".pptx", NULL };

  if (o->chart != NULL && !has_suffix_in (o->chart, graphics))
    usage_error (_("--export-chart: OUT must end in .png, .svg or .pdf"));
  else if (o->checklist != NULL && !has_suffix_in (o->checklist, graphics))
    usage_error (_("--export-checklist: OUT must end in .png, .svg or .pdf"));
  else if (o->report != NULL && !has_suffix_in (o->report, pdf))
    usage_error (_("--export-report: OUT must end in .pdf"));
  else if (o->slides != NULL && !has_suffix_in (o->slides, slides))
    usage_error (_("--export-slides: OUT must end in .pdf or .pptx"));
  else if (o->csv != NULL && !has_suffix_in (o->csv, csv))
    usage_error (_("--export-csv: OUT must end in .csv"));
  else
    return TRUE;

  return FALSE;
}

static gboolean
size_in_range (int size)
{
  return size == 0 || (size >= ZM_EXPORT_MIN_SIZE && size <= ZM_EXPORT_MAX_SIZE);
}

static gboolean
parse_scale (CliOptions *o)
{
  char *end = NULL;

  if (o->scale_text == NULL)
    return TRUE;

  o->scale = g_strtod (o->scale_text, &end);
  if (end == o->scale_text || *end != '\0')
    {
      /* Translators: %s is what was typed after --scale= */
      usage_error (_("--scale: “%s” is not a number"), o->scale_text);
      return FALSE;
    }
  o->has_scale = TRUE;
  return TRUE;
}

/* The largest scale that keeps the sides given within the exporter's
 * pixel limit, in hundredths so that the number printed is allowed. */
static double
max_scale_for (const CliOptions *o)
{
  int side = MAX (o->width, o->height);

  if (side == 0)
    return ZM_EXPORT_MAX_SCALE;
  return MIN (ZM_EXPORT_MAX_SCALE, floor (100.0 * ZM_EXPORT_MAX_PIXELS / side) / 100.0);
}

/* What the exporter would refuse is refused here already, as wrong usage. */
static gboolean
check_size_options (CliOptions *o)
{
  double max_scale;

  if (!parse_scale (o))
    return FALSE;
  max_scale = max_scale_for (o);
  if (o->width == 0 && o->height == 0 && !o->has_scale && o->background == NULL)
    return TRUE;
  if (o->chart == NULL && o->checklist == NULL)
    usage_error (_("--width, --height, --scale and --background apply to --export-chart and --export-checklist"));
  else if (!size_in_range (o->width) || !size_in_range (o->height))
    usage_error (_("--width and --height must be between %d and %d pixels"),
                 ZM_EXPORT_MIN_SIZE, ZM_EXPORT_MAX_SIZE);
  else if (o->has_scale && !(o->scale >= 1 && o->scale <= ZM_EXPORT_MAX_SCALE))
    usage_error (_("--scale must be from 1 to %g"), ZM_EXPORT_MAX_SCALE);
  else if (o->has_scale && o->scale > max_scale)
    /* Translators: the first number is the largest scale allowed, the
     * second the largest image side in pixels */
    usage_error (_("--scale must be from 1 to %g for this --width and --height (at most %d pixels a side)"),
                 max_scale, ZM_EXPORT_MAX_PIXELS);
  else if (o->background != NULL && g_strcmp0 (o->background, "white") != 0 &&
           g_strcmp0 (o->background, "transparent") != 0)
    usage_error (_("--background must be white or transparent"));
  else
    return TRUE;

  return FALSE;
}

static gboolean
has_team (const CliOptions *o)
{
  return o->form != NULL || o->merge != NULL;
}

/* --respondent-form and --merge stand alone. */
static gboolean
check_team_usage (const CliOptions *o)
{
  static const char * const documents[] = { ZM_DOCUMENT_SUFFIX, NULL };
  guint n_files = count_files (o);

  if (!has_team (o) && o->respondent == NULL)
    return TRUE;

  if (o->validate || o->summary || has_export (o) || o->compare != NULL
      || (o->form != NULL && o->merge != NULL))
    usage_error (_("--respondent-form and --merge cannot be combined with other actions"));
  else if (o->respondent != NULL && o->form == NULL)
    usage_error (_("--respondent applies to --respondent-form"));
  else if (o->form != NULL && (o->respondent == NULL || g_strstrip (o->respondent)[0] == '\0'))
    usage_error (_("--respondent-form needs --respondent=NAME"));
  else if (o->form != NULL && n_files != 1)
    usage_error (_("--respondent-form takes exactly one FILE"));
  else if (o->form != NULL && !has_suffix_in (o->form, documents))
    usage_error (_("--respondent-form: OUT must end in .zmscan"));
  else if (o->merge != NULL && n_files == 0)
    usage_error (_("--merge needs at least one FILE"));
  else if (o->merge != NULL && !has_suffix_in (o->merge, documents))
    usage_error (_("--merge: TEAM must end in .zmscan"));
  else
    return TRUE;

  return FALSE;
}

/* Every combination that makes no sense is refused before any file is
 * touched, with exit status 2. */
static gboolean
check_usage (CliOptions *o)
{
  static const char * const compare_suffixes[] = { ".csv", ".png", ".svg", ".pdf", NULL };
  guint n_files = count_files (o);

  if (!check_team_usage (o))
    return FALSE;
  if (o->compare != NULL && (o->validate || o->summary || has_export (o)))
    usage_error (_("--compare cannot be combined with --validate, --summary or an export"));
  else if (o->compare != NULL && n_files == 0)
    usage_error (_("--compare needs at least one FILE or folder"));
  else if (o->compare != NULL && !has_suffix_in (o->compare, compare_suffixes))
    usage_error (_("--compare: OUT must end in .csv, .png, .svg or .pdf"));
  else if (o->validate && (o->summary || has_export (o)))
    usage_error (_("--validate cannot be combined with --summary or an export"));
  else if (o->validate && n_files == 0)
    usage_error (_("--validate needs at least one FILE"));
  else if ((o->summary || has_export (o)) && n_files != 1)
    usage_error (_("--summary and the exports take exactly one FILE"));
  else if (o->model != NULL && !o->validate && !o->summary && !has_export (o) && !has_team (o)
           && o->compare == NULL)
    usage_error (_("--model applies to --validate, --summary, the exports, --compare, --respondent-form and --merge"));
  else
    return check_outputs (o) && check_size_options (o);

  return FALSE;
}

static ZmModel *
load_model (const CliOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  ZmModel *model;

  if (o->model == NULL)
    model = zm_model_new_default (&error);
  else
    model = zm_model_new_from_file ((file = g_file_new_for_commandline_arg (o->model)), &error);

  if (model == NULL && file != NULL)
    print_file_error (o->model, file, error);
  else if (model == NULL)
    print_error_line ("%s", error->message);

  return model;
}

static ZmAssessment *
load_document (const char *typed,
               ZmModel    *model)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (typed);
  g_autoptr(GError) error = NULL;
  ZmAssessment *assessment = zm_document_load (file, model, NULL, NULL, &error);

  if (assessment == NULL)
    print_file_error (typed, file, error);
  return assessment;
}

static int
run_validate (const CliOptions *o)
{
  g_autoptr(ZmModel) model = load_model (o);
  int status = EXIT_OK;

  if (model == NULL)
    return EXIT_FILE;

  for (guint i = 0; o->files[i] != NULL; i++)
    {
      g_autoptr(ZmAssessment) assessment = load_document (o->files[i], model);

      if (assessment == NULL)
        status = EXIT_FILE;
    }

  return status;
}

/* --- the summary ------------------------------------------------------ */

/* Messages stay free of layout: indentation and line ends are added here,
 * so translators see only the words. */
static void G_GNUC_PRINTF (2, 3)
print_line (guint       indent,
            const char *format,
            ...)
{
  g_autofree char *safe = NULL;
  va_list args;

  va_start (args, format);
  safe = format_terminal_safe (format, args);
  va_end (args);

  g_print ("%*s%s\n", (int) indent * 2, "", safe);
}

static void
print_organisation (ZmAssessment *a)
{
  const char *kind = zm_care_kind_get_label (zm_assessment_get_organisation_kind (a));
  const char *name = zm_assessment_get_organisation_name (a);
  g_autofree char *date = zm_assessment_format_date (a);
  g_autofree char *title = NULL;

  if (name == NULL)
    name = _("(no name)");
  title = kind != NULL ? g_strdup_printf ("%s (%s)", name, kind) : g_strdup (name);

  print_line (0, _("Organisation: %s"), title);
  if (zm_assessment_get_unit (a) != NULL)
    print_line (0, _("Unit or location: %s"), zm_assessment_get_unit (a));
  if (zm_assessment_get_assessors (a) != NULL)
    print_line (0, _("Assessed by: %s"), zm_assessment_get_assessors (a));
  print_line (0, _("Date: %s"), date);
}

static void
print_overall (ZmModel        *model,
               const ZmResult *result)
{
  if (result->n_determined == 0)
    {
      print_line (0, "%s", _("Overall: not determined"));
      return;
    }

  /* Translators: "Overall: stage 2 (Defined), score 2.41" */
  print_line (0, _("Overall: stage %u (%s), score %.2f"), result->overall_stage,
              zm_model_get_stage_name (model, result->overall_stage),
              zm_score_for_display (result->overall));
}

static void
print_pillar (ZmModel              *model,
              const ZmPillarResult *pillar)
{
  g_print ("\n");
  print_line (0, "%s", zm_pillar_get_name (pillar->pillar));

  if (!pillar->included)
    print_line (1, "%s", _("not assessed"));
  else if (!pillar->determined)
    print_line (1, "%s", _("not determined: no stage fits"));
  else
    /* Translators: "stage 2 (Defined), score 2.31" */
    print_line (1, _("stage %u (%s), score %.2f"), pillar->stage,
                zm_model_get_stage_name (model, pillar->stage),
                zm_score_for_display (pillar->score));

  if (pillar->included)
    /* Translators: the share of statements answered, e.g. "answered: 75 %" */
    print_line (1, _("answered: %.0f %%"), round (pillar->completeness * 100));
  if (pillar->included && pillar->indicative)
    print_line (1, "%s", _("indicative: fewer than half of the statements are answered"));
  if (pillar->target > 0)
    print_line (1, _("target: stage %u (%s)"), pillar->target,
                zm_model_get_stage_name (model, pillar->target));
  if (pillar->included && pillar->unclear)
    /* Translators: the fit spread is a number from 0 to 1, e.g. 0.12 */
    print_line (1, _("unclear profile: every stage fits about equally (fit spread %.2f), so the score says little"),
                pillar->fit_spread);
}

static void
print_pillar_spread (const ZmPillarResult *pillar)
{
  if (!pillar->included)
    return;

  if (pillar->respondents >= 2)
    /* Translators: "respondents: 3, scores 1.56 to 2.00, standard deviation 0.18" */
    print_line (1, _("respondents: %u, scores %.2f to %.2f, standard deviation %.2f"),
                pillar->respondents, zm_score_for_display (pillar->score_min),
                zm_score_for_display (pillar->score_max), pillar->score_sd);
  else
    print_line (1, _("respondents with a score: %u"), pillar->respondents);
  if (pillar->disagreements > 0)
    print_line (1, _("disagreements: %u"), pillar->disagreements);
}

static void
print_respondent (ZmAssessment *assessment,
                  ZmRespondent *respondent)
{
  g_autoptr(ZmResult) own = zm_score_respondent (assessment, respondent);
  double answered = round (zm_result_get_completeness (own) * 100);

  if (own->n_determined > 0)
    /* Translators: "Anna de Boer: score 2.31, answered 80 %" */
    print_line (1, _("%s: score %.2f, answered %.0f %%"), zm_respondent_get_name (respondent),
                zm_score_for_display (own->overall), answered);
  else
    print_line (1, _("%s: not determined, answered %.0f %%"), zm_respondent_get_name (respondent),
                answered);
}

static char *
format_rating (ZmModel  *model,
               ZmRating  rating)
{
  if (ZM_RATING_IS_SCORED (rating))
    return g_strdup_printf ("%d (%s)", (int) rating, zm_model_get_rating_label (model, rating));
  if (rating == ZM_RATING_DONT_KNOW)
    return g_strdup (zm_model_get_rating_label (model, rating));
  return g_strdup (_("not answered"));
}

static void
print_disagreement (ZmAssessment         *assessment,
                    const ZmDisagreement *item)
{
  ZmModel *model = zm_assessment_get_model (assessment);
  GListModel *respondents = zm_assessment_get_respondents (assessment);
  const char *id = zm_statement_get_id (item->statement);
  ZmRating agreed = zm_assessment_get_agreed_rating (assessment, id, NULL, NULL);

  g_print ("\n");
  /* Translators: a statement and how far apart its ratings lie, e.g. "… (ratings differ by 3)" */
  print_line (1, _("%s (ratings differ by %u)"), zm_statement_get_text (item->statement), item->difference);
  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);
      ZmAnswer *answer = zm_respondent_get_answer (respondent, id);
      g_autofree char *rating = format_rating (model, zm_answer_get_rating (answer));

      print_line (2, "%s: %s", zm_respondent_get_name (respondent), rating);
      if (zm_answer_get_note (answer) != NULL)
        print_line (3, "%s", zm_answer_get_note (answer));
    }
  if (agreed != ZM_RATING_UNANSWERED)
    {
      g_autofree char *rating = format_rating (model, agreed);

      print_line (2, _("agreed: %s"), rating);
    }
}

#define SUMMARY_MAX_DISAGREEMENTS 5

static void
print_team (ZmAssessment *assessment)
{
  GListModel *respondents = zm_assessment_get_respondents (assessment);
  guint n = g_list_model_get_n_items (respondents);
  g_autoptr(GArray) disagreements = zm_team_list_disagreements (assessment);

  g_print ("\n");
  print_line (0, g_dngettext (GETTEXT_PACKAGE, "Team: %u respondent", "Team: %u respondents", n), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);

      print_respondent (assessment, respondent);
    }
  if (disagreements->len == 0)
    {
      print_line (0, "%s", _("No disagreements: no two respondents rated a statement 2 or more apart."));
      return;
    }

  g_print ("\n");
  print_line (0, g_dngettext (GETTEXT_PACKAGE, "Disagreement to discuss: %u statement, largest first",
                              "Disagreements to discuss: %u statements, largest first",
                              disagreements->len), disagreements->len);
  for (guint i = 0; i < MIN (disagreements->len, SUMMARY_MAX_DISAGREEMENTS); i++)
    print_disagreement (assessment, &g_array_index (disagreements, ZmDisagreement, i));
}

static void
print_summary (ZmAssessment   *assessment,
               const ZmResult *result)
{
  ZmModel *model = zm_assessment_get_model (assessment);

  print_organisation (assessment);
  print_line (0, _("Model: %s"), zm_model_get_title (model));
  print_overall (model, result);
  if (result->n_unclear > 0)
    print_line (0, g_dngettext (GETTEXT_PACKAGE,
                                "%u pillar has an unclear profile: its stages fit about equally.",
                                "%u pillars have an unclear profile: their stages fit about equally.",
                                result->n_unclear), result->n_unclear);
  for (guint i = 0; i < result->n_pillars; i++)
    {
      print_pillar (model, &result->pillars[i]);
      if (zm_assessment_get_n_respondents (assessment) > 0)
        print_pillar_spread (&result->pillars[i]);
    }
  if (zm_assessment_get_n_respondents (assessment) > 0)
    print_team (assessment);
}

/* --- exports ------------------------------------------------------------ */

static gboolean
write_csv (ZmAssessment   *assessment,
           const ZmResult *result,
           const char     *typed)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (typed);
  g_autoptr(GBytes) bytes = zm_csv_write (assessment, result, ',', '.');
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &error))
    {
      print_error_line ("%s: %s", typed, error->message);
      return FALSE;
    }
  return TRUE;
}

/* The earlier assessment is drawn as a third shape when it can be read;
 * when it cannot, the export still goes ahead without it. */
static ZmAssessment *
load_previous (ZmAssessment *assessment)
{
  const char *uri = zm_assessment_get_previous_uri (assessment);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  ZmAssessment *previous;

  if (uri == NULL)
    return NULL;

  file = g_file_new_for_uri (uri);
  previous = zm_document_load (file, zm_assessment_get_model (assessment), NULL, NULL, &error);
  if (previous == NULL)
    {
      print_error_line (_("Warning: the previous assessment is left out: %s"), error->message);
    }
  return previous;
}

static void
get_image_options (const CliOptions *o,
                   ZmImageOptions   *options)
{
  zm_image_options_init (options);
  options->width = o->width;
  options->height = o->height;
  options->scale = o->has_scale ? o->scale : 1.0;
  options->transparent = g_strcmp0 (o->background, "transparent") == 0;
}

typedef enum {
  EXPORT_CHART,
  EXPORT_CHECKLIST,
  EXPORT_REPORT,
  EXPORT_SLIDES,
} ExportKind;

/* Messages from the render layer may or may not name the file; the user
 * always sees which one failed. */
static void
print_export_error (const char   *typed,
                    const GError *error)
{
  if (strstr (error->message, typed) != NULL)
    print_error_line ("%s", error->message);
  else
    print_error_line ("%s: %s", typed, error->message);
}

static gboolean
run_render_export (ExportKind        kind,
                   const char       *typed,
                   ZmAssessment     *assessment,
                   ZmAssessment     *previous,
                   const CliOptions *o)
{
  g_autoptr(GError) error = NULL;
  ZmImageOptions options;
  gboolean ok = FALSE;

  get_image_options (o, &options);
  switch (kind)
    {
    case EXPORT_CHART:
      ok = zm_export_chart (assessment, previous, typed, &options, &error);
      break;
    case EXPORT_CHECKLIST:
      ok = zm_export_checklist (assessment, typed, &options, &error);
      break;
    case EXPORT_REPORT:
      ok = zm_export_report (assessment, previous, typed, &error);
      break;
    case EXPORT_SLIDES:
      ok = zm_export_slides (assessment, previous, typed, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    print_export_error (typed, error);
  return ok;
}

static gboolean
run_exports (const CliOptions *o,
             ZmAssessment     *assessment,
             const ZmResult   *result)
{
  g_autoptr(ZmAssessment) previous = NULL;

  if (o->csv != NULL && !write_csv (assessment, result, o->csv))
    return FALSE;
  if (o->chart != NULL || o->report != NULL || o->slides != NULL)
    previous = load_previous (assessment);

  return (o->chart == NULL || run_render_export (EXPORT_CHART, o->chart, assessment, previous, o)) &&
         (o->checklist == NULL || run_render_export (EXPORT_CHECKLIST, o->checklist, assessment, NULL, o)) &&
         (o->report == NULL || run_render_export (EXPORT_REPORT, o->report, assessment, previous, o)) &&
         (o->slides == NULL || run_render_export (EXPORT_SLIDES, o->slides, assessment, previous, o));
}

static int
run_single (const CliOptions *o)
{
  g_autoptr(ZmModel) model = load_model (o);
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(ZmResult) result = NULL;

  if (model == NULL || (assessment = load_document (o->files[0], model)) == NULL)
    return EXIT_FILE;

  result = zm_score_assessment (assessment);
  if (o->summary)
    print_summary (assessment, result);

  return run_exports (o, assessment, result) ? EXIT_OK : EXIT_FILE;
}

/* --- team: respondent forms and merging ----------------------------------- */

static gboolean
save_document (ZmAssessment *assessment,
               const char   *typed)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (typed);
  g_autoptr(GError) error = NULL;

  if (!zm_document_save (assessment, file, NULL, NULL, NULL, &error))
    {
      print_file_error (typed, file, error);
      return FALSE;
    }
  return TRUE;
}

static int
run_respondent_form (const CliOptions *o)
{
  g_autoptr(ZmModel) model = load_model (o);
  g_autoptr(ZmAssessment) source = NULL;
  g_autoptr(ZmAssessment) form = NULL;

  if (model == NULL || (source = load_document (o->files[0], model)) == NULL)
    return EXIT_FILE;

  form = zm_team_new_respondent_form (source, o->respondent);
  return save_document (form, o->form) ? EXIT_OK : EXIT_FILE;
}

/* The team file joins as the first of the files when it exists already
 * and is not named among them: merging in steps adds to it. */
static GPtrArray *
list_merge_inputs (const CliOptions *o)
{
  g_autoptr(GFile) team = g_file_new_for_commandline_arg (o->merge);
  GPtrArray *inputs = g_ptr_array_new_with_free_func (g_free);
  gboolean team_named = FALSE;

  for (guint i = 0; o->files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (o->files[i]);

      team_named |= g_file_equal (file, team);
    }
  if (!team_named && g_file_query_exists (team, NULL))
    g_ptr_array_add (inputs, g_strdup (o->merge));
  for (guint i = 0; o->files[i] != NULL; i++)
    g_ptr_array_add (inputs, g_strdup (o->files[i]));
  return inputs;
}

/* The same file twice would count one person double. */
static gboolean
check_distinct (GPtrArray *inputs)
{
  for (guint i = 0; i < inputs->len; i++)
    for (guint j = 0; j < i; j++)
      {
        g_autoptr(GFile) a = g_file_new_for_commandline_arg (inputs->pdata[i]);
        g_autoptr(GFile) b = g_file_new_for_commandline_arg (inputs->pdata[j]);

        if (g_file_equal (a, b))
          {
            g_printerr (_("%s: the same file is given twice; a respondent counts once"),
                        (const char *) inputs->pdata[i]);
            g_printerr ("\n");
            return FALSE;
          }
      }
  return TRUE;
}

static void
print_messages (GPtrArray *messages)
{
  for (guint i = 0; i < messages->len; i++)
    g_printerr ("%s\n", (const char *) messages->pdata[i]);
}

/* Every file is read and checked before the team file is written, so a
 * refused file leaves it as it was. */
static ZmAssessment *
merge_inputs (ZmModel   *model,
              GPtrArray *inputs)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ZmAssessment) team = NULL;

  for (guint i = 0; i < inputs->len; i++)
    {
      g_autoptr(ZmAssessment) document = load_document (inputs->pdata[i], model);
      g_autoptr(GError) error = NULL;

      if (document == NULL)
        return NULL;
      if (team == NULL)
        team = zm_team_new (document);
      if (!zm_team_add (team, document, inputs->pdata[i], messages, &error))
        {
          g_printerr ("%s\n", error->message);
          return NULL;
        }
    }

  print_messages (messages);
  return g_steal_pointer (&team);
}

static int
run_merge (const CliOptions *o)
{
  g_autoptr(ZmModel) model = load_model (o);
  g_autoptr(GPtrArray) inputs = NULL;
  g_autoptr(ZmAssessment) team = NULL;

  if (model == NULL)
    return EXIT_FILE;

  inputs = list_merge_inputs (o);
  if (!check_distinct (inputs) || (team = merge_inputs (model, inputs)) == NULL)
    return EXIT_FILE;

  return save_document (team, o->merge) ? EXIT_OK : EXIT_FILE;
}

static int
run_compare (const CliOptions *o)
{
  g_autoptr(ZmModel) model = load_model (o);

  if (model == NULL)
    return EXIT_FILE;
  return zm_cli_compare (model, o->compare, (const char * const *) o->files) ? EXIT_OK : EXIT_FILE;
}

/* --- the window ---------------------------------------------------------- */

static int
open_in_window (GApplication     *app,
                const CliOptions *o)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (!g_application_register (app, NULL, &error))
    {
      print_error_line ("%s", error->message);
      return EXIT_FILE;
    }

  for (guint i = 0; o->files[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (o->files[i]));
  g_application_open (app, (GFile **) files->pdata, (int) files->len, "");

  /* A running instance got the files; this one is done. */
  return g_application_get_is_remote (app) ? EXIT_OK : -1;
}

#define PARSED_KEY "zm-cli-options-parsed"

int
zm_cli_handle_local_options (GApplication *app,
                             GVariantDict *options)
{
  g_auto(CliOptions) o = { NULL, };

  g_return_val_if_fail (G_IS_APPLICATION (app), EXIT_USAGE);
  g_return_val_if_fail (options != NULL, EXIT_USAGE);

  g_object_set_data (G_OBJECT (app), PARSED_KEY, GINT_TO_POINTER (TRUE));
  read_options (options, &o);
  if (!check_usage (&o))
    return EXIT_USAGE;

  if (o.compare != NULL)
    return run_compare (&o);
  if (o.validate)
    return run_validate (&o);
  if (o.summary || has_export (&o))
    return run_single (&o);
  if (o.form != NULL)
    return run_respondent_form (&o);
  if (o.merge != NULL)
    return run_merge (&o);
  if (count_files (&o) > 0)
    return open_in_window (app, &o);

  return -1;
}

gboolean
zm_cli_local_command_line (GApplicationClass   *parent_class,
                           GApplication        *app,
                           char              ***arguments,
                           int                 *exit_status)
{
  gboolean handled;

  g_return_val_if_fail (parent_class != NULL && parent_class->local_command_line != NULL, FALSE);

  g_object_set_data (G_OBJECT (app), PARSED_KEY, NULL);
  handled = parent_class->local_command_line (app, arguments, exit_status);

  /* Exit 1 without ::handle-local-options having run: the options did
   * not parse. */
  if (handled && *exit_status == EXIT_FILE && g_object_get_data (G_OBJECT (app), PARSED_KEY) == NULL)
    *exit_status = EXIT_USAGE;

  return handled;
}
