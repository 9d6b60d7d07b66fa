/* zm-assessment.c: one filled-in assessment of an organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-array-model-private.h"
#include "zm-assessment-private.h"
#include "zm-model-private.h"
#include "zm-respondent-private.h"
#include "zm-util-private.h"
#include "zm-xml-private.h"

typedef struct {
  gboolean included;
  guint    target;
} PillarState;

/* A rating the team agreed on for one statement; ZM_RATING_UNANSWERED
 * when there is none. */
typedef struct {
  ZmRating   rating;
  char      *by;
  GDateTime *at;
} Agreed;

struct _ZmAssessment
{
  GObject       parent_instance;
  ZmModel      *model;
  char         *organisation_name;
  char         *organisation_kind;
  char         *unit;
  char         *assessors;
  char         *date;
  char         *previous_uri;
  GDateTime    *created;
  GDateTime    *modified;
  /* The lists for views, and the same objects by statement index and by
   * step number − 1, for lookups without a table of our own. */
  ZmArrayModel *answers;
  GPtrArray    *answer_array;
  ZmArrayModel *checklist;
  GPtrArray    *item_array;
  PillarState  *pillars;
  /* The team: respondents, and ratings agreed on by statement index. */
  GListStore   *respondents;
  Agreed       *agreed;
  /* The respondent a form was made for. */
  char         *respondent_name;
  gboolean      loading;
};

G_DEFINE_FINAL_TYPE (ZmAssessment, zm_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_ORGANISATION_NAME,
  PROP_ORGANISATION_KIND,
  PROP_UNIT,
  PROP_ASSESSORS,
  PROP_DATE,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_PREVIOUS_URI,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GDateTime *
zm_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (now),
                              g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now),
                              g_date_time_get_hour (now),
                              g_date_time_get_minute (now),
                              g_date_time_get_second (now));
}

/* Every change of content lands here: "modified" follows it, so a saved
 * file records when its content last changed, not when it was saved. */
static void
content_changed (ZmAssessment *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->loading)
    return;

  now = zm_now_utc ();
  zm_assessment_set_modified (self, now);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
zm_assessment_begin_load (ZmAssessment *self)
{
  self->loading = TRUE;
}

void
zm_assessment_end_load (ZmAssessment *self)
{
  self->loading = FALSE;
}

static void
on_child_changed (gpointer owner)
{
  content_changed (owner);
}

static void
clear_agreed (ZmAssessment *self)
{
  for (guint i = 0; self->agreed != NULL && i < zm_model_get_n_statements (self->model); i++)
    {
      g_free (self->agreed[i].by);
      g_clear_pointer (&self->agreed[i].at, g_date_time_unref);
    }
  g_clear_pointer (&self->agreed, g_free);
}

static void
zm_assessment_finalize (GObject *object)
{
  ZmAssessment *self = ZM_ASSESSMENT (object);

  clear_agreed (self);
  g_clear_object (&self->model);
  g_free (self->organisation_name);
  g_free (self->organisation_kind);
  g_free (self->unit);
  g_free (self->assessors);
  g_free (self->date);
  g_free (self->previous_uri);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->answer_array, g_ptr_array_unref);
  g_clear_pointer (&self->item_array, g_ptr_array_unref);
  g_clear_object (&self->answers);
  g_clear_object (&self->checklist);
  g_free (self->pillars);
  g_clear_object (&self->respondents);
  g_free (self->respondent_name);

  G_OBJECT_CLASS (zm_assessment_parent_class)->finalize (object);
}

static void
zm_assessment_dispose (GObject *object)
{
  ZmAssessment *self = ZM_ASSESSMENT (object);

  /* The children may outlive us in a view; they must not call back into a
   * finalized assessment. */
  for (guint i = 0; self->answer_array != NULL && i < self->answer_array->len; i++)
    zm_answer_set_change_func (self->answer_array->pdata[i], NULL, NULL);
  for (guint i = 0; self->item_array != NULL && i < self->item_array->len; i++)
    zm_checklist_item_set_change_func (self->item_array->pdata[i], NULL, NULL);

  G_OBJECT_CLASS (zm_assessment_parent_class)->dispose (object);
}

