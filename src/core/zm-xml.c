/* zm-xml.c: the one secure way core parses XML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "zm-xml-private.h"

typedef struct {
  char     *message;
  int       line;
  gboolean  doctype;
} ParseState;

static void
parse_state_clear (ParseState *state)
{
  g_clear_pointer (&state->message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParseState, parse_state_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

/* A name from the file that is safe to quote in a message: short, ASCII,
 * no markup and no control characters. */
static gboolean
is_plain_name (const char *text)
{
  gsize len = text != NULL ? strlen (text) : 0;

  if (len == 0 || len > 40)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

/* libxml2's own wording is English, about its API rather than the file,
 * and sometimes names internals ("Comment too big found"): every message the
 * user sees is ours. */
static char *
describe_parse_error (const xmlError *err)
{
  const char *message = err->message != NULL ? err->message : "";

  if (g_str_has_prefix (message, "Excessive depth"))
    return g_strdup (_("the elements are nested too deeply"));
  if (g_str_has_prefix (message, "Input is not proper UTF-8") ||
      g_str_has_prefix (message, "Char 0x0 out of allowed range"))
    return g_strdup (_("the text is not valid UTF-8"));
  if (strstr (message, "huge text node") != NULL || strstr (message, "too big") != NULL ||
      strstr (message, "too long") != NULL)
    return g_strdup (_("a text in the file is too long"));

  switch ((int) err->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
    case XML_ERR_DOCUMENT_START:
      return g_strdup (_("this is not an XML file"));
    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("there is more after the end of the document"));
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
      return g_strdup (_("the file holds a character that XML does not allow"));
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
      return g_strdup (_("the text is not valid UTF-8"));
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      if (is_plain_name (err->str1))
        /* Translators: %s is the name of an entity such as &foo; */
        return g_strdup_printf (_("the entity “&%s;” is not defined"), err->str1);
      return g_strdup (_("the file uses an entity that is not defined"));
    case XML_ERR_TAG_NAME_MISMATCH:
      if (is_plain_name (err->str1) && is_plain_name (err->str2))
        /* Translators: "the end tag </titel> does not match the start tag <title>" */
        return g_strdup_printf (_("the end tag </%s> does not match the start tag <%s>"),
                                err->str2, err->str1);
      return g_strdup (_("an end tag does not match its start tag"));
    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
      return g_strdup (_("the file ends before its elements are closed"));
    case XML_ERR_GT_REQUIRED:
    case XML_ERR_NAME_REQUIRED:
    case XML_ERR_SPACE_REQUIRED:
    case XML_ERR_EQUAL_REQUIRED:
    case XML_ERR_LT_IN_ATTRIBUTE:
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
    case XML_ERR_STRING_NOT_STARTED:
    case XML_ERR_STRING_NOT_CLOSED:
      return g_strdup (_("the tag of an element is broken"));
    case XML_ERR_ATTRIBUTE_REDEFINED:
    case XML_NS_ERR_ATTRIBUTE_REDEFINED:
      return g_strdup (_("an element has the same attribute twice"));
    case XML_ERR_COMMENT_NOT_FINISHED:
      return g_strdup (_("a comment is not closed"));
    case XML_NS_ERR_UNDEFINED_NAMESPACE:
    case XML_NS_ERR_QNAME:
    case XML_NS_ERR_EMPTY:
    case XML_NS_ERR_XML_NAMESPACE:
    case XML_NS_ERR_COLON:
    case XML_ERR_NS_DECL_ERROR:
      return g_strdup (_("a namespace prefix is not declared correctly"));
    default:
      /* Translators: %d is the code of the XML parser's error */
      return g_strdup_printf (_("this is not a well-formed XML file (error %d)"), (int) err->code);
    }
}

/* Only the first error matters: the rest usually follow from it. Warnings
 * (such as a relative namespace URI) do not make a file unreadable. */
static void
on_structured_error (void     *user_data,
                     xmlError *err)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (state->message != NULL || state->doctype || err->level < XML_ERR_ERROR)
    return;

  /* Whatever libxml2 calls it, an error at the very end is a cut-off file. */
  if (ctxt->input != NULL && ctxt->input->cur >= ctxt->input->end &&
      err->code != XML_ERR_DOCUMENT_EMPTY)
    state->message = g_strdup (_("the file ends too early; it may be incomplete"));
  else
    state->message = describe_parse_error (err);
  state->line = err->line;
}

