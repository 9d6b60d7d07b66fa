/* zm-csv.c: the scores per pillar as CSV, for spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "zm-csv.h"

typedef struct {
  GString *text;
  guint    n_fields;
  char     separator;
  char     decimal_mark;
} Row;

static void
append_field (Row        *row,
              const char *text)
{
  if (row->n_fields++ > 0)
    g_string_append_c (row->text, row->separator);
  if (text == NULL)
    return;

  if (strchr (text, row->separator) == NULL && strpbrk (text, "\"\r\n") == NULL)
    {
      g_string_append (row->text, text);
      return;
    }

  g_string_append_c (row->text, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row->text, '"');
      g_string_append_c (row->text, *p);
    }
  g_string_append_c (row->text, '"');
}

/* Numbers go through g_ascii_formatd so the result never depends on the
 * process locale; the decimal mark is then put in by hand. Halves round
 * away from zero first, as a person would, rather than printf's
 * round-half-to-even (0.625 → 0.63, not 0.62). */
static void
append_number (Row    *row,
               double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *point;

  if (isnan (value))
    {
      append_field (row, NULL);
      return;
    }

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", round (value * 100) / 100);
  if ((point = strchr (buffer, '.')) != NULL)
    *point = row->decimal_mark;
  append_field (row, buffer);
}

/* Stages and targets: 0 means none and gives an empty field. */
static void
append_stage (Row   *row,
              guint  value)
{
  char buffer[16];

  if (value == 0)
    {
      append_field (row, NULL);
      return;
    }

  g_snprintf (buffer, sizeof buffer, "%u", value);
  append_field (row, buffer);
}

static void
append_count (Row   *row,
              guint  value)
{
  char buffer[16];

  g_snprintf (buffer, sizeof buffer, "%u", value);
  append_field (row, buffer);
}

static void
append_spread (Row                  *row,
               const ZmPillarResult *pillar)
{
  if (!pillar->included)
    {
      for (guint i = 0; i < 7; i++)
        append_field (row, NULL);
      return;
    }

  append_count (row, pillar->respondents);
  append_number (row, pillar->score_min);
  append_number (row, pillar->score_max);
  append_number (row, pillar->score_sd);
  append_count (row, pillar->disagreements);
  append_number (row, pillar->fit_spread);
  if (isnan (pillar->fit_spread))
    append_field (row, NULL);
  else
    append_field (row, pillar->unclear ? "0" : "1");
}

static void
append_pillar (GString              *out,
               const ZmPillarResult *pillar,
               char                  separator,
               char                  decimal_mark)
{
  Row row = { out, 0, separator, decimal_mark };
  gboolean shown = pillar->included && pillar->determined;

  append_field (&row, zm_pillar_get_id (pillar->pillar));
  append_field (&row, zm_pillar_get_name (pillar->pillar));
  append_stage (&row, shown ? pillar->stage : 0);
  append_number (&row, shown ? pillar->score : NAN);
  for (guint s = 0; s < ZM_N_STAGES; s++)
    append_number (&row, pillar->included ? pillar->fit[s] : NAN);
  append_number (&row, pillar->included ? pillar->completeness : NAN);
  append_stage (&row, pillar->target);
  append_spread (&row, pillar);
  g_string_append (out, "\r\n");
}

/* A byte order mark first, so spreadsheets detect UTF-8. */
static GString *
start_csv (const char *header,
           char        separator)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  gsize start = out->len;

  g_string_append (out, header);
  g_strdelimit (out->str + start, ",", separator);
  g_string_append (out, "\r\n");
  return out;
}

GBytes *
zm_csv_write (ZmAssessment   *assessment,
              const ZmResult *result,
              char            separator,
              char            decimal_mark)
{
  GString *out;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (separator != decimal_mark, NULL);

  out = start_csv (ZM_CSV_HEADER, separator);
  for (guint i = 0; i < result->n_pillars; i++)
    append_pillar (out, &result->pillars[i], separator, decimal_mark);

  return g_string_free_to_bytes (out);
}

static void
append_collection_row (GString              *out,
                       ZmCollectionEntry    *entry,
                       const ZmPillarResult *pillar,
                       char                  separator,
                       char                  decimal_mark)
{
  Row row = { out, 0, separator, decimal_mark };
  g_autofree char *file = g_file_get_parse_name (zm_collection_entry_get_file (entry));

  append_field (&row, zm_collection_entry_get_organisation (entry));
  append_field (&row, zm_collection_entry_get_unit (entry));
  append_field (&row, zm_collection_entry_get_date (entry));
  append_field (&row, file);
  append_field (&row, zm_pillar_get_id (pillar->pillar));
  append_field (&row, zm_pillar_get_name (pillar->pillar));
  append_stage (&row, pillar->determined ? pillar->stage : 0);
  append_number (&row, pillar->determined ? pillar->score : NAN);
  append_number (&row, pillar->completeness);
  append_field (&row, pillar->indicative ? "yes" : "no");
  g_string_append (out, "\r\n");
}

GBytes *
zm_csv_write_collection (ZmCollection *collection,
                         char          separator,
                         char          decimal_mark)
{
  GString *out;

  g_return_val_if_fail (ZM_IS_COLLECTION (collection), NULL);
  g_return_val_if_fail (separator != decimal_mark, NULL);

  out = start_csv (ZM_CSV_COLLECTION_HEADER, separator);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (collection)); i++)
    {
      ZmCollectionEntry *entry = zm_collection_peek_entry (collection, i);
      const ZmResult *result = zm_collection_entry_get_result (entry);

      for (guint p = 0; p < result->n_pillars; p++)
        if (result->pillars[p].included)
          append_collection_row (out, entry, &result->pillars[p], separator, decimal_mark);
    }

  return g_string_free_to_bytes (out);
}

void
zm_csv_get_locale_format (char *separator,
                          char *decimal_mark)
{
  const char *point = localeconv ()->decimal_point;

  g_return_if_fail (separator != NULL && decimal_mark != NULL);

  if (point == NULL || point[0] == '\0' || point[0] == '.' || point[1] != '\0')
    {
      *separator = ',';
      *decimal_mark = '.';
    }
  else
    {
      *separator = ';';
      *decimal_mark = point[0];
    }
}