static void
zm_assessment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZmAssessment *self = ZM_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;
    case PROP_ORGANISATION_KIND:
      g_value_set_string (value, self->organisation_kind);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_ASSESSORS:
      g_value_set_string (value, self->assessors);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    case PROP_PREVIOUS_URI:
      g_value_set_string (value, self->previous_uri);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_assessment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ZmAssessment *self = ZM_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      break;
    case PROP_ORGANISATION_NAME:
      zm_assessment_set_organisation_name (self, g_value_get_string (value));
      break;
    case PROP_ORGANISATION_KIND:
      zm_assessment_set_organisation_kind (self, g_value_get_string (value));
      break;
    case PROP_UNIT:
      zm_assessment_set_unit (self, g_value_get_string (value));
      break;
    case PROP_ASSESSORS:
      zm_assessment_set_assessors (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      zm_assessment_set_date (self, g_value_get_string (value));
      break;
    case PROP_MODIFIED:
      zm_assessment_set_modified (self, g_value_get_boxed (value));
      break;
    case PROP_PREVIOUS_URI:
      zm_assessment_set_previous_uri (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_answers (ZmAssessment *self)
{
  self->answer_array = zm_answer_array_new (self->model);
  for (guint i = 0; i < self->answer_array->len; i++)
    zm_answer_set_change_func (self->answer_array->pdata[i], on_child_changed, self);

  self->answers = zm_array_model_new (ZM_TYPE_ANSWER, self->answer_array);
}

static void
add_checklist (ZmAssessment *self)
{
  GListModel *steps = zm_model_get_steps (self->model);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(ZmStep) step = g_list_model_get_item (steps, i);
      ZmChecklistItem *item = zm_checklist_item_new (zm_step_get_id (step));

      g_assert (zm_step_get_number (step) == i + 1);
      zm_checklist_item_set_change_func (item, on_child_changed, self);
      g_ptr_array_add (self->item_array, item);
    }

  self->checklist = zm_array_model_new (ZM_TYPE_CHECKLIST_ITEM, self->item_array);
}

static void
zm_assessment_constructed (GObject *object)
{
  ZmAssessment *self = ZM_ASSESSMENT (object);
  guint n_pillars;

  G_OBJECT_CLASS (zm_assessment_parent_class)->constructed (object);

  g_assert (ZM_IS_MODEL (self->model));

  n_pillars = zm_model_get_n_pillars (self->model);
  self->pillars = g_new0 (PillarState, MAX (n_pillars, 1));
  for (guint i = 0; i < n_pillars; i++)
    self->pillars[i].included = TRUE;

  add_answers (self);
  add_checklist (self);
  self->respondents = g_list_store_new (ZM_TYPE_RESPONDENT);
  self->agreed = g_new0 (Agreed, MAX (zm_model_get_n_statements (self->model), 1));
  for (guint i = 0; i < zm_model_get_n_statements (self->model); i++)
    self->agreed[i].rating = ZM_RATING_UNANSWERED;

  self->created = zm_now_utc ();
  self->modified = g_date_time_ref (self->created);
}

static void
zm_assessment_class_init (ZmAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = zm_assessment_constructed;
  object_class->dispose = zm_assessment_dispose;
  object_class->finalize = zm_assessment_finalize;
  object_class->get_property = zm_assessment_get_property;
  object_class->set_property = zm_assessment_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, ZM_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORGANISATION_KIND] =
    g_param_spec_string ("organisation-kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSESSORS] =
    g_param_spec_string ("assessors", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREVIOUS_URI] =
    g_param_spec_string ("previous-uri", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ZmAssessment::changed:
   *
   * Emitted after any change to what the document holds, once "modified"
   * has been brought up to date.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
zm_assessment_init (ZmAssessment *self)
{
  self->item_array = g_ptr_array_new_with_free_func (g_object_unref);
}

ZmAssessment *
zm_assessment_new (ZmModel *model)
{
  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);

  return g_object_new (ZM_TYPE_ASSESSMENT, "model", model, NULL);
}

/* Copies what carries over to next year's assessment. Both answer the
 * same model, so their lists match item for item. */
static void
copy_answers_from (ZmAssessment    *self,
                   ZmAssessment    *previous,
                   ZmPreviousUse    use)
{
  g_assert (self->answer_array->len == previous->answer_array->len);

  for (guint i = 0; i < previous->answer_array->len; i++)
    {
      ZmAnswer *old = previous->answer_array->pdata[i];
      ZmAnswer *answer = self->answer_array->pdata[i];

      zm_answer_set_previous_rating (answer, zm_answer_get_rating (old));
      if (use == ZM_PREVIOUS_COPY_ANSWERS)
        {
          zm_answer_set_rating (answer, zm_answer_get_rating (old));
          zm_answer_set_note (answer, zm_answer_get_note (old));
        }
    }
}

static void
copy_checklist_from (ZmAssessment *self,
                     ZmAssessment *previous)
{
  g_assert (self->item_array->len == previous->item_array->len);

  for (guint i = 0; i < previous->item_array->len; i++)
    {
      ZmChecklistItem *old = previous->item_array->pdata[i];
      ZmChecklistItem *item = self->item_array->pdata[i];

      zm_checklist_item_set_status (item, zm_checklist_item_get_status (old));
      zm_checklist_item_set_owner (item, zm_checklist_item_get_owner (old));
      zm_checklist_item_set_due (item, zm_checklist_item_get_due (old));
      zm_checklist_item_set_note (item, zm_checklist_item_get_note (old));
    }
}

void
zm_assessment_copy_setup (ZmAssessment *self,
                          ZmAssessment *from,
                          gboolean      checklist)
{
  g_assert (self->model == from->model);

  zm_assessment_set_organisation_name (self, from->organisation_name);
  zm_assessment_set_organisation_kind (self, from->organisation_kind);
  zm_assessment_set_unit (self, from->unit);
  zm_assessment_set_assessors (self, from->assessors);
  zm_assessment_set_date (self, from->date);
  memcpy (self->pillars, from->pillars, zm_model_get_n_pillars (self->model) * sizeof (PillarState));
  if (checklist)
    copy_checklist_from (self, from);
}

ZmAssessment *
zm_assessment_new_from_previous (ZmAssessment *previous)
{
  return zm_assessment_new_again (previous, ZM_PREVIOUS_COPY_ANSWERS);
}

ZmAssessment *
zm_assessment_new_again (ZmAssessment  *previous,
                         ZmPreviousUse  use)
{
  g_autoptr(ZmAssessment) self = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d");
  g_autoptr(GDateTime) now = zm_now_utc ();

  g_return_val_if_fail (ZM_IS_ASSESSMENT (previous), NULL);

  self = zm_assessment_new (previous->model);
  zm_assessment_copy_setup (self, previous, TRUE);
  zm_assessment_set_date (self, date);
  copy_answers_from (self, previous, use);

  zm_assessment_set_created (self, now);
  zm_assessment_set_modified (self, now);

  return g_steal_pointer (&self);
}

ZmModel *
zm_assessment_get_model (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->model;
}

static void
set_text_property (ZmAssessment  *self,
                   char         **field,
                   const char    *value,
                   guint          prop_id)
{
  if (!zm_set_str (field, zm_nonempty (value)))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  content_changed (self);
}

const char *
zm_assessment_get_organisation_name (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->organisation_name;
}

void
zm_assessment_set_organisation_name (ZmAssessment *self,
                                     const char   *name)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));

  set_text_property (self, &self->organisation_name, name, PROP_ORGANISATION_NAME);
}