/* A DOCTYPE is where entity expansion attacks and external DTDs live; we
 * stop at its name, before libxml2 reads a single declaration. */
static void
on_doctype (void          *user_data,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (!state->doctype)
    {
      state->doctype = TRUE;
      state->line = xmlSAX2GetLineNumber (ctxt);
    }
  xmlStopParser (ctxt);
}

static void
on_entity_decl (void          *user_data,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  on_doctype (user_data, name, public_id, system_id);
}

/* A node keeps its line in 16 bits; BIG_LINES saves the real line of text
 * nodes only, so elements past line 65535 keep theirs in psvi, which
 * nothing else uses without schema validation. */
static void
on_start_element (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = user_data;
  int line = xmlSAX2GetLineNumber (ctxt);

  xmlSAX2StartElementNs (ctxt, localname, prefix, uri, nb_namespaces, namespaces,
                         nb_attributes, nb_defaulted, attributes);
  if (line >= G_MAXUINT16 && ctxt->node != NULL)
    ctxt->node->psvi = GINT_TO_POINTER (line);
}

static xmlParserCtxt *
new_secure_context (ParseState *state)
{
  xmlParserCtxt *ctxt = xmlNewParserCtxt ();

  if (ctxt == NULL)
    return NULL;

  ctxt->_private = state;
  ctxt->sax->serror = on_structured_error;
  ctxt->sax->internalSubset = on_doctype;
  ctxt->sax->externalSubset = on_doctype;
  ctxt->sax->entityDecl = on_entity_decl;
  ctxt->sax->startElementNs = on_start_element;

  return ctxt;
}

/* Messages quote values from the file: a quoted line end or tab would
 * break the one line a message is, and a huge value would bury the
 * reason. */
#define ZM_XML_MAX_MESSAGE 400

static char *
make_one_line (const char *message)
{
  GString *out = g_string_sized_new (strlen (message));

  for (const char *p = message; *p != '\0'; p++)
    g_string_append_c (out, (guchar) *p < 0x20 || *p == 0x7f ? ' ' : *p);

  if (out->len > ZM_XML_MAX_MESSAGE)
    {
      const char *end = g_utf8_find_prev_char (out->str, out->str + ZM_XML_MAX_MESSAGE);

      g_string_truncate (out, end != NULL ? (gsize) (end - out->str) : ZM_XML_MAX_MESSAGE);
      g_string_append (out, "…");
    }
  return g_string_free (out, FALSE);
}

static void
set_error_at_line (GError     **error,
                   GQuark       domain,
                   int          code,
                   const char  *display_name,
                   int          line,
                   const char  *message)
{
  g_autofree char *one_line = make_one_line (message);

  if (line > 0)
    g_set_error (error, domain, code, "%s:%d: %s", display_name, line, one_line);
  else
    g_set_error (error, domain, code, "%s: %s", display_name, one_line);
}

static gboolean
check_size_value (gsize        size,
                  const char  *display_name,
                  gsize        max_size,
                  GQuark       domain,
                  GError     **error)
{
  g_autofree char *size_text = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *message = NULL;

  if (size == 0)
    {
      set_error_at_line (error, domain, ZM_XML_ERROR_MALFORMED, display_name, 0,
                         _("the file is empty"));
      return FALSE;
    }
  if (size <= max_size)
    return TRUE;

  size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  max_text = g_format_size_full (max_size, G_FORMAT_SIZE_IEC_UNITS);
  /* Translators: the first %s is the file size, the second the limit */
  message = g_strdup_printf (_("the file is too large (%s; the limit is %s)"),
                             size_text, max_text);
  set_error_at_line (error, domain, ZM_XML_ERROR_TOO_LARGE, display_name, 0, message);
  return FALSE;
}

static gboolean
check_size (GBytes      *bytes,
            const char  *display_name,
            gsize        max_size,
            GQuark       domain,
            GError     **error)
{
  return check_size_value (g_bytes_get_size (bytes), display_name, max_size, domain, error);
}

/* libxml2 2.9 checks an element's attributes for duplicates pair by pair
 * and keeps a node for every element: a small file of many attributes or
 * many empty elements would hold the reader for minutes or take hundreds
 * of megabytes. Our formats need a fraction of these limits. */
