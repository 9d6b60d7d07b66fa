/* test-recover.c: work left unsaved by a killed application comes back on
 * the next start, every field of it; a damaged recovery copy is reported
 * and set aside, and touches nothing else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "zm-document.h"
#include "zm-recovery.h"
#include "zm-test-content.h"
#include "zm-ui-test-util.h"
#include "zm-window-private.h"

static ZmApplication *app;
static char *data_home;

static AdwMessageDialog *
find_dialog (GtkWindow *window)
{
  return (AdwMessageDialog *) zm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, window);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  zm_test_drain ();
}

/* A fresh start: the application's first window, which offers what a
 * crash left behind. */
static ZmWindow *
start (void)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (ZM_IS_WINDOW (window));
  return ZM_WINDOW (g_object_ref (window));
}

static void
stop (ZmWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  zm_test_drain ();
  g_object_unref (window);
}

static void
remove_recovery_dir (void)
{
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   0, NULL, NULL);
  GFileInfo *info;
  GFile *child;

  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    g_file_delete (child, NULL, NULL);
}

static guint
count_files (const char *suffix)
{
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autofree char *path = g_file_get_path (dir);
  g_autoptr(GDir) listing = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_suffix (name, suffix);
  return n;
}

/* The real window in a process of its own, killed with unsaved work. */
static void
test_kill_and_restore (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autoptr(ZmAssessment) expected = zm_assessment_new (zm_application_get_model (app));
  g_autofree char *expected_text = NULL;
  g_autofree char *restored_text = NULL;
  AdwMessageDialog *dialog;
  ZmWindow *window;

  remove_recovery_dir ();
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  child = g_subprocess_launcher_spawn (launcher, &error, RECOVER_CHILD, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  /* GLib's test set-up prints its seed first. */
  do
    {
      g_free (line);
      line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (line);
    }
  while (g_str_has_prefix (line, "#"));
  g_assert_cmpstr (line, ==, "ready");

  /* No chance to save, to close or to remove its copy. */
  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_if_exited (child));

  window = start ();
  WAIT_FOR (find_dialog (GTK_WINDOW (window)) != NULL);
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Zorggroep Herstel & Co"));
  respond (dialog, "restore");
  WAIT_FOR (zm_window_get_assessment (window) != NULL);

  zm_test_fill_assessment (expected);
  expected_text = zm_test_describe_assessment (expected);
  restored_text = zm_test_describe_assessment (zm_window_get_assessment (window));
  g_assert_cmpstr (restored_text, ==, expected_text);
  g_assert_true (zm_window_get_modified (window));

  /* Still unsaved: the copy stays until the work is saved or dropped. */
  g_assert_cmpuint (count_files (ZM_DOCUMENT_SUFFIX), ==, 1);
  gtk_window_close (GTK_WINDOW (window));
  respond (find_dialog (GTK_WINDOW (window)), "discard");
  WAIT_FOR (count_files (ZM_DOCUMENT_SUFFIX) == 0);
  stop (window);
}

static void
write_copy (const char *id,
            const char *contents,
            gsize       length,
            const char *uri)
{
  g_autoptr(GFile) dir = zm_recovery_get_dir ();
  g_autofree char *name = g_strconcat (id, ZM_DOCUMENT_SUFFIX, NULL);
  g_autofree char *info_name = g_strconcat (id, ".info", NULL);
  g_autoptr(GFile) copy = g_file_get_child (dir, name);
  g_autoptr(GFile) info = g_file_get_child (dir, info_name);
  g_autofree char *info_text = g_strdup_printf ("[Recovery]\ntitle=Copy %s\nuri=%s\n"
                                                "saved=2026-03-09T10:00:00Z\n", id, uri);
  g_autoptr(GError) error = NULL;

  g_file_make_directory_with_parents (dir, NULL, NULL);
  g_file_replace_contents (copy, contents, length, NULL, FALSE, 0, NULL, NULL, &error);
  g_assert_no_error (error);
  g_file_replace_contents (info, info_text, strlen (info_text), NULL, FALSE, 0, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Cut off in the middle, and not XML at all: each is reported, renamed
 * out of the way and not offered again; the document it belonged to is
 * left as it was. */
static void
test_damaged_copy (void)
{
  g_autoptr(ZmAssessment) document = zm_assessment_new (zm_application_get_model (app));
  g_autofree char *document_path = g_build_filename (data_home, "their-document.zmscan", NULL);
  g_autoptr(GFile) document_file = g_file_new_for_path (document_path);
  g_autofree char *uri = g_file_get_uri (document_file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  ZmWindow *window;
  gsize size;
  const char *data;

  remove_recovery_dir ();
  zm_test_fill_assessment (document);
  g_assert_true (zm_document_save (document, document_file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  bytes = g_file_load_bytes (document_file, NULL, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  write_copy ("truncated", data, size / 2, uri);
  write_copy ("not-xml", "pillar,name,stage\nalpha,Alpha,2\n", 32, uri);

  window = start ();
  WAIT_FOR (find_dialog (GTK_WINDOW (window)) != NULL);
  respond (find_dialog (GTK_WINDOW (window)), "restore");

  /* One message for each, saying where the copy went. */
  for (guint i = 0; i < 2; i++)
    {
      const char *body;

      WAIT_FOR (find_dialog (GTK_WINDOW (window)) != NULL);
      dialog = find_dialog (GTK_WINDOW (window));
      body = adw_message_dialog_get_body (dialog);
      g_test_message ("reported: %s", body);
      g_assert_nonnull (strstr (body, ".zmscan" ZM_RECOVERY_DAMAGED_SUFFIX));
      g_assert_nonnull (strstr (body, "damaged recovery copy was kept"));
      respond (dialog, "close");
    }
  g_assert_null (zm_window_get_assessment (window));

  /* Set aside, not deleted, and not offered again. */
  WAIT_FOR (count_files (ZM_DOCUMENT_SUFFIX ZM_RECOVERY_DAMAGED_SUFFIX) == 2);
  g_assert_cmpuint (count_files (ZM_DOCUMENT_SUFFIX), ==, 0);
  g_assert_cmpuint (count_files (".info" ZM_RECOVERY_DAMAGED_SUFFIX), ==, 2);
  stop (window);

  window = start ();
  zm_test_drain ();
  g_assert_null (find_dialog (GTK_WINDOW (window)));
  stop (window);

  /* The user's own document is untouched. */
  after = g_file_load_bytes (document_file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (after, bytes));
  g_unlink (document_path);
  remove_recovery_dir ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Recovery copies go to a folder of our own, shared with the child. */
  data_home = g_dir_make_tmp ("zm-test-recover-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  zm_test_init (&argc, &argv);
  app = zm_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/zm/recover/kill-and-restore", test_kill_and_restore);
  g_test_add_func ("/zm/recover/damaged-copy", test_damaged_copy);

  status = g_test_run ();

  g_clear_object (&app);
  remove_recovery_dir ();
  {
    g_autoptr(GFile) dir = zm_recovery_get_dir ();
    g_autoptr(GFile) parent = g_file_get_parent (dir);

    g_file_delete (dir, NULL, NULL);
    g_file_delete (parent, NULL, NULL);
  }
  g_rmdir (data_home);
  g_free (data_home);
  return status;
}
