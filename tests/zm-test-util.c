/* zm-test-util.c: helpers shared by the core and render tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-document.h"
#include "zm-test-util.h"

GBytes *
zm_test_read_data (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATADIR, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static guint
line_of (const char *text,
         const char *at)
{
  guint line = 1;

  for (const char *p = text; p < at; p++)
    line += *p == '\n';
  return line;
}

char *
zm_test_replace_once (const char *text,
                      const char *find,
                      const char *replace,
                      guint      *line)
{
  const char *at = strstr (text, find);
  GString *out;

  if (at == NULL)
    g_error ("the test data lacks “%s”", find);

  *line = line_of (text, at);
  out = g_string_new_len (text, at - text);
  g_string_append (out, replace);
  g_string_append (out, at + strlen (find));
  return g_string_free (out, FALSE);
}

void
zm_test_assert_message (const GError *error,
                        const char   *file_name,
                        guint         line,
                        const char   *words)
{
  g_autofree char *prefix = g_strdup_printf ("%s:%u: ", file_name, line);

  g_assert_nonnull (error);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, words) == NULL)
    g_error ("message “%s” lacks “%s” or “%s”", error->message, prefix, words);
}

ZmAssessment *
zm_test_load_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmModel) model = zm_model_new_default (&error);
  g_autoptr(GBytes) bytes = NULL;
  ZmAssessment *assessment;

  g_assert_no_error (error);
  bytes = g_resources_lookup_data (ZM_DOCUMENT_EXAMPLE_RESOURCE, 0, &error);
  g_assert_no_error (error);
  assessment = zm_document_read_bytes (bytes, "example.zmscan", model, &error);
  g_assert_no_error (error);

  return assessment;
}

double
zm_test_time_scale (void)
{
  const char *scale = g_getenv ("ZM_TEST_TIME_SCALE");

  return scale != NULL ? MAX (g_ascii_strtod (scale, NULL), 1.0) : 1.0;
}
