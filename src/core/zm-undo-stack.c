/* zm-undo-stack.c: undo and redo of the edits to an assessment
 *
 * The stack keeps a copy of every field it follows (a key such as
 * "rating:ID" with its value as text) and, when the assessment says it
 * changed, compares: the fields that differ are one step, with their old
 * and new values. Undoing writes the old values back. Comparing needs no
 * signal per field, and catches an edit from any page alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "zm-answer.h"
#include "zm-checklist-item.h"
#include "zm-model.h"
#include "zm-pillar.h"
#include "zm-statement.h"
#include "zm-step.h"
#include "zm-undo-stack.h"

/* A statement is named by its first words in a toast. */
#define LABEL_CHARS 48

typedef struct {
  char *key;
  char *before;   /* nullable */
  char *after;    /* nullable */
} Change;

typedef struct {
  GPtrArray *changes;
} Step;

struct _ZmUndoStack
{
  GObject       parent_instance;

  ZmAssessment *assessment;
  GHashTable   *fields;     /* key → value (nullable) */
  GPtrArray    *undo;       /* of Step, the last done at the end */
  GPtrArray    *redo;       /* of Step, the last undone at the end */
  gboolean      applying;
};

G_DEFINE_FINAL_TYPE (ZmUndoStack, zm_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
change_free (gpointer data)
{
  Change *change = data;

  g_free (change->key);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step);
}

/* The fields ------------------------------------------------------------------- */

static void
add_field (GHashTable *fields,
           const char *kind,
           const char *id,
           const char *value)
{
  g_hash_table_insert (fields, g_strconcat (kind, ":", id, NULL), g_strdup (value));
}

static void
add_number (GHashTable *fields,
            const char *kind,
            const char *id,
            int         value)
{
  char text[16];

  g_snprintf (text, sizeof text, "%d", value);
  add_field (fields, kind, id, text);
}

static GHashTable *
read_fields (ZmAssessment *assessment)
{
  GHashTable *fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *answers = zm_assessment_get_answers (assessment);
  GListModel *checklist = zm_assessment_get_checklist (assessment);
  ZmModel *model = zm_assessment_get_model (assessment);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);
      const char *id = zm_answer_get_statement_id (answer);

      add_number (fields, "rating", id, zm_answer_get_rating (answer));
      add_field (fields, "note", id, zm_answer_get_note (answer));
    }

  for (guint i = 0; i < zm_model_get_n_pillars (model); i++)
    {
      const char *id = zm_pillar_get_id (zm_model_get_pillar (model, i));

      add_number (fields, "target", id, (int) zm_assessment_get_target (assessment, id));
    }

  for (guint i = 0; i < g_list_model_get_n_items (checklist); i++)
    {
      g_autoptr(ZmChecklistItem) item = g_list_model_get_item (checklist, i);
      const char *id = zm_checklist_item_get_step_id (item);

      add_number (fields, "status", id, zm_checklist_item_get_status (item));
      add_field (fields, "owner", id, zm_checklist_item_get_owner (item));
      add_field (fields, "due", id, zm_checklist_item_get_due (item));
      add_field (fields, "step-note", id, zm_checklist_item_get_note (item));
    }

  return fields;
}

static void
write_field (ZmAssessment *assessment,
             const char   *key,
             const char   *value)
{
  g_auto(GStrv) parts = g_strsplit (key, ":", 2);
  const char *kind = parts[0], *id = parts[1];
  int number = value != NULL ? atoi (value) : 0;

  if (g_str_equal (kind, "rating"))
    zm_assessment_set_rating (assessment, id, (ZmRating) number);
  else if (g_str_equal (kind, "note"))
    zm_answer_set_note (zm_assessment_get_answer (assessment, id), value);
  else if (g_str_equal (kind, "target"))
    zm_assessment_set_target (assessment, id, (guint) number);
  else
    {
      ZmChecklistItem *item = zm_assessment_get_checklist_item (assessment, id);

      if (g_str_equal (kind, "status"))
        zm_checklist_item_set_status (item, (ZmStepStatus) number);
      else if (g_str_equal (kind, "owner"))
        zm_checklist_item_set_owner (item, value);
      else if (g_str_equal (kind, "due"))
        zm_checklist_item_set_due (item, value);
      else if (g_str_equal (kind, "step-note"))
        zm_checklist_item_set_note (item, value);
    }
}

