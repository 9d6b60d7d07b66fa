/* zm-pptx.c: the slide deck as a PowerPoint file (Office Open XML)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A .pptx is a ZIP package of XML parts. Every part is written with
 * libxml2's xmlTextWriter and the package with libarchive, which is in
 * every Linux distribution and in the GNOME runtime, writes ZIP with
 * deflate, and streams to any callback, so the file goes through the same
 * atomic replace as every other export.
 *
 * The slides use two layouts, a title slide and a title with content, whose
 * placeholders hold the titles and the text: a manager can change a word
 * and PowerPoint or Impress keeps the formatting. The text sits where the
 * PDF draws it, at the size the layout chose. Graphics are pictures: a PNG
 * at four pixels a point, and the same drawing as SVG for the programs that
 * read Office's SVG extension, with the PNG as their fallback.
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <png.h>
#include <zlib.h>

#include "zm-export.h"
#include "zm-pptx.h"

#define EMU_PER_POINT 12700
#define NOTES_WIDTH   6858000
#define NOTES_HEIGHT  9144000
#define FIRST_SLIDE_RID 10

#define NS_A   "http://schemas.openxmlformats.org/drawingml/2006/main"
#define NS_R   "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_P   "http://schemas.openxmlformats.org/presentationml/2006/main"
#define NS_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL    NS_R "/"
#define SVG_EXT_URI "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
#define NS_SVG "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
#define CT     "application/vnd.openxmlformats-officedocument."
#define CT_PML CT "presentationml."

typedef struct {
  struct archive *archive;
  GOutputStream  *stream;
  GCancellable   *cancellable;
  GError         *error;
  ZmSlides       *slides;
  const char     *lang;
  GByteArray    **png;   /* per slide, NULL without a graphic */
  GByteArray    **svg;
} Package;

/* --- the ZIP container --------------------------------------------------- */

static la_ssize_t
write_callback (struct archive *archive,
                void           *data,
                const void     *buffer,
                size_t          length)
{
  Package *pkg = data;

  if (pkg->error != NULL)
    return -1;
  if (!g_output_stream_write_all (pkg->stream, buffer, length, NULL, pkg->cancellable, &pkg->error))
    return -1;
  return (la_ssize_t) length;
}

static gboolean
archive_failed (Package *pkg)
{
  if (pkg->error == NULL)
    g_set_error (&pkg->error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_FAILED,
                 /* Translators: %s says what went wrong */
                 _("Could not write the presentation: %s"), archive_error_string (pkg->archive));
  return FALSE;
}

/* PNG is compressed already: it is stored; XML is deflated. */
static gboolean
add_entry (Package    *pkg,
           const char *name,
           const void *data,
           gsize       size)
{
  struct archive_entry *entry = archive_entry_new ();
  gboolean ok;

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, (la_int64_t) size);
  archive_entry_set_mtime (entry, g_get_real_time () / G_USEC_PER_SEC, 0);
  if (g_str_has_suffix (name, ".png"))
    archive_write_zip_set_compression_store (pkg->archive);
  else
    archive_write_zip_set_compression_deflate (pkg->archive);

  ok = archive_write_header (pkg->archive, entry) == ARCHIVE_OK &&
       (size == 0 || archive_write_data (pkg->archive, data, size) == (la_ssize_t) size) &&
       archive_write_finish_entry (pkg->archive) == ARCHIVE_OK;
  archive_entry_free (entry);

  return ok || archive_failed (pkg);
}

/* --- XML parts ----------------------------------------------------------- */

typedef struct {
  xmlBufferPtr     buffer;
  xmlTextWriterPtr w;
} Part;

static xmlTextWriterPtr
part_begin (Part *part)
{
  part->buffer = xmlBufferCreate ();
  part->w = xmlNewTextWriterMemory (part->buffer, 0);
  xmlTextWriterStartDocument (part->w, NULL, "UTF-8", "yes");
  return part->w;
}

static gboolean
part_end (Package    *pkg,
          Part       *part,
          const char *name)
{
  gboolean ok;

  xmlTextWriterEndDocument (part->w);
  xmlFreeTextWriter (part->w);
  ok = add_entry (pkg, name, xmlBufferContent (part->buffer), xmlBufferLength (part->buffer));
  xmlBufferFree (part->buffer);
  return ok;
}

static void
start (xmlTextWriterPtr  w,
       const char       *name)
{
  xmlTextWriterStartElement (w, (const xmlChar *) name);
}

static void
end (xmlTextWriterPtr w)
{
  xmlTextWriterEndElement (w);
}

static void
attr (xmlTextWriterPtr  w,
      const char       *name,
      const char       *value)
{
  xmlTextWriterWriteAttribute (w, (const xmlChar *) name, (const xmlChar *) value);
}

static void
attr_int (xmlTextWriterPtr  w,
          const char       *name,
          gint64            value)
{
  char text[24];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  attr (w, name, text);
}

/* <name a="1" b="2"/>: attribute names and values in pairs, then NULL. */
static void G_GNUC_NULL_TERMINATED
empty (xmlTextWriterPtr  w,
       const char       *name,
       ...)
{
  const char *key;
  va_list args;

  start (w, name);
  va_start (args, name);
  while ((key = va_arg (args, const char *)) != NULL)
    attr (w, key, va_arg (args, const char *));
  va_end (args);
  end (w);
}

static void
text_element (xmlTextWriterPtr  w,
              const char       *name,
              const char       *text)
{
  xmlTextWriterWriteElement (w, (const xmlChar *) name, (const xmlChar *) (text ? text : ""));
}

static void
presentation_namespaces (xmlTextWriterPtr w)
{
  attr (w, "xmlns:a", NS_A);
  attr (w, "xmlns:r", NS_R);
  attr (w, "xmlns:p", NS_P);
}

static gint64
emu (double points)
{
  return (gint64) llround (points * EMU_PER_POINT);
}

