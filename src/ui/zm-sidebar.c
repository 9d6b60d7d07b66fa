/* zm-sidebar.c: the places of a document, with their progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-scoring.h"
#include "zm-sidebar.h"

typedef enum {
  PLACE_ORGANISATION,
  PLACE_PILLAR,
  PLACE_STAGE,
  PLACE_RESULTS,
  PLACE_CHECKLIST,
} PlaceKind;

/* What one row of the list stands for; kept as the row's data. */
typedef struct {
  PlaceKind  kind;
  char      *page;
  ZmPillar  *pillar;   /* borrowed from the model, which the assessment holds */
  guint      stage;
  GtkLabel  *title;
  GtkLabel  *progress;
  GtkWidget *done_icon;
  /* Pillar rows: the pillar's stage, and the arrow that shows whether its
   * stages are folded open. */
  GtkLabel  *stage_label;
  GtkImage  *arrow;
  char      *progress_text;
  /* Of a pillar: its stages' rows are made, when it first folds open. */
  gboolean   stages_made;
} Place;

struct _ZmSidebar
{
  AdwBin        parent_instance;

  ZmAssessment *assessment;
  char         *page;
  gboolean      syncing;
  /* The pillar whose stages show; the one of the page shown. */
  ZmPillar     *open_pillar;

  GtkScrolledWindow *scroller;
  GtkListBox   *list;
};

G_DEFINE_FINAL_TYPE (ZmSidebar, zm_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PLACE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
zm_page_id_for_stage (ZmStage *stage)
{
  g_return_val_if_fail (ZM_IS_STAGE (stage), NULL);

  return g_strdup_printf ("stage:%s:%u",
                          zm_pillar_get_id (zm_stage_get_pillar (stage)),
                          zm_stage_get_number (stage));
}

ZmStage *
zm_page_id_get_stage (const char *page,
                      ZmModel    *model)
{
  g_auto(GStrv) parts = NULL;
  ZmPillar *pillar;
  guint64 number;

  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);

  if (page == NULL || !g_str_has_prefix (page, "stage:"))
    return NULL;

  parts = g_strsplit (page, ":", 3);
  if (g_strv_length (parts) != 3 ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, ZM_N_STAGES, &number, NULL))
    return NULL;

  pillar = zm_model_find_pillar (model, parts[1]);
  return pillar != NULL ? zm_pillar_get_stage (pillar, (guint) number) : NULL;
}

static void
place_free (gpointer data)
{
  Place *place = data;

  g_free (place->page);
  g_free (place->progress_text);
  g_free (place);
}

GtkWidget *
zm_sidebar_new (void)
{
  return g_object_new (ZM_TYPE_SIDEBAR, NULL);
}

ZmAssessment *
zm_sidebar_get_assessment (ZmSidebar *self)
{
  g_return_val_if_fail (ZM_IS_SIDEBAR (self), NULL);

  return self->assessment;
}

const char *
zm_sidebar_get_page (ZmSidebar *self)
{
  g_return_val_if_fail (ZM_IS_SIDEBAR (self), NULL);

  return self->page;
}

static Place *
row_place (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "zm-place");
}

static void make_stage_rows (ZmSidebar *self,
                             ZmPillar  *pillar);

static GtkListBoxRow *
find_row_made (ZmSidebar  *self,
               const char *page)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      Place *place = row_place (row);

      /* A pillar row and its first stage share a page; the stage row is
       * the one that shows where the user is. */
      if (place->kind != PLACE_PILLAR && g_strcmp0 (place->page, page) == 0)
        return row;
    }

  return NULL;
}

/* The row of @page; a stage's row is made with its pillar's others when
 * first asked for. */
static GtkListBoxRow *
find_row (ZmSidebar  *self,
          const char *page)
{
  GtkListBoxRow *row = find_row_made (self, page);
  ZmStage *stage;

  if (row != NULL || self->assessment == NULL)
    return row;

  stage = zm_page_id_get_stage (page, zm_assessment_get_model (self->assessment));
  if (stage == NULL)
    return NULL;
  make_stage_rows (self, zm_stage_get_pillar (stage));
  return find_row_made (self, page);
}

const char *
zm_sidebar_get_progress (ZmSidebar  *self,
                         const char *page)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (ZM_IS_SIDEBAR (self), NULL);

  row = find_row (self, page);
  return row != NULL ? row_place (row)->progress_text : NULL;
}

