/* zm-application.c: application lifetime, app-wide actions, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-application.h"
#include "zm-compare-window.h"
#include "zm-window-private.h"

struct _ZmApplication
{
  AdwApplication  parent_instance;
  GSettings      *settings;
  ZmModel        *model;
  /* The value of the model-file key that model was chosen for: a failed
   * file is tried, and reported, once per value, not on every call. */
  char           *model_path;
  gboolean        model_failed;
  /* Why it failed, until a window has shown it. */
  GError         *model_error;
  const ZmCommandLine *command_line;
};

G_DEFINE_FINAL_TYPE (ZmApplication, zm_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

ZmApplication *
zm_application_new (void)
{
  return g_object_new (ZM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

static void
on_model_file_changed (ZmApplication *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "model-file");

  /* zm_application_use_model() sets the key itself, after the model. */
  if (g_strcmp0 (path, self->model_path) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

GSettings *
zm_application_get_settings (ZmApplication *self)
{
  g_return_val_if_fail (ZM_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    {
      self->settings = g_settings_new (APP_ID);
      g_signal_connect_object (self->settings, "changed::model-file",
                               G_CALLBACK (on_model_file_changed), self, G_CONNECT_SWAPPED);
    }

  return self->settings;
}

static ZmModel *
load_built_in_model (void)
{
  g_autoptr(GError) error = NULL;
  ZmModel *model;

  /* The model is compiled into the program: failing to read it is a
   * bug in the build, not something the user can fix. */
  model = zm_model_new_default (&error);
  if (model == NULL)
    g_error ("The built-in model cannot be read: %s", error->message);

  return model;
}

static ZmModel *
load_model (const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (path[0] == '\0')
    return load_built_in_model ();

  file = g_file_new_for_commandline_arg (path);
  return zm_model_new_from_file (file, error);
}

/* The user cannot act on a model file that fails without a window to
 * say so in; the error waits for one. */
static void
report_model_error (ZmApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;

  if (self->model_error == NULL || !ZM_IS_WINDOW (window))
    return;

  error = g_error_new (self->model_error->domain, self->model_error->code, "%s\n\n%s",
                       self->model_error->message, _("The built-in model is used instead."));
  g_clear_error (&self->model_error);
  zm_window_show_error (ZM_WINDOW (window), _("Could Not Read the Model File"), error);
}

ZmModel *
zm_application_get_model (ZmApplication *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (ZM_IS_APPLICATION (self), NULL);

  path = g_settings_get_string (zm_application_get_settings (self), "model-file");
  if (self->model == NULL || g_strcmp0 (path, self->model_path) != 0)
    {
      g_clear_object (&self->model);
      g_clear_error (&self->model_error);
      self->model = load_model (path, &self->model_error);
      self->model_failed = self->model == NULL;
      if (self->model_failed)
        self->model = load_built_in_model ();
      g_free (self->model_path);
      self->model_path = g_steal_pointer (&path);
    }

  report_model_error (self);
  return self->model;
}

GFile *
zm_application_dup_model_file (ZmApplication *self)
{
  g_return_val_if_fail (ZM_IS_APPLICATION (self), NULL);

  /* A file that failed was reported and replaced by the built-in model. */
  zm_application_get_model (self);
  if (self->model_path[0] == '\0' || self->model_failed)
    return NULL;

  return g_file_new_for_commandline_arg (self->model_path);
}

void
zm_application_use_model (ZmApplication *self,
                          ZmModel       *model,
                          GFile         *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (ZM_IS_APPLICATION (self));
  g_return_if_fail (model == NULL || ZM_IS_MODEL (model));
  g_return_if_fail ((model == NULL) == (file == NULL));

  if (file != NULL)
    path = g_file_is_native (file) ? g_file_get_path (file) : g_file_get_uri (file);
  else
    path = g_strdup ("");

  g_clear_object (&self->model);
  self->model = model != NULL ? g_object_ref (model) : load_built_in_model ();
  self->model_failed = FALSE;
  g_clear_error (&self->model_error);
  g_free (self->model_path);
  self->model_path = g_strdup (path);
  g_settings_set_string (zm_application_get_settings (self), "model-file", path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
zm_application_set_command_line (ZmApplication       *self,
                                 const ZmCommandLine *command_line)
{
  g_return_if_fail (ZM_IS_APPLICATION (self));
  g_return_if_fail (self->command_line == NULL);

  self->command_line = command_line;
  if (command_line != NULL && command_line->add_options != NULL)
    command_line->add_options (G_APPLICATION (self));
}

/* Everything that must work without a display (validate, summary, exports)
 * is decided here, before the application registers or opens a window. */
static int
zm_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  ZmApplication *self = ZM_APPLICATION (app);

  if (self->command_line == NULL || self->command_line->handle_local_options == NULL)
    return -1;

  return self->command_line->handle_local_options (app, options);
}

static gboolean
zm_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  ZmApplication *self = ZM_APPLICATION (app);
  GApplicationClass *parent_class = G_APPLICATION_CLASS (zm_application_parent_class);

  if (self->command_line == NULL || self->command_line->local_command_line == NULL)
    return parent_class->local_command_line (app, arguments, exit_status);

  return self->command_line->local_command_line (parent_class, app, arguments, exit_status);
}

static void
zm_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (zm_window_new (ZM_APPLICATION (app)));
  gtk_window_present (window);
  report_model_error (ZM_APPLICATION (app));
  /* The first window of a fresh start is where work left by a crash is
   * offered back. */
  zm_window_offer_recovery (ZM_WINDOW (window));
}

static void
zm_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
  ZmWindow *window;

  /* An empty window takes the first file; every further file gets its
   * own window (zm_window_open_file decides). */
  if (ZM_IS_WINDOW (active))
    window = ZM_WINDOW (active);
  else
    window = zm_window_new (ZM_APPLICATION (app));

  /* The reading starts first: a window that shows up waiting for a file
   * does not build its welcome page. */
  for (int i = 0; i < n_files; i++)
    zm_window_open_file (window, files[i]);
  gtk_window_present (GTK_WINDOW (window));
}

/* The model in use decides what the About window credits: a model file of
 * an organisation's own may have more, or fewer, pillars written here. */
static ZmModel *
get_model_in_use (ZmApplication *self,
                  GtkWindow     *window)
{
  ZmAssessment *assessment = NULL;

  if (ZM_IS_WINDOW (window))
    assessment = zm_window_get_assessment (ZM_WINDOW (window));
  if (assessment != NULL)
    return zm_assessment_get_model (assessment);

  return zm_application_get_model (self);
}

static char *
describe_model_authorship (ZmModel *model)
{
  g_autoptr(GString) pillars = g_string_new (NULL);
  GString *comments = g_string_new (NULL);

  if (model == NULL)
    return NULL;

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      if (!zm_pillar_get_project_authored (pillar))
        continue;
      if (pillars->len > 0)
        g_string_append (pillars, ", ");
      g_string_append (pillars, zm_pillar_get_name (pillar));
    }

  g_string_append (comments,
                   _("The maturity model, its pillars and stages and the eight-step marketing "
                     "challenge are by Zorgmarketingplatform."));
  if (pillars->len > 0)
    {
      g_string_append_c (comments, ' ');
      /* Translators: %s is a list of pillar names */
      g_string_append_printf (comments,
                              _("The statements of these pillars were written for this application "
                                "and can be replaced by a model file of your own: %s."),
                              pillars->str);
    }

  return g_string_free (comments, FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  ZmApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Zorgmarketing Scan developers", NULL };
  static const char *model_credits[] = { "Zorgmarketingplatform https://www.zorgmarketingplatform.nl", NULL };
  g_autofree char *comments = describe_model_authorship (get_model_in_use (self, parent));
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_name (about, _("Zorgmarketing Scan"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_copyright (about, "© 2026 The Zorgmarketing Scan developers");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (about, "https://github.com/zorgmarketing/Scan");
  adw_about_window_set_issue_url (about, "https://github.com/zorgmarketing/Scan/issues");
  /* Translators: put your names here, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_add_credit_section (about, _("Healthcare marketing development model"),
                                       model_credits);
  if (comments != NULL)
    adw_about_window_set_comments (about, comments);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  ZmApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Each window asks about its own unsaved changes when it is closed. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static void
compare_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  ZmApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  ZmCompareWindow *window = zm_compare_window_new (parent, zm_application_get_model (self));

  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "compare", compare_action },
  { "quit", quit_action },
};

static void
zm_application_startup (GApplication *app)
{
  ZmApplication *self = ZM_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *previous_accels[] = { "<Alt>Left", "<Control>Page_Up", NULL };
  static const char *next_accels[] = { "<Alt>Right", "<Control>Page_Down", NULL };
  static const char *sidebar_accels[] = { "F9", NULL };

  G_APPLICATION_CLASS (zm_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  /* The walk keys go through the application so that they win over the
   * scrolled pages' own use of Ctrl+Page Up/Down. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.previous-page", previous_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.next-page", next_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-sidebar", sidebar_accels);
  /* No default window icon: the desktop finds the icon through the
   * application id and its desktop file, and on X11 an icon set here
   * would render the scalable icon at every size at start-up. */
}

static void
zm_application_finalize (GObject *object)
{
  ZmApplication *self = ZM_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->model);
  g_clear_pointer (&self->model_path, g_free);
  g_clear_error (&self->model_error);

  G_OBJECT_CLASS (zm_application_parent_class)->finalize (object);
}

static void
zm_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZmApplication *self = ZM_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, zm_application_get_model (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_application_class_init (ZmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = zm_application_finalize;
  object_class->get_property = zm_application_get_property;

  app_class->local_command_line = zm_application_local_command_line;
  app_class->handle_local_options = zm_application_handle_local_options;
  app_class->startup = zm_application_startup;
  app_class->activate = zm_application_activate;
  app_class->open = zm_application_open;

  /* Notifies when the model for new and opened assessments changes; it is
   * read again on the next zm_application_get_model(). */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, ZM_TYPE_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_application_init (ZmApplication *self)
{
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}