/* --- relationships ------------------------------------------------------- */

static void
relationship (xmlTextWriterPtr  w,
              const char       *id,
              const char       *type,
              const char       *target)
{
  empty (w, "Relationship", "Id", id, "Type", type, "Target", target, NULL);
}

static void
relationship_n (xmlTextWriterPtr  w,
                guint             id,
                const char       *type,
                const char       *target)
{
  g_autofree char *rid = g_strdup_printf ("rId%u", id);

  relationship (w, rid, type, target);
}

static xmlTextWriterPtr
rels_begin (Part *part)
{
  xmlTextWriterPtr w = part_begin (part);

  start (w, "Relationships");
  attr (w, "xmlns", NS_REL);
  return w;
}

/* --- the package's own parts --------------------------------------------- */

static void
override (xmlTextWriterPtr  w,
          const char       *part,
          const char       *type)
{
  empty (w, "Override", "PartName", part, "ContentType", type, NULL);
}

static gboolean
write_content_types (Package *pkg)
{
  Part part;
  xmlTextWriterPtr w = part_begin (&part);
  guint n = zm_slides_get_n_slides (pkg->slides);

  start (w, "Types");
  attr (w, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  empty (w, "Default", "Extension", "rels", "ContentType",
         "application/vnd.openxmlformats-package.relationships+xml", NULL);
  empty (w, "Default", "Extension", "xml", "ContentType", "application/xml", NULL);
  empty (w, "Default", "Extension", "png", "ContentType", "image/png", NULL);
  empty (w, "Default", "Extension", "svg", "ContentType", "image/svg+xml", NULL);
  override (w, "/ppt/presentation.xml", CT_PML "presentation.main+xml");
  override (w, "/ppt/slideMasters/slideMaster1.xml", CT_PML "slideMaster+xml");
  override (w, "/ppt/slideLayouts/slideLayout1.xml", CT_PML "slideLayout+xml");
  override (w, "/ppt/slideLayouts/slideLayout2.xml", CT_PML "slideLayout+xml");
  override (w, "/ppt/notesMasters/notesMaster1.xml", CT_PML "notesMaster+xml");
  override (w, "/ppt/theme/theme1.xml", CT "theme+xml");
  override (w, "/ppt/theme/theme2.xml", CT "theme+xml");
  override (w, "/ppt/presProps.xml", CT_PML "presProps+xml");
  override (w, "/ppt/viewProps.xml", CT_PML "viewProps+xml");
  override (w, "/ppt/tableStyles.xml", CT_PML "tableStyles+xml");
  override (w, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  override (w, "/docProps/app.xml", CT "extended-properties+xml");
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *slide = g_strdup_printf ("/ppt/slides/slide%u.xml", i);
      g_autofree char *notes = g_strdup_printf ("/ppt/notesSlides/notesSlide%u.xml", i);

      override (w, slide, CT_PML "slide+xml");
      override (w, notes, CT_PML "notesSlide+xml");
    }
  end (w);
  return part_end (pkg, &part, "[Content_Types].xml");
}

static gboolean
write_root_rels (Package *pkg)
{
  Part part;
  xmlTextWriterPtr w = rels_begin (&part);

  relationship (w, "rId1", REL "officeDocument", "ppt/presentation.xml");
  relationship (w, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml");
  relationship (w, "rId3", REL "extended-properties", "docProps/app.xml");
  end (w);
  return part_end (pkg, &part, "_rels/.rels");
}

static gboolean
write_core_properties (Package *pkg)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "cp:coreProperties");
  attr (w, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  attr (w, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  attr (w, "xmlns:dcterms", "http://purl.org/dc/terms/");
  attr (w, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  text_element (w, "dc:title", zm_slides_get_title (pkg->slides));
  text_element (w, "dc:subject", zm_slides_get_subject (pkg->slides));
  text_element (w, "dc:creator", zm_slides_get_author (pkg->slides));
  text_element (w, "dc:language", pkg->lang);
  start (w, "dcterms:created");
  attr (w, "xsi:type", "dcterms:W3CDTF");
  xmlTextWriterWriteString (w, (const xmlChar *) date);
  end (w);
  start (w, "dcterms:modified");
  attr (w, "xsi:type", "dcterms:W3CDTF");
  xmlTextWriterWriteString (w, (const xmlChar *) date);
  end (w);
  end (w);
  return part_end (pkg, &part, "docProps/core.xml");
}

static gboolean
write_app_properties (Package *pkg)
{
  g_autofree char *n = g_strdup_printf ("%u", zm_slides_get_n_slides (pkg->slides));
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "Properties");
  attr (w, "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  text_element (w, "Application", PACKAGE_NAME);
  text_element (w, "PresentationFormat", "Widescreen");
  text_element (w, "Slides", n);
  text_element (w, "Notes", n);
  end (w);
  return part_end (pkg, &part, "docProps/app.xml");
}

static gboolean
write_presentation (Package *pkg)
{
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "p:presentation");
  presentation_namespaces (w);
  attr (w, "saveSubsetFonts", "1");
  start (w, "p:sldMasterIdLst");
  empty (w, "p:sldMasterId", "id", "2147483648", "r:id", "rId1", NULL);
  end (w);
  start (w, "p:notesMasterIdLst");
  empty (w, "p:notesMasterId", "r:id", "rId2", NULL);
  end (w);
  start (w, "p:sldIdLst");
  for (guint i = 0; i < zm_slides_get_n_slides (pkg->slides); i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", 256 + i);
      g_autofree char *rid = g_strdup_printf ("rId%u", FIRST_SLIDE_RID + i);

      empty (w, "p:sldId", "id", id, "r:id", rid, NULL);
    }
  end (w);
  start (w, "p:sldSz");
  attr_int (w, "cx", emu (ZM_SLIDE_WIDTH));
  attr_int (w, "cy", emu (ZM_SLIDE_HEIGHT));
  end (w);
  start (w, "p:notesSz");
  attr_int (w, "cx", NOTES_WIDTH);
  attr_int (w, "cy", NOTES_HEIGHT);
  end (w);
  end (w);
  return part_end (pkg, &part, "ppt/presentation.xml");
}

static gboolean
write_presentation_rels (Package *pkg)
{
  Part part;
  xmlTextWriterPtr w = rels_begin (&part);

  relationship (w, "rId1", REL "slideMaster", "slideMasters/slideMaster1.xml");
  relationship (w, "rId2", REL "notesMaster", "notesMasters/notesMaster1.xml");
  relationship (w, "rId3", REL "theme", "theme/theme1.xml");
  relationship (w, "rId4", REL "presProps", "presProps.xml");
  relationship (w, "rId5", REL "viewProps", "viewProps.xml");
  relationship (w, "rId6", REL "tableStyles", "tableStyles.xml");
  for (guint i = 0; i < zm_slides_get_n_slides (pkg->slides); i++)
    {
      g_autofree char *target = g_strdup_printf ("slides/slide%u.xml", i + 1);

      relationship_n (w, FIRST_SLIDE_RID + i, REL "slide", target);
    }
  end (w);
  return part_end (pkg, &part, "ppt/_rels/presentation.xml.rels");
}

static gboolean
write_small_parts (Package *pkg)
{
  Part part;
  xmlTextWriterPtr w;

  w = part_begin (&part);
  start (w, "p:presentationPr");
  presentation_namespaces (w);
  end (w);
  if (!part_end (pkg, &part, "ppt/presProps.xml"))
    return FALSE;

  w = part_begin (&part);
  start (w, "p:viewPr");
  presentation_namespaces (w);
  end (w);
  if (!part_end (pkg, &part, "ppt/viewProps.xml"))
    return FALSE;

  w = part_begin (&part);
  start (w, "a:tblStyleLst");
  attr (w, "xmlns:a", NS_A);
  attr (w, "def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}");
  end (w);
  return part_end (pkg, &part, "ppt/tableStyles.xml");
}

/* --- the theme ----------------------------------------------------------- */

static char *
hex_color (const ZmColor *color)
{
  return g_strdup_printf ("%02X%02X%02X", (guint) lround (color->red * 255),
                          (guint) lround (color->green * 255), (guint) lround (color->blue * 255));
}

static void
solid_fill (xmlTextWriterPtr  w,
            const char       *scheme)
{
  start (w, "a:solidFill");
  empty (w, "a:schemeClr", "val", scheme, NULL);
  end (w);
}

static void
srgb_fill (xmlTextWriterPtr  w,
           const ZmColor    *color)
{
  g_autofree char *hex = hex_color (color);

  start (w, "a:solidFill");
  empty (w, "a:srgbClr", "val", hex, NULL);
  end (w);
}

static void
theme_color (xmlTextWriterPtr  w,
             const char       *name,
             const ZmColor    *color)
{
  g_autofree char *hex = hex_color (color);

  start (w, name);
  empty (w, "a:srgbClr", "val", hex, NULL);
  end (w);
}

/* The chart's colours, so that a shape a manager adds matches it. */
static void
theme_colors (xmlTextWriterPtr w)
{
  const ZmRenderStyle *style = zm_render_style_light ();
  static const ZmColor extra[] = {
    { 0.902, 0.624, 0.0, 1 },   /* Okabe–Ito orange */
    { 0.337, 0.706, 0.914, 1 }, /* sky blue */
    { 0.8, 0.475, 0.655, 1 },   /* reddish purple */
  };

  start (w, "a:clrScheme");
  attr (w, "name", PACKAGE_NAME);
  theme_color (w, "a:dk1", &style->foreground);
  theme_color (w, "a:lt1", &style->background);
  theme_color (w, "a:dk2", &style->muted);
  theme_color (w, "a:lt2", &(ZmColor) { 0.965, 0.961, 0.957, 1 });
  theme_color (w, "a:accent1", &style->series[ZM_SERIES_CURRENT]);
  theme_color (w, "a:accent2", &style->series[ZM_SERIES_TARGET]);
  theme_color (w, "a:accent3", &style->series[ZM_SERIES_PREVIOUS]);
  theme_color (w, "a:accent4", &extra[0]);
  theme_color (w, "a:accent5", &extra[1]);
  theme_color (w, "a:accent6", &extra[2]);
  theme_color (w, "a:hlink", &style->series[ZM_SERIES_CURRENT]);
  theme_color (w, "a:folHlink", &extra[2]);
  end (w);
}

static void
theme_font (xmlTextWriterPtr  w,
            const char       *name)
{
  start (w, name);
  empty (w, "a:latin", "typeface", "Cantarell", NULL);
  empty (w, "a:ea", "typeface", "", NULL);
  empty (w, "a:cs", "typeface", "", NULL);
  end (w);
}

/* The format scheme is required, three of each; plain ones do. */
static void
theme_formats (xmlTextWriterPtr w)
{
  start (w, "a:fmtScheme");
  attr (w, "name", PACKAGE_NAME);
  start (w, "a:fillStyleLst");
  for (guint i = 0; i < 3; i++)
    solid_fill (w, "phClr");
  end (w);
  start (w, "a:lnStyleLst");
  for (guint i = 0; i < 3; i++)
    {
      start (w, "a:ln");
      attr_int (w, "w", 6350 * (i + 1));
      solid_fill (w, "phClr");
      end (w);
    }
  end (w);
  start (w, "a:effectStyleLst");
  for (guint i = 0; i < 3; i++)
    {
      start (w, "a:effectStyle");
      empty (w, "a:effectLst", NULL);
      end (w);
    }
  end (w);
  start (w, "a:bgFillStyleLst");
  for (guint i = 0; i < 3; i++)
    solid_fill (w, "phClr");
  end (w);
  end (w);
}

static gboolean
write_theme (Package    *pkg,
             const char *name)
{
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "a:theme");
  attr (w, "xmlns:a", NS_A);
  attr (w, "name", PACKAGE_NAME);
  start (w, "a:themeElements");
  theme_colors (w);
  start (w, "a:fontScheme");
  attr (w, "name", PACKAGE_NAME);
  theme_font (w, "a:majorFont");
  theme_font (w, "a:minorFont");
  end (w);
  theme_formats (w);
  end (w);
  empty (w, "a:objectDefaults", NULL);
  empty (w, "a:extraClrSchemeLst", NULL);
  end (w);
  return part_end (pkg, &part, name);
}

/* --- shapes -------------------------------------------------------------- */

static void white_background (xmlTextWriterPtr w);

/* Opens the shape tree; masters give the background, which comes first. */
static void
shape_tree_begin (xmlTextWriterPtr  w,
                  const char       *name,
                  gboolean          background)
{
  start (w, "p:cSld");
  if (name != NULL)
    attr (w, "name", name);
  if (background)
    white_background (w);
  start (w, "p:spTree");
  start (w, "p:nvGrpSpPr");
  empty (w, "p:cNvPr", "id", "1", "name", "", NULL);
  empty (w, "p:cNvGrpSpPr", NULL);
  empty (w, "p:nvPr", NULL);
  end (w);
  start (w, "p:grpSpPr");
  start (w, "a:xfrm");
  empty (w, "a:off", "x", "0", "y", "0", NULL);
  empty (w, "a:ext", "cx", "0", "cy", "0", NULL);
  empty (w, "a:chOff", "x", "0", "y", "0", NULL);
  empty (w, "a:chExt", "cx", "0", "cy", "0", NULL);
  end (w);
  end (w);
}

static void
shape_tree_end (xmlTextWriterPtr w)
{
  end (w);  /* p:spTree */
  end (w);  /* p:cSld */
}

static void
xfrm (xmlTextWriterPtr  w,
      const ZmRect     *rect)
{
  start (w, "a:xfrm");
  start (w, "a:off");
  attr_int (w, "x", emu (rect->x));
  attr_int (w, "y", emu (rect->y));
  end (w);
  start (w, "a:ext");
  attr_int (w, "cx", emu (rect->width));
  attr_int (w, "cy", emu (rect->height));
  end (w);
  end (w);
}

static void
rect_geometry (xmlTextWriterPtr w)
{
  start (w, "a:prstGeom");
  attr (w, "prst", "rect");
  empty (w, "a:avLst", NULL);
  end (w);
}

/* Opens <p:sp> with its placeholder; @type NULL is the body. */
static void
placeholder_begin (xmlTextWriterPtr  w,
                   guint             id,
                   const char       *name,
                   const char       *type,
                   const char       *idx)
{
  start (w, "p:sp");
  start (w, "p:nvSpPr");
  start (w, "p:cNvPr");
  attr_int (w, "id", id);
  attr (w, "name", name);
  end (w);
  start (w, "p:cNvSpPr");
  empty (w, "a:spLocks", "noGrp", "1", NULL);
  end (w);
  start (w, "p:nvPr");
  start (w, "p:ph");
  if (type != NULL)
    attr (w, "type", type);
  if (idx != NULL)
    attr (w, "idx", idx);
  end (w);
  end (w);
  end (w);
}

/* No insets, so the text starts where the PDF draws it; the text shrinks
 * if another program's font runs longer. */
static void
body_properties (xmlTextWriterPtr  w,
                 const char       *anchor)
{
  start (w, "a:bodyPr");
  attr (w, "vert", "horz");
  attr (w, "wrap", "square");
  attr (w, "lIns", "0");
  attr (w, "tIns", "0");
  attr (w, "rIns", "0");
  attr (w, "bIns", "0");
  attr (w, "anchor", anchor);
  empty (w, "a:normAutofit", NULL);
  end (w);
}

/* A placeholder on a master or layout: where it is, and a prompt. */
static void
master_placeholder (xmlTextWriterPtr  w,
                    guint             id,
                    const char       *name,
                    const char       *type,
                    const char       *idx,
                    const ZmRect     *rect,
                    const char       *anchor)
{
  placeholder_begin (w, id, name, type, idx);
  start (w, "p:spPr");
  xfrm (w, rect);
  rect_geometry (w);
  end (w);
  start (w, "p:txBody");
  body_properties (w, anchor);
  empty (w, "a:lstStyle", NULL);
  start (w, "a:p");
  start (w, "a:r");
  empty (w, "a:rPr", "lang", "en-GB", NULL);
  text_element (w, "a:t", name);
  end (w);
  end (w);
  end (w);
  end (w);
}

/* --- masters and layouts ------------------------------------------------- */

static const ZmRect master_title = { 56, 48, 848, 50 };
static const ZmRect master_body = { 56, 120, 848, 380 };
static const ZmRect cover_title = { 56, 150, 848, 120 };
static const ZmRect cover_body = { 56, 292, 848, 160 };

static void
color_map (xmlTextWriterPtr  w,
           const char       *element)
{
  empty (w, element, "bg1", "lt1", "tx1", "dk1", "bg2", "lt2", "tx2", "dk2",
         "accent1", "accent1", "accent2", "accent2", "accent3", "accent3",
         "accent4", "accent4", "accent5", "accent5", "accent6", "accent6",
         "hlink", "hlink", "folHlink", "folHlink", NULL);
}

static void
level_style (xmlTextWriterPtr  w,
             const char       *element,
             int               size,
             gboolean          bold,
             const char       *font)
{
  start (w, element);
  attr (w, "marL", "0");
  attr (w, "indent", "0");
  attr (w, "algn", "l");
  start (w, "a:lnSpc");
  empty (w, "a:spcPct", "val", "100000", NULL);
  end (w);
  empty (w, "a:buNone", NULL);
  start (w, "a:defRPr");
  attr_int (w, "sz", size * 100);
  if (bold)
    attr (w, "b", "1");
  solid_fill (w, "tx1");
  empty (w, "a:latin", "typeface", font, NULL);
  end (w);
  end (w);
}

static void
text_styles (xmlTextWriterPtr w)
{
  start (w, "p:txStyles");
  start (w, "p:titleStyle");
  level_style (w, "a:lvl1pPr", 36, TRUE, "+mj-lt");
  end (w);
  start (w, "p:bodyStyle");
  level_style (w, "a:lvl1pPr", 24, FALSE, "+mn-lt");
  end (w);
  start (w, "p:otherStyle");
  level_style (w, "a:lvl1pPr", 18, FALSE, "+mn-lt");
  end (w);
  end (w);
}

static void
white_background (xmlTextWriterPtr w)
{
  start (w, "p:bg");
  start (w, "p:bgRef");
  attr (w, "idx", "1001");
  empty (w, "a:schemeClr", "val", "bg1", NULL);
  end (w);
  end (w);
}

static gboolean
write_slide_master (Package *pkg)
{
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "p:sldMaster");
  presentation_namespaces (w);
  shape_tree_begin (w, NULL, TRUE);
  master_placeholder (w, 2, "Title", "title", NULL, &master_title, "t");
  master_placeholder (w, 3, "Text", "body", "1", &master_body, "t");
  shape_tree_end (w);
  color_map (w, "p:clrMap");
  start (w, "p:sldLayoutIdLst");
  empty (w, "p:sldLayoutId", "id", "2147483649", "r:id", "rId1", NULL);
  empty (w, "p:sldLayoutId", "id", "2147483650", "r:id", "rId2", NULL);
  end (w);
  text_styles (w);
  end (w);
  return part_end (pkg, &part, "ppt/slideMasters/slideMaster1.xml");
}

