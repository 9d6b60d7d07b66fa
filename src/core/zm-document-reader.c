/* zm-document-reader.c: reads a .zmscan document and checks its structure
 * and meaning against the model, reporting the line of the first problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zm-assessment-private.h"
#include "zm-document-private.h"
#include "zm-model-private.h"
#include "zm-respondent-private.h"
#include "zm-util-private.h"
#include "zm-xml-private.h"

#define NAMESPACE_STEM "urn:zorgmarketing-scan:assessment:"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)

typedef struct {
  const char    *name;
  ZmModel       *model;
  ZmAssessment  *assessment;
  /* A newer minor version: keep what we do not know instead of refusing. */
  gboolean       keep_unknown;
  gboolean       failed;
  GHashTable    *seen;
  /* By statement index: TRUE once an answer has been read. */
  gboolean      *answered;
  /* Whose answers are being read: a respondent's, or NULL for the
   * document's own. */
  ZmRespondent  *respondent;
  GError       **error;
} Reader;

static gboolean G_GNUC_PRINTF (4, 5)
fail (Reader        *r,
      int            code,
      const xmlNode *node,
      const char    *format,
      ...)
{
  va_list args;

  if (r->failed)
    return FALSE;

  va_start (args, format);
  zm_xml_set_error_valist (r->error, ZM_DOCUMENT_ERROR, code, r->name, node, format, args);
  va_end (args);
  r->failed = TRUE;
  return FALSE;
}

/* Unknown content is written back verbatim. An element that uses only our
 * default namespace is dumped as it stands; anything else is copied first,
 * which declares the namespaces it uses on the element itself. */
static gboolean
needs_own_namespaces (const xmlNode *node)
{
  for (const xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (n->ns == NULL || n->ns->prefix != NULL ||
          !g_str_equal ((const char *) n->ns->href, ZM_DOCUMENT_NAMESPACE))
        return TRUE;
      for (const xmlAttr *a = n->properties; a != NULL; a = a->next)
        if (a->ns != NULL)
          return TRUE;
      if (needs_own_namespaces (n->children))
        return TRUE;
      if (n == node)
        break;
    }
  return FALSE;
}

static char *
serialize (xmlNode *node)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlDoc) scratch = NULL;

  if (needs_own_namespaces (node))
    {
      scratch = xmlNewDoc (BAD_CAST "1.0");
      node = xmlDocCopyNode (node, scratch, 1);
      xmlDocSetRootElement (scratch, node);
    }
  xmlNodeDump (buffer, node->doc, node, 0, 0);

  return g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
}

static gboolean
keep_unknown (Reader     *r,
              xmlNode    *node,
              const char *key)
{
  if (!r->keep_unknown)
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("unexpected element <%s>"),
                 (const char *) node->name);

  zm_extras_add_element (zm_document_get_extras (r->assessment, key, TRUE), serialize (node));
  return TRUE;
}

/* Where kept content of one answer, step or pillar is filed. Only a file
 * of a newer minor version keeps anything, so only then is it needed. */
static char *
make_key (Reader     *r,
          const char *kind,
          const char *id)
{
  return r->keep_unknown ? g_strconcat (kind, ":", id, NULL) : NULL;
}

static gboolean
is_known (const xmlNode      *node,
          const char * const *known)
{
  return zm_xml_is_element (node, ZM_DOCUMENT_NAMESPACE, NULL) &&
         g_strv_contains (known, (const char *) node->name);
}

static gboolean
skip_unknown (Reader             *r,
              xmlNode           **cursor,
              const char * const *known,
              const char         *key)
{
  while (*cursor != NULL && !is_known (*cursor, known))
    {
      if ((*cursor)->type != XML_ELEMENT_NODE)
        return fail (r, ZM_DOCUMENT_ERROR_INVALID, *cursor, _("unexpected text"));
      if (!keep_unknown (r, *cursor, key))
        return FALSE;
      *cursor = zm_xml_next_element (*cursor);
    }
  return TRUE;
}

/* Takes the next known child if it is @name. NULL when it is not there;
 * then r->failed tells whether that was an error. */