static void
count_organisation (ZmAssessment *assessment,
                    guint        *done,
                    guint        *total)
{
  const char *fields[] = {
    zm_assessment_get_organisation_name (assessment),
    zm_assessment_get_organisation_kind (assessment),
    zm_assessment_get_unit (assessment),
    zm_assessment_get_assessors (assessment),
    zm_assessment_get_date (assessment),
  };

  *done = 0;
  *total = G_N_ELEMENTS (fields);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL && fields[i][0] != '\0')
      (*done)++;
}

static void
count_all_statements (ZmAssessment *assessment,
                      guint        *done,
                      guint        *total)
{
  ZmModel *model = zm_assessment_get_model (assessment);

  *done = *total = 0;
  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);

      if (!zm_assessment_get_pillar_included (assessment, zm_pillar_get_id (pillar)))
        continue;
      *done += zm_assessment_count_answered (assessment, pillar, 0);
      *total += zm_pillar_get_n_statements (pillar);
    }
}

static void
count_checklist (ZmAssessment *assessment,
                 guint        *done,
                 guint        *total)
{
  GListModel *items = zm_assessment_get_checklist (assessment);

  *done = 0;
  *total = g_list_model_get_n_items (items);
  for (guint i = 0; i < *total; i++)
    {
      g_autoptr(ZmChecklistItem) item = g_list_model_get_item (items, i);

      if (zm_checklist_item_get_status (item) == ZM_STEP_STATUS_DONE)
        (*done)++;
    }
}

