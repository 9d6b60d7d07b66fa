/* zm-model-reader.c: parses a model file and checks its structure and
 * meaning, reporting the line of the first problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zm-model-private.h"
#include "zm-xml-private.h"

typedef struct {
  const char  *name;
  ZmModel     *model;
  GError     **error;
} Reader;

static gboolean G_GNUC_PRINTF (3, 4)
fail (Reader        *r,
      const xmlNode *node,
      const char    *format,
      ...)
{
  va_list args;

  va_start (args, format);
  zm_xml_set_error_valist (r->error, ZM_MODEL_ERROR, ZM_MODEL_ERROR_INVALID,
                           r->name, node, format, args);
  va_end (args);
  return FALSE;
}

static gboolean
fail_unexpected (Reader        *r,
                 const xmlNode *node)
{
  if (node->type != XML_ELEMENT_NODE)
    return fail (r, node, _("unexpected text"));

  return fail (r, node, _("unexpected element <%s>"), (const char *) node->name);
}

/* Takes the element @name at @cursor and moves the cursor on. Returns NULL
 * when it is not there, and then sets the error if it was @required. */
static xmlNode *
take (Reader      *r,
      xmlNode     *parent,
      xmlNode    **cursor,
      const char  *name,
      gboolean     required)
{
  xmlNode *node = *cursor;

  if (zm_xml_is_element (node, ZM_MODEL_NAMESPACE, name))
    {
      *cursor = zm_xml_next_element (node);
      return node;
    }

  if (!required)
    return NULL;
  if (node == NULL)
    fail (r, parent, _("<%s> lacks <%s>"), (const char *) parent->name, name);
  else if (node->type == XML_ELEMENT_NODE)
    fail (r, node, _("expected <%s>, found <%s>"), name, (const char *) node->name);
  else
    fail_unexpected (r, node);

  return NULL;
}

static gboolean
expect_end (Reader  *r,
            xmlNode *cursor)
{
  if (cursor != NULL)
    return fail_unexpected (r, cursor);
  return TRUE;
}

/* Texts are collapsed, checked and translated. */
static char *
read_text (Reader  *r,
           xmlNode *node)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  if (zm_xml_has_element_children (node))
    {
      fail (r, node, _("<%s> must hold text only"), (const char *) node->name);
      return NULL;
    }

  raw = zm_xml_get_text (node);
  text = zm_xml_collapse_space (raw);
  if (*text == '\0')
    {
      fail (r, node, _("<%s> is empty"), (const char *) node->name);
      return NULL;
    }

  return zm_model_translate (text);
}

static char *
take_text (Reader      *r,
           xmlNode     *parent,
           xmlNode    **cursor,
           const char  *name)
{
  xmlNode *node = take (r, parent, cursor, name, TRUE);

  return node != NULL ? read_text (r, node) : NULL;
}

static char *
require_attr (Reader      *r,
              xmlNode     *node,
              const char  *attr)
{
  char *value = zm_xml_get_attr (node, attr);

  if (value == NULL || *value == '\0')
    {
      fail (r, node, _("<%s> lacks the attribute “%s”"), (const char *) node->name, attr);
      g_clear_pointer (&value, g_free);
    }

  return value;
}

static gboolean
read_stage_names (Reader  *r,
                  xmlNode *parent)
{
  xmlNode *cursor = zm_xml_first_element (parent);

  for (guint stage = 1; stage <= ZM_N_STAGES; stage++)
    {
      xmlNode *node = take (r, parent, &cursor, "stage-name", TRUE);
      g_autofree char *number = NULL;
      g_autofree char *expected = g_strdup_printf ("%u", stage);
      g_autofree char *name = NULL;

      if (node == NULL || (number = require_attr (r, node, "stage")) == NULL)
        return FALSE;
      if (g_strcmp0 (number, expected) != 0)
        return fail (r, node, _("stage names must be numbered 1 to 4 in order"));
      if ((name = read_text (r, node)) == NULL)
        return FALSE;

      zm_model_set_stage_name (r->model, stage, name);
    }

  return expect_end (r, cursor);
}

static gboolean
parse_rating_value (const char *value,
                    ZmRating   *rating)
{
  if (g_strcmp0 (value, "dont-know") == 0)
    *rating = ZM_RATING_DONT_KNOW;
  else if (value != NULL && strlen (value) == 1 && value[0] >= '0' && value[0] <= '4')
    *rating = (ZmRating) (value[0] - '0');
  else
    return FALSE;

  return TRUE;
}

