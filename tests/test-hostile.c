/* test-hostile.c: every class of hostile file through `--validate`, as a
 * user would meet it: exit status 1, one line on stderr that names the file
 * and says why in the user's language, no hang and little memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _DEFAULT_SOURCE  /* wait4 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define TEST_MODEL "--model=" TEST_DATADIR "/test-model.xml"

/* Far beyond what any case takes, even under the sanitizers; a child
 * still running then is a hang. */
#define HANG_SECONDS 60

#define HUGE_SIZE  (100 * 1024 * 1024)
#define MAX_RSS_KB (200 * 1024)

typedef struct {
  int   status;
  char *err;
  char *out;
  long  max_rss_kb;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->err);
  g_free (run->out);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Where the cases are made, in the build directory. */
static char *work_dir;

static char *
read_and_remove (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_unlink (path);
  return contents;
}

/* Under Valgrind (ZM_TEST_TIME_SCALE) a child is slower, and its peak
 * memory is Valgrind's. */
static double
time_scale (void)
{
  const char *scale = g_getenv ("ZM_TEST_TIME_SCALE");

  return scale != NULL ? MAX (g_ascii_strtod (scale, NULL), 1.0) : 1.0;
}

/* posix_spawn and wait4 rather than GSubprocess: wait4 gives the child's
 * own peak memory, and a child that hangs is killed here. */