static void
count_place (ZmAssessment *assessment,
             Place        *place,
             guint        *done,
             guint        *total)
{
  switch (place->kind)
    {
    case PLACE_ORGANISATION:
      count_organisation (assessment, done, total);
      break;
    case PLACE_PILLAR:
      *done = zm_assessment_count_answered (assessment, place->pillar, 0);
      *total = zm_pillar_get_n_statements (place->pillar);
      break;
    case PLACE_STAGE:
      *done = zm_assessment_count_answered (assessment, place->pillar, place->stage);
      *total = g_list_model_get_n_items (zm_stage_get_statements (zm_pillar_get_stage (place->pillar, place->stage)));
      break;
    case PLACE_RESULTS:
      count_all_statements (assessment, done, total);
      break;
    case PLACE_CHECKLIST:
      count_checklist (assessment, done, total);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The pillar's stage as the sidebar shows it, e.g. "stage 2", or NULL
 * when it is not determined. */
static char *
format_pillar_stage (const ZmResult *result,
                     ZmPillar       *pillar)
{
  const ZmPillarResult *pr = &result->pillars[zm_pillar_get_index (pillar)];

  if (!pr->determined)
    return NULL;
  /* Translators: a pillar's stage in the sidebar, e.g. "stage 2" */
  return g_strdup_printf (_("stage %u"), pr->stage);
}

static void
update_row (ZmSidebar      *self,
            GtkListBoxRow  *row,
            const ZmResult *result)
{
  Place *place = row_place (row);
  g_autofree char *description = NULL;
  g_autofree char *stage = NULL;
  guint done, total;

  count_place (self->assessment, place, &done, &total);

  g_free (place->progress_text);
  place->progress_text = g_strdup_printf ("%u/%u", done, total);
  gtk_label_set_text (place->progress, place->progress_text);
  gtk_widget_set_visible (place->done_icon, total > 0 && done == total);
  gtk_widget_set_visible (GTK_WIDGET (place->progress), done < total || total == 0);

  if (place->kind == PLACE_PILLAR)
    {
      stage = format_pillar_stage (result, place->pillar);
      gtk_label_set_text (place->stage_label, stage != NULL ? stage : "");
      gtk_widget_set_visible (GTK_WIDGET (place->stage_label), stage != NULL);
    }

  if (stage != NULL)
    /* Translators: what a screen reader says about a pillar row: its progress and its stage, e.g. "3 of 7 done, stage 2" */
    description = g_strdup_printf (_("%u of %u done, %s"), done, total, stage);
  else
    /* Translators: what a screen reader says about a sidebar row's progress, e.g. "3 of 7 done" */
    description = g_strdup_printf (_("%u of %u done"), done, total);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Pillars that are not included are hidden; of the others, only the open
 * pillar shows its stages. */
static void
update_visibility (ZmSidebar     *self,
                   GtkListBoxRow *row)
{
  Place *place = row_place (row);
  gboolean included, open;

  if (place->pillar == NULL)
    return;

  included = zm_assessment_get_pillar_included (self->assessment, zm_pillar_get_id (place->pillar));
  open = place->pillar == self->open_pillar;
  if (place->kind == PLACE_PILLAR)
    {
      gtk_widget_set_visible (GTK_WIDGET (row), included);
      gtk_image_set_from_icon_name (place->arrow, open ? "pan-down-symbolic" : "pan-end-symbolic");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (row), included && open);
}

static void
update_rows (ZmSidebar *self)
{
  GtkListBoxRow *row;

  g_autoptr(ZmResult) result = NULL;

  if (self->assessment == NULL)
    return;

  result = zm_score_assessment (self->assessment);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      update_row (self, row, result);
      update_visibility (self, row);
    }
}

static GtkWidget *
create_row (ZmSidebar  *self,
            PlaceKind   kind,
            const char *title,
            const char *page,
            ZmPillar   *pillar,
            guint       stage,
            int         position)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *progress = gtk_label_new (NULL);
  GtkWidget *done_icon = gtk_image_new_from_icon_name ("object-select-symbolic");
  Place *place = g_new0 (Place, 1);

  place->kind = kind;
  place->page = g_strdup (page);
  place->pillar = pillar;
  place->stage = stage;
  place->title = GTK_LABEL (label);
  place->progress = GTK_LABEL (progress);
  place->done_icon = done_icon;
  g_object_set_data_full (G_OBJECT (row), "zm-place", place, place_free);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (progress, "dim-label");
  gtk_widget_add_css_class (progress, "numeric");
  gtk_widget_add_css_class (progress, "caption");
  gtk_widget_add_css_class (done_icon, "success");
  gtk_accessible_update_property (GTK_ACCESSIBLE (done_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Complete"),
                                  -1);
  if (kind == PLACE_PILLAR)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("pan-end-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_widget_add_css_class (arrow, "dim-label");
      place->arrow = GTK_IMAGE (arrow);
      gtk_box_append (GTK_BOX (box), arrow);
    }
  gtk_box_append (GTK_BOX (box), label);
  if (kind == PLACE_PILLAR)
    {
      GtkWidget *stage_label = gtk_label_new (NULL);

      gtk_widget_add_css_class (stage_label, "sidebar-pillar-stage");
      gtk_widget_add_css_class (stage_label, "caption");
      place->stage_label = GTK_LABEL (stage_label);
      gtk_box_append (GTK_BOX (box), stage_label);
    }
  gtk_box_append (GTK_BOX (box), progress);
  gtk_box_append (GTK_BOX (box), done_icon);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  if (kind == PLACE_PILLAR)
    gtk_widget_add_css_class (row, "sidebar-pillar");
  else if (kind == PLACE_STAGE)
    gtk_widget_add_css_class (row, "sidebar-stage");

  /* Not an actionable row: a list box emits "row-activated" only for rows
   * without an action, and the window needs to know of the click. */
  gtk_list_box_insert (self->list, row, position);

  return row;
}

/* The rows of @pillar's stages, under its row. Made when the pillar
 * first folds open rather than with the list: most are never shown. */
static void
make_stage_rows (ZmSidebar *self,
                 ZmPillar  *pillar)
{
  g_autoptr(ZmResult) result = NULL;
  GtkListBoxRow *row;
  int position = -1;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (row_place (row)->kind == PLACE_PILLAR && row_place (row)->pillar == pillar)
      {
        position = i + 1;
        break;
      }
  if (position < 0 || row_place (row)->stages_made)
    return;

  row_place (row)->stages_made = TRUE;
  result = zm_score_assessment (self->assessment);
  for (guint stage = 1; stage <= ZM_N_STAGES; stage++)
    {
      ZmStage *s = zm_pillar_get_stage (pillar, stage);
      g_autofree char *page = zm_page_id_for_stage (s);
      GtkWidget *stage_row = create_row (self, PLACE_STAGE, zm_stage_get_name (s), page, pillar, stage,
                                         position + (int) stage - 1);

      update_row (self, GTK_LIST_BOX_ROW (stage_row), result);
      update_visibility (self, GTK_LIST_BOX_ROW (stage_row));
    }
}

static void
build_rows (ZmSidebar *self)
{
  ZmModel *model = zm_assessment_get_model (self->assessment);

  /* Where a reader of the result goes first, at the top; the pillars
   * below, each folding open to its stages. */
  create_row (self, PLACE_RESULTS, _("Results"), ZM_PAGE_RESULTS, NULL, 0, -1);
  create_row (self, PLACE_CHECKLIST, _("Marketing Challenge"), ZM_PAGE_CHECKLIST, NULL, 0, -1);
  create_row (self, PLACE_ORGANISATION, _("Organisation"), ZM_PAGE_ORGANISATION, NULL, 0, -1);

  /* The pillars; their stages' rows follow when they first fold open. */
  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, i);
      g_autofree char *first = zm_page_id_for_stage (zm_pillar_get_stage (pillar, 1));

      create_row (self, PLACE_PILLAR, zm_pillar_get_name (pillar), first, pillar, 0, -1);
    }

  update_rows (self);
}

