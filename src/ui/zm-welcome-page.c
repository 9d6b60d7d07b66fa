/* zm-welcome-page.c: what a window shows when no document is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zm-accessible.h"
#include "zm-document.h"
#include "zm-welcome-page.h"

#define MAX_RECENT 8

struct _ZmWelcomePage
{
  AdwBin            parent_instance;

  GtkRecentManager *recent_manager;
  guint             n_recent;

  GtkWidget        *new_button;
  AdwPreferencesGroup *recent_group;
  GtkListBox       *recent_list;
};

G_DEFINE_FINAL_TYPE (ZmWelcomePage, zm_welcome_page, ADW_TYPE_BIN)

GtkWidget *
zm_welcome_page_new (void)
{
  return g_object_new (ZM_TYPE_WELCOME_PAGE, NULL);
}

guint
zm_welcome_page_get_n_recent (ZmWelcomePage *self)
{
  g_return_val_if_fail (ZM_IS_WELCOME_PAGE (self), 0);

  return self->n_recent;
}

static gboolean
is_our_document (GtkRecentInfo *info)
{
  const char *mime_type = gtk_recent_info_get_mime_type (info);

  if (!gtk_recent_info_exists (info))
    return FALSE;

  return g_strcmp0 (mime_type, ZM_DOCUMENT_MIME_TYPE) == 0 ||
         g_str_has_suffix (gtk_recent_info_get_uri (info), ZM_DOCUMENT_SUFFIX);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *ib = *(GtkRecentInfo * const *) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib),
                              gtk_recent_info_get_modified (ia));
}

static GtkWidget *
create_recent_row (GtkRecentInfo *info)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  const char *home = g_get_home_dir ();

  /* "~/Documents" reads better than "/home/someone/Documents". */
  if (folder != NULL && g_str_has_prefix (folder, home) &&
      (folder[strlen (home)] == '/' || folder[strlen (home)] == '\0'))
    {
      char *short_folder = g_strconcat ("~", folder + strlen (home), NULL);

      g_free (folder);
      folder = short_folder;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (folder != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-uri");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", gtk_recent_info_get_uri (info));

  return row;
}

static void
update_recent (ZmWelcomePage *self)
{
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  GtkWidget *child;

  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_our_document (l->data))
        g_ptr_array_add (ours, gtk_recent_info_ref (l->data));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (ours, compare_recent);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  self->n_recent = MIN (ours->len, MAX_RECENT);
  for (guint i = 0; i < self->n_recent; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (g_ptr_array_index (ours, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), self->n_recent > 0);
}

static void
zm_welcome_page_dispose (GObject *object)
{
  ZmWelcomePage *self = ZM_WELCOME_PAGE (object);

  if (self->recent_manager != NULL)
    g_signal_handlers_disconnect_by_func (self->recent_manager, update_recent, self);
  self->recent_manager = NULL;

  G_OBJECT_CLASS (zm_welcome_page_parent_class)->dispose (object);
}

/* Enter on a fresh window starts a new assessment, rather than opening
 * the menu that comes first in the tab order. */
static gboolean
zm_welcome_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (ZM_WELCOME_PAGE (widget)->new_button);
}

static void
zm_welcome_page_class_init (ZmWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_welcome_page_dispose;
  widget_class->grab_focus = zm_welcome_page_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/zm-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmWelcomePage, new_button);
  gtk_widget_class_bind_template_child (widget_class, ZmWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, ZmWelcomePage, recent_list);
}

static void
zm_welcome_page_init (ZmWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zm_accessible_name_mnemonic_buttons (GTK_WIDGET (self));

  /* The default manager lives as long as the process; not ours to free. */
  self->recent_manager = gtk_recent_manager_get_default ();
  g_signal_connect_swapped (self->recent_manager, "changed", G_CALLBACK (update_recent), self);
  update_recent (self);
}
