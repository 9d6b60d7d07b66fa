/* zm-organisation-page.c: the organisation and the pillars to assess
 *
 * Target stages are chosen on the results page, next to the stage and gap
 * they are measured against.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-accessible.h"
#include "zm-organisation-page.h"
#include "zm-date-button.h"
#include "zm-render-text.h"

struct _ZmOrganisationPage
{
  AdwBin               parent_instance;

  ZmAssessment        *assessment;
  GBindingGroup       *bindings;
  /* Rows made per pillar of the model, removed when the assessment goes. */
  GPtrArray           *pillar_rows;
  /* The pillars' switches are made after the form is first drawn. */
  guint                pillars_source;
  gboolean             syncing;

  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *unit_row;
  AdwEntryRow         *assessors_row;
  AdwActionRow        *date_row;
  ZmDateButton        *date_button;
  AdwPreferencesGroup *pillars_group;
};

G_DEFINE_FINAL_TYPE (ZmOrganisationPage, zm_organisation_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
zm_organisation_page_new (void)
{
  return g_object_new (ZM_TYPE_ORGANISATION_PAGE, NULL);
}

ZmAssessment *
zm_organisation_page_get_assessment (ZmOrganisationPage *self)
{
  g_return_val_if_fail (ZM_IS_ORGANISATION_PAGE (self), NULL);

  return self->assessment;
}

/* The entries show "" for a field that is not set, and clearing an entry
 * unsets the field. */
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

  g_value_set_string (to, text != NULL && text[0] != '\0' ? text : NULL);
  return TRUE;
}

/* Position 0 of the combo is "not specified"; the kinds follow. */
static gboolean
kind_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char * const *kinds = zm_care_kind_list ();
  const char *kind = g_value_get_string (from);

  g_value_set_uint (to, 0);
  for (guint i = 0; kind != NULL && kinds[i] != NULL; i++)
    if (g_str_equal (kinds[i], kind))
      g_value_set_uint (to, i + 1);
  return TRUE;
}

static gboolean
position_to_kind (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const char * const *kinds = zm_care_kind_list ();
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_string (to, position > 0 && position <= g_strv_length ((char **) kinds)
                            ? kinds[position - 1] : NULL);
  return TRUE;
}

static void
bind_text (ZmOrganisationPage *self,
           const char         *property,
           gpointer            row)
{
  g_binding_group_bind_full (self->bindings, property, row, "text",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             null_to_empty, empty_to_null, NULL, NULL);
}

/* The row shows the day in its subtitle; the button beside it only the icon. */
static gboolean
date_to_subtitle (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  char *text = zm_render_format_date (g_value_get_string (from));

  g_value_take_string (to, text != NULL ? text : g_strdup (_("Not set")));
  return TRUE;
}

static void
bind_date (ZmOrganisationPage *self)
{
  g_binding_group_bind (self->bindings, "date", self->date_button, "date",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind_full (self->bindings, "date", self->date_row, "subtitle",
                             G_BINDING_SYNC_CREATE, date_to_subtitle, NULL, NULL, NULL);
}

static void
sync_pillar_rows (ZmOrganisationPage *self)
{
  if (self->assessment == NULL)
    return;

  self->syncing = TRUE;
  for (guint i = 0; i < self->pillar_rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (self->pillar_rows, i);
      GtkSwitch *toggle = GTK_SWITCH (adw_action_row_get_activatable_widget (row));
      const char *id = g_object_get_data (G_OBJECT (row), "zm-pillar-id");

      gtk_switch_set_active (toggle, zm_assessment_get_pillar_included (self->assessment, id));
    }
  self->syncing = FALSE;
}

static void
on_switch_active (GtkSwitch          *toggle,
                  GParamSpec         *pspec,
                  ZmOrganisationPage *self)
{
  if (self->syncing || self->assessment == NULL)
    return;

  zm_assessment_set_pillar_included (self->assessment,
                                     g_object_get_data (G_OBJECT (toggle), "zm-pillar-id"),
                                     gtk_switch_get_active (toggle));
}

static GtkWidget *
create_pillar_row (ZmOrganisationPage *self,
                   ZmPillar           *pillar)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *name = g_strdup_printf (_("Assess %s"), zm_pillar_get_name (pillar));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zm_pillar_get_name (pillar));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);

  g_object_set_data_full (G_OBJECT (row), "zm-pillar-id", g_strdup (zm_pillar_get_id (pillar)), g_free);
  g_object_set_data_full (G_OBJECT (toggle), "zm-pillar-id", g_strdup (zm_pillar_get_id (pillar)), g_free);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_switch_active), self);

  return row;
}