static gboolean
write_master_rels (Package *pkg)
{
  Part part;
  xmlTextWriterPtr w = rels_begin (&part);

  relationship (w, "rId1", REL "slideLayout", "../slideLayouts/slideLayout1.xml");
  relationship (w, "rId2", REL "slideLayout", "../slideLayouts/slideLayout2.xml");
  relationship (w, "rId3", REL "theme", "../theme/theme1.xml");
  end (w);
  return part_end (pkg, &part, "ppt/slideMasters/_rels/slideMaster1.xml.rels");
}

static void
master_color_mapping (xmlTextWriterPtr w)
{
  start (w, "p:clrMapOvr");
  empty (w, "a:masterClrMapping", NULL);
  end (w);
}

static gboolean
write_layout (Package  *pkg,
              gboolean  cover)
{
  g_autofree char *name = g_strdup_printf ("ppt/slideLayouts/slideLayout%d.xml", cover ? 1 : 2);
  g_autofree char *rels = g_strdup_printf ("ppt/slideLayouts/_rels/slideLayout%d.xml.rels", cover ? 1 : 2);
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "p:sldLayout");
  presentation_namespaces (w);
  attr (w, "type", cover ? "title" : "obj");
  attr (w, "preserve", "1");
  shape_tree_begin (w, cover ? "Title Slide" : "Title and Content", FALSE);
  if (cover)
    {
      master_placeholder (w, 2, "Title", "ctrTitle", NULL, &cover_title, "b");
      master_placeholder (w, 3, "Subtitle", "subTitle", "1", &cover_body, "t");
    }
  else
    {
      master_placeholder (w, 2, "Title", "title", NULL, &master_title, "t");
      master_placeholder (w, 3, "Text", NULL, "1", &master_body, "t");
    }
  shape_tree_end (w);
  master_color_mapping (w);
  end (w);
  if (!part_end (pkg, &part, name))
    return FALSE;

  w = rels_begin (&part);
  relationship (w, "rId1", REL "slideMaster", "../slideMasters/slideMaster1.xml");
  end (w);
  return part_end (pkg, &part, rels);
}

