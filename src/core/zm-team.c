/* zm-team.c: team assessments: respondent forms, merging respondents into
 * one team document, and where the team disagrees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zm-document-private.h"
#include "zm-model-private.h"
#include "zm-respondent-private.h"
#include "zm-scoring.h"
#include "zm-team.h"
#include "zm-util-private.h"

static int
compare_disagreements (gconstpointer a,
                       gconstpointer b)
{
  const ZmDisagreement *da = a, *db = b;

  if (da->difference != db->difference)
    return da->difference > db->difference ? -1 : 1;
  return (int) zm_statement_get_index (da->statement) - (int) zm_statement_get_index (db->statement);
}

GArray *
zm_team_list_disagreements (ZmAssessment *team)
{
  ZmModel *model;
  GArray *list;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (team), NULL);

  model = zm_assessment_get_model (team);
  list = g_array_new (FALSE, FALSE, sizeof (ZmDisagreement));
  for (guint p = 0; p < zm_model_get_n_pillars (model); p++)
    {
      ZmPillar *pillar = zm_model_get_pillar (model, p);
      GListModel *statements = zm_pillar_get_statements (pillar);

      if (!zm_assessment_get_pillar_included (team, zm_pillar_get_id (pillar)))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
        {
          g_autoptr(ZmStatement) statement = g_list_model_get_item (statements, s);
          ZmDisagreement item = { statement, 0 };

          item.difference = zm_assessment_get_rating_range_at (team, zm_statement_get_index (statement));
          if (item.difference >= ZM_DISAGREEMENT_FROM)
            g_array_append_val (list, item);
        }
    }

  /* g_array_sort is not stable; the index breaks ties. */
  g_array_sort (list, compare_disagreements);
  return list;
}

ZmAssessment *
zm_team_new_respondent_form (ZmAssessment *source,
                             const char   *name)
{
  ZmAssessment *form;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (source), NULL);
  g_return_val_if_fail (zm_nonempty (name) != NULL, NULL);

  form = zm_assessment_new (zm_assessment_get_model (source));
  zm_assessment_copy_setup (form, source, FALSE);
  zm_assessment_set_assessors (form, name);
  zm_assessment_set_respondent_name (form, name);
  return form;
}

char *
zm_team_name_for (ZmAssessment *document,
                  const char   *file_name)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (document), NULL);

  if (zm_assessment_get_respondent_name (document) != NULL)
    return g_strdup (zm_assessment_get_respondent_name (document));
  if (zm_assessment_get_assessors (document) != NULL)
    return g_strdup (zm_assessment_get_assessors (document));

  if (zm_nonempty (file_name) == NULL)
    return g_strdup (_("Respondent"));

  base = g_path_get_basename (file_name);
  if (g_str_has_suffix (base, ZM_DOCUMENT_SUFFIX) && strlen (base) > strlen (ZM_DOCUMENT_SUFFIX))
    base[strlen (base) - strlen (ZM_DOCUMENT_SUFFIX)] = '\0';
  return g_steal_pointer (&base);
}

static void
copy_agreed (ZmAssessment *team,
             ZmAssessment *from)
{
  GListModel *answers = zm_assessment_get_answers (from);

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);
      const char *id = zm_answer_get_statement_id (answer);
      const char *by = NULL;
      GDateTime *at = NULL;
      ZmRating rating = zm_assessment_get_agreed_rating (from, id, &by, &at);

      if (rating != ZM_RATING_UNANSWERED)
        zm_assessment_set_agreed_rating (team, id, rating, by, at);
    }
}

ZmAssessment *
zm_team_new (ZmAssessment *first)
{
  ZmAssessment *team;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (first), NULL);

  team = zm_assessment_new (zm_assessment_get_model (first));
  zm_assessment_copy_setup (team, first, TRUE);
  zm_assessment_set_previous_uri (team, zm_assessment_get_previous_uri (first));
  copy_agreed (team, first);
  return team;
}