static void
remove_pillar_rows (ZmOrganisationPage *self)
{
  g_clear_handle_id (&self->pillars_source, g_source_remove);
  for (guint i = 0; i < self->pillar_rows->len; i++)
    adw_preferences_group_remove (self->pillars_group, g_ptr_array_index (self->pillar_rows, i));
  g_ptr_array_set_size (self->pillar_rows, 0);
}

static gboolean
build_pillar_rows (gpointer user_data)
{
  ZmOrganisationPage *self = user_data;
  ZmModel *model = zm_assessment_get_model (self->assessment);

  self->pillars_source = 0;
  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);
      GtkWidget *row = create_pillar_row (self, pillar);

      adw_preferences_group_add (self->pillars_group, row);
      g_ptr_array_add (self->pillar_rows, row);
    }

  sync_pillar_rows (self);
  return G_SOURCE_REMOVE;
}

void
zm_organisation_page_set_assessment (ZmOrganisationPage *self,
                                     ZmAssessment       *assessment)
{
  g_return_if_fail (ZM_IS_ORGANISATION_PAGE (self));
  g_return_if_fail (assessment == NULL || ZM_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  if (self->assessment != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->assessment, self);
      remove_pillar_rows (self);
    }

  g_set_object (&self->assessment, assessment);
  g_binding_group_set_source (self->bindings, assessment);

  if (assessment != NULL)
    {
      g_signal_connect_swapped (assessment, "changed", G_CALLBACK (sync_pillar_rows), self);
      self->pillars_source = g_idle_add (build_pillar_rows, self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

static void
setup_kind_row (ZmOrganisationPage *self)
{
  const char * const *kinds = zm_care_kind_list ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, C_("kind of care organisation", "Not specified"));
  for (guint i = 0; kinds[i] != NULL; i++)
    gtk_string_list_append (labels, zm_care_kind_get_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  zm_accessible_combo_row_name_choices (GTK_WIDGET (self->kind_row));

  g_binding_group_bind_full (self->bindings, "organisation-kind", self->kind_row, "selected",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             kind_to_position, position_to_kind, NULL, NULL);
}

static void
zm_organisation_page_dispose (GObject *object)
{
  ZmOrganisationPage *self = ZM_ORGANISATION_PAGE (object);

  zm_organisation_page_set_assessment (self, NULL);
  g_clear_object (&self->bindings);

  G_OBJECT_CLASS (zm_organisation_page_parent_class)->dispose (object);
}

static void
zm_organisation_page_finalize (GObject *object)
{
  ZmOrganisationPage *self = ZM_ORGANISATION_PAGE (object);

  g_clear_pointer (&self->pillar_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (zm_organisation_page_parent_class)->finalize (object);
}

static void
zm_organisation_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ZmOrganisationPage *self = ZM_ORGANISATION_PAGE (object);

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
zm_organisation_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ZmOrganisationPage *self = ZM_ORGANISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      zm_organisation_page_set_assessment (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_organisation_page_class_init (ZmOrganisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_organisation_page_dispose;
  object_class->finalize = zm_organisation_page_finalize;
  object_class->get_property = zm_organisation_page_get_property;
  object_class->set_property = zm_organisation_page_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ZM_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/zm-organisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmOrganisationPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, ZmOrganisationPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ZmOrganisationPage, unit_row);
  gtk_widget_class_bind_template_child (widget_class, ZmOrganisationPage, assessors_row);
  gtk_widget_class_bind_template_child (widget_class, ZmOrganisationPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, ZmOrganisationPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, ZmOrganisationPage, pillars_group);
}

static void
zm_organisation_page_init (ZmOrganisationPage *self)
{
  self->pillar_rows = g_ptr_array_new ();
  self->bindings = g_binding_group_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  zm_accessible_name_mnemonic_buttons (GTK_WIDGET (self));

  bind_text (self, "organisation-name", self->name_row);
  bind_text (self, "unit", self->unit_row);
  bind_text (self, "assessors", self->assessors_row);
  setup_kind_row (self);
  bind_date (self);
}