static gboolean
read_level (Reader   *r,
            xmlNode  *node,
            gboolean  seen[6])
{
  g_autofree char *value = require_attr (r, node, "value");
  g_autofree char *label = NULL;
  g_autofree char *help = NULL;
  xmlNode *cursor = zm_xml_first_element (node);
  ZmRating rating;

  if (value == NULL)
    return FALSE;
  if (!parse_rating_value (value, &rating))
    return fail (r, node, _("rating level “%s” is not 0 to 4 or dont-know"), value);
  if (seen[rating + 1])
    return fail (r, node, _("rating level “%s” appears twice"), value);
  seen[rating + 1] = TRUE;

  if ((label = take_text (r, node, &cursor, "label")) == NULL ||
      (help = take_text (r, node, &cursor, "help")) == NULL ||
      !expect_end (r, cursor))
    return FALSE;

  zm_model_set_rating (r->model, rating, label, help);
  return TRUE;
}

static gboolean
read_rating_scale (Reader  *r,
                   xmlNode *parent)
{
  gboolean seen[6] = { FALSE, };
  xmlNode *cursor = zm_xml_first_element (parent);
  xmlNode *node;

  while ((node = take (r, parent, &cursor, "level", FALSE)) != NULL)
    if (!read_level (r, node, seen))
      return FALSE;
  if (!expect_end (r, cursor))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    if (!seen[i])
      return fail (r, parent, _("the rating scale lacks level “%s”"),
                   i == 0 ? "dont-know" : (const char *[]) { "0", "1", "2", "3", "4" }[i - 1]);

  return TRUE;
}

/* Statement ids are "<pillar-id>.<stage>.<slug>"; documents refer to them,
 * so they must be unique and tell where they belong. */
static gboolean
check_statement_id (Reader     *r,
                    xmlNode    *node,
                    const char *id,
                    ZmPillar   *pillar,
                    guint       stage)
{
  g_autofree char *prefix = g_strdup_printf ("%s.%u.", zm_pillar_get_id (pillar), stage);

  if (!g_str_has_prefix (id, prefix) || !zm_xml_is_slug (id + strlen (prefix)))
    return fail (r, node, _("statement id “%s” is not of the form “%s<slug>” (slug: a-z, 0-9, -)"),
                 id, prefix);
  if (zm_model_find_statement (r->model, id) != NULL)
    return fail (r, node, _("statement id “%s” appears twice"), id);

  return TRUE;
}

static gboolean
read_statements (Reader      *r,
                 xmlNode     *parent,
                 xmlNode    **cursor,
                 ZmStage     *stage,
                 ZmPillar    *pillar,
                 GHashTable  *seen_ids)
{
  guint number = zm_stage_get_number (stage);
  xmlNode *node;

  while ((node = take (r, parent, cursor, "statement", FALSE)) != NULL)
    {
      g_autofree char *id = require_attr (r, node, "id");
      g_autofree char *text = NULL;
      g_autoptr(ZmStatement) statement = NULL;

      if (id == NULL || !check_statement_id (r, node, id, pillar, number))
        return FALSE;
      if (g_hash_table_contains (seen_ids, id))
        return fail (r, node, _("statement id “%s” appears twice"), id);
      if ((text = read_text (r, node)) == NULL)
        return FALSE;

      g_hash_table_add (seen_ids, g_strdup (id));
      statement = zm_statement_new (id, text, number, pillar);
      zm_stage_add_statement (stage, statement);
    }

  if (g_list_model_get_n_items (zm_stage_get_statements (stage)) == 0)
    return fail (r, parent, _("stage %u has no statements"), number);

  return TRUE;
}

static gboolean
read_advice (Reader  *r,
             xmlNode *parent,
             xmlNode *advice,
             ZmStage *stage)
{
  guint number = zm_stage_get_number (stage);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  xmlNode *cursor;
  xmlNode *node;
  guint n = 0;

  if (number == ZM_N_STAGES)
    return advice == NULL ? TRUE : fail (r, advice, _("stage 4 cannot have <advice>"));
  if (advice == NULL)
    return fail (r, parent, _("stage %u lacks <advice>"), number);

  cursor = zm_xml_first_element (advice);
  while ((node = take (r, advice, &cursor, "action", FALSE)) != NULL)
    {
      g_autofree char *text = read_text (r, node);

      if (text == NULL)
        return FALSE;
      g_strv_builder_add (builder, text);
      n++;
    }
  if (!expect_end (r, cursor))
    return FALSE;
  if (n == 0)
    return fail (r, advice, _("<advice> has no <action>"));

  zm_stage_take_advice (stage, g_strv_builder_end (builder));
  return TRUE;
}

