/* zm-export.c: the chart, the checklist and the report as files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every export draws with the same functions as the window, into a cairo
 * surface that writes to memory; only a complete file is handed to
 * zm_file_replace_bytes(), which puts it in the old one's place in one
 * rename, so on any error, or a kill half way, the old file survives and
 * no temporary file is left to pile up.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "zm-chart-data.h"
#include "zm-chart.h"
#include "zm-document.h"
#include "zm-export.h"
#include "zm-heatmap.h"
#include "zm-pptx.h"
#include "zm-report.h"
#include "zm-slides.h"
#include "zm-trend.h"

G_DEFINE_QUARK (zm-export-error-quark, zm_export_error)

typedef void (*DrawFunc) (cairo_t             *cr,
                          gconstpointer        data,
                          const ZmRenderStyle *style,
                          double               width,
                          double               height);

typedef struct {
  DrawFunc      draw;
  gconstpointer data;
  int           default_width;        /* PNG, pixels */
  int           default_height;
  int           default_page_width;   /* SVG and PDF, points */
  int           default_page_height;
} Drawing;

/* The default sizes, as above: the chart fills a 4:3 slide, the checklist
 * a portrait page. */
#define CHART_SIZES     1600, 1200, 720, 540
#define CHECKLIST_SIZES 1200, 1400, 600, 700
/* A comparison fills a full-HD slide or an A4 landscape page. */
#define COMPARE_SIZES   1920, 1080, ZM_EXPORT_COMPARE_PAGE_WIDTH, ZM_EXPORT_COMPARE_PAGE_HEIGHT

typedef struct {
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Writer;

void
zm_image_options_init (ZmImageOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (ZmImageOptions) { 0, 0, 1.0, FALSE, FALSE };
}

gboolean
zm_image_format_from_path (const char     *path,
                           ZmImageFormat  *format,
                           GError        **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = ZM_IMAGE_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = ZM_IMAGE_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = ZM_IMAGE_FORMAT_PDF;
  else
    {
      g_set_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name */
                   _("Cannot tell the format of “%s”: the name must end in .png, .svg or .pdf"),
                   path);
      return FALSE;
    }

  return TRUE;
}

/* --- writing ------------------------------------------------------------- */

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (writer->stream, data, length, NULL, writer->cancellable,
                                  &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* The writer's own error, else one for a failed cairo status. */
static gboolean
check_status (Writer          *writer,
              cairo_status_t   status,
              GFile           *file,
              GError         **error)
{
  g_autofree char *name = NULL;

  if (writer->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&writer->error));
      return FALSE;
    }
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  name = g_file_get_parse_name (file);
  g_set_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_FAILED,
               /* Translators: %1$s is a file name, %2$s what went wrong */
               _("Could not draw “%1$s”: %2$s"), name, cairo_status_to_string (status));
  return FALSE;
}

/* --- surfaces ------------------------------------------------------------ */

/* One image to write: the drawing, laid out at @width × @height points,
 * with @scale pixels per point in a PNG (scale 2 is the same picture,
 * twice as sharp). */
typedef struct {
  const Drawing *drawing;
  ZmImageFormat  format;
  ZmRenderStyle  style;
  int            width;
  int            height;
  double         scale;
} Image;

static cairo_status_t
draw_image (cairo_surface_t *surface,
            const Image     *image)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_scale (cr, image->scale, image->scale);
  image->drawing->draw (cr, image->drawing->data, &image->style, image->width, image->height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  return status;
}

static cairo_status_t
write_png (const Image *image,
           Writer      *writer)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) ceil (image->width * image->scale),
                                                         (int) ceil (image->height * image->scale));
  cairo_status_t status = draw_image (surface, image);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, writer);
  cairo_surface_destroy (surface);

  return status;
}

static cairo_surface_t *
create_vector_surface (ZmImageFormat  format,
                       double         width,
                       double         height,
                       Writer        *writer)
{
  cairo_surface_t *surface;

  if (format == ZM_IMAGE_FORMAT_SVG)
    return cairo_svg_surface_create_for_stream (write_to_stream, writer, width, height);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, writer, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  PACKAGE_NAME " " PACKAGE_VERSION);
  return surface;
}

