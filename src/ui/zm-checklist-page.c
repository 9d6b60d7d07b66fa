/* zm-checklist-page.c: the eight steps of the marketing challenge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-accessible.h"
#include "zm-checklist-page.h"
#include "zm-chart-view.h"
#include "zm-date-button.h"

/* The checklist graphic: two columns of steps when wide, one when narrow,
 * so its height follows its width. Drawn by the render layer. */
#define ZM_TYPE_CHECKLIST_GRAPHIC (zm_checklist_graphic_get_type ())
G_DECLARE_FINAL_TYPE (ZmChecklistGraphic, zm_checklist_graphic, ZM, CHECKLIST_GRAPHIC, GtkWidget)

struct _ZmChecklistGraphic
{
  GtkWidget     parent_instance;
  ZmAssessment *assessment;
};

G_DEFINE_FINAL_TYPE (ZmChecklistGraphic, zm_checklist_graphic, GTK_TYPE_WIDGET)

static void
zm_checklist_graphic_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  ZmChecklistGraphic *self = ZM_CHECKLIST_GRAPHIC (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->assessment == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  zm_ui_draw_checklist (widget, cr, self->assessment, width, height);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
zm_checklist_graphic_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
zm_checklist_graphic_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 260;
      *natural = 760;
    }
  else
    {
      int width = for_size > 0 ? for_size : 760;

      /* Render puts the steps in two columns from 1.5 × the height on. */
      *minimum = width >= 600 ? CLAMP (width / 2, 300, 480) : MAX (width * 3 / 2, 420);
      *natural = *minimum;
    }
}

static void
zm_checklist_graphic_dispose (GObject *object)
{
  g_clear_object (&ZM_CHECKLIST_GRAPHIC (object)->assessment);

  G_OBJECT_CLASS (zm_checklist_graphic_parent_class)->dispose (object);
}

static void
zm_checklist_graphic_class_init (ZmChecklistGraphicClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = zm_checklist_graphic_dispose;
  widget_class->snapshot = zm_checklist_graphic_snapshot;
  widget_class->get_request_mode = zm_checklist_graphic_get_request_mode;
  widget_class->measure = zm_checklist_graphic_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zm_checklist_graphic_init (ZmChecklistGraphic *self)
{
}

/* The page ------------------------------------------------------------------ */

struct _ZmChecklistPage
{
  AdwBin              parent_instance;

  ZmAssessment       *assessment;

  ZmChecklistGraphic *graphic;
  GtkBox             *steps_box;

  /* The steps not yet built, and the idle source that builds them. */
  guint               next_step;
  guint               build_source;
};

G_DEFINE_FINAL_TYPE (ZmChecklistPage, zm_checklist_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
zm_checklist_page_new (void)
{
  return g_object_new (ZM_TYPE_CHECKLIST_PAGE, NULL);
}

ZmAssessment *
zm_checklist_page_get_assessment (ZmChecklistPage *self)
{
  g_return_val_if_fail (ZM_IS_CHECKLIST_PAGE (self), NULL);

  return self->assessment;
}

/* Binding transforms ----------------------------------------------------- */

static gboolean
status_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_status (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > ZM_STEP_STATUS_DONE)
    return FALSE;

  g_value_set_enum (to, (int) selected);
  return TRUE;
}

/* NULL in the model, "" in an entry. */
static gboolean
null_to_empty (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");
  return TRUE;
}

static gboolean
empty_to_null (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL && *text != '\0' ? text : NULL);
  return TRUE;
}

/* The note's first line as the expander's subtitle. */
static gboolean
note_to_summary (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  const char *note = g_value_get_string (from);
  const char *newline;
  g_autofree char *line = NULL;

  if (note == NULL || *note == '\0')
    {
      g_value_set_string (to, _("No note"));
      return TRUE;
    }

  newline = strchr (note, '\n');
  line = newline != NULL ? g_strndup (note, newline - note) : g_strdup (note);
  if (g_utf8_strlen (line, -1) > 60)
    {
      g_autofree char *start = g_utf8_substring (line, 0, 60);

      g_value_take_string (to, g_strconcat (start, "…", NULL));
    }
  else if (newline != NULL)
    g_value_take_string (to, g_strconcat (line, " …", NULL));
  else
    g_value_set_string (to, line);

  return TRUE;
}

/* One step ---------------------------------------------------------------- */

static GtkWidget *
create_status_row (ZmChecklistItem *item)
{
  const char *labels[] = {
    C_("step status", "Not started"),
    C_("step status", "In progress"),
    C_("step status", "Done"),
    NULL
  };
  g_autoptr(GtkStringList) list = gtk_string_list_new (labels);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  zm_accessible_combo_row_name_choices (row);
  g_object_bind_property_full (item, "status", row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               status_to_selected, selected_to_status, NULL, NULL);
  gtk_widget_set_name (row, "status");
  return row;
}

static GtkWidget *
create_owner_row (ZmChecklistItem *item)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Owner"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property_full (item, "owner", row, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               null_to_empty, empty_to_null, NULL, NULL);
  gtk_widget_set_name (row, "owner");
  return row;
}