static xmlNode *
take (Reader             *r,
      xmlNode            *parent,
      xmlNode           **cursor,
      const char * const *known,
      const char         *key,
      const char         *name,
      gboolean            required)
{
  xmlNode *node;

  if (!skip_unknown (r, cursor, known, key))
    return NULL;

  node = *cursor;
  if (node != NULL && g_str_equal ((const char *) node->name, name))
    {
      *cursor = zm_xml_next_element (node);
      return node;
    }

  if (required && node == NULL)
    fail (r, ZM_DOCUMENT_ERROR_INVALID, parent, _("<%s> lacks <%s>"),
          (const char *) parent->name, name);
  else if (required)
    fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("expected <%s>, found <%s>"),
          name, (const char *) node->name);

  return NULL;
}

/* Whatever known element is left is out of place or repeated. */
static gboolean
finish (Reader             *r,
        xmlNode            *cursor,
        const char * const *known,
        const char         *key)
{
  if (!skip_unknown (r, &cursor, known, key))
    return FALSE;
  if (cursor != NULL)
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, cursor, _("unexpected element <%s>"),
                 (const char *) cursor->name);
  return TRUE;
}

/* Attributes in other namespaces (xml:lang, extensions) are left alone. */
static gboolean
check_attributes (Reader             *r,
                  xmlNode            *node,
                  const char * const *known,
                  const char         *key)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      g_autofree char *value = NULL;

      if (attr->ns != NULL || g_strv_contains (known, (const char *) attr->name))
        continue;
      if (!r->keep_unknown)
        return fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("unexpected attribute “%s” on <%s>"),
                     (const char *) attr->name, (const char *) node->name);

      value = zm_xml_get_attr (node, (const char *) attr->name);
      zm_extras_add_attribute (zm_document_get_extras (r->assessment, key, TRUE),
                               (const char *) attr->name, value);
    }
  return TRUE;
}

static char *
require_attr (Reader     *r,
              xmlNode    *node,
              const char *name)
{
  char *value = zm_xml_get_attr (node, name);

  if (value == NULL)
    fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("<%s> lacks the attribute “%s”"),
          (const char *) node->name, name);
  return value;
}

/* User text is kept exactly as written, white space and all. */
static char *
read_text (Reader  *r,
           xmlNode *node)
{
  if (zm_xml_has_element_children (node))
    {
      fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("<%s> must hold text only"),
            (const char *) node->name);
      return NULL;
    }
  return zm_xml_get_text (node);
}

static const char * const no_names[] = { NULL };

static gboolean
read_model_ref (Reader  *r,
                xmlNode *node)
{
  static const char * const attrs[] = { "id", "version", NULL };
  g_autofree char *id = require_attr (r, node, "id");
  const char *expected = zm_model_get_id (r->model);

  if (id == NULL || !check_attributes (r, node, attrs, "model"))
    return FALSE;
  if (!g_str_equal (id, expected))
    return fail (r, ZM_DOCUMENT_ERROR_WRONG_MODEL, node,
                 _("this assessment was answered against the model “%s”, not “%s”"), id, expected);
  zm_document_set_model_version (r->assessment, zm_xml_peek_attr (node, "version"));

  return finish (r, zm_xml_first_element (node), no_names, "model");
}

static GDateTime *
read_timestamp (Reader  *r,
                xmlNode *node)
{
  g_autofree char *text = read_text (r, node);
  g_autofree char *trimmed = NULL;
  GDateTime *time;

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  time = g_date_time_new_from_iso8601 (trimmed, NULL);
  /* Saved in UTC: a time that falls outside the years 1 to 9999 there
   * could not be written back. */
  if (time != NULL)
    {
      GDateTime *utc = g_date_time_to_utc (time);

      g_date_time_unref (time);
      time = utc;
    }
  if (time == NULL)
    fail (r, ZM_DOCUMENT_ERROR_INVALID, node,
          _("<%s> “%s” is not a date and time such as 2026-03-09T16:40:12Z"),
          (const char *) node->name, trimmed);
  return time;
}

static gboolean
check_date (Reader     *r,
            xmlNode    *node,
            const char *date)
{
  if (!zm_xml_is_valid_date (date))
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, node,
                 _("“%s” is not a date of the form YYYY-MM-DD"), date);
  return TRUE;
}

static gboolean
check_kind (Reader     *r,
            xmlNode    *node,
            const char *kind)
{
  /* A newer minor version may know more kinds; keep theirs. */
  if (g_strv_contains (zm_care_kind_list (), kind) || (r->keep_unknown && zm_xml_is_slug (kind)))
    return TRUE;
  return fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("“%s” is not a known kind of care organisation"), kind);
}