#define ZM_XML_MAX_ATTRIBUTES 64
#define ZM_XML_MAX_ELEMENTS   200000

typedef struct {
  const char *p;
  const char *end;
} Scan;

/* Moves past @terminator; FALSE when the input ends first, which libxml2
 * then reports in its own words. memchr keeps the pass cheap next to the
 * parse itself. */
static gboolean
scan_past (Scan       *scan,
           const char *terminator)
{
  gsize len = strlen (terminator);

  while (scan->p + len <= scan->end)
    {
      const char *hit = memchr (scan->p, terminator[0], scan->end - scan->p);

      if (hit == NULL || hit + len > scan->end)
        break;
      scan->p = hit + 1;
      if (memcmp (hit, terminator, len) == 0)
        {
          scan->p = hit + len;
          return TRUE;
        }
    }
  scan->p = scan->end;
  return FALSE;
}

static gboolean
scan_starts_with (const Scan *scan,
                  const char *prefix)
{
  gsize len = strlen (prefix);

  return scan->p + len <= scan->end && memcmp (scan->p, prefix, len) == 0;
}

/* Counts the attributes of the start tag at scan->p (just past its '<') by
 * their '=' outside quoted values, and moves past its '>'. */
static guint
scan_start_tag (Scan *scan)
{
  guint n_attributes = 0;
  char quote = '\0';

  for (; scan->p < scan->end; scan->p++)
    {
      char c = *scan->p;

      if (quote != '\0')
        {
          if (c == quote)
            quote = '\0';
        }
      else if (c == '"' || c == '\'')
        quote = c;
      else if (c == '=')
        n_attributes++;
      else if (c == '>')
        {
          scan->p++;
          break;
        }
    }
  return n_attributes;
}

/* Moves past the markup at scan->p (a '<'). Returns the number of
 * attributes of a start tag, -1 for any other markup. */
static int
scan_markup (Scan *scan)
{
  if (scan_starts_with (scan, "<!--"))
    return scan_past (scan, "-->"), -1;
  if (scan_starts_with (scan, "<![CDATA["))
    return scan_past (scan, "]]>"), -1;
  if (scan_starts_with (scan, "<?"))
    return scan_past (scan, "?>"), -1;
  if (scan_starts_with (scan, "<!") || scan_starts_with (scan, "</"))
    return scan_past (scan, ">"), -1;

  scan->p++;
  return (int) scan_start_tag (scan);
}

/* Lines are counted only for the message, so the pass itself stays a
 * memchr from one '<' to the next. */
static int
line_of (const char *start,
         const char *position)
{
  int line = 1;

  for (const char *p = start; (p = memchr (p, '\n', position - p)) != NULL; p++)
    line++;

  return line;
}

static gboolean
refuse_shape (const char  *start,
              const char  *position,
              const char  *display_name,
              GQuark       domain,
              char        *message,
              GError     **error)
{
  g_autofree char *owned = message;

  set_error_at_line (error, domain, ZM_XML_ERROR_TOO_LARGE, display_name,
                     line_of (start, position), owned);
  return FALSE;
}

/* A linear pass over the bytes before libxml2 sees them, refusing the
 * shapes above. */
static gboolean
check_shape (GBytes      *bytes,
             const char  *display_name,
             GQuark       domain,
             GError     **error)
{
  gsize size;
  const char *start = g_bytes_get_data (bytes, &size);
  Scan scan = { start, start + size };
  guint n_elements = 0;

  while (scan.p < scan.end && (scan.p = memchr (scan.p, '<', scan.end - scan.p)) != NULL)
    {
      const char *tag = scan.p;
      int n_attributes = scan_markup (&scan);

      if (n_attributes < 0)
        continue;
      if (n_attributes > ZM_XML_MAX_ATTRIBUTES)
        return refuse_shape (start, tag, display_name, domain,
                             g_strdup_printf (_("an element has more than %d attributes"),
                                              ZM_XML_MAX_ATTRIBUTES),
                             error);
      if (++n_elements > ZM_XML_MAX_ELEMENTS)
        return refuse_shape (start, tag, display_name, domain,
                             g_strdup_printf (_("the file has more than %d elements"),
                                              ZM_XML_MAX_ELEMENTS),
                             error);
    }
  return TRUE;
}

