/* zm-date-button.c: a day picked from a calendar in a popover, or none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "zm-date-button.h"
#include "zm-render-text.h"

struct _ZmDateButton
{
  GtkWidget      parent_instance;

  char          *date;
  char          *placeholder;
  char          *label;
  gboolean       show_label;
  /* Set while the calendar is moved to the current day, which is not a pick. */
  gboolean       syncing;

  GtkWidget     *clear_button;
  GtkMenuButton *menu_button;
  GtkPopover    *popover;
  /* Made when the popover first opens: a calendar is some sixty labels,
   * and a page has a date button per row. */
  GtkCalendar   *calendar;
  char          *title;
};

G_DEFINE_FINAL_TYPE (ZmDateButton, zm_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PLACEHOLDER,
  PROP_SHOW_LABEL,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
zm_date_button_new (void)
{
  return g_object_new (ZM_TYPE_DATE_BUTTON, NULL);
}

/* g_set_str() is newer than the GLib we require. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static GDateTime *
parse_date (const char *date)
{
  int year, month, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  /* Noon, so that no daylight saving shift moves it to another day. */
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static void
update_button (ZmDateButton *self)
{
  g_autofree char *text = zm_render_format_date (self->date);

  g_free (self->label);
  self->label = text != NULL ? g_steal_pointer (&text) : g_strdup (self->placeholder);

  if (self->show_label)
    {
      g_autofree char *name = NULL;
      const char *label = self->label != NULL ? self->label : "";

      gtk_menu_button_set_label (self->menu_button, label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), NULL);
      /* A menu button is not named by its label in GTK 4.8; the name says
       * which date it is, e.g. "Due date: 9 March 2026". */
      if (self->title != NULL && self->title[0] != '\0')
        /* Translators: accessible name of a date button: what date it is, and the date */
        name = g_strdup_printf (_("%s: %s"), self->title, label);
      else
        name = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
  else
    {
      gtk_menu_button_set_icon_name (self->menu_button, "x-office-calendar-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Choose Date"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose Date"),
                                      -1);
    }
  gtk_menu_button_set_always_show_arrow (self->menu_button, self->show_label);

  gtk_widget_set_visible (self->clear_button, self->date != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "date.clear", self->date != NULL);
}

const char *
zm_date_button_get_date (ZmDateButton *self)
{
  g_return_val_if_fail (ZM_IS_DATE_BUTTON (self), NULL);

  return self->date;
}

void
zm_date_button_set_date (ZmDateButton *self,
                         const char   *date)
{
  g_return_if_fail (ZM_IS_DATE_BUTTON (self));

  if (!replace_string (&self->date, date))
    return;

  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
zm_date_button_get_label (ZmDateButton *self)
{
  g_return_val_if_fail (ZM_IS_DATE_BUTTON (self), NULL);

  return self->label;
}

void
zm_date_button_set_placeholder (ZmDateButton *self,
                                const char   *placeholder)
{
  g_return_if_fail (ZM_IS_DATE_BUTTON (self));

  if (!replace_string (&self->placeholder, placeholder))
    return;

  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER]);
}

void
zm_date_button_set_show_label (ZmDateButton *self,
                               gboolean      show_label)
{
  g_return_if_fail (ZM_IS_DATE_BUTTON (self));

  show_label = !!show_label;
  if (self->show_label == show_label)
    return;

  self->show_label = show_label;
  update_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LABEL]);
}

void
zm_date_button_set_title (ZmDateButton *self,
                          const char   *title)
{
  g_return_if_fail (ZM_IS_DATE_BUTTON (self));

  g_free (self->title);
  self->title = g_strdup (title);
  update_button (self);
  if (self->calendar != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                    -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void on_day_selected (ZmDateButton *self);
static gboolean on_calendar_key_pressed (ZmDateButton    *self,
                                         guint            keyval,
                                         guint            keycode,
                                         GdkModifierType  state);

static void
create_calendar (ZmDateButton *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title != NULL ? self->title : "",
                                  -1);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_calendar_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), keys);
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));
}