/* --- the notes master ---------------------------------------------------- */

static const ZmRect notes_image = { 54, 90, 432, 243 };
static const ZmRect notes_body = { 54, 346.5, 432, 283.5 };

static gboolean
write_notes_master (Package *pkg)
{
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "p:notesMaster");
  presentation_namespaces (w);
  shape_tree_begin (w, NULL, TRUE);
  placeholder_begin (w, 2, "Slide Image", "sldImg", "2");
  start (w, "p:spPr");
  xfrm (w, &notes_image);
  rect_geometry (w);
  end (w);
  end (w);
  master_placeholder (w, 3, "Notes", "body", "3", &notes_body, "t");
  shape_tree_end (w);
  color_map (w, "p:clrMap");
  start (w, "p:notesStyle");
  level_style (w, "a:lvl1pPr", 12, FALSE, "+mn-lt");
  end (w);
  end (w);
  if (!part_end (pkg, &part, "ppt/notesMasters/notesMaster1.xml"))
    return FALSE;

  w = rels_begin (&part);
  relationship (w, "rId1", REL "theme", "../theme/theme2.xml");
  end (w);
  return part_end (pkg, &part, "ppt/notesMasters/_rels/notesMaster1.xml.rels");
}

/* --- slides -------------------------------------------------------------- */

