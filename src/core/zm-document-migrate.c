/* zm-document-migrate.c: brings documents of older formats up to date
 *
 * Each entry turns a tree of one major format into the next, in place, so
 * that the reader only ever knows the current format. Nodes keep their line
 * numbers, so problems are still reported where they are in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zm-document-private.h"
#include "zm-xml-private.h"

typedef gboolean (*MigrateFunc) (xmlDoc      *doc,
                                 const char  *display_name,
                                 GError     **error);

static void
rename_element (xmlNode    *node,
                const char *from,
                const char *to)
{
  if (node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, from))
    xmlNodeSetName (node, BAD_CAST to);
}

/* Renames the attribute and maps its value through @map (pairs of old and
 * new values, NULL-terminated); values not in the map are left as they are
 * for the reader to report. */
static void
rename_attribute (xmlNode            *node,
                  const char         *from,
                  const char         *to,
                  const char * const *map)
{
  g_autofree char *value = zm_xml_get_attr (node, from);
  const char *new_value;

  if (value == NULL)
    return;

  new_value = value;
  for (guint i = 0; map != NULL && map[i] != NULL; i += 2)
    if (g_str_equal (value, map[i]))
      new_value = map[i + 1];

  xmlUnsetProp (node, BAD_CAST from);
  xmlSetProp (node, BAD_CAST to, BAD_CAST new_value);
}

static void
migrate_0_node (xmlNode *node)
{
  static const char * const ratings[] = { "?", "dont-know", NULL };
  static const char * const states[] = { "todo", "not-started", "doing", "in-progress", NULL };

  rename_element (node, "organization", "organisation");
  if (node->parent != NULL && g_strcmp0 ((const char *) node->parent->name, "organisation") == 0)
    rename_element (node, "type", "kind");
  rename_element (node, "responses", "answers");
  if (g_str_equal ((const char *) node->name, "response"))
    {
      rename_element (node, "response", "answer");
      rename_attribute (node, "value", "rating", ratings);
    }
  if (node->parent != NULL && g_strcmp0 ((const char *) node->parent->name, "checklist") == 0)
    rename_attribute (node, "state", "status", states);
}

/* Format 0.9, the pre-release of 2025: American "organization" with a
 * "type", "responses" whose "value" used "?" for don't know, and checklist
 * steps with a "state" of todo/doing/done. Parents are renamed before their
 * children are visited, so the children see the new names. */
static void
migrate_0_tree (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      migrate_0_node (node);
      migrate_0_tree (node->children);
    }
}

static gboolean
migrate_0_to_1 (xmlDoc      *doc,
                const char  *display_name,
                GError     **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  /* All elements share the root's namespace declaration: changing it
   * moves every element into the current namespace at once. */
  for (xmlNs *ns = root->nsDef; ns != NULL; ns = ns->next)
    if (g_strcmp0 ((const char *) ns->href, "urn:zorgmarketing-scan:assessment:0") == 0)
      {
        xmlFree ((xmlChar *) ns->href);
        ns->href = xmlStrdup (BAD_CAST ZM_DOCUMENT_NAMESPACE);
      }

  migrate_0_tree (root->children);
  xmlSetProp (root, BAD_CAST "version", BAD_CAST "1.0");
  return TRUE;
}

static const struct {
  guint       from_major;
  MigrateFunc migrate;
} migrations[] = {
  { 0, migrate_0_to_1 },
};

gboolean
zm_document_can_migrate (guint from_major)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    if (migrations[i].from_major == from_major)
      return TRUE;
  return FALSE;
}

gboolean
zm_document_migrate (xmlDoc      *doc,
                     guint        from_major,
                     const char  *display_name,
                     GError     **error)
{
  for (guint major = from_major; major < ZM_DOCUMENT_MAJOR_VERSION; major++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (migrations) && !found; i++)
        {
          if (migrations[i].from_major != major)
            continue;
          if (!migrations[i].migrate (doc, display_name, error))
            return FALSE;
          found = TRUE;
        }

      if (!found)
        {
          g_autofree char *format = g_strdup_printf ("%u.x", major);

          zm_xml_set_error (error, ZM_DOCUMENT_ERROR, ZM_DOCUMENT_ERROR_INVALID, display_name,
                            xmlDocGetRootElement (doc), _("format %s is too old to be read"), format);
          return FALSE;
        }
    }
  return TRUE;
}