static char *
shorten (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= LABEL_CHARS)
    return g_strdup (text);
  start = g_utf8_substring (text, 0, LABEL_CHARS - 1);
  return g_strconcat (g_strstrip (start), "…", NULL);
}

/* What the user reads in "Undone: …". */
static char *
describe (ZmAssessment *assessment,
          const char   *key)
{
  g_auto(GStrv) parts = g_strsplit (key, ":", 2);
  const char *kind = parts[0], *id = parts[1];
  ZmModel *model = zm_assessment_get_model (assessment);
  g_autofree char *name = NULL;

  if (g_str_equal (kind, "rating") || g_str_equal (kind, "note"))
    {
      ZmStatement *statement = zm_model_find_statement (model, id);

      name = shorten (statement != NULL ? zm_statement_get_text (statement) : id);
      if (g_str_equal (kind, "rating"))
        /* Translators: what was undone or redone, e.g. "the rating of “We know our clients”" */
        return g_strdup_printf (_("the rating of “%s”"), name);
      /* Translators: what was undone or redone */
      return g_strdup_printf (_("the note on “%s”"), name);
    }

  if (g_str_equal (kind, "target"))
    {
      ZmPillar *pillar = zm_model_find_pillar (model, id);

      /* Translators: what was undone or redone, e.g. "the target of Innovation" */
      return g_strdup_printf (_("the target of %s"), pillar != NULL ? zm_pillar_get_name (pillar) : id);
    }

  {
    ZmStep *step = zm_model_find_step (model, id);

    name = g_strdup (step != NULL ? zm_step_get_title (step) : id);
  }
  if (g_str_equal (kind, "status"))
    /* Translators: what was undone or redone; the title of a step of the marketing challenge */
    return g_strdup_printf (_("the status of “%s”"), name);
  if (g_str_equal (kind, "owner"))
    /* Translators: what was undone or redone; the title of a step of the marketing challenge */
    return g_strdup_printf (_("the owner of “%s”"), name);
  if (g_str_equal (kind, "due"))
    /* Translators: what was undone or redone; the title of a step of the marketing challenge */
    return g_strdup_printf (_("the due date of “%s”"), name);
  /* Translators: what was undone or redone; the title of a step of the marketing challenge */
  return g_strdup_printf (_("the note on “%s”"), name);
}

/* Recording -------------------------------------------------------------------- */

static gboolean
is_text_field (const char *key)
{
  return g_str_has_prefix (key, "note:") || g_str_has_prefix (key, "owner:") ||
         g_str_has_prefix (key, "step-note:");
}