typedef void (*TextSetter) (ZmAssessment *self, const char *value);

static const char * const organisation_fields[] = { "name", "kind", "unit", "assessors", "date", NULL };

static gboolean
read_organisation_field (Reader      *r,
                         xmlNode     *parent,
                         xmlNode    **cursor,
                         const char  *name,
                         TextSetter   setter)
{
  xmlNode *node = take (r, parent, cursor, organisation_fields, "organisation", name,
                        g_str_equal (name, "name"));
  g_autofree char *text = NULL;

  if (node == NULL)
    return !r->failed;
  if ((text = read_text (r, node)) == NULL ||
      !check_attributes (r, node, no_names, "organisation"))
    return FALSE;
  if (g_str_equal (name, "kind") && !check_kind (r, node, text))
    return FALSE;
  if (g_str_equal (name, "date") && !check_date (r, node, text))
    return FALSE;

  setter (r->assessment, text);
  return TRUE;
}

static gboolean
read_organisation (Reader  *r,
                   xmlNode *node)
{
  xmlNode *cursor = zm_xml_first_element (node);

  return check_attributes (r, node, no_names, "organisation") &&
         read_organisation_field (r, node, &cursor, "name", zm_assessment_set_organisation_name) &&
         read_organisation_field (r, node, &cursor, "kind", zm_assessment_set_organisation_kind) &&
         read_organisation_field (r, node, &cursor, "unit", zm_assessment_set_unit) &&
         read_organisation_field (r, node, &cursor, "assessors", zm_assessment_set_assessors) &&
         read_organisation_field (r, node, &cursor, "date", zm_assessment_set_date) &&
         finish (r, cursor, organisation_fields, "organisation");
}

static gboolean
read_previous (Reader  *r,
               xmlNode *node)
{
  static const char * const attrs[] = { "href", NULL };
  g_autofree char *href = require_attr (r, node, "href");

  if (href == NULL || !check_attributes (r, node, attrs, "previous"))
    return FALSE;

  zm_assessment_set_previous_uri (r->assessment, href);
  return finish (r, zm_xml_first_element (node), no_names, "previous");
}

/* Each id may appear once per list; @kind keeps the lists apart. */
static gboolean
check_unique (Reader     *r,
              xmlNode    *node,
              const char *kind,
              const char *id)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);

  if (!g_hash_table_add (r->seen, g_steal_pointer (&key)))
    return fail (r, ZM_DOCUMENT_ERROR_DUPLICATE, node, _("“%s” appears twice"), id);
  return TRUE;
}

static gboolean
read_pillar_target (Reader     *r,
                    xmlNode    *node,
                    const char *id)
{
  g_autofree char *target = zm_xml_get_attr (node, "target");

  if (target == NULL)
    return TRUE;
  if (strlen (target) != 1 || target[0] < '1' || target[0] > '4')
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("target “%s” is not a stage from 1 to 4"), target);

  zm_assessment_set_target (r->assessment, id, (guint) (target[0] - '0'));
  return TRUE;
}

static gboolean
read_pillar (Reader  *r,
             xmlNode *node)
{
  static const char * const attrs[] = { "ref", "included", "target", NULL };
  g_autofree char *id = require_attr (r, node, "ref");
  g_autofree char *included = NULL;
  g_autofree char *key = NULL;

  if (id == NULL)
    return FALSE;
  if (zm_model_find_pillar (r->model, id) == NULL)
    return fail (r, ZM_DOCUMENT_ERROR_UNKNOWN_ID, node, _("the model has no pillar “%s”"), id);
  if (!check_unique (r, node, "pillar", id))
    return FALSE;

  key = make_key (r, "pillar", id);
  included = zm_xml_get_attr (node, "included");
  if (included != NULL && !g_str_equal (included, "true") && !g_str_equal (included, "false"))
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("included “%s” is not true or false"), included);

  zm_assessment_set_pillar_included (r->assessment, id, g_strcmp0 (included, "false") != 0);
  return read_pillar_target (r, node, id) &&
         check_attributes (r, node, attrs, key) &&
         finish (r, zm_xml_first_element (node), no_names, key);
}