const char *
zm_assessment_get_organisation_kind (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->organisation_kind;
}

void
zm_assessment_set_organisation_kind (ZmAssessment *self,
                                     const char   *kind)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));
  g_return_if_fail (zm_nonempty (kind) == NULL || zm_xml_is_slug (kind));

  set_text_property (self, &self->organisation_kind, kind, PROP_ORGANISATION_KIND);
}

const char *
zm_assessment_get_unit (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->unit;
}

void
zm_assessment_set_unit (ZmAssessment *self,
                        const char   *unit)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));

  set_text_property (self, &self->unit, unit, PROP_UNIT);
}

const char *
zm_assessment_get_assessors (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->assessors;
}

void
zm_assessment_set_assessors (ZmAssessment *self,
                             const char   *assessors)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));

  set_text_property (self, &self->assessors, assessors, PROP_ASSESSORS);
}

const char *
zm_assessment_get_date (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->date;
}

/* A value the file format cannot hold would make the saved file
 * unreadable: refuse it here, where the mistake is made. */
void
zm_assessment_set_date (ZmAssessment *self,
                        const char   *date)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));
  g_return_if_fail (zm_nonempty (date) == NULL || zm_xml_is_valid_date (date));

  set_text_property (self, &self->date, date, PROP_DATE);
}