static void
notify_state (ZmUndoStack *self,
              gboolean     could_undo,
              gboolean     could_redo)
{
  if (could_undo != zm_undo_stack_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != zm_undo_stack_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* Typing in one field is one step: a change of the same text field as
 * the last step extends it. */
static gboolean
extends_last_step (ZmUndoStack *self,
                   GPtrArray   *changes)
{
  Step *last;
  Change *change, *previous;

  if (self->undo->len == 0 || self->redo->len > 0 || changes->len != 1)
    return FALSE;

  last = g_ptr_array_index (self->undo, self->undo->len - 1);
  change = g_ptr_array_index (changes, 0);
  previous = g_ptr_array_index (last->changes, 0);
  if (last->changes->len != 1 || !is_text_field (change->key) ||
      !g_str_equal (change->key, previous->key))
    return FALSE;

  g_free (previous->after);
  previous->after = g_steal_pointer (&change->after);
  return TRUE;
}

static void
on_assessment_changed (ZmUndoStack *self)
{
  g_autoptr(GHashTable) fields = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gboolean could_undo, could_redo;
  GHashTableIter iter;
  gpointer key, value;

  if (self->applying)
    return;

  fields = read_fields (self->assessment);
  changes = g_ptr_array_new_with_free_func (change_free);
  g_hash_table_iter_init (&iter, fields);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *before = g_hash_table_lookup (self->fields, key);

      if (g_strcmp0 (before, value) != 0)
        {
          Change *change = g_new0 (Change, 1);

          change->key = g_strdup (key);
          change->before = g_strdup (before);
          change->after = g_strdup (value);
          g_ptr_array_add (changes, change);
        }
    }

  g_hash_table_unref (self->fields);
  self->fields = g_steal_pointer (&fields);

  /* The organisation's details and the pillars included are not followed. */
  if (changes->len == 0 || extends_last_step (self, changes))
    return;

  could_undo = zm_undo_stack_can_undo (self);
  could_redo = zm_undo_stack_can_redo (self);
  {
    Step *step = g_new0 (Step, 1);

    step->changes = g_steal_pointer (&changes);
    g_ptr_array_add (self->undo, step);
  }
  g_ptr_array_set_size (self->redo, 0);
  notify_state (self, could_undo, could_redo);
}

/* Moves the last step of @from to @to, writing its old values (undo) or
 * its new ones (redo). */
static char *
apply (ZmUndoStack *self,
       GPtrArray   *from,
       GPtrArray   *to,
       gboolean     undo)
{
  gboolean could_undo = zm_undo_stack_can_undo (self);
  gboolean could_redo = zm_undo_stack_can_redo (self);
  Step *step;
  char *label;

  if (from->len == 0)
    return NULL;

  step = g_ptr_array_steal_index (from, from->len - 1);
  self->applying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    {
      Change *change = g_ptr_array_index (step->changes, i);

      write_field (self->assessment, change->key, undo ? change->before : change->after);
    }
  self->applying = FALSE;

  g_hash_table_unref (self->fields);
  self->fields = read_fields (self->assessment);
  label = describe (self->assessment, ((Change *) g_ptr_array_index (step->changes, 0))->key);
  g_ptr_array_add (to, step);
  notify_state (self, could_undo, could_redo);
  return label;
}

char *
zm_undo_stack_undo (ZmUndoStack *self)
{
  g_return_val_if_fail (ZM_IS_UNDO_STACK (self), NULL);

  return apply (self, self->undo, self->redo, TRUE);
}

char *
zm_undo_stack_redo (ZmUndoStack *self)
{
  g_return_val_if_fail (ZM_IS_UNDO_STACK (self), NULL);

  return apply (self, self->redo, self->undo, FALSE);
}

gboolean
zm_undo_stack_can_undo (ZmUndoStack *self)
{
  g_return_val_if_fail (ZM_IS_UNDO_STACK (self), FALSE);

  return self->undo->len > 0;
}

gboolean
zm_undo_stack_can_redo (ZmUndoStack *self)
{
  g_return_val_if_fail (ZM_IS_UNDO_STACK (self), FALSE);

  return self->redo->len > 0;
}

ZmUndoStack *
zm_undo_stack_new (ZmAssessment *assessment)
{
  ZmUndoStack *self;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (ZM_TYPE_UNDO_STACK, NULL);
  self->assessment = g_object_ref (assessment);
  self->fields = read_fields (assessment);
  g_signal_connect_object (assessment, "changed", G_CALLBACK (on_assessment_changed),
                           self, G_CONNECT_SWAPPED);
  return self;
}

static void
zm_undo_stack_finalize (GObject *object)
{
  ZmUndoStack *self = ZM_UNDO_STACK (object);

  g_clear_object (&self->assessment);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (zm_undo_stack_parent_class)->finalize (object);
}

static void
zm_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZmUndoStack *self = ZM_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, zm_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, zm_undo_stack_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zm_undo_stack_class_init (ZmUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zm_undo_stack_finalize;
  object_class->get_property = zm_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zm_undo_stack_init (ZmUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
}