static gboolean
read_rating_attr (Reader     *r,
                  xmlNode    *node,
                  const char *attr,
                  ZmRating   *rating)
{
  const char *text = zm_xml_peek_attr (node, attr);

  *rating = ZM_RATING_UNANSWERED;
  if (text == NULL || zm_rating_from_string (text, rating))
    return TRUE;

  return fail (r, ZM_DOCUMENT_ERROR_INVALID, node,
               _("%s “%s” is not 0 to 4 or dont-know"), attr, text);
}

static gboolean
read_note (Reader             *r,
           xmlNode            *parent,
           xmlNode           **cursor,
           const char * const *known,
           const char         *key,
           const char         *name,
           char              **text)
{
  xmlNode *node = take (r, parent, cursor, known, key, name, FALSE);

  if (node == NULL)
    return !r->failed;

  return check_attributes (r, node, no_names, key) && (*text = read_text (r, node)) != NULL;
}

static gboolean
read_answer (Reader  *r,
             xmlNode *node)
{
  static const char * const attrs[] = { "statement", "rating", "previous", NULL };
  static const char * const known[] = { "note", NULL };
  g_autofree char *id = require_attr (r, node, "statement");
  g_autofree char *key = NULL;
  char *note = NULL;
  xmlNode *cursor = zm_xml_first_element (node);
  ZmStatement *statement;
  ZmRating rating, previous;
  guint index;

  if (id == NULL)
    return FALSE;
  if ((statement = zm_model_find_statement (r->model, id)) == NULL)
    return fail (r, ZM_DOCUMENT_ERROR_UNKNOWN_ID, node, _("the model has no statement “%s”"), id);
  index = zm_statement_get_index (statement);
  if (r->answered[index])
    return fail (r, ZM_DOCUMENT_ERROR_DUPLICATE, node, _("“%s” appears twice"), id);
  r->answered[index] = TRUE;

  key = r->respondent != NULL && r->keep_unknown ?
        g_strconcat ("respondent:", zm_respondent_get_name (r->respondent), "/answer:", id, NULL) :
        make_key (r, "answer", id);
  if (!read_rating_attr (r, node, "rating", &rating) ||
      !read_rating_attr (r, node, "previous", &previous) ||
      !check_attributes (r, node, attrs, key) ||
      !read_note (r, node, &cursor, known, key, "note", &note) ||
      !finish (r, cursor, known, key))
    {
      g_free (note);
      return FALSE;
    }

  zm_answer_load (r->respondent != NULL ? zm_respondent_get_answer_at (r->respondent, index)
                                        : zm_assessment_get_answer_at (r->assessment, index),
                  rating, previous, note);
  return TRUE;
}


static gboolean
read_step_attrs (Reader        *r,
                 xmlNode       *node,
                 ZmStepStatus  *status,
                 char         **due)
{
  g_autofree char *status_text = require_attr (r, node, "status");

  if (status_text == NULL)
    return FALSE;
  if (!zm_step_status_from_string (status_text, status))
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, node,
                 _("status “%s” is not not-started, in-progress or done"), status_text);

  *due = zm_xml_get_attr (node, "due");
  return *due == NULL || check_date (r, node, *due);
}

static gboolean
read_step (Reader  *r,
           xmlNode *node)
{
  static const char * const attrs[] = { "ref", "status", "due", NULL };
  static const char * const known[] = { "owner", "note", NULL };
  g_autofree char *id = require_attr (r, node, "ref");
  g_autofree char *key = NULL;
  char *owner = NULL, *note = NULL, *due = NULL;
  xmlNode *cursor = zm_xml_first_element (node);
  ZmChecklistItem *item;
  ZmStepStatus status;

  if (id == NULL)
    return FALSE;
  if ((item = zm_assessment_get_checklist_item (r->assessment, id)) == NULL)
    return fail (r, ZM_DOCUMENT_ERROR_UNKNOWN_ID, node, _("the model has no step “%s”"), id);
  key = make_key (r, "step", id);
  if (!check_unique (r, node, "step", id) ||
      !read_step_attrs (r, node, &status, &due) ||
      !check_attributes (r, node, attrs, key) ||
      !read_note (r, node, &cursor, known, key, "owner", &owner) ||
      !read_note (r, node, &cursor, known, key, "note", &note) ||
      !finish (r, cursor, known, key))
    {
      g_free (owner);
      g_free (note);
      g_free (due);
      return FALSE;
    }

  zm_checklist_item_load (item, status, owner, due, note);
  return TRUE;
}