/* Vector surfaces write as they are finished; the first error counts. */
static cairo_status_t
finish_surface (cairo_surface_t *surface,
                cairo_status_t   status)
{
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static cairo_status_t
write_image (gconstpointer  data,
             Writer        *writer)
{
  const Image *image = data;
  cairo_surface_t *surface;

  if (image->format == ZM_IMAGE_FORMAT_PNG)
    return write_png (image, writer);

  surface = create_vector_surface (image->format, image->width, image->height, writer);
  return finish_surface (surface, draw_image (surface, image));
}

typedef cairo_status_t (*WriteFunc) (gconstpointer  data,
                                     Writer        *writer);

/* Writes @file atomically through @write; see the top of the file. */
static gboolean
replace_file (GFile         *file,
              WriteFunc      write,
              gconstpointer  data,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) bytes = NULL;
  Writer writer = { stream, cancellable, NULL };

  if (!check_status (&writer, write (data, &writer), file, error) ||
      !g_output_stream_close (stream, cancellable, error))
    return FALSE;

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  return zm_file_replace_bytes (file, bytes, FALSE, cancellable, error);
}

static gboolean
check_options (const ZmImageOptions  *options,
               int                    width,
               int                    height,
               GError               **error)
{
  if (width < ZM_EXPORT_MIN_SIZE || width > ZM_EXPORT_MAX_SIZE ||
      height < ZM_EXPORT_MIN_SIZE || height > ZM_EXPORT_MAX_SIZE)
    {
      g_set_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_INVALID_SIZE,
                   _("The width and height must be between %d and %d"),
                   ZM_EXPORT_MIN_SIZE, ZM_EXPORT_MAX_SIZE);
      return FALSE;
    }
  if (!(options->scale >= 1.0 && options->scale <= ZM_EXPORT_MAX_SCALE) ||
      width * options->scale > ZM_EXPORT_MAX_PIXELS || height * options->scale > ZM_EXPORT_MAX_PIXELS)
    {
      g_set_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_INVALID_SIZE,
                   _("The scale must be between 1 and %g, and the image at most %d pixels wide and high"),
                   ZM_EXPORT_MAX_SCALE, ZM_EXPORT_MAX_PIXELS);
      return FALSE;
    }

  return TRUE;
}

/* The options applied to @drawing: its default size for the format where
 * none is given, the style, and a background unless a transparent one is
 * asked for where the format has one (PDF has not). */
static gboolean
image_init (Image                 *image,
            const Drawing         *drawing,
            ZmImageFormat          format,
            const ZmImageOptions  *options,
            GError               **error)
{
  gboolean png = format == ZM_IMAGE_FORMAT_PNG;

  image->drawing = drawing;
  image->format = format;
  image->width = options->width > 0 ? options->width
                 : png ? drawing->default_width : drawing->default_page_width;
  image->height = options->height > 0 ? options->height
                  : png ? drawing->default_height : drawing->default_page_height;
  image->scale = png ? options->scale : 1.0;
  image->style = *(options->dark ? zm_render_style_dark () : zm_render_style_light ());
  image->style.paint_background = !(options->transparent && format != ZM_IMAGE_FORMAT_PDF);

  return check_options (options, image->width, image->height, error);
}

static gboolean
export_drawing (const Drawing         *drawing,
                GFile                 *file,
                ZmImageFormat          format,
                const ZmImageOptions  *options,
                GCancellable          *cancellable,
                GError               **error)
{
  Image image;

  if (!image_init (&image, drawing, format, options, error))
    return FALSE;

  return replace_file (file, write_image, &image, cancellable, error);
}

/* --- what is drawn ------------------------------------------------------- */

gboolean
zm_export_radar_data_to_file (const ZmRadarData     *data,
                              GFile                 *file,
                              ZmImageFormat          format,
                              const ZmImageOptions  *options,
                              GCancellable          *cancellable,
                              GError               **error)
{
  Drawing drawing = { zm_chart_draw_func, data, CHART_SIZES };

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  return export_drawing (&drawing, file, format, options, cancellable, error);
}

gboolean
zm_export_checklist_data_to_file (const ZmChecklistData *data,
                                  GFile                 *file,
                                  ZmImageFormat          format,
                                  const ZmImageOptions  *options,
                                  GCancellable          *cancellable,
                                  GError               **error)
{
  Drawing drawing = { zm_checklist_graphic_draw_func, data, CHECKLIST_SIZES };

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  return export_drawing (&drawing, file, format, options, cancellable, error);
}