/* @model is the team's: the same model as the document's, maybe loaded
 * apart. */
static ZmRespondent *
respondent_from_own_answers (ZmAssessment *document,
                             ZmModel      *model,
                             const char   *file_name)
{
  g_autofree char *name = zm_team_name_for (document, file_name);
  g_autofree char *source = zm_nonempty (file_name) != NULL ? g_path_get_basename (file_name) : NULL;
  ZmRespondent *respondent = zm_respondent_new (model, name, source);

  zm_respondent_copy_answers (respondent, zm_assessment_get_answers (document));
  return respondent;
}

static ZmRespondent *
copy_respondent (ZmRespondent *from,
                 ZmModel      *model)
{
  ZmRespondent *copy = zm_respondent_new (model, zm_respondent_get_name (from),
                                          zm_respondent_get_source (from));

  zm_respondent_copy_answers (copy, zm_respondent_get_answers (from));
  return copy;
}

/* The respondents @document brings, as copies the team can own. */
static GPtrArray *
collect_respondents (ZmAssessment *document,
                     ZmModel      *model,
                     const char   *display_name)
{
  GListModel *respondents = zm_assessment_get_respondents (document);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ZmRespondent) own = respondent_from_own_answers (document, model, display_name);

  /* A team document's own answers stay empty, unless someone answered
   * there anyway: then they are one more respondent, never dropped. */
  if (g_list_model_get_n_items (respondents) == 0 || zm_respondent_has_answers (own))
    g_ptr_array_add (list, g_steal_pointer (&own));
  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(ZmRespondent) respondent = g_list_model_get_item (respondents, i);

      g_ptr_array_add (list, copy_respondent (respondent, model));
    }
  return list;
}

static gboolean
check_model_version (ZmAssessment  *team,
                     ZmAssessment  *document,
                     const char    *display_name,
                     GError       **error)
{
  ZmModel *model = zm_assessment_get_model (team);
  ZmModel *theirs = zm_assessment_get_model (document);
  const char *version = zm_document_get_model_version (document);

  /* Models loaded apart are the same when id, version and statements are. */
  if (theirs != model &&
      (!g_str_equal (zm_model_get_id (theirs), zm_model_get_id (model)) ||
       !g_str_equal (zm_model_get_version (theirs), zm_model_get_version (model)) ||
       zm_model_get_n_statements (theirs) != zm_model_get_n_statements (model)))
    {
      g_set_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_WRONG_MODEL,
                   _("%s: answered against another model than the team"), display_name);
      return FALSE;
    }
  if (version != NULL && !g_str_equal (version, zm_model_get_version (model)))
    {
      /* Translators: "FILE: answered against version 2 of the model “id”, not version 1" */
      g_set_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_WRONG_MODEL,
                   _("%s: answered against version %s of the model “%s”, not version %s"),
                   display_name, version, zm_model_get_id (model), zm_model_get_version (model));
      return FALSE;
    }
  return TRUE;
}

/* "Name (2)", "Name (3)", …: the first the team does not have yet. */
static char *
free_name (ZmAssessment *team,
           GPtrArray    *added,
           const char   *name)
{
  for (guint n = 2;; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s (%u)", name, n);
      gboolean taken = zm_assessment_find_respondent (team, candidate) != NULL;

      for (guint i = 0; i < added->len && !taken; i++)
        taken = g_str_equal (zm_respondent_get_name (added->pdata[i]), candidate);
      if (!taken)
        return g_steal_pointer (&candidate);
    }
}

static ZmRespondent *
find_in (ZmAssessment *team,
         GPtrArray    *added,
         const char   *name)
{
  ZmRespondent *found = zm_assessment_find_respondent (team, name);

  for (guint i = 0; i < added->len && found == NULL; i++)
    if (g_str_equal (zm_respondent_get_name (added->pdata[i]), name))
      found = added->pdata[i];
  return found;
}

/* Decides every name before anything is added, so a refusal changes
 * nothing. */
