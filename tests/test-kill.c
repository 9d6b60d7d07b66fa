/* test-kill.c: a save killed at any moment leaves the previous or the new
 * version, never a broken file, and no temporary files pile up beside it;
 * a child saves in a loop and is killed with SIGKILL a thousand times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _DEFAULT_SOURCE  /* kill() under -std=c11 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zm-answer.h"
#include "zm-document.h"
#include "zm-model.h"

#define N_KILLS 1000

static ZmModel *model;

typedef struct {
  pid_t  pid;
  int    out;       /* the child's stdout, non-blocking */
  GString *lines;   /* what it printed so far */
} Child;

/* Several pages of the same number: a torn file would show. */
static char *
make_note (guint generation)
{
  GString *note = g_string_new (NULL);

  while (note->len < 8 * 1024)
    g_string_append_printf (note, "%u ", generation);
  return g_string_free (note, FALSE);
}

/* What the child does, as the window would: open the file when it exists
 * (its generation is in the organisation's name), say "ready", then save
 * generation after generation through zm_document_save() with the etag
 * of the last save, printing each number once it is saved. */
G_NORETURN static void
save_until_killed (const char *path,
                   int         out)
{
  g_autoptr(ZmAssessment) assessment = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  guint generation = 0;

  if (g_file_query_exists (file, NULL))
    {
      assessment = zm_document_load (file, model, &etag, NULL, &error);
      if (assessment == NULL ||
          sscanf (zm_assessment_get_organisation_name (assessment), "generation %u", &generation) != 1)
        _exit (3);
    }
  else
    assessment = zm_assessment_new (model);

  if (write (out, "ready\n", 6) != 6)
    _exit (3);

  for (;;)
    {
      g_autofree char *name = g_strdup_printf ("generation %u", ++generation);
      g_autofree char *note = make_note (generation);
      g_autofree char *new_etag = NULL;
      g_autofree char *line = NULL;

      zm_assessment_set_organisation_name (assessment, name);
      zm_assessment_set_rating (assessment, "alpha.1.ad-hoc", (ZmRating) (generation % 5));
      zm_answer_set_note (zm_assessment_get_answer (assessment, "alpha.1.ad-hoc"), note);
      if (!zm_document_save (assessment, file, etag, &new_etag, NULL, &error))
        _exit (4);
      g_free (etag);
      etag = g_steal_pointer (&new_etag);
      line = g_strdup_printf ("%u\n", generation);
      if (write (out, line, strlen (line)) < 0)
        _exit (3);
    }
}

/* A forked child rather than a new program: the thousand starts then cost
 * a fork each instead of an exec, a dynamic link and a model to read. */
static void
child_start (Child      *child,
             const char *path)
{
  int fds[2];

  g_assert_cmpint (pipe (fds), ==, 0);
  child->pid = fork ();
  g_assert_cmpint (child->pid, >=, 0);
  if (child->pid == 0)
    {
      close (fds[0]);
      save_until_killed (path, fds[1]);
    }
  close (fds[1]);
  child->out = fds[0];
  g_assert_cmpint (fcntl (child->out, F_SETFL, O_NONBLOCK), ==, 0);
  child->lines = g_string_new (NULL);
}

/* Reads what is there; TRUE at the end of the output. */
static gboolean
child_read (Child *child)
{
  char buffer[4096];

  for (;;)
    {
      gssize n = read (child->out, buffer, sizeof buffer);

      if (n > 0)
        g_string_append_len (child->lines, buffer, n);
      else if (n == 0)
        return TRUE;
      else if (errno == EAGAIN)
        return FALSE;
      else if (errno != EINTR)
        g_error ("reading from the child: %s", g_strerror (errno));
    }
}

static void
child_wait_ready (Child *child)
{
  while (strstr (child->lines->str, "ready\n") == NULL)
    {
      if (child_read (child))
        g_error ("the child ended before it was ready: %s", child->lines->str);
      g_usleep (500);
    }
}

