/* zm-find-dialog.c: find a statement by words in its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-find-dialog.h"
#include "zm-pillar.h"
#include "zm-stage.h"
#include "zm-statement.h"

/* More is no help in a list to choose from; type another word. */
#define MAX_FOUND 100

struct _ZmFindDialog
{
  AdwWindow       parent_instance;

  ZmAssessment   *assessment;

  GtkSearchEntry *entry;
  GtkStack       *stack;
  GtkListBox     *list;
  AdwStatusPage  *status;
};

G_DEFINE_FINAL_TYPE (ZmFindDialog, zm_find_dialog, ADW_TYPE_WINDOW)

enum {
  STATEMENT_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
create_row (ZmStatement *statement)
{
  ZmPillar *pillar = zm_statement_get_pillar (statement);
  ZmStage *stage = zm_pillar_get_stage (pillar, zm_statement_get_stage_number (statement));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (zm_statement_get_text (statement));
  g_autofree char *where_text = NULL;
  g_autofree char *name = NULL;
  GtkWidget *where;

  /* Translators: under a statement found: its pillar and stage, e.g. "Innovation · Defined" */
  where_text = g_strdup_printf (_("%s · %s"), zm_pillar_get_name (pillar), zm_stage_get_name (stage));
  where = gtk_label_new (where_text);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (where, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), where);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Translators: accessible name of a statement found: the statement, its pillar and stage */
  name = g_strdup_printf (_("%s, %s"), zm_statement_get_text (statement), where_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "zm-statement", g_object_ref (statement), g_object_unref);
  return row;
}

static void
clear_list (ZmFindDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

static guint
fill_list (ZmFindDialog *self,
           const char   *query)
{
  ZmModel *model = zm_assessment_get_model (self->assessment);
  guint found = 0;

  for (guint i = 0; i < zm_model_get_n_pillars (model) && found < MAX_FOUND; i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      if (!zm_assessment_get_pillar_included (self->assessment, zm_pillar_get_id (pillar)))
        continue;
      for (guint number = 1; number <= ZM_N_STAGES && found < MAX_FOUND; number++)
        {
          GListModel *statements = zm_stage_get_statements (zm_pillar_get_stage (pillar, number));

          for (guint j = 0; j < g_list_model_get_n_items (statements) && found < MAX_FOUND; j++)
            {
              g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, j);

              if (g_str_match_string (query, zm_statement_get_text (statement), TRUE))
                {
                  gtk_list_box_append (self->list, create_row (statement));
                  found++;
                }
            }
        }
    }

  return found;
}

static void
on_search_changed (ZmFindDialog *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));
  guint found = 0;

  clear_list (self);
  if (stripped[0] != '\0')
    found = fill_list (self, stripped);

  if (found > 0)
    {
      gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
      gtk_stack_set_visible_child_name (self->stack, "results");
      return;
    }

  adw_status_page_set_title (self->status, stripped[0] != '\0' ? _("No Statement Found")
                                                               : _("Find a Statement"));
  adw_status_page_set_description (self->status,
                                   stripped[0] != '\0' ? _("Try fewer words, or the start of a word.")
                                                       : _("Type words from the statement, in any pillar."));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
choose_row (ZmFindDialog  *self,
            GtkListBoxRow *row)
{
  g_autoptr(ZmStatement) statement = NULL;

  if (row == NULL)
    return;

  statement = g_object_ref (g_object_get_data (G_OBJECT (row), "zm-statement"));
  /* Closing destroys the dialog; the window moves on first. */
  g_object_ref (self);
  g_signal_emit (self, signals[STATEMENT_CHOSEN], 0, statement);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
on_row_activated (ZmFindDialog  *self,
                  GtkListBoxRow *row)
{
  choose_row (self, row);
}

/* Enter in the search takes the statement selected, the first at first. */
static void
on_entry_activate (ZmFindDialog *self)
{
  choose_row (self, gtk_list_box_get_selected_row (self->list));
}

static void
on_stop_search (ZmFindDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* The arrow keys move through the statements found while typing goes on. */
static gboolean
on_entry_key_pressed (ZmFindDialog    *self,
                      guint            keyval,
                      guint            keycode,
                      GdkModifierType  state)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  GtkListBoxRow *next;

  if (keyval == GDK_KEY_Down)
    next = gtk_list_box_get_row_at_index (self->list, index + 1);
  else if (keyval == GDK_KEY_Up && index > 0)
    next = gtk_list_box_get_row_at_index (self->list, index - 1);
  else
    return GDK_EVENT_PROPAGATE;

  if (next != NULL)
    {
      gtk_list_box_select_row (self->list, next);
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
    }
  return GDK_EVENT_STOP;
}

ZmFindDialog *
zm_find_dialog_new (GtkWindow    *parent,
                    ZmAssessment *assessment)
{
  ZmFindDialog *self;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (ZM_TYPE_FIND_DIALOG, "transient-for", parent, NULL);
  self->assessment = g_object_ref (assessment);
  on_search_changed (self);
  return self;
}

void
zm_find_dialog_set_text (ZmFindDialog *self,
                         const char   *text)
{
  g_return_if_fail (ZM_IS_FIND_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  /* The entry reports a change after a pause; a test does not wait. */
  on_search_changed (self);
}

guint
zm_find_dialog_get_n_found (ZmFindDialog *self)
{
  guint n = 0;

  g_return_val_if_fail (ZM_IS_FIND_DIALOG (self), 0);

  while (gtk_list_box_get_row_at_index (self->list, (int) n) != NULL)
    n++;
  return n;
}

void
zm_find_dialog_choose (ZmFindDialog *self,
                       guint         index)
{
  g_return_if_fail (ZM_IS_FIND_DIALOG (self));

  choose_row (self, gtk_list_box_get_row_at_index (self->list, (int) index));
}

static void
zm_find_dialog_dispose (GObject *object)
{
  ZmFindDialog *self = ZM_FIND_DIALOG (object);

  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (zm_find_dialog_parent_class)->dispose (object);
}

static void
zm_find_dialog_class_init (ZmFindDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_find_dialog_dispose;

  signals[STATEMENT_CHOSEN] =
    g_signal_new ("statement-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZM_TYPE_STATEMENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/zm-find-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmFindDialog, entry);
  gtk_widget_class_bind_template_child (widget_class, ZmFindDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ZmFindDialog, list);
  gtk_widget_class_bind_template_child (widget_class, ZmFindDialog, status);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zm_find_dialog_init (ZmFindDialog *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_entry_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
}