/* XML may not hold a NUL byte, and libxml2 takes one for the end of the
 * input: whatever follows would be ignored. UTF-16 and UTF-32 files hold
 * NULs too; they are named as such. */
static gboolean
check_no_nul (GBytes      *bytes,
              const char  *display_name,
              GQuark       domain,
              GError     **error)
{
  gsize size;
  const char *start = g_bytes_get_data (bytes, &size);
  const char *nul = memchr (start, '\0', size);
  gboolean wide_bom = size >= 2 && (((guchar) start[0] == 0xfe && (guchar) start[1] == 0xff) ||
                                    ((guchar) start[0] == 0xff && (guchar) start[1] == 0xfe));

  if (wide_bom || (nul != NULL && nul - start < 4))
    {
      set_error_at_line (error, domain, ZM_XML_ERROR_MALFORMED, display_name, 0,
                         _("the file is not encoded as UTF-8"));
      return FALSE;
    }
  if (nul == NULL)
    return TRUE;

  set_error_at_line (error, domain, ZM_XML_ERROR_MALFORMED, display_name,
                     line_of (start, nul), _("the file holds a NUL byte"));
  return FALSE;
}

/* Only UTF-8 (and its subset ASCII) is read: any other declared encoding
 * would go through iconv, whose errors libxml2 prints on stderr itself. */
static gboolean
check_encoding (GBytes      *bytes,
                const char  *display_name,
                GQuark       domain,
                GError     **error)
{
  static const char * const accepted[] = { "utf-8", "utf8", "us-ascii", "ascii" };
  gsize size;
  const char *start = g_bytes_get_data (bytes, &size);
  const char *end, *p, *value_end;
  g_autofree char *declaration = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  char quote;

  if (size >= 3 && memcmp (start, "\xef\xbb\xbf", 3) == 0)
    start += 3, size -= 3;
  if (size < 5 || memcmp (start, "<?xml", 5) != 0)
    return TRUE;
  end = g_strstr_len (start, MIN (size, 1024), "?>");
  if (end == NULL)
    return TRUE;  /* libxml2 reports the broken declaration */

  declaration = g_strndup (start, end - start);
  p = strstr (declaration, "encoding");
  if (p == NULL)
    return TRUE;
  p += strlen ("encoding");
  while (g_ascii_isspace (*p) || *p == '=')
    p++;
  quote = *p;
  if (quote != '"' && quote != '\'')
    return TRUE;
  value_end = strchr (p + 1, quote);
  if (value_end == NULL)
    return TRUE;
  name = g_strndup (p + 1, value_end - p - 1);

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    if (g_ascii_strcasecmp (name, accepted[i]) == 0)
      return TRUE;

  if (is_plain_name (name))
    /* Translators: %s is the name of a character encoding, such as ISO-8859-1 */
    message = g_strdup_printf (_("the file is encoded as “%s”; only UTF-8 can be read"), name);
  else
    message = g_strdup (_("the file is not encoded as UTF-8"));
  set_error_at_line (error, domain, ZM_XML_ERROR_MALFORMED, display_name, 1, message);
  return FALSE;
}

/* libxml2 reports a few errors (from its encoding and I/O code) through its
 * thread's generic handler instead of the parser context's, which prints
 * them on stderr; while we parse, those go nowhere. */
static void
ignore_generic_error (void       *context,
                      const char *format,
                      ...)
{
}

/* No XML_PARSE_NOENT, DTDLOAD, DTDATTR or HUGE: entities stay unexpanded,
 * no DTD is fetched and libxml2's depth and size limits stay on. COMPACT
 * stores short texts inside their nodes, sparing an allocation each; core
 * never changes a text node of a parsed tree, which COMPACT forbids.
 * BIG_LINES, or lines past 65535 are all reported as line 65535. */
#define ZM_XML_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
                              XML_PARSE_COMPACT | XML_PARSE_BIG_LINES)

static gsize parser_ready;