typedef gboolean (*ReadItemFunc) (Reader  *r,
                                  xmlNode *node);

/* A run of one kind of element; kept unknown content goes under @key. */
static gboolean
read_items (Reader       *r,
            xmlNode      *parent,
            const char   *key,
            const char   *item_name,
            ReadItemFunc  read_item)
{
  const char * const known[] = { item_name, NULL };
  xmlNode *cursor = zm_xml_first_element (parent);
  xmlNode *node;

  while ((node = take (r, parent, &cursor, known, key, item_name, FALSE)) != NULL)
    if (!read_item (r, node))
      return FALSE;

  return !r->failed && finish (r, cursor, known, key);
}

/* <pillars>, <answers>, <checklist>, <respondents> and <agreed>. */
static gboolean
read_list (Reader       *r,
           xmlNode      *parent,
           const char   *item_name,
           ReadItemFunc  read_item)
{
  const char *key = (const char *) parent->name;

  return check_attributes (r, parent, no_names, key) &&
         read_items (r, parent, key, item_name, read_item);
}

static const char * const sections[] = { "model", "created", "modified", "organisation",
                                         "previous", "pillars", "answers", "checklist",
                                         "form", "respondents", "agreed", NULL };

/* Takes the next section of the root if it is @name; NULL when it is
 * missing or out of place, and then r->failed tells whether that was an
 * error. */
static xmlNode *
take_section (Reader      *r,
              xmlNode     *root,
              xmlNode    **cursor,
              const char  *name,
              gboolean     required)
{
  return take (r, root, cursor, sections, "assessment", name, required);
}

static GDateTime *
take_timestamp (Reader      *r,
                xmlNode     *root,
                xmlNode    **cursor,
                const char  *name)
{
  xmlNode *node = take_section (r, root, cursor, name, TRUE);

  if (node == NULL || !check_attributes (r, node, no_names, "assessment"))
    return NULL;
  return read_timestamp (r, node);
}

/* --- team content (format 1.1) ------------------------------------------- */

static gboolean
read_form (Reader  *r,
           xmlNode *node)
{
  static const char * const attrs[] = { "respondent", NULL };
  g_autofree char *name = require_attr (r, node, "respondent");

  if (name == NULL || !check_attributes (r, node, attrs, "form"))
    return FALSE;
  if (zm_nonempty (name) == NULL)
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("<%s> has an empty name"), "form");

  zm_assessment_set_respondent_name (r->assessment, name);
  return finish (r, zm_xml_first_element (node), no_names, "form");
}

static gboolean
read_respondent (Reader  *r,
                 xmlNode *node)
{
  static const char * const attrs[] = { "name", "source", NULL };
  g_autofree char *name = require_attr (r, node, "name");
  g_autofree char *source = NULL;
  g_autofree char *key = NULL;
  g_autoptr(ZmRespondent) respondent = NULL;
  gboolean ok;

  if (name == NULL)
    return FALSE;
  if (zm_nonempty (name) == NULL)
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("<%s> has an empty name"), "respondent");
  if (!check_unique (r, node, "respondent", name))
    return FALSE;

  key = make_key (r, "respondent", name);
  if (!check_attributes (r, node, attrs, key))
    return FALSE;

  source = zm_xml_get_attr (node, "source");
  respondent = zm_respondent_new (r->model, name, source);
  /* Each respondent answers every statement at most once. */
  memset (r->answered, 0, zm_model_get_n_statements (r->model) * sizeof (gboolean));
  r->respondent = respondent;
  ok = read_items (r, node, key, "answer", read_answer);
  r->respondent = NULL;
  if (!ok)
    return FALSE;

  zm_assessment_add_respondent (r->assessment, respondent);
  return TRUE;
}

static gboolean
read_agreed_rating (Reader     *r,
                    xmlNode    *node,
                    ZmRating   *rating)
{
  g_autofree char *text = require_attr (r, node, "rating");

  if (text == NULL)
    return FALSE;
  if (!zm_rating_from_string (text, rating) || !ZM_RATING_IS_SCORED (*rating))
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, node, _("rating “%s” is not 0 to 4"), text);
  return TRUE;
}