GDateTime *
zm_assessment_get_created (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->created;
}

void
zm_assessment_set_created (ZmAssessment *self,
                           GDateTime    *created)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));
  g_return_if_fail (created != NULL);

  if (g_date_time_equal (self->created, created))
    return;

  g_date_time_unref (self->created);
  self->created = g_date_time_ref (created);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

GDateTime *
zm_assessment_get_modified (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->modified;
}

/* Not content itself: setting it does not emit "changed". */
void
zm_assessment_set_modified (ZmAssessment *self,
                            GDateTime    *modified)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));
  g_return_if_fail (modified != NULL);

  if (g_date_time_equal (self->modified, modified))
    return;

  g_date_time_unref (self->modified);
  self->modified = g_date_time_ref (modified);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

const char *
zm_assessment_get_previous_uri (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->previous_uri;
}

void
zm_assessment_set_previous_uri (ZmAssessment *self,
                                const char   *uri)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));

  set_text_property (self, &self->previous_uri, uri, PROP_PREVIOUS_URI);
}

GListModel *
zm_assessment_get_answers (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->answers);
}

ZmAnswer *
zm_assessment_get_answer (ZmAssessment *self,
                          const char   *statement_id)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return zm_answer_array_find (self->answer_array, self->model, statement_id);
}

ZmAnswer *
zm_assessment_get_answer_at (ZmAssessment *self,
                             guint         index)
{
  g_assert (index < self->answer_array->len);

  return self->answer_array->pdata[index];
}

ZmRating
zm_assessment_get_rating (ZmAssessment *self,
                          const char   *statement_id)
{
  ZmAnswer *answer = zm_assessment_get_answer (self, statement_id);

  return answer != NULL ? zm_answer_get_rating (answer) : ZM_RATING_UNANSWERED;
}

void
zm_assessment_set_rating (ZmAssessment *self,
                          const char   *statement_id,
                          ZmRating      rating)
{
  ZmAnswer *answer = zm_assessment_get_answer (self, statement_id);

  g_return_if_fail (answer != NULL);

  zm_answer_set_rating (answer, rating);
}

guint
zm_assessment_count_answered (ZmAssessment *self,
                              ZmPillar     *pillar,
                              guint         stage)
{
  GListModel *statements;
  guint count = 0;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (ZM_IS_PILLAR (pillar), 0);
  g_return_val_if_fail (stage <= ZM_N_STAGES, 0);

  statements = stage == 0 ? zm_pillar_get_statements (pillar)
                          : zm_stage_get_statements (zm_pillar_get_stage (pillar, stage));
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, i);
      ZmAnswer *answer = zm_assessment_get_answer_at (self, zm_statement_get_index (statement));

      if (zm_answer_get_rating (answer) != ZM_RATING_UNANSWERED)
        count++;
    }

  return count;
}

static PillarState *
find_pillar_state (ZmAssessment *self,
                   const char   *pillar_id)
{
  ZmPillar *pillar = zm_model_find_pillar (self->model, pillar_id);

  return pillar != NULL ? &self->pillars[zm_pillar_get_index (pillar)] : NULL;
}

gboolean
zm_assessment_get_pillar_included (ZmAssessment *self,
                                   const char   *pillar_id)
{
  PillarState *state;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), FALSE);

  state = find_pillar_state (self, pillar_id);
  g_return_val_if_fail (state != NULL, FALSE);

  return state->included;
}