static GBytes *
drawing_png_bytes (const Drawing         *drawing,
                   const ZmImageOptions  *options,
                   GError               **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  Writer writer = { stream, NULL, NULL };
  cairo_status_t status;
  Image image;

  if (!image_init (&image, drawing, ZM_IMAGE_FORMAT_PNG, options, error))
    return NULL;

  status = write_png (&image, &writer);
  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return NULL;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_FAILED,
                   _("Could not draw the chart: %s"), cairo_status_to_string (status));
      return NULL;
    }

  g_output_stream_close (stream, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

GBytes *
zm_export_chart_png_bytes (const ZmRadarData     *data,
                           const ZmImageOptions  *options,
                           GError               **error)
{
  Drawing drawing = { zm_chart_draw_func, data, CHART_SIZES };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  return drawing_png_bytes (&drawing, options, error);
}

gboolean
zm_export_chart_to_file (ZmAssessment          *assessment,
                         ZmAssessment          *previous,
                         GFile                 *file,
                         ZmImageFormat          format,
                         const ZmImageOptions  *options,
                         GCancellable          *cancellable,
                         GError               **error)
{
  g_autoptr(ZmRadarData) data = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous), FALSE);

  data = zm_radar_data_new_for_assessment (assessment, previous);
  return zm_export_radar_data_to_file (data, file, format, options, cancellable, error);
}

gboolean
zm_export_checklist_to_file (ZmAssessment          *assessment,
                             GFile                 *file,
                             ZmImageFormat          format,
                             const ZmImageOptions  *options,
                             GCancellable          *cancellable,
                             GError               **error)
{
  g_autoptr(ZmChecklistData) data = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), FALSE);

  data = zm_checklist_data_new_for_assessment (assessment);
  return zm_export_checklist_data_to_file (data, file, format, options, cancellable, error);
}

/* --- the report ---------------------------------------------------------- */

