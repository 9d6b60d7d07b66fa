/* test-undo.c: undo and redo of the edits to an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "zm-answer.h"
#include "zm-checklist-item.h"
#include "zm-model.h"
#include "zm-pillar.h"
#include "zm-statement.h"
#include "zm-step.h"
#include "zm-undo-stack.h"
#include "zm-test-util.h"

static const char *
first_statement_id (ZmAssessment *assessment)
{
  GListModel *answers = zm_assessment_get_answers (assessment);
  g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, 0);

  return zm_answer_get_statement_id (answer);
}

static void
test_rating (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmUndoStack) stack = zm_undo_stack_new (assessment);
  const char *id = first_statement_id (assessment);
  ZmRating before = zm_assessment_get_rating (assessment, id);
  ZmRating after = before == ZM_RATING_4 ? ZM_RATING_0 : ZM_RATING_4;
  ZmStatement *statement = zm_model_find_statement (zm_assessment_get_model (assessment), id);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *words = g_utf8_substring (zm_statement_get_text (statement), 0, 20);

  g_assert_false (zm_undo_stack_can_undo (stack));
  g_assert_null (zm_undo_stack_undo (stack));

  zm_assessment_set_rating (assessment, id, after);
  g_assert_true (zm_undo_stack_can_undo (stack));

  undone = zm_undo_stack_undo (stack);
  g_assert_cmpint (zm_assessment_get_rating (assessment, id), ==, before);
  /* The toast names the statement by its first words. */
  g_assert_true (g_str_has_prefix (undone, "the rating of “"));
  g_assert_nonnull (strstr (undone, words));
  g_assert_false (zm_undo_stack_can_undo (stack));
  g_assert_true (zm_undo_stack_can_redo (stack));

  redone = zm_undo_stack_redo (stack);
  g_assert_cmpstr (redone, ==, undone);
  g_assert_cmpint (zm_assessment_get_rating (assessment, id), ==, after);
  g_assert_false (zm_undo_stack_can_redo (stack));
}

/* Typing a note letter by letter is one step. */
static void
test_note_typing_is_one_step (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmUndoStack) stack = zm_undo_stack_new (assessment);
  ZmAnswer *answer = zm_assessment_get_answer (assessment, first_statement_id (assessment));
  g_autofree char *before = g_strdup (zm_answer_get_note (answer));
  g_autofree char *undone = NULL;

  zm_answer_set_note (answer, "E");
  zm_answer_set_note (answer, "Ev");
  zm_answer_set_note (answer, "Evidence");
  undone = zm_undo_stack_undo (stack);
  g_assert_true (g_str_has_prefix (undone, "the note on “"));
  g_assert_cmpstr (zm_answer_get_note (answer), ==, before);
  g_assert_false (zm_undo_stack_can_undo (stack));
}

static void
test_target_and_checklist (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmUndoStack) stack = zm_undo_stack_new (assessment);
  ZmModel *model = zm_assessment_get_model (assessment);
  ZmPillar *pillar = zm_model_get_pillar (model, 2);
  const char *pillar_id = zm_pillar_get_id (pillar);
  guint target = zm_assessment_get_target (assessment, pillar_id);
  g_autoptr(ZmChecklistItem) item = g_list_model_get_item (zm_assessment_get_checklist (assessment), 0);
  g_autofree char *owner = g_strdup (zm_checklist_item_get_owner (item));
  g_autofree char *target_text = NULL;
  g_autofree char *owner_text = NULL;
  g_autofree char *expected = NULL;

  zm_assessment_set_target (assessment, pillar_id, target == 4 ? 1 : 4);
  zm_checklist_item_set_owner (item, "Someone else");

  /* The last edit first. */
  owner_text = zm_undo_stack_undo (stack);
  expected = g_strdup_printf ("the owner of “%s”",
                              zm_step_get_title (zm_model_find_step (model, zm_checklist_item_get_step_id (item))));
  g_assert_cmpstr (owner_text, ==, expected);
  g_assert_cmpstr (zm_checklist_item_get_owner (item), ==, owner);

  target_text = zm_undo_stack_undo (stack);
  g_free (expected);
  expected = g_strdup_printf ("the target of %s", zm_pillar_get_name (pillar));
  g_assert_cmpstr (target_text, ==, expected);
  g_assert_cmpuint (zm_assessment_get_target (assessment, pillar_id), ==, target);
}

/* A new edit after an undo cannot be redone over. */
static void
test_new_edit_drops_redo (void)
{
  g_autoptr(ZmAssessment) assessment = zm_test_load_example ();
  g_autoptr(ZmUndoStack) stack = zm_undo_stack_new (assessment);
  const char *id = first_statement_id (assessment);
  g_autofree char *undone = NULL;

  zm_assessment_set_rating (assessment, id, ZM_RATING_1);
  zm_assessment_set_rating (assessment, id, ZM_RATING_2);
  undone = zm_undo_stack_undo (stack);
  g_assert_cmpint (zm_assessment_get_rating (assessment, id), ==, ZM_RATING_1);
  zm_assessment_set_rating (assessment, id, ZM_RATING_3);
  g_assert_false (zm_undo_stack_can_redo (stack));
  g_assert_null (zm_undo_stack_redo (stack));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/zm/undo/rating", test_rating);
  g_test_add_func ("/zm/undo/note-typing-is-one-step", test_note_typing_is_one_step);
  g_test_add_func ("/zm/undo/target-and-checklist", test_target_and_checklist);
  g_test_add_func ("/zm/undo/new-edit-drops-redo", test_new_edit_drops_redo);

  return g_test_run ();
}