/* The calendar opens on the current day, or on today when there is none. */
static void
on_popover_show (ZmDateButton *self)
{
  g_autoptr(GDateTime) date = parse_date (self->date);

  if (self->calendar == NULL)
    create_calendar (self);
  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing = FALSE;
}

static void
pick_calendar_day (ZmDateButton *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  zm_date_button_set_date (self, text);
  gtk_popover_popdown (self->popover);
}

static void
on_day_selected (ZmDateButton *self)
{
  if (!self->syncing)
    pick_calendar_day (self);
}

static gboolean
pick_if_still_open (gpointer user_data)
{
  ZmDateButton *self = user_data;

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    pick_calendar_day (self);
  return G_SOURCE_REMOVE;
}

/* Enter on the day that is already selected (today, when no day is set
 * yet) selects nothing new, so the calendar says nothing; the key still
 * means "this day". After the calendar has handled the key, a popover
 * that is still open takes the selected day. */
static gboolean
on_calendar_key_pressed (ZmDateButton    *self,
                         guint            keyval,
                         guint            keycode,
                         GdkModifierType  state)
{
  gboolean activates = keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter ||
                       keyval == GDK_KEY_ISO_Enter || keyval == GDK_KEY_space;

  /* Only the day grid: Enter on a month arrow turns the page. */
  if (activates && gtk_widget_is_focus (GTK_WIDGET (self->calendar)))
    g_idle_add_full (G_PRIORITY_DEFAULT, pick_if_still_open, g_object_ref (self), g_object_unref);
  return GDK_EVENT_PROPAGATE;
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  zm_date_button_set_date (ZM_DATE_BUTTON (widget), NULL);
}

/* A row that has this button as its activatable widget opens the calendar. */
static void
zm_date_button_activate (ZmDateButton *self)
{
  gtk_menu_button_popup (self->menu_button);
}

static void
zm_date_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ZM_TYPE_DATE_BUTTON);

  G_OBJECT_CLASS (zm_date_button_parent_class)->dispose (object);
}

static void
zm_date_button_finalize (GObject *object)
{
  ZmDateButton *self = ZM_DATE_BUTTON (object);

  g_free (self->date);
  g_free (self->placeholder);
  g_free (self->label);
  g_free (self->title);

  G_OBJECT_CLASS (zm_date_button_parent_class)->finalize (object);
}

static void
zm_date_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZmDateButton *self = ZM_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PLACEHOLDER:
      g_value_set_string (value, self->placeholder);
      break;
    case PROP_SHOW_LABEL:
      g_value_set_boolean (value, self->show_label);
      break;
    case PROP_TITLE:
      g_value_set_string (value, NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_date_button_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ZmDateButton *self = ZM_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      zm_date_button_set_date (self, g_value_get_string (value));
      break;
    case PROP_PLACEHOLDER:
      zm_date_button_set_placeholder (self, g_value_get_string (value));
      break;
    case PROP_SHOW_LABEL:
      zm_date_button_set_show_label (self, g_value_get_boolean (value));
      break;
    case PROP_TITLE:
      zm_date_button_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_date_button_install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PLACEHOLDER] =
    g_param_spec_string ("placeholder", NULL, NULL, NULL, flags);
  properties[PROP_SHOW_LABEL] =
    g_param_spec_boolean ("show-label", NULL, NULL, TRUE, flags);
  /* Write-only in effect: the name lives on the calendar's accessible. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_date_button_class_init (ZmDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_date_button_dispose;
  object_class->finalize = zm_date_button_finalize;
  object_class->get_property = zm_date_button_get_property;
  object_class->set_property = zm_date_button_set_property;
  zm_date_button_install_properties (object_class);

  signals[ACTIVATE] =
    g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_FIRST | G_SIGNAL_ACTION,
                                G_CALLBACK (zm_date_button_activate),
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);

  gtk_widget_class_install_action (widget_class, "date.clear", NULL, clear_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/zm-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmDateButton, clear_button);
  gtk_widget_class_bind_template_child (widget_class, ZmDateButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ZmDateButton, popover);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
}

static void
zm_date_button_init (ZmDateButton *self)
{
  self->show_label = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  update_button (self);
}