static void
set_report_metadata (cairo_surface_t *surface,
                     ZmReport        *report)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, zm_report_get_title (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, zm_report_get_author (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, zm_report_get_subject (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  PACKAGE_NAME " " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static cairo_status_t
write_report (gconstpointer  data,
              Writer        *writer)
{
  ZmReport *report = ZM_REPORT ((gpointer) data);
  double width = zm_report_get_page_width (report), height = zm_report_get_page_height (report);
  cairo_surface_t *surface = create_vector_surface (ZM_IMAGE_FORMAT_PDF, width, height, writer);
  guint n_pages = zm_report_get_n_pages (report, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  set_report_metadata (surface, report);
  for (guint page = 0; page < n_pages && writer->error == NULL; page++)
    {
      zm_report_draw_page (report, cr, page, width, height);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  return finish_surface (surface, status);
}

gboolean
zm_export_report_to_file (ZmAssessment          *assessment,
                          ZmAssessment          *previous,
                          const ZmReportOptions *options,
                          GFile                 *file,
                          GCancellable          *cancellable,
                          GError               **error)
{
  g_autoptr(ZmReport) report = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  report = zm_report_new_with_options (assessment, previous, options);
  return replace_file (file, write_report, report, cancellable, error);
}

/* --- the slides ---------------------------------------------------------- */

gboolean
zm_slides_format_from_path (const char      *path,
                            ZmSlidesFormat  *format,
                            GError         **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    *format = ZM_SLIDES_FORMAT_PDF;
  else if (g_str_has_suffix (lower, ".pptx"))
    *format = ZM_SLIDES_FORMAT_PPTX;
  else
    {
      g_set_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name */
                   _("Cannot tell the format of “%s”: the name must end in .pdf or .pptx"), path);
      return FALSE;
    }

  return TRUE;
}

static cairo_status_t
write_slides_pdf (gconstpointer  data,
                  Writer        *writer)
{
  ZmSlides *slides = ZM_SLIDES ((gpointer) data);
  cairo_surface_t *surface = create_vector_surface (ZM_IMAGE_FORMAT_PDF, ZM_SLIDE_WIDTH,
                                                    ZM_SLIDE_HEIGHT, writer);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, zm_slides_get_title (slides));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, zm_slides_get_author (slides));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, zm_slides_get_subject (slides));
  for (guint i = 0; i < zm_slides_get_n_slides (slides) && writer->error == NULL; i++)
    {
      zm_slides_draw_slide (slides, cr, i);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  return finish_surface (surface, status);
}

static cairo_status_t
write_slides_pptx (gconstpointer  data,
                   Writer        *writer)
{
  ZmSlides *slides = ZM_SLIDES ((gpointer) data);

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!zm_pptx_write (slides, writer->stream, writer->cancellable, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
zm_export_slides_to_file (ZmAssessment    *assessment,
                          ZmAssessment    *previous,
                          GFile           *file,
                          ZmSlidesFormat   format,
                          GCancellable    *cancellable,
                          GError         **error)
{
  g_autoptr(ZmSlides) slides = NULL;

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  slides = zm_slides_new (assessment, previous);
  return replace_file (file, format == ZM_SLIDES_FORMAT_PPTX ? write_slides_pptx : write_slides_pdf,
                       slides, cancellable, error);
}

/* --- by path ------------------------------------------------------------- */

gboolean
zm_export_chart (ZmAssessment          *assessment,
                 ZmAssessment          *previous,
                 const char            *path,
                 const ZmImageOptions  *options,
                 GError               **error)
{
  g_autoptr(GFile) file = NULL;
  ZmImageFormat format;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!zm_image_format_from_path (path, &format, error))
    return FALSE;

  file = g_file_new_for_commandline_arg (path);
  return zm_export_chart_to_file (assessment, previous, file, format, options, NULL, error);
}

gboolean
zm_export_checklist (ZmAssessment          *assessment,
                     const char            *path,
                     const ZmImageOptions  *options,
                     GError               **error)
{
  g_autoptr(GFile) file = NULL;
  ZmImageFormat format;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!zm_image_format_from_path (path, &format, error))
    return FALSE;

  file = g_file_new_for_commandline_arg (path);
  return zm_export_checklist_to_file (assessment, file, format, options, NULL, error);
}

gboolean
zm_export_report (ZmAssessment  *assessment,
                  ZmAssessment  *previous,
                  const char    *path,
                  GError       **error)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error (error, ZM_EXPORT_ERROR, ZM_EXPORT_ERROR_UNKNOWN_FORMAT,
                   /* Translators: %s is a file name */
                   _("The report is a PDF file: “%s” must end in .pdf"), path);
      return FALSE;
    }

  file = g_file_new_for_commandline_arg (path);
  return zm_export_report_to_file (assessment, previous, NULL, file, NULL, error);
}

gboolean
zm_export_slides (ZmAssessment  *assessment,
                  ZmAssessment  *previous,
                  const char    *path,
                  GError       **error)
{
  g_autoptr(GFile) file = NULL;
  ZmSlidesFormat format;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!zm_slides_format_from_path (path, &format, error))
    return FALSE;

  file = g_file_new_for_commandline_arg (path);
  return zm_export_slides_to_file (assessment, previous, file, format, NULL, error);
}

/* --- comparisons --------------------------------------------------------- */

typedef struct {
  const ZmCompareData *data;
  guint                page;
  /* The trend's pages in one picture, one below the other. */
  guint                n_trend_pages;
} ComparePage;

static void
draw_heatmap (cairo_t             *cr,
              gconstpointer        data,
              const ZmRenderStyle *style,
              double               width,
              double               height)
{
  const ComparePage *page = data;

  zm_heatmap_draw (cr, page->data, style, width, height, 0);
}

static void
draw_trend (cairo_t             *cr,
            gconstpointer        data,
            const ZmRenderStyle *style,
            double               width,
            double               height)
{
  const ComparePage *page = data;
  guint n = MAX (page->n_trend_pages, 1);

  for (guint p = 0; p < n; p++)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, height / n * p);
      zm_trend_draw (cr, page->data, style, width, height / n, p);
      cairo_restore (cr);
    }
}

/* A single picture of the heat map shows every unit, and one of the
 * trend every page, so their default height grows with them. */