/* Kills the child and returns the last generation it reported saved. */
static guint
child_kill (Child *child)
{
  g_auto(GStrv) lines = NULL;
  int status;
  guint last = 0;

  g_assert_cmpint (kill (child->pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (child->pid, &status, 0), ==, child->pid);
  /* Killed, not ended on its own with an error. */
  g_assert_true (WIFSIGNALED (status));
  while (!child_read (child))
    ;
  close (child->out);

  lines = g_strsplit (child->lines->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_ascii_isdigit (lines[i][0]))
      last = (guint) g_ascii_strtoull (lines[i], NULL, 10);
  g_string_free (child->lines, TRUE);
  return last;
}

/* The generation the file holds; it must load, and its note must be all
 * of that one generation. */
static guint
load_generation (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZmAssessment) a = zm_document_load (file, model, NULL, NULL, &error);
  g_autofree char *expected_start = NULL;
  const char *note;
  guint generation = 0;

  g_assert_no_error (error);
  g_assert_cmpint (sscanf (zm_assessment_get_organisation_name (a), "generation %u", &generation), ==, 1);
  note = zm_answer_get_note (zm_assessment_get_answer (a, "alpha.1.ad-hoc"));
  expected_start = g_strdup_printf ("%u %u ", generation, generation);
  g_assert_true (g_str_has_prefix (note, expected_start));
  g_assert_cmpuint (strlen (note), >=, 8 * 1024 - 16);
  return generation;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* Temporary files beside the document, ours or GIO's. */
static guint
count_temps (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".part") || g_str_has_prefix (name, ".goutputstream-"))
      n++;
  return n;
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

/* How long one save takes here, in microseconds. */
static gulong
measure_save (const char *path)
{
  g_autoptr(GTimer) timer = NULL;
  Child child;
  guint first;

  child_start (&child, path);
  child_wait_ready (&child);
  while (count_lines (child.lines->str) < 2)
    {
      child_read (&child);
      g_usleep (200);
    }
  timer = g_timer_new ();
  while (count_lines (child.lines->str) < 12)
    {
      child_read (&child);
      g_usleep (200);
    }
  first = child_kill (&child);
  g_assert_cmpuint (first, >=, 11);
  return (gulong) (g_timer_elapsed (timer, NULL) * 1e6 / 10);
}

static void
test_kill (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(ZmAssessment) last_good = NULL;
  g_autoptr(GError) error = NULL;
  guint saved = 0, mid_save = 0;
  gulong save_us;

  /* In memory where there is such a file system: a kill -9 does not reach
   * past the page cache, so what it leaves is the same as on a disk, and
   * without the disk's flushes the thousand kills take seconds. */
  dir = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir (),
                          "zm-test-kill-XXXXXX", NULL);
  g_assert_nonnull (g_mkdtemp (dir));
  path = g_build_filename (dir, "assessment.zmscan", NULL);
  save_us = measure_save (path);
  saved = load_generation (path);
  g_test_message ("one save takes %lu us", save_us);

  for (guint i = 0; i < N_KILLS; i++)
    {
      Child child;
      guint reported, on_disk;

      child_start (&child, path);
      child_wait_ready (&child);
      /* Up to about one save: the kill lands anywhere in the first. */
      g_usleep (g_random_int_range (0, save_us + 1));
      reported = child_kill (&child);

      on_disk = load_generation (path);
      /* The last save it finished, or the one it was in when killed
       * (finished, but not yet reported). */
      if (on_disk != MAX (reported, saved) && on_disk != MAX (reported, saved) + 1)
        g_error ("kill %u: the file holds generation %u; the child had saved %u", i, on_disk,
                 MAX (reported, saved));
      mid_save += on_disk != MAX (reported, saved);
      saved = on_disk;

      /* At most the one the kill interrupted; the next save removes it. */
      g_assert_cmpuint (count_temps (dir), <=, 1);
    }
  g_test_message ("%u kills, %u saves, %u kills between the rename and the report",
                  N_KILLS, saved, mid_save);
  /* Saves did get done between the kills, many of them. */
  g_assert_cmpuint (saved, >, N_KILLS / 10);

  /* One more save: nothing is left beside the file. */
  file = g_file_new_for_path (path);
  last_good = zm_document_load (file, model, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (zm_document_save (last_good, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_temps (dir), ==, 0);

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) model_file = g_file_new_for_path (TEST_DATADIR "/test-model.xml");
  g_autoptr(GError) error = NULL;
  int status;

  /* The children are forked: nothing in this process may run a thread of
   * its own, as a GIO module talking to a daemon would. */
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_test_init (&argc, &argv, NULL);
  model = zm_model_new_from_file (model_file, &error);
  g_assert_no_error (error);

  g_test_add_func ("/zm/document/kill", test_kill);

  status = g_test_run ();
  g_clear_object (&model);
  return status;
}