static GDateTime *
read_agreed_time (Reader  *r,
                  xmlNode *node)
{
  g_autofree char *text = require_attr (r, node, "at");
  GDateTime *time;

  if (text == NULL)
    return NULL;
  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    fail (r, ZM_DOCUMENT_ERROR_INVALID, node,
          _("“%s” is not a date and time such as 2026-03-09T16:40:12Z"), text);
  return time;
}

static gboolean
read_agreement (Reader  *r,
                xmlNode *node)
{
  static const char * const attrs[] = { "statement", "rating", "by", "at", NULL };
  g_autofree char *id = require_attr (r, node, "statement");
  g_autofree char *by = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GDateTime) at = NULL;
  ZmRating rating;

  if (id == NULL)
    return FALSE;
  if (zm_model_find_statement (r->model, id) == NULL)
    return fail (r, ZM_DOCUMENT_ERROR_UNKNOWN_ID, node, _("the model has no statement “%s”"), id);
  key = make_key (r, "agreement", id);
  if (!check_unique (r, node, "agreement", id) ||
      !read_agreed_rating (r, node, &rating) ||
      (at = read_agreed_time (r, node)) == NULL ||
      !check_attributes (r, node, attrs, key) ||
      !finish (r, zm_xml_first_element (node), no_names, key))
    return FALSE;

  by = zm_xml_get_attr (node, "by");
  zm_assessment_set_agreed_rating (r->assessment, id, rating, by, at);
  return TRUE;
}

/* All three are optional: a document of one person has none of them. */
static gboolean
read_team (Reader   *r,
           xmlNode  *root,
           xmlNode **cursor)
{
  xmlNode *node;

  if ((node = take_section (r, root, cursor, "form", FALSE)) != NULL && !read_form (r, node))
    return FALSE;
  if ((node = take_section (r, root, cursor, "respondents", FALSE)) != NULL &&
      !read_list (r, node, "respondent", read_respondent))
    return FALSE;
  if ((node = take_section (r, root, cursor, "agreed", FALSE)) != NULL &&
      !read_list (r, node, "agreement", read_agreement))
    return FALSE;
  return !r->failed;
}

static gboolean
read_lists (Reader   *r,
            xmlNode  *root,
            xmlNode **cursor)
{
  xmlNode *node;

  return (node = take_section (r, root, cursor, "pillars", TRUE)) != NULL &&
         read_list (r, node, "pillar", read_pillar) &&
         (node = take_section (r, root, cursor, "answers", TRUE)) != NULL &&
         read_list (r, node, "answer", read_answer) &&
         (node = take_section (r, root, cursor, "checklist", TRUE)) != NULL &&
         read_list (r, node, "step", read_step) &&
         read_team (r, root, cursor);
}

static gboolean
read_sections (Reader  *r,
               xmlNode *root)
{
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  xmlNode *cursor = zm_xml_first_element (root);
  xmlNode *node;

  if ((node = take_section (r, root, &cursor, "model", TRUE)) == NULL ||
      !read_model_ref (r, node) ||
      (created = take_timestamp (r, root, &cursor, "created")) == NULL ||
      (modified = take_timestamp (r, root, &cursor, "modified")) == NULL ||
      (node = take_section (r, root, &cursor, "organisation", TRUE)) == NULL ||
      !read_organisation (r, node))
    return FALSE;
  if ((node = take_section (r, root, &cursor, "previous", FALSE)) != NULL &&
      !read_previous (r, node))
    return FALSE;
  if (r->failed || !read_lists (r, root, &cursor) ||
      !finish (r, cursor, sections, "assessment"))
    return FALSE;

  zm_assessment_set_created (r->assessment, created);
  zm_assessment_set_modified (r->assessment, modified);
  return TRUE;
}

/* One to three digits at *@p, which moves past them. */
static gboolean
parse_version_number (const char **p,
                      guint       *value)
{
  guint digits = 0;

  *value = 0;
  for (; g_ascii_isdigit (**p) && digits < 3; (*p)++, digits++)
    *value = *value * 10 + (guint) (**p - '0');
  return digits > 0;
}

/* MAJOR.MINOR, each of one to three digits. Read by hand rather than with
 * g_ascii_string_to_unsigned(), which judges its result by errno: on
 * reader threads under AddressSanitizer it was seen to refuse "1". */
static gboolean
parse_version (const char *text,
               guint      *major,
               guint      *minor)
{
  const char *p = text;

  if (text == NULL)
    return FALSE;

  return parse_version_number (&p, major) && *p++ == '.' &&
         parse_version_number (&p, minor) && *p == '\0';
}