static void
run (Package          *pkg,
     xmlTextWriterPtr  w,
     const char       *text,
     double            size,
     gboolean          bold,
     const ZmColor    *color)
{
  start (w, "a:r");
  start (w, "a:rPr");
  attr (w, "lang", pkg->lang);
  attr_int (w, "sz", lround (size * 100));
  attr (w, "b", bold ? "1" : "0");
  attr (w, "dirty", "0");
  if (color != NULL)
    srgb_fill (w, color);
  end (w);
  text_element (w, "a:t", text);
  end (w);
}

static void
paragraph_properties (xmlTextWriterPtr        w,
                      const ZmSlideParagraph *paragraph,
                      double                  size,
                      gboolean                first)
{
  gint64 indent = paragraph->bullet ? emu (ZM_SLIDE_BULLET_INDENT (size)) : 0;
  g_autofree char *bullet_color = hex_color (&zm_render_style_light ()->series[ZM_SERIES_CURRENT]);

  start (w, "a:pPr");
  attr_int (w, "marL", indent);
  attr_int (w, "indent", -indent);
  start (w, "a:spcBef");
  start (w, "a:spcPts");
  attr_int (w, "val", first ? 0 : lround (ZM_SLIDE_PARAGRAPH_SPACE (size) * 100));
  end (w);
  end (w);
  if (paragraph->bullet)
    {
      start (w, "a:buClr");
      empty (w, "a:srgbClr", "val", bullet_color, NULL);
      end (w);
      empty (w, "a:buFont", "typeface", "Arial", NULL);
      empty (w, "a:buChar", "char", "\u2022", NULL);
    }
  else
    empty (w, "a:buNone", NULL);
  end (w);
}