xmlDoc *
zm_xml_parse (GBytes      *bytes,
              const char  *display_name,
              gsize        max_size,
              GQuark       domain,
              GError     **error)
{
  g_auto(ParseState) state = { NULL, 0, FALSE };
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  gsize size;
  const char *data;

  xmlGenericErrorFunc saved_handler;
  void *saved_context;

  /* libxml2 sets up its global state on first use; documents are read on
   * several threads at once (a comparison), so that happens once, before
   * any of them parses. */
  if (g_once_init_enter (&parser_ready))
    {
      xmlInitParser ();
      g_once_init_leave (&parser_ready, 1);
    }

  if (!check_size (bytes, display_name, max_size, domain, error) ||
      !check_no_nul (bytes, display_name, domain, error) ||
      !check_encoding (bytes, display_name, domain, error) ||
      !check_shape (bytes, display_name, domain, error))
    return NULL;

  ctxt = new_secure_context (&state);
  if (ctxt == NULL)
    {
      set_error_at_line (error, domain, ZM_XML_ERROR_IO, display_name, 0,
                         _("out of memory"));
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  saved_handler = xmlGenericError;
  saved_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);
  doc = xmlCtxtReadMemory (ctxt, data, (int) size, NULL, NULL, ZM_XML_PARSE_OPTIONS);
  xmlSetGenericErrorFunc (saved_context, saved_handler);

  if (state.doctype || (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL)))
    {
      set_error_at_line (error, domain, ZM_XML_ERROR_DOCTYPE, display_name, state.line,
                         _("document type declarations (DOCTYPE) are not allowed"));
      return NULL;
    }
  if (doc == NULL || state.message != NULL || !ctxt->wellFormed)
    {
      set_error_at_line (error, domain, ZM_XML_ERROR_MALFORMED, display_name, state.line,
                         state.message != NULL ? state.message : _("not a well-formed XML file"));
      return NULL;
    }

  return g_steal_pointer (&doc);
}

/* libxml2 numbers a text node by the line where the text ends; a person
 * looks for the line where the stray text begins. */
static int
get_line (const xmlNode *node)
{
  int line = (int) xmlGetLineNo (node);
  gboolean leading = TRUE;

  if (node->type == XML_ELEMENT_NODE && node->psvi != NULL)
    return GPOINTER_TO_INT (node->psvi);

  if (node->type != XML_TEXT_NODE || node->content == NULL || line <= 0)
    return line;

  for (const xmlChar *p = node->content; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        leading = FALSE;
      if (*p == '\n' && !leading)
        line--;
    }
  return MAX (line, 1);
}

void
zm_xml_set_error_valist (GError        **error,
                         GQuark          domain,
                         int             code,
                         const char     *display_name,
                         const xmlNode  *node,
                         const char     *format,
                         va_list         args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  set_error_at_line (error, domain, code, display_name,
                     node != NULL ? get_line (node) : 0, message);
}

void
zm_xml_set_error (GError        **error,
                  GQuark          domain,
                  int             code,
                  const char     *display_name,
                  const xmlNode  *node,
                  const char     *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  zm_xml_set_error_valist (error, domain, code, display_name, node, format, args);
  va_end (args);
}

gboolean
zm_xml_is_element (const xmlNode *node,
                   const char    *ns,
                   const char    *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, ns) == 0 &&
         (name == NULL || g_strcmp0 ((const char *) node->name, name) == 0);
}

/* Comments, processing instructions and white space between elements carry
 * nothing; any other text between elements is a mistake in the file. */
gboolean
zm_xml_is_ignorable (const xmlNode *node)
{
  if (node->type == XML_COMMENT_NODE || node->type == XML_PI_NODE)
    return TRUE;

  return node->type == XML_TEXT_NODE && xmlIsBlankNode ((xmlNode *) node);
}

/* Returns the first node at or after @node that is not ignorable: an
 * element, or stray text that the caller reports. */
static xmlNode *
skip_ignorable (xmlNode *node)
{
  while (node != NULL && zm_xml_is_ignorable (node))
    node = node->next;
  return node;
}

xmlNode *
zm_xml_first_element (xmlNode *node)
{
  return skip_ignorable (node->children);
}

xmlNode *
zm_xml_next_element (xmlNode *node)
{
  return skip_ignorable (node->next);
}

/* Attribute values are read on every answer: this borrows the text
 * instead of copying it. Without a DTD an attribute holds at most one text
 * node (entity references are refused, character references resolved). */
const char *
zm_xml_peek_attr (const xmlNode *node,
                  const char    *name)
{
  for (const xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->ns != NULL || !g_str_equal ((const char *) attr->name, name))
        continue;
      if (attr->children == NULL)
        return "";
      if (attr->children->next == NULL && attr->children->type == XML_TEXT_NODE)
        return (const char *) attr->children->content;
      return NULL;
    }
  return NULL;
}