static void
run_validate (Run        *run,
              const char *typed,
              const char *language)
{
  g_autofree char *out_path = g_build_filename (work_dir, "stdout.txt", NULL);
  g_autofree char *err_path = g_build_filename (work_dir, "stderr.txt", NULL);
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { ZM_CLI_DRIVER, "--validate", TEST_MODEL, typed, NULL };
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  g_autoptr(GTimer) timer = g_timer_new ();
  int wstatus = 0;
  pid_t pid;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen (&actions, 1, out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen (&actions, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (chdir (work_dir), ==, 0);
  g_assert_cmpint (posix_spawn (&pid, ZM_CLI_DRIVER, &actions, NULL, (char **) argv, env), ==, 0);
  posix_spawn_file_actions_destroy (&actions);

  for (;;)
    {
      pid_t done = wait4 (pid, &wstatus, WNOHANG, &usage);

      g_assert_cmpint (done, >=, 0);
      if (done == pid)
        break;
      if (g_timer_elapsed (timer, NULL) > HANG_SECONDS * time_scale ())
        {
          kill (pid, SIGKILL);
          waitpid (pid, NULL, 0);
          g_error ("--validate %s hangs", typed);
        }
      g_usleep (5000);
    }

  g_assert_true (WIFEXITED (wstatus));
  run->status = WEXITSTATUS (wstatus);
  run->out = read_and_remove (out_path);
  run->err = read_and_remove (err_path);
  run->max_rss_kb = usage.ru_maxrss;
  g_test_message ("%s [%s] exit %d, %ld KiB, %.2f s: %s", typed, language, run->status,
                  run->max_rss_kb, g_timer_elapsed (timer, NULL), run->err);
}

static void
write_file (const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
copy_fixture (const char *name)
{
  g_autofree char *source = g_build_filename (TEST_DATADIR, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  write_file (name, contents, length);
}

static char *
valid_text (void)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (TEST_DATADIR "/valid.zmscan", &contents, NULL, NULL));
  return contents;
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT "<assessment xmlns=\"urn:zorgmarketing-scan:assessment:1\" version=\"1.0\">\n"

static void
make_parameter_entity (const char *name)
{
  write_file (name, HEAD "<!DOCTYPE assessment [\n"
                     "  <!ENTITY % secret SYSTEM \"secret.txt\">\n"
                     "  %secret;\n"
                     "]>\n" ROOT "</assessment>\n", -1);
}

static void
make_xinclude (const char *name)
{
  write_file (name, HEAD ROOT
              "  <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"secret.txt\" parse=\"text\"/>\n"
              "</assessment>\n", -1);
}

static void
make_nul (const char *name)
{
  g_autofree char *text = valid_text ();
  g_autoptr(GString) bytes = g_string_new (text);

  /* Inside the organisation's name, where it would end the text early. */
  g_string_insert_len (bytes, strstr (text, "Ons Belang") - text, "\0", 1);
  write_file (name, bytes->str, bytes->len);
}

static void
make_trailing (const char *name)
{
  g_autofree char *text = valid_text ();
  g_autofree char *more = g_strconcat (text, "<assessment/>\n", NULL);

  write_file (name, more, -1);
}

static void
make_deep (const char *name)
{
  g_autoptr(GString) text = g_string_new (HEAD ROOT);

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "<a>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "</a>");
  g_string_append (text, "</assessment>\n");
  write_file (name, text->str, text->len);
}

/* A real 100 MB file: a valid start and then a comment that never ends. */
static void
make_huge (const char *name)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autofree char *chunk = g_malloc (1024 * 1024);
  FILE *out = g_fopen (path, "wb");

  g_assert_nonnull (out);
  memset (chunk, 'x', 1024 * 1024);
  fputs (HEAD ROOT "<!--", out);
  for (guint i = 0; i < HUGE_SIZE / (1024 * 1024); i++)
    g_assert_cmpuint (fwrite (chunk, 1, 1024 * 1024, out), ==, 1024 * 1024);
  fclose (out);
}

static void
make_folder (const char *name)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static void
make_fifo (const char *name)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
}

static void
make_empty (const char *name)
{
  write_file (name, "", 0);
}

static void
make_encoding (const char *name)
{
  write_file (name, "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n" ROOT "</assessment>\n", -1);
}

typedef struct {
  const char *name;
  void      (*make) (const char *name);
  const char *words;
} HostileCase;

/* NULL make: a fixture of the same name; a name with a slash is used as
 * it is. */
static const HostileCase cases[] = {
  { "external-entity.zmscan", NULL, "DOCTYPE" },
  { "external-dtd.zmscan", NULL, "DOCTYPE" },
  { "parameter-entity.zmscan", make_parameter_entity, "DOCTYPE" },
  { "billion-laughs.zmscan", NULL, "DOCTYPE" },
  { "xinclude.zmscan", make_xinclude, "unexpected element <include>" },
  { "bad-utf8.zmscan", NULL, "not valid UTF-8" },
  { "nul.zmscan", make_nul, "NUL byte" },
  { "trailing.zmscan", make_trailing, "more after the end of the document" },
  { "utf7.zmscan", make_encoding, "only UTF-8 can be read" },
  { "truncated.zmscan", NULL, "ends too early" },
  { "deep.zmscan", make_deep, "nested too deeply" },
  { "huge.zmscan", make_huge, "too large" },
  { "folder.zmscan", make_folder, "a folder" },
  { "fifo.zmscan", make_fifo, "not a regular file" },
  { "/dev/zero", NULL, "not a regular file" },
  { "newer-major.zmscan", NULL, "newer version" },
  { "wrong-namespace.zmscan", NULL, "not a Zorgmarketing Scan assessment" },
  { "empty.zmscan", make_empty, "the file is empty" },
};

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
assert_one_line_about (const Run  *run,
                       const char *typed)
{
  g_autofree char *prefix = g_strconcat (typed, ":", NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpuint (count_lines (run->err), ==, 1);
  if (!g_str_has_prefix (run->err, prefix))
    g_error ("“%s” does not start with “%s”", run->err, prefix);
  /* Nothing of the files the hostile ones point at. */
  g_assert_null (strstr (run->err, "SECRET"));
}

static void
test_hostile (gconstpointer data)
{
  const HostileCase *c = data;
  g_auto(Run) english = { 0, };
  g_auto(Run) dutch = { 0, };

  if (c->make != NULL)
    c->make (c->name);
  else if (strchr (c->name, '/') == NULL)
    copy_fixture (c->name);

  run_validate (&english, c->name, "en");
  assert_one_line_about (&english, c->name);
  if (strstr (english.err, c->words) == NULL)
    g_error ("“%s” does not say “%s”", english.err, c->words);

  /* The reason is ours, so it is translated. */
  run_validate (&dutch, c->name, "nl");
  assert_one_line_about (&dutch, c->name);
  g_assert_cmpstr (dutch.err, !=, english.err);

  if (c->make == make_huge && time_scale () == 1.0)
    g_assert_cmpint (english.max_rss_kb, <, MAX_RSS_KB);
}

static void
remove_work_dir (void)
{
  g_autoptr(GFile) dir = g_file_new_for_path (work_dir);
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                                   NULL, NULL);
  GFileInfo *info;
  GFile *child;

  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    g_file_delete (child, NULL, NULL);
  g_file_delete (dir, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *template = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  template = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                               "hostile-XXXXXX", NULL);
  work_dir = g_mkdtemp (template);
  g_assert_nonnull (work_dir);
  work_dir = g_canonicalize_filename (work_dir, NULL);
  copy_fixture ("secret.txt");
  copy_fixture ("secret.dtd");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *base = g_path_get_basename (cases[i].name);
      g_autofree char *path = g_strdup_printf ("/zm/hostile/%s", base);

      g_test_add_data_func (path, &cases[i], test_hostile);
    }

  status = g_test_run ();
  remove_work_dir ();
  g_free (work_dir);
  return status;
}