static void
paragraph (Package                *pkg,
           xmlTextWriterPtr        w,
           const ZmSlide          *slide,
           const ZmSlideParagraph *p,
           gboolean                first)
{
  const ZmColor *color = slide->kind == ZM_SLIDE_TITLE ? &zm_render_style_light ()->muted : NULL;

  start (w, "a:p");
  paragraph_properties (w, p, slide->body_size, first);
  if (p->lead != NULL)
    run (pkg, w, p->lead, slide->body_size, TRUE, color);
  if (p->text != NULL && *p->text)
    run (pkg, w, p->text, slide->body_size, FALSE, color);
  end (w);
}

static void
slide_title (Package          *pkg,
             xmlTextWriterPtr  w,
             const ZmSlide    *slide)
{
  gboolean cover = slide->kind == ZM_SLIDE_TITLE;

  placeholder_begin (w, 2, "Title", cover ? "ctrTitle" : "title", NULL);
  start (w, "p:spPr");
  xfrm (w, &slide->title_rect);
  end (w);
  start (w, "p:txBody");
  body_properties (w, "t");
  empty (w, "a:lstStyle", NULL);
  start (w, "a:p");
  run (pkg, w, slide->title, slide->title_size, TRUE, NULL);
  end (w);
  end (w);
  end (w);
}

static void
slide_body (Package          *pkg,
            xmlTextWriterPtr  w,
            const ZmSlide    *slide)
{
  gboolean cover = slide->kind == ZM_SLIDE_TITLE;

  placeholder_begin (w, 3, cover ? "Subtitle" : "Text", cover ? "subTitle" : NULL, "1");
  start (w, "p:spPr");
  xfrm (w, &slide->body_rect);
  end (w);
  start (w, "p:txBody");
  body_properties (w, "t");
  empty (w, "a:lstStyle", NULL);
  for (guint i = 0; i < slide->paragraphs->len; i++)
    paragraph (pkg, w, slide, g_ptr_array_index (slide->paragraphs, i), i == 0);
  end (w);
  end (w);
}

static void
accent_shape (xmlTextWriterPtr  w,
              const ZmSlide    *slide)
{
  start (w, "p:sp");
  start (w, "p:nvSpPr");
  empty (w, "p:cNvPr", "id", "4", "name", "Accent", NULL);
  empty (w, "p:cNvSpPr", NULL);
  empty (w, "p:nvPr", NULL);
  end (w);
  start (w, "p:spPr");
  xfrm (w, &slide->accent_rect);
  rect_geometry (w);
  solid_fill (w, "accent1");
  start (w, "a:ln");
  empty (w, "a:noFill", NULL);
  end (w);
  end (w);
  end (w);
}

/* The PNG (rId2), and the SVG (rId3) for those who read it. */
static void
picture (xmlTextWriterPtr  w,
         const ZmSlide    *slide)
{
  start (w, "p:pic");
  start (w, "p:nvPicPr");
  empty (w, "p:cNvPr", "id", "5", "name", "Graphic", "descr",
         slide->description != NULL ? slide->description : slide->title, NULL);
  start (w, "p:cNvPicPr");
  empty (w, "a:picLocks", "noChangeAspect", "1", NULL);
  end (w);
  empty (w, "p:nvPr", NULL);
  end (w);
  start (w, "p:blipFill");
  start (w, "a:blip");
  attr (w, "r:embed", "rId2");
  start (w, "a:extLst");
  start (w, "a:ext");
  attr (w, "uri", SVG_EXT_URI);
  empty (w, "asvg:svgBlip", "xmlns:asvg", NS_SVG, "r:embed", "rId3", NULL);
  end (w);
  end (w);
  end (w);
  start (w, "a:stretch");
  empty (w, "a:fillRect", NULL);
  end (w);
  end (w);
  start (w, "p:spPr");
  xfrm (w, &slide->graphic_rect);
  rect_geometry (w);
  end (w);
  end (w);
}

static gboolean
write_slide (Package *pkg,
             guint    index)
{
  const ZmSlide *slide = zm_slides_get_slide (pkg->slides, index);
  g_autofree char *name = g_strdup_printf ("ppt/slides/slide%u.xml", index + 1);
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "p:sld");
  presentation_namespaces (w);
  shape_tree_begin (w, NULL, FALSE);
  slide_title (pkg, w, slide);
  if (slide->paragraphs->len > 0)
    slide_body (pkg, w, slide);
  accent_shape (w, slide);
  if (slide->draw != NULL)
    picture (w, slide);
  shape_tree_end (w);
  master_color_mapping (w);
  end (w);
  return part_end (pkg, &part, name);
}