void
zm_assessment_set_pillar_included (ZmAssessment *self,
                                   const char   *pillar_id,
                                   gboolean      included)
{
  PillarState *state;

  g_return_if_fail (ZM_IS_ASSESSMENT (self));

  state = find_pillar_state (self, pillar_id);
  g_return_if_fail (state != NULL);

  if (state->included == !!included)
    return;

  state->included = !!included;
  content_changed (self);
}

guint
zm_assessment_get_target (ZmAssessment *self,
                          const char   *pillar_id)
{
  PillarState *state;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), 0);

  state = find_pillar_state (self, pillar_id);
  g_return_val_if_fail (state != NULL, 0);

  return state->target;
}

void
zm_assessment_set_target (ZmAssessment *self,
                          const char   *pillar_id,
                          guint         stage)
{
  PillarState *state;

  g_return_if_fail (ZM_IS_ASSESSMENT (self));
  g_return_if_fail (stage <= ZM_N_STAGES);

  state = find_pillar_state (self, pillar_id);
  g_return_if_fail (state != NULL);

  if (state->target == stage)
    return;

  state->target = stage;
  content_changed (self);
}

GListModel *
zm_assessment_get_checklist (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->checklist);
}

ZmChecklistItem *
zm_assessment_get_checklist_item (ZmAssessment *self,
                                  const char   *step_id)
{
  ZmStep *step;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  step = zm_model_find_step (self->model, step_id);
  return step != NULL ? self->item_array->pdata[zm_step_get_number (step) - 1] : NULL;
}

const char *
zm_assessment_get_respondent_name (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return self->respondent_name;
}

void
zm_assessment_set_respondent_name (ZmAssessment *self,
                                   const char   *name)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));

  if (zm_set_str (&self->respondent_name, zm_nonempty (name)))
    content_changed (self);
}

GListModel *
zm_assessment_get_respondents (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->respondents);
}

guint
zm_assessment_get_n_respondents (ZmAssessment *self)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->respondents));
}

ZmRespondent *
zm_assessment_find_respondent (ZmAssessment *self,
                               const char   *name)
{
  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < zm_assessment_get_n_respondents (self); i++)
    {
      ZmRespondent *respondent = g_list_model_get_item (G_LIST_MODEL (self->respondents), i);

      /* The store keeps it alive. */
      g_object_unref (respondent);
      if (g_str_equal (zm_respondent_get_name (respondent), name))
        return respondent;
    }
  return NULL;
}

void
zm_assessment_add_respondent (ZmAssessment *self,
                              ZmRespondent *respondent)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));
  g_return_if_fail (ZM_IS_RESPONDENT (respondent));
  g_return_if_fail (zm_assessment_find_respondent (self, zm_respondent_get_name (respondent)) == NULL);

  g_list_store_append (self->respondents, respondent);
  content_changed (self);
}

void
zm_assessment_remove_respondent (ZmAssessment *self,
                                 guint         position)
{
  g_return_if_fail (ZM_IS_ASSESSMENT (self));
  g_return_if_fail (position < zm_assessment_get_n_respondents (self));

  g_list_store_remove (self->respondents, position);
  content_changed (self);
}

ZmRating
zm_assessment_get_agreed_rating (ZmAssessment  *self,
                                 const char    *statement_id,
                                 const char   **by,
                                 GDateTime    **at)
{
  ZmStatement *statement;
  Agreed *agreed;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), ZM_RATING_UNANSWERED);

  statement = zm_model_find_statement (self->model, statement_id);
  g_return_val_if_fail (statement != NULL, ZM_RATING_UNANSWERED);

  agreed = &self->agreed[zm_statement_get_index (statement)];
  if (by != NULL)
    *by = agreed->by;
  if (at != NULL)
    *at = agreed->at;
  return agreed->rating;
}

