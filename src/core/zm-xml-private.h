/* zm-xml-private.h: the one secure way core parses XML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* The first four codes of ZmDocumentError and ZmModelError are these, in
 * this order, so the parser can report in either domain. */
typedef enum {
  ZM_XML_ERROR_IO,
  ZM_XML_ERROR_TOO_LARGE,
  ZM_XML_ERROR_MALFORMED,
  ZM_XML_ERROR_DOCTYPE,
} ZmXmlError;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

GBytes     *zm_xml_read_file           (GFile         *file,
                                        const char    *display_name,
                                        gsize          max_size,
                                        char         **etag_out,
                                        GCancellable  *cancellable,
                                        GQuark         domain,
                                        GError       **error);

xmlDoc     *zm_xml_parse               (GBytes        *bytes,
                                        const char    *display_name,
                                        gsize          max_size,
                                        GQuark         domain,
                                        GError       **error);

void        zm_xml_set_error           (GError       **error,
                                        GQuark         domain,
                                        int            code,
                                        const char    *display_name,
                                        const xmlNode *node,
                                        const char    *format,
                                        ...) G_GNUC_PRINTF (6, 7);
void        zm_xml_set_error_valist    (GError       **error,
                                        GQuark         domain,
                                        int            code,
                                        const char    *display_name,
                                        const xmlNode *node,
                                        const char    *format,
                                        va_list        args) G_GNUC_PRINTF (6, 0);

gboolean    zm_xml_is_element          (const xmlNode *node,
                                        const char    *ns,
                                        const char    *name);
gboolean    zm_xml_is_ignorable        (const xmlNode *node);
xmlNode    *zm_xml_first_element       (xmlNode       *node);
xmlNode    *zm_xml_next_element        (xmlNode       *node);
const char *zm_xml_peek_attr           (const xmlNode *node,
                                        const char    *name);
char       *zm_xml_get_attr            (const xmlNode *node,
                                        const char    *name);
char       *zm_xml_get_text            (const xmlNode *node);
char       *zm_xml_collapse_space      (const char    *text);
gboolean    zm_xml_is_slug             (const char    *text);
gboolean    zm_xml_is_valid_date       (const char    *text);
gboolean    zm_xml_has_element_children (const xmlNode *node);

G_END_DECLS