static gboolean
write_slide_rels (Package *pkg,
                  guint    index)
{
  const ZmSlide *slide = zm_slides_get_slide (pkg->slides, index);
  g_autofree char *name = g_strdup_printf ("ppt/slides/_rels/slide%u.xml.rels", index + 1);
  g_autofree char *notes = g_strdup_printf ("../notesSlides/notesSlide%u.xml", index + 1);
  Part part;
  xmlTextWriterPtr w = rels_begin (&part);

  relationship (w, "rId1", REL "slideLayout", slide->kind == ZM_SLIDE_TITLE
                ? "../slideLayouts/slideLayout1.xml" : "../slideLayouts/slideLayout2.xml");
  if (slide->draw != NULL)
    {
      g_autofree char *png = g_strdup_printf ("../media/graphic%u.png", index + 1);
      g_autofree char *svg = g_strdup_printf ("../media/graphic%u.svg", index + 1);

      relationship (w, "rId2", REL "image", png);
      relationship (w, "rId3", REL "image", svg);
    }
  relationship (w, "rId4", REL "notesSlide", notes);
  end (w);
  return part_end (pkg, &part, name);
}

/* --- pictures ------------------------------------------------------------ */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
png_write_bytes (png_structp png,
                 png_bytep   data,
                 png_size_t  length)
{
  g_byte_array_append (png_get_io_ptr (png), data, length);
}

static void
png_flush (png_structp png)
{
}

/* An opaque image surface as PNG. A slide's picture is mostly white:
 * libpng's fastest compression makes it a tenth of the time of cairo's own
 * PNG writer, for a file a little larger. */
static gboolean
encode_png (cairo_surface_t *surface,
            GByteArray      *out)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  unsigned char *data = cairo_image_surface_get_data (surface);
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  png_infop info = png != NULL ? png_create_info_struct (png) : NULL;

  if (info == NULL || setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      return FALSE;
    }

  png_set_write_fn (png, out, png_write_bytes, png_flush);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_set_compression_level (png, 1);
  png_set_compression_strategy (png, Z_RLE);
  png_write_info (png, info);
  /* cairo keeps a pixel as native-endian xRGB in 32 bits. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  png_set_bgr (png);
  png_set_filler (png, 0, PNG_FILLER_AFTER);
#else
  png_set_filler (png, 0, PNG_FILLER_BEFORE);
#endif
  for (int y = 0; y < height; y++)
    png_write_row (png, data + (gsize) y * stride);
  png_write_end (png, NULL);
  png_destroy_write_struct (&png, &info);
  return TRUE;
}

/* The pictures are drawn before the package is written, half of them in a
 * second thread: drawing and compressing them is most of the work. */
typedef struct {
  ZmSlides       *slides;
  guint           first;
  GByteArray    **png;
  GByteArray    **svg;
  /* One pixel buffer for every picture: a fresh 20 MB each time costs
   * more in page faults than the drawing. */
  guchar         *pixels;
  gsize           pixels_size;
  cairo_status_t  status;
} PictureJob;

static cairo_surface_t *
picture_surface (PictureJob *job,
                 int         width,
                 int         height)
{
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_RGB24, width);
  gsize size = (gsize) stride * height;

  if (size > job->pixels_size)
    {
      g_free (job->pixels);
      job->pixels = g_malloc (size);
      job->pixels_size = size;
    }
  return cairo_image_surface_create_for_data (job->pixels, CAIRO_FORMAT_RGB24, width, height, stride);
}

/* Draws slide @index's graphic on @surface and finishes it; an image
 * surface is drawn on white and encoded into @png. */
static cairo_status_t
draw_picture (PictureJob      *job,
              guint            index,
              cairo_surface_t *surface,
              GByteArray      *png)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  if (png != NULL)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, ZM_PPTX_PICTURE_SCALE, ZM_PPTX_PICTURE_SCALE);
    }
  zm_slides_draw_graphic (job->slides, cr, index);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (status == CAIRO_STATUS_SUCCESS && png != NULL && !encode_png (surface, png))
    status = CAIRO_STATUS_NO_MEMORY;
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static cairo_status_t
draw_pictures (PictureJob *job,
               guint       index)
{
  const ZmSlide *slide = zm_slides_get_slide (job->slides, index);
  cairo_surface_t *surface;
  cairo_status_t status;

  job->png[index] = g_byte_array_new ();
  job->svg[index] = g_byte_array_new ();
  surface = picture_surface (job, (int) ceil (slide->graphic_rect.width * ZM_PPTX_PICTURE_SCALE),
                             (int) ceil (slide->graphic_rect.height * ZM_PPTX_PICTURE_SCALE));
  status = draw_picture (job, index, surface, job->png[index]);
  if (status != CAIRO_STATUS_SUCCESS)
    return status;

  surface = cairo_svg_surface_create_for_stream (append_bytes, job->svg[index],
                                                 slide->graphic_rect.width, slide->graphic_rect.height);
  return draw_picture (job, index, surface, NULL);
}

/* Every other slide's pictures, from job->first on. */
static gpointer
picture_job_run (gpointer data)
{
  PictureJob *job = data;
  guint n = zm_slides_get_n_slides (job->slides);

  for (guint i = job->first; i < n && job->status == CAIRO_STATUS_SUCCESS; i += 2)
    if (zm_slides_get_slide (job->slides, i)->draw != NULL)
      job->status = draw_pictures (job, i);

  g_clear_pointer (&job->pixels, g_free);
  return NULL;
}

static gboolean
draw_all_pictures (Package *pkg)
{
  guint n = zm_slides_get_n_slides (pkg->slides);
  PictureJob jobs[2];
  GThread *thread;

  pkg->png = g_new0 (GByteArray *, n);
  pkg->svg = g_new0 (GByteArray *, n);
  for (guint j = 0; j < 2; j++)
    jobs[j] = (PictureJob) { pkg->slides, j, pkg->png, pkg->svg, NULL, 0, CAIRO_STATUS_SUCCESS };

  thread = g_thread_new ("pictures", picture_job_run, &jobs[1]);
  picture_job_run (&jobs[0]);
  g_thread_join (thread);

  for (guint j = 0; j < 2; j++)
    if (jobs[j].status != CAIRO_STATUS_SUCCESS)
      {
        g_set_error (&pkg->error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_FAILED,
                     _("Could not write the presentation: %s"), cairo_status_to_string (jobs[j].status));
        return FALSE;
      }
  return TRUE;
}