static GtkWidget *
create_due_row (ZmChecklistItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = zm_date_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Due date"));
  zm_date_button_set_placeholder (ZM_DATE_BUTTON (button), _("No due date"));
  zm_date_button_set_title (ZM_DATE_BUTTON (button), _("Due date"));
  gtk_widget_set_name (button, "due");
  g_object_bind_property (item, "due", button, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static GtkWidget *
create_note_row (ZmChecklistItem *item)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *text_view = zm_ui_note_view_new (_("Note"), 96, 8);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Note"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  zm_accessible_name_row_by_title (row);
  g_object_bind_property_full (item, "note", row, "subtitle", G_BINDING_SYNC_CREATE,
                               note_to_summary, NULL, NULL, NULL);

  g_object_bind_property_full (item, "note", buffer, "text",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               null_to_empty, empty_to_null, NULL, NULL);

  gtk_frame_set_child (GTK_FRAME (frame), text_view);
  gtk_widget_set_margin_top (frame, 12);
  gtk_widget_set_margin_bottom (frame, 12);
  gtk_widget_set_margin_start (frame, 12);
  gtk_widget_set_margin_end (frame, 12);
  gtk_widget_set_name (text_view, "note");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), frame);
  return row;
}

static GtkWidget *
create_step_group (ZmStep          *step,
                   ZmChecklistItem *item)
{
  GtkWidget *group, *section;
  g_autofree char *title = NULL;

  /* Translators: a step of the checklist: its number and title, e.g. "1. Develop a vision on marketing" */
  title = g_strdup_printf (_("%u. %s"), zm_step_get_number (step), zm_step_get_title (step));
  section = zm_ui_section_new (title, zm_step_get_description (step), &group);
  gtk_widget_set_name (section, zm_step_get_id (step));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_status_row (item));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_owner_row (item));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_due_row (item));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_note_row (item));
  return section;
}

/* The page ----------------------------------------------------------------- */

static void
update_graphic_description (ZmChecklistPage *self)
{
  g_autofree char *description = NULL;

  if (self->assessment != NULL)
    description = zm_ui_describe_checklist (self->assessment);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->graphic),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

static void
on_assessment_changed (ZmChecklistPage *self)
{
  update_graphic_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->graphic));
}

/* Adds the next step's group; FALSE when every step is there. */
static gboolean
add_next_step (ZmChecklistPage *self)
{
  GListModel *steps = zm_model_get_steps (zm_assessment_get_model (self->assessment));

  while (self->next_step < g_list_model_get_n_items (steps))
    {
      g_autoptr(ZmStep) step = g_list_model_get_item (steps, self->next_step++);
      ZmChecklistItem *item = zm_assessment_get_checklist_item (self->assessment,
                                                                zm_step_get_id (step));

      if (item != NULL)
        {
          gtk_box_append (self->steps_box, create_step_group (step, item));
          return self->next_step < g_list_model_get_n_items (steps);
        }
    }
  return FALSE;
}

static gboolean
build_steps_idle (gpointer user_data)
{
  ZmChecklistPage *self = user_data;

  if (add_next_step (self))
    return G_SOURCE_CONTINUE;

  self->build_source = 0;
  return G_SOURCE_REMOVE;
}

static void
rebuild_steps (ZmChecklistPage *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->build_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);
  self->next_step = 0;

  if (self->assessment == NULL)
    return;

  /* The heading and the graphic show at once; the steps' forms follow,
   * one per main loop iteration after the page has been drawn, so that
   * showing the page takes one frame. */
  self->build_source = g_idle_add (build_steps_idle, self);
}

void
zm_checklist_page_set_assessment (ZmChecklistPage *self,
                                  ZmAssessment    *assessment)
{
  g_return_if_fail (ZM_IS_CHECKLIST_PAGE (self));
  g_return_if_fail (assessment == NULL || ZM_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, on_assessment_changed, self);
  g_set_object (&self->assessment, assessment);
  g_set_object (&self->graphic->assessment, assessment);
  if (assessment != NULL)
    g_signal_connect_swapped (assessment, "changed", G_CALLBACK (on_assessment_changed), self);

  rebuild_steps (self);
  on_assessment_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

static void
on_dark_changed (ZmChecklistPage *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->graphic));
}

static void
zm_checklist_page_dispose (GObject *object)
{
  ZmChecklistPage *self = ZM_CHECKLIST_PAGE (object);

  zm_checklist_page_set_assessment (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZM_TYPE_CHECKLIST_PAGE);

  G_OBJECT_CLASS (zm_checklist_page_parent_class)->dispose (object);
}

static void
zm_checklist_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ZmChecklistPage *self = ZM_CHECKLIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_checklist_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ZmChecklistPage *self = ZM_CHECKLIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      zm_checklist_page_set_assessment (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_checklist_page_class_init (ZmChecklistPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_checklist_page_dispose;
  object_class->get_property = zm_checklist_page_get_property;
  object_class->set_property = zm_checklist_page_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ZM_TYPE_CHECKLIST_GRAPHIC);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/zm-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmChecklistPage, graphic);
  gtk_widget_class_bind_template_child (widget_class, ZmChecklistPage, steps_box);
}

static void
zm_checklist_page_init (ZmChecklistPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
}