static gboolean
settle_names (ZmAssessment  *team,
              GPtrArray     *respondents,
              const char    *display_name,
              GPtrArray     *messages,
              GError       **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  for (guint i = 0; i < respondents->len; i++)
    {
      ZmRespondent *respondent = respondents->pdata[i];
      const char *name = zm_respondent_get_name (respondent);
      ZmRespondent *same = find_in (team, added, name);
      g_autofree char *new_name = NULL;

      if (same != NULL && zm_respondent_same_answers (same, respondent))
        {
          g_set_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_DUPLICATE,
                       _("%s: “%s” is already in the team with the same answers"),
                       display_name, name);
          return FALSE;
        }
      if (same != NULL)
        {
          new_name = free_name (team, added, name);
          g_ptr_array_add (messages,
                           g_strdup_printf (_("%s: the team already has a respondent “%s”; added as “%s”"),
                                            display_name, name, new_name));
          zm_respondent_set_name (respondent, new_name);
        }
      g_ptr_array_add (added, respondent);
    }
  return TRUE;
}

static void
warn_about_organisation (ZmAssessment *team,
                         ZmAssessment *document,
                         const char   *display_name,
                         GPtrArray    *messages)
{
  const char *ours = zm_assessment_get_organisation_name (team);
  const char *theirs = zm_assessment_get_organisation_name (document);

  if (g_strcmp0 (ours, theirs) == 0)
    return;
  g_ptr_array_add (messages,
                   g_strdup_printf (_("%s: Warning: the organisation is “%s”, not “%s”; the team keeps “%s”"),
                                    display_name, theirs != NULL ? theirs : "",
                                    ours != NULL ? ours : "", ours != NULL ? ours : ""));
}

gboolean
zm_team_add (ZmAssessment  *team,
             ZmAssessment  *document,
             const char    *display_name,
             GPtrArray     *messages,
             GError       **error)
{
  g_autoptr(GPtrArray) respondents = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (team), FALSE);
  g_return_val_if_fail (ZM_IS_ASSESSMENT (document), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (messages != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_model_version (team, document, display_name, error))
    return FALSE;

  respondents = collect_respondents (document, zm_assessment_get_model (team), display_name);
  if (!settle_names (team, respondents, display_name, messages, error))
    return FALSE;

  warn_about_organisation (team, document, display_name, messages);
  for (guint i = 0; i < respondents->len; i++)
    zm_assessment_add_respondent (team, respondents->pdata[i]);
  return TRUE;
}

gboolean
zm_team_has_own_answers (ZmAssessment *document)
{
  g_autoptr(ZmRespondent) own = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (document), FALSE);

  own = respondent_from_own_answers (document, zm_assessment_get_model (document), NULL);
  return zm_respondent_has_answers (own);
}

void
zm_team_take_own_answers (ZmAssessment *document,
                          const char   *file_name)
{
  g_autoptr(ZmRespondent) own = NULL;
  GListModel *answers;

  g_return_if_fail (ZM_IS_ASSESSMENT (document));

  if (!zm_team_has_own_answers (document))
    return;
  own = respondent_from_own_answers (document, zm_assessment_get_model (document), file_name);

  answers = zm_assessment_get_answers (document);
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);

      zm_answer_set_rating (answer, ZM_RATING_UNANSWERED);
      zm_answer_set_previous_rating (answer, ZM_RATING_UNANSWERED);
      zm_answer_set_note (answer, NULL);
    }
  /* Their name is now theirs within the team, not a form's; a name the
   * team has already gets a number, the answers are never dropped. */
  zm_assessment_set_respondent_name (document, NULL);
  if (zm_assessment_find_respondent (document, zm_respondent_get_name (own)) != NULL)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();
      g_autofree char *name = free_name (document, none, zm_respondent_get_name (own));

      zm_respondent_set_name (own, name);
    }
  zm_assessment_add_respondent (document, own);
}