static void
set_compare_drawing (Drawing       *drawing,
                     ComparePage   *page,
                     ZmCompareView  view)
{
  *drawing = (Drawing) { view == ZM_COMPARE_VIEW_TREND ? draw_trend : draw_heatmap, page, COMPARE_SIZES };
  if (view == ZM_COMPARE_VIEW_TREND)
    {
      /* Beyond the largest image allowed the picture shows the first
       * pages; each says which of how many it is. */
      page->n_trend_pages = CLAMP (zm_trend_count_pages (page->data), 1,
                                   ZM_EXPORT_MAX_SIZE / MAX (drawing->default_height, drawing->default_page_height));
      drawing->default_height *= page->n_trend_pages;
      drawing->default_page_height *= page->n_trend_pages;
    }
  if (view == ZM_COMPARE_VIEW_HEATMAP)
    {
      PangoContext *context = zm_render_context_new_unbound ();

      /* Beyond the largest image allowed the picture shows the first
       * units and says so; the PDF has room for all. */
      drawing->default_height = (int) MIN (ceil (zm_heatmap_get_height_for_all (context, page->data, 1920, 1080)),
                                           ZM_EXPORT_MAX_SIZE);
      drawing->default_page_height =
        (int) MIN (ceil (zm_heatmap_get_height_for_all (context, page->data, ZM_EXPORT_COMPARE_PAGE_WIDTH,
                                                        ZM_EXPORT_COMPARE_PAGE_HEIGHT)),
                   ZM_EXPORT_MAX_SIZE);
      g_object_unref (context);
    }
}

static cairo_status_t
write_comparison_pdf (gconstpointer  data,
                      Writer        *writer)
{
  const ZmCompareData *compare = data;
  double width = ZM_EXPORT_COMPARE_PAGE_WIDTH, height = ZM_EXPORT_COMPARE_PAGE_HEIGHT;
  cairo_surface_t *surface = create_vector_surface (ZM_IMAGE_FORMAT_PDF, width, height, writer);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = zm_render_context_new (cr);
  const ZmRenderStyle *style = zm_render_style_light ();
  guint row = 0, n_trend = zm_trend_count_pages (compare);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Comparison of assessments"));
  do
    {
      g_autoptr(ZmHeatmapLayout) layout = zm_heatmap_layout_new (context, compare, width, height, row);

      zm_heatmap_draw_layout (cr, layout, style);
      cairo_show_page (cr);
      row += MAX (layout->n_rows, 1);
    }
  while (row < compare->n_units && writer->error == NULL);

  for (guint page = 0; page < n_trend && writer->error == NULL; page++)
    {
      zm_trend_draw (cr, compare, style, width, height, page);
      cairo_show_page (cr);
    }

  g_object_unref (context);
  status = cairo_status (cr);
  cairo_destroy (cr);
  return finish_surface (surface, status);
}

gboolean
zm_export_comparison_to_file (const ZmCompareData   *data,
                              ZmCompareView          view,
                              guint                  page,
                              GFile                 *file,
                              ZmImageFormat          format,
                              const ZmImageOptions  *options,
                              GCancellable          *cancellable,
                              GError               **error)
{
  ComparePage compare_page = { data, page };
  Drawing drawing;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (format == ZM_IMAGE_FORMAT_PDF)
    return replace_file (file, write_comparison_pdf, data, cancellable, error);

  set_compare_drawing (&drawing, &compare_page, view);
  return export_drawing (&drawing, file, format, options, cancellable, error);
}

gboolean
zm_export_comparison (const ZmCompareData   *data,
                      const char            *path,
                      const ZmImageOptions  *options,
                      GError               **error)
{
  g_autoptr(GFile) file = NULL;
  ZmImageFormat format;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!zm_image_format_from_path (path, &format, error))
    return FALSE;

  file = g_file_new_for_commandline_arg (path);
  return zm_export_comparison_to_file (data, ZM_COMPARE_VIEW_HEATMAP, 0, file, format, options, NULL, error);
}

GBytes *
zm_export_comparison_png_bytes (const ZmCompareData   *data,
                                ZmCompareView          view,
                                guint                  page,
                                const ZmImageOptions  *options,
                                GError               **error)
{
  ComparePage compare_page = { data, page };
  Drawing drawing;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  set_compare_drawing (&drawing, &compare_page, view);
  return drawing_png_bytes (&drawing, options, error);
}