static ZmStage *
read_stage (Reader     *r,
            xmlNode    *node,
            ZmPillar   *pillar,
            guint       number,
            GHashTable *seen_ids)
{
  g_autofree char *value = require_attr (r, node, "number");
  g_autofree char *expected = g_strdup_printf ("%u", number);
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  g_autoptr(ZmStage) stage = NULL;
  xmlNode *cursor = zm_xml_first_element (node);

  if (value == NULL)
    return NULL;
  if (g_strcmp0 (value, expected) != 0)
    {
      fail (r, node, _("the stages of a pillar must be numbered 1 to 4 in order"));
      return NULL;
    }

  if ((subtitle = take_text (r, node, &cursor, "subtitle")) == NULL ||
      (description = take_text (r, node, &cursor, "description")) == NULL)
    return NULL;

  stage = zm_stage_new (pillar, number, zm_model_get_stage_name (r->model, number),
                        subtitle, description);
  if (!read_statements (r, node, &cursor, stage, pillar, seen_ids) ||
      !read_advice (r, node, take (r, node, &cursor, "advice", FALSE), stage) ||
      !expect_end (r, cursor))
    return NULL;

  return g_steal_pointer (&stage);
}

static gboolean
read_pillar_attrs (Reader    *r,
                   xmlNode   *node,
                   char     **id,
                   gboolean  *project_authored)
{
  g_autofree char *source = require_attr (r, node, "source");

  if ((*id = require_attr (r, node, "id")) == NULL || source == NULL)
    return FALSE;
  if (!zm_xml_is_slug (*id))
    return fail (r, node, _("pillar id “%s” may only hold a-z, 0-9 and -"), *id);
  if (zm_model_find_pillar (r->model, *id) != NULL)
    return fail (r, node, _("pillar id “%s” appears twice"), *id);
  if (g_strcmp0 (source, "model") != 0 && g_strcmp0 (source, "project") != 0)
    return fail (r, node, _("source “%s” is not “model” or “project”"), source);

  *project_authored = g_str_equal (source, "project");
  return TRUE;
}

static gboolean
read_pillar (Reader  *r,
             xmlNode *node,
             guint    index)
{
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *question = NULL;
  g_autoptr(ZmPillar) pillar = NULL;
  gboolean project_authored = FALSE;
  xmlNode *cursor = zm_xml_first_element (node);

  if (!read_pillar_attrs (r, node, &id, &project_authored) ||
      (name = take_text (r, node, &cursor, "name")) == NULL ||
      (question = take_text (r, node, &cursor, "question")) == NULL)
    return FALSE;

  pillar = zm_pillar_new (id, index, name, question, project_authored);
  for (guint number = 1; number <= ZM_N_STAGES; number++)
    {
      xmlNode *stage_node = take (r, node, &cursor, "stage", TRUE);
      g_autoptr(ZmStage) stage = NULL;

      if (stage_node == NULL ||
          (stage = read_stage (r, stage_node, pillar, number, seen_ids)) == NULL)
        return FALSE;
      zm_pillar_add_stage (pillar, stage);
    }
  if (!expect_end (r, cursor))
    return FALSE;

  zm_model_add_pillar (r->model, pillar);
  return TRUE;
}

static char **
read_step_pillars (Reader  *r,
                   xmlNode *node)
{
  g_autofree char *value = zm_xml_get_attr (node, "pillars");
  g_auto(GStrv) ids = g_strsplit_set (value != NULL ? value : "", " \t\r\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (*ids[i] == '\0')
        continue;
      if (zm_model_find_pillar (r->model, ids[i]) == NULL)
        {
          fail (r, node, _("step refers to pillar “%s”, which the model does not have"), ids[i]);
          return NULL;
        }
      g_strv_builder_add (builder, ids[i]);
    }

  return g_strv_builder_end (builder);
}

