/* zm-accessible.c: names that screen readers say right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "zm-accessible.h"

/* "_Next" → "Next", "Save __As" → "Save _As". */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_sized_new (strlen (label));

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

void
zm_accessible_name_mnemonic_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_BUTTON (root) &&
      gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    {
      g_autofree char *name = strip_mnemonic (gtk_button_get_label (GTK_BUTTON (root)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (root),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    zm_accessible_name_mnemonic_buttons (child);
}

static void
update_check (GtkListItem *item,
              GParamSpec  *pspec,
              AdwComboRow *row)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_widget_set_opacity (gtk_widget_get_last_child (box),
                          adw_combo_row_get_selected (row) == gtk_list_item_get_position (item) ? 1 : 0);
}

static void
on_choice_setup (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 AdwComboRow              *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
on_choice_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                AdwComboRow              *row)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  /* The list item widget is what a screen reader lands on. */
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  update_check (item, NULL, row);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (update_check), item, G_CONNECT_SWAPPED);
}

static void
on_choice_unbind (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, update_check, item);
}

/* The choice shown in the row itself: its text, without a check mark. */
static void
on_shown_setup (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_shown_bind (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (label), text);
  if (gtk_widget_get_parent (label) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

void
zm_accessible_combo_row_name_choices (GtkWidget *combo_row)
{
  g_autoptr(GtkListItemFactory) choices = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) shown = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (combo_row));

  g_signal_connect (choices, "setup", G_CALLBACK (on_choice_setup), combo_row);
  g_signal_connect (choices, "bind", G_CALLBACK (on_choice_bind), combo_row);
  g_signal_connect (choices, "unbind", G_CALLBACK (on_choice_unbind), combo_row);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (combo_row), choices);

  g_signal_connect (shown, "setup", G_CALLBACK (on_shown_setup), NULL);
  g_signal_connect (shown, "bind", G_CALLBACK (on_shown_bind), NULL);
  adw_combo_row_set_factory (ADW_COMBO_ROW (combo_row), shown);
}

static void
name_by_title (AdwPreferencesRow *row)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, adw_preferences_row_get_title (row),
                                  -1);
}

void
zm_accessible_name_row_by_title (GtkWidget *row)
{
  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  name_by_title (ADW_PREFERENCES_ROW (row));
  g_signal_connect (row, "notify::title", G_CALLBACK (name_by_title), NULL);
}