void
zm_assessment_set_agreed_rating (ZmAssessment *self,
                                 const char   *statement_id,
                                 ZmRating      rating,
                                 const char   *by,
                                 GDateTime    *at)
{
  ZmStatement *statement;
  Agreed *agreed;
  gboolean clear = rating == ZM_RATING_UNANSWERED;

  g_return_if_fail (ZM_IS_ASSESSMENT (self));
  g_return_if_fail (clear || ZM_RATING_IS_SCORED (rating));
  g_return_if_fail (clear || at != NULL);

  statement = zm_model_find_statement (self->model, statement_id);
  g_return_if_fail (statement != NULL);

  agreed = &self->agreed[zm_statement_get_index (statement)];
  if (agreed->rating == rating && g_strcmp0 (agreed->by, zm_nonempty (by)) == 0 &&
      (clear || (agreed->at != NULL && g_date_time_equal (agreed->at, at))))
    return;

  agreed->rating = rating;
  zm_set_str (&agreed->by, clear ? NULL : zm_nonempty (by));
  g_clear_pointer (&agreed->at, g_date_time_unref);
  if (!clear)
    agreed->at = g_date_time_ref (at);
  content_changed (self);
}

/* The team rating: the agreed rating, else the mean of the respondents'
 * numeric ratings; in a document without respondents, its own rating. */
double
zm_assessment_get_team_rating_at (ZmAssessment *self,
                                  guint         index)
{
  guint n = zm_assessment_get_n_respondents (self);
  double sum = 0;
  guint count = 0;

  g_assert (index < self->answer_array->len);

  if (ZM_RATING_IS_SCORED (self->agreed[index].rating))
    return self->agreed[index].rating;
  if (n == 0)
    {
      ZmRating own = zm_answer_get_rating (self->answer_array->pdata[index]);

      return ZM_RATING_IS_SCORED (own) ? (double) own : NAN;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (G_LIST_MODEL (self->respondents), i);
      ZmRating rating = zm_answer_get_rating (zm_respondent_get_answer_at (respondent, index));

      if (ZM_RATING_IS_SCORED (rating))
        {
          sum += rating;
          count++;
        }
    }
  return count > 0 ? sum / count : NAN;
}

guint
zm_assessment_get_rating_range_at (ZmAssessment *self,
                                   guint         index)
{
  guint n = zm_assessment_get_n_respondents (self);
  ZmRating lowest = ZM_RATING_4, highest = ZM_RATING_0;
  guint count = 0;

  g_assert (index < self->answer_array->len);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (G_LIST_MODEL (self->respondents), i);
      ZmRating rating = zm_answer_get_rating (zm_respondent_get_answer_at (respondent, index));

      if (!ZM_RATING_IS_SCORED (rating))
        continue;
      lowest = MIN (lowest, rating);
      highest = MAX (highest, rating);
      count++;
    }
  return count >= 2 ? (guint) (highest - lowest) : 0;
}

double
zm_assessment_get_team_rating (ZmAssessment *self,
                               const char   *statement_id)
{
  ZmStatement *statement;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (self), NAN);

  statement = zm_model_find_statement (self->model, statement_id);
  g_return_val_if_fail (statement != NULL, NAN);

  return zm_assessment_get_team_rating_at (self, zm_statement_get_index (statement));
}

/* The ids are stored in documents: never change or reorder them. */
static const char * const care_kind_ids[] = {
  "hospital", "elderly-care", "home-care", "mental-health", "disability-care",
  "youth-care", "rehabilitation", "general-practice", "dental-care", "other",
  NULL
};

static const char * const care_kind_labels[] = {
  N_("Hospital"),
  N_("Elderly care"),
  N_("Home care"),
  N_("Mental health care"),
  N_("Disability care"),
  N_("Youth care"),
  N_("Rehabilitation"),
  N_("General practice"),
  N_("Dental care"),
  N_("Other"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (care_kind_ids) == G_N_ELEMENTS (care_kind_labels) + 1);

const char * const *
zm_care_kind_list (void)
{
  return care_kind_ids;
}

const char *
zm_care_kind_get_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (care_kind_labels); i++)
    if (g_strcmp0 (care_kind_ids[i], kind) == 0)
      return _(care_kind_labels[i]);

  return NULL;
}