static void
free_pictures (Package *pkg)
{
  for (guint i = 0; pkg->png != NULL && i < zm_slides_get_n_slides (pkg->slides); i++)
    {
      g_clear_pointer (&pkg->png[i], g_byte_array_unref);
      g_clear_pointer (&pkg->svg[i], g_byte_array_unref);
    }
  g_clear_pointer (&pkg->png, g_free);
  g_clear_pointer (&pkg->svg, g_free);
}

static gboolean
write_pictures (Package *pkg,
                guint    index)
{
  g_autofree char *png_name = g_strdup_printf ("ppt/media/graphic%u.png", index + 1);
  g_autofree char *svg_name = g_strdup_printf ("ppt/media/graphic%u.svg", index + 1);

  if (pkg->png[index] == NULL)
    return TRUE;
  return add_entry (pkg, png_name, pkg->png[index]->data, pkg->png[index]->len) &&
         add_entry (pkg, svg_name, pkg->svg[index]->data, pkg->svg[index]->len);
}

/* --- notes --------------------------------------------------------------- */

static void
notes_text (Package          *pkg,
            xmlTextWriterPtr  w,
            const char       *notes)
{
  g_auto(GStrv) lines = g_strsplit (notes != NULL ? notes : "", "\n", -1);

  start (w, "p:txBody");
  empty (w, "a:bodyPr", NULL);
  empty (w, "a:lstStyle", NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      start (w, "a:p");
      start (w, "a:r");
      empty (w, "a:rPr", "lang", pkg->lang, "dirty", "0", NULL);
      text_element (w, "a:t", lines[i]);
      end (w);
      end (w);
    }
  if (lines[0] == NULL)
    empty (w, "a:p", NULL);
  end (w);
}

static gboolean
write_notes (Package *pkg,
             guint    index)
{
  const ZmSlide *slide = zm_slides_get_slide (pkg->slides, index);
  g_autofree char *name = g_strdup_printf ("ppt/notesSlides/notesSlide%u.xml", index + 1);
  g_autofree char *rels = g_strdup_printf ("ppt/notesSlides/_rels/notesSlide%u.xml.rels", index + 1);
  g_autofree char *target = g_strdup_printf ("../slides/slide%u.xml", index + 1);
  Part part;
  xmlTextWriterPtr w = part_begin (&part);

  start (w, "p:notes");
  presentation_namespaces (w);
  shape_tree_begin (w, NULL, FALSE);
  placeholder_begin (w, 2, "Slide Image", "sldImg", NULL);
  empty (w, "p:spPr", NULL);
  end (w);
  placeholder_begin (w, 3, "Notes", "body", "1");
  empty (w, "p:spPr", NULL);
  notes_text (pkg, w, slide->notes);
  end (w);
  shape_tree_end (w);
  master_color_mapping (w);
  end (w);
  if (!part_end (pkg, &part, name))
    return FALSE;

  w = rels_begin (&part);
  relationship (w, "rId1", REL "notesMaster", "../notesMasters/notesMaster1.xml");
  relationship (w, "rId2", REL "slide", target);
  end (w);
  return part_end (pkg, &part, rels);
}

/* --- the package --------------------------------------------------------- */

static gboolean
write_parts (Package *pkg)
{
  if (!write_content_types (pkg) || !write_root_rels (pkg) || !write_core_properties (pkg) ||
      !write_app_properties (pkg) || !write_presentation (pkg) || !write_presentation_rels (pkg) ||
      !write_small_parts (pkg) || !write_theme (pkg, "ppt/theme/theme1.xml") ||
      !write_theme (pkg, "ppt/theme/theme2.xml") || !write_slide_master (pkg) ||
      !write_master_rels (pkg) || !write_layout (pkg, TRUE) || !write_layout (pkg, FALSE) ||
      !write_notes_master (pkg))
    return FALSE;

  for (guint i = 0; i < zm_slides_get_n_slides (pkg->slides); i++)
    if (!write_slide (pkg, i) || !write_slide_rels (pkg, i) || !write_pictures (pkg, i) ||
        !write_notes (pkg, i))
      return FALSE;

  return TRUE;
}

gboolean
zm_pptx_write (ZmSlides       *slides,
               GOutputStream  *stream,
               GCancellable   *cancellable,
               GError        **error)
{
  Package pkg = { NULL, stream, cancellable, NULL, slides, NULL, NULL, NULL };
  gboolean ok;

  g_return_val_if_fail (ZM_IS_SLIDES (slides), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  pkg.lang = zm_slides_get_language (slides);
  if (!draw_all_pictures (&pkg))
    {
      free_pictures (&pkg);
      g_propagate_error (error, pkg.error);
      return FALSE;
    }

  pkg.archive = archive_write_new ();
  archive_write_set_format_zip (pkg.archive);
  /* A ZIP file ends with its directory: no padding after it. */
  archive_write_set_bytes_in_last_block (pkg.archive, 1);

  ok = archive_write_open (pkg.archive, &pkg, NULL, write_callback, NULL) == ARCHIVE_OK ||
       archive_failed (&pkg);
  ok = ok && write_parts (&pkg);
  if (archive_write_close (pkg.archive) != ARCHIVE_OK && ok)
    ok = archive_failed (&pkg);
  archive_write_free (pkg.archive);
  free_pictures (&pkg);

  if (!ok)
    g_propagate_error (error, pkg.error);
  else
    g_clear_error (&pkg.error);
  return ok;
}