static gboolean
check_root_element (Reader  *r,
                    xmlNode *root)
{
  if (root->ns == NULL)
    return fail (r, ZM_DOCUMENT_ERROR_NOT_ASSESSMENT, root,
                 _("not a Zorgmarketing Scan assessment: the root element <%s> has no namespace"),
                 (const char *) root->name);
  if (!g_str_has_prefix ((const char *) root->ns->href, NAMESPACE_STEM) ||
      !g_str_equal ((const char *) root->name, "assessment"))
    return fail (r, ZM_DOCUMENT_ERROR_NOT_ASSESSMENT, root,
                 _("not a Zorgmarketing Scan assessment: the root element is <%s> in namespace “%s”"),
                 (const char *) root->name, (const char *) root->ns->href);
  return TRUE;
}

/* The version attribute decides; the namespace must agree with its major
 * number, as the format promises. */
static gboolean
check_version (Reader  *r,
               xmlNode *root,
               guint   *major,
               guint   *minor)
{
  g_autofree char *version = require_attr (r, root, "version");
  g_autofree char *expected_ns = NULL;

  if (version == NULL)
    return FALSE;
  if (!parse_version (version, major, minor))
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, root,
                 _("version “%s” is not of the form MAJOR.MINOR"), version);
  if (*major > ZM_DOCUMENT_MAJOR_VERSION)
    return fail (r, ZM_DOCUMENT_ERROR_NEWER_VERSION, root,
                 _("this file was written by a newer version of Zorgmarketing Scan "
                   "(format %s); this version reads format %d.%d and older: "
                   "please update the application"),
                 version, ZM_DOCUMENT_MAJOR_VERSION, ZM_DOCUMENT_MINOR_VERSION);

  expected_ns = g_strdup_printf (NAMESPACE_STEM "%u", *major);
  if (!g_str_equal ((const char *) root->ns->href, expected_ns))
    return fail (r, ZM_DOCUMENT_ERROR_NOT_ASSESSMENT, root,
                 _("the namespace “%s” does not match version “%s”"),
                 (const char *) root->ns->href, version);
  if (*major < ZM_DOCUMENT_MAJOR_VERSION && !zm_document_can_migrate (*major))
    return fail (r, ZM_DOCUMENT_ERROR_INVALID, root,
                 _("format %s is too old to be read"), version);
  return TRUE;
}

static ZmAssessment *
read_document (Reader *r,
               xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr(ZmAssessment) assessment = NULL;
  guint major = 0, minor = 0;

  if (root == NULL)
    {
      fail (r, ZM_DOCUMENT_ERROR_MALFORMED, NULL, _("the file is empty"));
      return NULL;
    }
  if (!check_root_element (r, root) || !check_version (r, root, &major, &minor))
    return NULL;
  if (major < ZM_DOCUMENT_MAJOR_VERSION &&
      !zm_document_migrate (doc, major, r->name, r->error))
    return NULL;

  assessment = zm_assessment_new (r->model);
  r->assessment = assessment;
  r->keep_unknown = major == ZM_DOCUMENT_MAJOR_VERSION && minor > ZM_DOCUMENT_MINOR_VERSION;
  if (r->keep_unknown)
    zm_document_set_minor (assessment, minor);

  zm_assessment_begin_load (assessment);
  if (!check_attributes (r, root, (const char * const[]) { "version", NULL }, "assessment") ||
      !read_sections (r, root))
    return NULL;
  zm_assessment_end_load (assessment);

  return g_steal_pointer (&assessment);
}

ZmAssessment *
zm_document_read_bytes (GBytes      *bytes,
                        const char  *display_name,
                        ZmModel     *model,
                        GError     **error)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autofree gboolean *answered = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  Reader r = { NULL, };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (ZM_IS_MODEL (model), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  answered = g_new0 (gboolean, MAX (zm_model_get_n_statements (model), 1));
  r.answered = answered;
  r.name = display_name != NULL ? display_name : "document";
  r.model = model;
  r.seen = seen;
  r.error = error;

  doc = zm_xml_parse (bytes, r.name, ZM_DOCUMENT_MAX_SIZE, ZM_DOCUMENT_ERROR, error);
  if (doc == NULL)
    return NULL;

  return read_document (&r, doc);
}