char *
zm_xml_get_attr (const xmlNode *node,
                 const char    *name)
{
  const char *value = zm_xml_peek_attr (node, name);
  xmlChar *full;
  char *copy;

  if (value != NULL || xmlHasNsProp (node, BAD_CAST name, NULL) == NULL)
    return g_strdup (value);

  full = xmlGetNoNsProp (node, BAD_CAST name);
  copy = g_strdup ((const char *) full);
  xmlFree (full);
  return copy;
}

/* The text of an element that holds only text: usually one text node,
 * copied once. */
char *
zm_xml_get_text (const xmlNode *node)
{
  xmlChar *content;
  char *copy;

  if (node->children == NULL)
    return g_strdup ("");
  if (node->children->next == NULL && node->children->type == XML_TEXT_NODE)
    return g_strdup ((const char *) node->children->content);

  content = xmlNodeGetContent (node);
  copy = g_strdup (content != NULL ? (const char *) content : "");
  xmlFree (content);
  return copy;
}

/* The same normalisation as xgettext's ITS default (preserveSpace
 * "default"), so that the msgids match the loaded texts. */
char *
zm_xml_collapse_space (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean in_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          in_space = TRUE;
          continue;
        }
      if (in_space && out->len > 0)
        g_string_append_c (out, ' ');
      in_space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

gboolean
zm_xml_is_slug (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

gboolean
zm_xml_is_valid_date (const char *text)
{
  guint64 year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = g_ascii_strtoull (text, NULL, 10);
  month = g_ascii_strtoull (text + 5, NULL, 10);
  day = g_ascii_strtoull (text + 8, NULL, 10);

  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
zm_xml_has_element_children (const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      return TRUE;
  return FALSE;
}

static GBytes *
read_stream_bounded (GInputStream  *stream,
                     gsize          max_size,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[64 * 1024];

  /* Reading one byte past the limit is enough to know it is too large,
   * without holding an arbitrarily large file in memory. */
  while (buffer->len <= max_size)
    {
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Anything but a regular file is refused before it is opened: opening a
 * FIFO waits for a writer forever, and a device such as /dev/zero never
 * ends. The size is known here too, so a huge file is refused unread. */
static gboolean
check_file_type (GFile         *file,
                 const char    *display_name,
                 gsize          max_size,
                 GCancellable  *cancellable,
                 GQuark         domain,
                 GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileType type;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_error_at_line (error, domain, ZM_XML_ERROR_IO, display_name, 0, local_error->message);
      return FALSE;
    }

  type = g_file_info_get_file_type (info);
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      set_error_at_line (error, domain, ZM_XML_ERROR_IO, display_name, 0,
                         _("this is a folder, not a file"));
      return FALSE;
    }
  if (type != G_FILE_TYPE_REGULAR)
    {
      set_error_at_line (error, domain, ZM_XML_ERROR_IO, display_name, 0,
                         _("this is not a regular file"));
      return FALSE;
    }

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > (goffset) max_size)
    {
      return check_size_value ((gsize) g_file_info_get_size (info), display_name, max_size,
                               domain, error);
    }
  return TRUE;
}

GBytes *
zm_xml_read_file (GFile         *file,
                  const char    *display_name,
                  gsize          max_size,
                  char         **etag_out,
                  GCancellable  *cancellable,
                  GQuark         domain,
                  GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (!check_file_type (file, display_name, max_size, cancellable, domain, error))
    return NULL;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream != NULL)
    info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_ETAG_VALUE ","
                                           G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                           cancellable, &local_error);
  /* Replaced by something else since it was looked at. */
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_TYPE) &&
      g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_error_at_line (error, domain, ZM_XML_ERROR_IO, display_name, 0,
                         _("this is not a regular file"));
      return NULL;
    }
  if (info != NULL)
    bytes = read_stream_bounded (G_INPUT_STREAM (stream), max_size, cancellable, &local_error);

  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_error_at_line (error, domain, ZM_XML_ERROR_IO, display_name, 0,
                           local_error->message);
      return NULL;
    }

  if (etag_out != NULL)
    *etag_out = g_strdup (g_file_info_get_etag (info));

  return g_steal_pointer (&bytes);
}