static gboolean
read_step (Reader  *r,
           xmlNode *node,
           guint    number)
{
  g_autofree char *id = require_attr (r, node, "id");
  g_autofree char *value = NULL;
  g_autofree char *expected = g_strdup_printf ("%u", number);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_auto(GStrv) pillars = NULL;
  g_autoptr(ZmStep) step = NULL;
  xmlNode *cursor = zm_xml_first_element (node);

  if (id == NULL || (value = require_attr (r, node, "number")) == NULL)
    return FALSE;
  if (!zm_xml_is_slug (id))
    return fail (r, node, _("step id “%s” may only hold a-z, 0-9 and -"), id);
  if (zm_model_find_step (r->model, id) != NULL)
    return fail (r, node, _("step id “%s” appears twice"), id);
  if (g_strcmp0 (value, expected) != 0)
    return fail (r, node, _("steps must be numbered from 1 in order; expected %u"), number);
  if ((pillars = read_step_pillars (r, node)) == NULL ||
      (title = take_text (r, node, &cursor, "title")) == NULL ||
      (description = take_text (r, node, &cursor, "description")) == NULL ||
      !expect_end (r, cursor))
    return FALSE;

  step = zm_step_new (id, number, title, description, g_steal_pointer (&pillars));
  zm_model_add_step (r->model, step);
  return TRUE;
}

static gboolean
read_steps (Reader  *r,
            xmlNode *parent)
{
  xmlNode *cursor = zm_xml_first_element (parent);
  xmlNode *node;
  guint number = 0;

  while ((node = take (r, parent, &cursor, "step", FALSE)) != NULL)
    if (!read_step (r, node, ++number))
      return FALSE;
  if (!expect_end (r, cursor))
    return FALSE;
  if (number == 0)
    return fail (r, parent, _("<steps> has no <step>"));

  return TRUE;
}

static gboolean
read_body (Reader  *r,
           xmlNode *root)
{
  xmlNode *cursor = zm_xml_first_element (root);
  g_autofree char *title = NULL;
  g_autofree char *credit = NULL;
  xmlNode *node;
  guint index = 0;

  if ((title = take_text (r, root, &cursor, "title")) == NULL ||
      (credit = take_text (r, root, &cursor, "credit")) == NULL)
    return FALSE;
  zm_model_set_texts (r->model, title, credit);

  if ((node = take (r, root, &cursor, "stage-names", TRUE)) == NULL ||
      !read_stage_names (r, node) ||
      (node = take (r, root, &cursor, "rating-scale", TRUE)) == NULL ||
      !read_rating_scale (r, node))
    return FALSE;

  while ((node = take (r, root, &cursor, "pillar", index == 0)) != NULL)
    if (!read_pillar (r, node, index++))
      return FALSE;
  if (index == 0)
    return FALSE;

  if ((node = take (r, root, &cursor, "steps", TRUE)) == NULL || !read_steps (r, node))
    return FALSE;

  return expect_end (r, cursor);
}

static ZmModel *
read_root (Reader  *r,
           xmlNode *root)
{
  g_autofree char *id = NULL;
  g_autofree char *version = NULL;
  g_autoptr(ZmModel) model = NULL;

  if (!zm_xml_is_element (root, ZM_MODEL_NAMESPACE, "model"))
    {
      fail (r, root, _("not a model file: the root must be <model> in namespace %s"),
            ZM_MODEL_NAMESPACE);
      return NULL;
    }
  if ((id = require_attr (r, root, "id")) == NULL ||
      (version = require_attr (r, root, "version")) == NULL)
    return NULL;
  if (!zm_xml_is_slug (id))
    {
      fail (r, root, _("model id “%s” may only hold a-z, 0-9 and -"), id);
      return NULL;
    }

  model = zm_model_new_empty (id, version);
  r->model = model;
  if (!read_body (r, root))
    return NULL;

  return g_steal_pointer (&model);
}

ZmModel *
zm_model_read (GBytes      *bytes,
               const char  *display_name,
               GError     **error)
{
  Reader r = { display_name, NULL, error };
  g_autoptr(xmlDoc) doc = NULL;

  G_STATIC_ASSERT ((int) ZM_MODEL_ERROR_DOCTYPE == (int) ZM_XML_ERROR_DOCTYPE);

  doc = zm_xml_parse (bytes, display_name, ZM_MODEL_MAX_SIZE, ZM_MODEL_ERROR, error);
  if (doc == NULL)
    return NULL;

  return read_root (&r, xmlDocGetRootElement (doc));
}