/* Selecting a row does not scroll to it; a page chosen with the keys or
 * the Next button must still show where it is in the list. */
static void
scroll_to_row (ZmSidebar     *self,
               GtkListBoxRow *row)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
    return;

  if (bounds.origin.y < value)
    gtk_adjustment_set_value (adjustment, bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > value + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height - page);
}

static void
open_pillar (ZmSidebar *self,
             ZmPillar  *pillar)
{
  GtkListBoxRow *row;

  if (self->open_pillar == pillar)
    return;

  self->open_pillar = pillar;
  if (pillar != NULL)
    make_stage_rows (self, pillar);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    update_visibility (self, row);
}

static void
select_page_row (ZmSidebar *self)
{
  GtkListBoxRow *row = find_row (self, self->page);

  self->syncing = TRUE;
  /* The pillar of a stage page folds open; another page leaves the
   * pillar that was open as it is. */
  if (row != NULL && row_place (row)->kind == PLACE_STAGE)
    open_pillar (self, row_place (row)->pillar);

  if (row != NULL)
    {
      gtk_list_box_select_row (self->list, row);
      scroll_to_row (self, row);
    }
  else
    gtk_list_box_unselect_all (self->list);
  self->syncing = FALSE;
}

/* Moving through the list with the arrow keys selects rows; the selection
 * follows the focus, and the page follows the selection. */
static void
on_row_selected (ZmSidebar     *self,
                 GtkListBoxRow *row)
{
  if (self->syncing || row == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (row), "win.page", "s", row_place (row)->page);
}

static void
on_row_activated (ZmSidebar     *self,
                  GtkListBoxRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "win.page", "s", row_place (row)->page);
  g_signal_emit (self, signals[PLACE_ACTIVATED], 0);
}

void
zm_sidebar_set_assessment (ZmSidebar    *self,
                           ZmAssessment *assessment)
{
  GtkWidget *child;

  g_return_if_fail (ZM_IS_SIDEBAR (self));
  g_return_if_fail (assessment == NULL || ZM_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, update_rows, self);

  self->syncing = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->syncing = FALSE;

  g_set_object (&self->assessment, assessment);
  self->open_pillar = NULL;
  if (assessment != NULL)
    {
      g_signal_connect_swapped (assessment, "changed", G_CALLBACK (update_rows), self);
      build_rows (self);
      select_page_row (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

void
zm_sidebar_set_page (ZmSidebar  *self,
                     const char *page)
{
  g_return_if_fail (ZM_IS_SIDEBAR (self));

  if (g_strcmp0 (self->page, page) == 0)
    return;

  g_free (self->page);
  self->page = g_strdup (page);
  select_page_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

void
zm_sidebar_focus_page (ZmSidebar *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (ZM_IS_SIDEBAR (self));

  row = find_row (self, self->page);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
zm_sidebar_dispose (GObject *object)
{
  ZmSidebar *self = ZM_SIDEBAR (object);

  zm_sidebar_set_assessment (self, NULL);

  G_OBJECT_CLASS (zm_sidebar_parent_class)->dispose (object);
}

static void
zm_sidebar_finalize (GObject *object)
{
  ZmSidebar *self = ZM_SIDEBAR (object);

  g_free (self->page);

  G_OBJECT_CLASS (zm_sidebar_parent_class)->finalize (object);
}

static void
zm_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ZmSidebar *self = ZM_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_PAGE:
      g_value_set_string (value, self->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_sidebar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ZmSidebar *self = ZM_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      zm_sidebar_set_assessment (self, g_value_get_object (value));
      break;
    case PROP_PAGE:
      zm_sidebar_set_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_sidebar_class_init (ZmSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zm_sidebar_dispose;
  object_class->finalize = zm_sidebar_finalize;
  object_class->get_property = zm_sidebar_get_property;
  object_class->set_property = zm_sidebar_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, ZM_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/zm-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, ZmSidebar, scroller);
  gtk_widget_class_bind_template_child (widget_class, ZmSidebar, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  signals[PLACE_ACTIVATED] =
    g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
zm_sidebar_init (ZmSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
