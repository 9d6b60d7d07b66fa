/* zm-slides.c: the slide deck laid out on 16:9 slides and drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every slide is laid out once, at the widescreen size PowerPoint and
 * Impress use, so the PDF and the PPTX put the same words in the same
 * places. Text is measured with Pango: a title shrinks to no less than
 * 28 pt and then wraps, the body to no less than 18 pt; what still does not
 * fit moves to a continuation slide, so nothing is ever clipped.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>

#include "zm-chart-data.h"
#include "zm-slides-private.h"

#define MARGIN_X       56.0
#define MARGIN_TOP     48.0
#define MARGIN_BOTTOM  40.0
#define ACCENT_HEIGHT  6.0
#define ACCENT_WIDTH   72.0
#define TITLE_GAP      22.0
#define COLUMN_GAP     32.0
#define BODY_COLUMN    0.44   /* of the text width, when a graphic is beside it */
#define TITLE_SIZE     36.0
#define COVER_SIZE     44.0
#define BODY_SIZE      24.0
#define SIZE_STEP      2.0
/* Other programs measure text a little differently: leave room. */
#define SLACK          0.92

struct _ZmSlides
{
  GObject    parent_instance;
  GPtrArray *slides;
  char      *title;
  char      *author;
  char      *subject;
};

G_DEFINE_FINAL_TYPE (ZmSlides, zm_slides, G_TYPE_OBJECT)

/* --- slides -------------------------------------------------------------- */

static void
paragraph_free (gpointer data)
{
  ZmSlideParagraph *paragraph = data;

  g_free (paragraph->lead);
  g_free (paragraph->text);
  g_free (paragraph);
}

static void
slide_free (gpointer data)
{
  ZmSlide *slide = data;

  g_free (slide->title);
  g_ptr_array_unref (slide->paragraphs);
  if (slide->draw_data_free != NULL)
    slide->draw_data_free (slide->draw_data);
  g_free (slide->description);
  g_free (slide->notes);
  g_free (slide);
}

static ZmSlide *
slide_new (ZmSlideKind  kind,
           const char  *title)
{
  ZmSlide *slide = g_new0 (ZmSlide, 1);

  slide->kind = kind;
  slide->title = g_strdup (title);
  slide->paragraphs = g_ptr_array_new_with_free_func (paragraph_free);
  return slide;
}

ZmSlide *
zm_deck_add_slide (ZmDeck      *deck,
                   ZmSlideKind  kind,
                   const char  *title)
{
  ZmSlide *slide = slide_new (kind, title);

  g_ptr_array_add (deck->slides, slide);
  return slide;
}

void
zm_slide_add_paragraph (ZmSlide    *slide,
                        const char *lead,
                        const char *text,
                        gboolean    bullet)
{
  ZmSlideParagraph *paragraph = g_new0 (ZmSlideParagraph, 1);

  paragraph->lead = g_strdup (lead);
  paragraph->text = g_strdup (text ? text : "");
  paragraph->bullet = bullet;
  g_ptr_array_add (slide->paragraphs, paragraph);
}

void
zm_slide_set_graphic (ZmSlide         *slide,
                      ZmSlideDrawFunc  draw,
                      gpointer         data,
                      GDestroyNotify   data_free,
                      char            *description)
{
  g_assert (slide->draw == NULL);

  slide->description = description;
  slide->draw = draw;
  slide->draw_data = data;
  slide->draw_data_free = data_free;
}

void
zm_slide_add_note (ZmSlide    *slide,
                   const char *format,
                   ...)
{
  g_autofree char *sentence = NULL;
  va_list args;

  va_start (args, format);
  sentence = g_strdup_vprintf (format, args);
  va_end (args);

  if (slide->notes == NULL)
    slide->notes = g_steal_pointer (&sentence);
  else
    {
      g_autofree char *notes = slide->notes;

      slide->notes = g_strconcat (notes, "\n", sentence, NULL);
    }
}

/* --- measuring ----------------------------------------------------------- */

static char *
paragraph_markup (const ZmSlideParagraph *paragraph)
{
  if (paragraph->lead == NULL)
    return g_markup_escape_text (paragraph->text, -1);

  return g_markup_printf_escaped ("<b>%s</b>%s", paragraph->lead, paragraph->text);
}

static PangoLayout *
paragraph_layout (PangoContext           *context,
                  const ZmSlideParagraph *paragraph,
                  double                  size,
                  double                  width)
{
  g_autofree char *markup = paragraph_markup (paragraph);

  return zm_render_layout_new_markup (context, markup, size, PANGO_WEIGHT_NORMAL,
                                      width - (paragraph->bullet ? ZM_SLIDE_BULLET_INDENT (size) : 0));
}

/* The height of paragraphs [0, @n) at @size; @n_fit receives how many of
 * them fit @height. */
static double
measure_body (PangoContext *context,
              GPtrArray    *paragraphs,
              double        size,
              double        width,
              double        height,
              guint        *n_fit)
{
  double y = 0;

  *n_fit = 0;
  for (guint i = 0; i < paragraphs->len; i++)
    {
      g_autoptr(PangoLayout) layout = paragraph_layout (context, g_ptr_array_index (paragraphs, i),
                                                        size, width * SLACK);
      double h;

      zm_render_layout_get_size (layout, NULL, &h);
      y += (i > 0 ? ZM_SLIDE_PARAGRAPH_SPACE (size) : 0) + h;
      if (y <= height)
        *n_fit = i + 1;
    }

  return y;
}

/* The largest size from @start down to @min at which @markup fits
 * @width × @height; at @min it wraps as it must. Returns the height. */
static double
fit_title (PangoContext *context,
           const char   *text,
           double        start,
           double        min,
           double        width,
           double        max_lines,
           double       *size)
{
  double h = 0;

  for (*size = start; *size >= min; *size -= SIZE_STEP)
    {
      g_autoptr(PangoLayout) layout = zm_render_layout_new (context, text, *size,
                                                           PANGO_WEIGHT_BOLD, width * SLACK);

      zm_render_layout_get_size (layout, NULL, &h);
      if (pango_layout_get_line_count (layout) <= max_lines || *size - SIZE_STEP < min)
        break;
    }

  return h / SLACK;
}

/* --- layout -------------------------------------------------------------- */

static GPtrArray *
split_paragraphs (ZmSlide *slide,
                  guint    n_fit);

/* The title ends a little above the middle, the subtitle under it; a very
 * long title pushes both up. Returns the paragraphs that do not fit. */
static GPtrArray *
layout_cover (PangoContext *context,
              ZmSlide      *slide)
{
  double width = ZM_SLIDE_WIDTH - 2 * MARGIN_X, title_h, body_h, top, room;
  guint n_fit;

  title_h = fit_title (context, slide->title, COVER_SIZE, ZM_SLIDE_MIN_TITLE_SIZE, width, 2,
                       &slide->title_size);
  top = MAX (MARGIN_TOP + 4 * ACCENT_HEIGHT, ZM_SLIDE_HEIGHT * 0.5 - title_h);
  room = ZM_SLIDE_HEIGHT - MARGIN_BOTTOM - (top + title_h + TITLE_GAP);
  for (slide->body_size = 28; slide->body_size > ZM_SLIDE_MIN_BODY_SIZE; slide->body_size -= SIZE_STEP)
    if (measure_body (context, slide->paragraphs, slide->body_size, width, room, &n_fit) <=
        MIN (room, ZM_SLIDE_HEIGHT * 0.3))
      break;
  body_h = measure_body (context, slide->paragraphs, slide->body_size, width, room, &n_fit);
  slide->title_rect = (ZmRect) { MARGIN_X, top, width, title_h };
  slide->body_rect = (ZmRect) { MARGIN_X, top + title_h + TITLE_GAP, width, MIN (body_h / SLACK, room) };

  return split_paragraphs (slide, n_fit);
}

/* The largest body size, from BODY_SIZE down to the minimum, at which the
 * paragraphs fit @width × @height; TRUE when they fit at all. */
static gboolean
fit_body (PangoContext *context,
          ZmSlide      *slide,
          double        width,
          double        height)
{
  guint n_fit;

  for (slide->body_size = BODY_SIZE; slide->body_size >= ZM_SLIDE_MIN_BODY_SIZE; slide->body_size -= SIZE_STEP)
    if (measure_body (context, slide->paragraphs, slide->body_size, width, height, &n_fit) <= height)
      return TRUE;
  slide->body_size = ZM_SLIDE_MIN_BODY_SIZE;
  return FALSE;
}

/* Beside a graphic, the text takes a wider column before it shrinks
 * below the minimum size or goes on to another slide. */
static const double body_columns[] = { BODY_COLUMN, 0.5, 0.56 };

/* Lays out a content slide; returns the paragraphs that do not fit, for a
 * continuation slide, or NULL. */
static GPtrArray *
layout_content (PangoContext *context,
                ZmSlide      *slide)
{
  double width = ZM_SLIDE_WIDTH - 2 * MARGIN_X, body_width = width, top, height, title_h;
  guint n_fit = 0;

  title_h = fit_title (context, slide->title, TITLE_SIZE, ZM_SLIDE_MIN_TITLE_SIZE, width, 1,
                       &slide->title_size);
  slide->title_rect = (ZmRect) { MARGIN_X, MARGIN_TOP, width, title_h };
  top = MARGIN_TOP + title_h + TITLE_GAP;
  height = ZM_SLIDE_HEIGHT - MARGIN_BOTTOM - top;

  if (slide->paragraphs->len == 0)
    {
      slide->graphic_rect = (ZmRect) { MARGIN_X, top, width, height };
      return NULL;
    }

  for (guint i = 0; i < (slide->draw != NULL ? G_N_ELEMENTS (body_columns) : 1); i++)
    {
      body_width = slide->draw != NULL ? floor (width * body_columns[i]) : width;
      if (fit_body (context, slide, body_width, height))
        break;
    }
  slide->body_rect = (ZmRect) { MARGIN_X, top, body_width, height };
  if (slide->draw != NULL)
    slide->graphic_rect = (ZmRect) { MARGIN_X + body_width + COLUMN_GAP, top,
                                     width - body_width - COLUMN_GAP, height };

  measure_body (context, slide->paragraphs, slide->body_size, body_width, height, &n_fit);
  return split_paragraphs (slide, n_fit);
}

/* The paragraphs after the first @n_fit, for a continuation slide, or
 * NULL when all fit. A paragraph taller than a slide still goes
 * somewhere: alone. */
static GPtrArray *
split_paragraphs (ZmSlide *slide,
                  guint    n_fit)
{
  GPtrArray *rest;

  n_fit = MAX (n_fit, 1);
  if (n_fit >= slide->paragraphs->len)
    return NULL;

  rest = g_ptr_array_new_with_free_func (paragraph_free);
  while (slide->paragraphs->len > n_fit)
    g_ptr_array_add (rest, g_ptr_array_steal_index (slide->paragraphs, n_fit));
  return rest;
}

static ZmSlide *
continuation (const ZmSlide *slide,
              GPtrArray     *rest)
{
  /* Translators: the title of a slide that goes on with the previous one's text */
  g_autofree char *title = g_strdup_printf (_("%s (continued)"), slide->title);
  ZmSlide *next = slide_new (ZM_SLIDE_CONTENT, title);

  g_ptr_array_unref (next->paragraphs);
  next->paragraphs = rest;
  next->notes = g_strdup (_("The text of the previous slide goes on here."));
  return next;
}

static void
layout_slides (GPtrArray *slides)
{
  PangoContext *context = zm_render_context_new_unbound ();

  for (guint i = 0; i < slides->len; i++)
    {
      ZmSlide *slide = g_ptr_array_index (slides, i);
      GPtrArray *rest;

      if (slide->kind == ZM_SLIDE_TITLE)
        {
          rest = layout_cover (context, slide);
          slide->accent_rect = (ZmRect) { MARGIN_X, slide->title_rect.y - 4 * ACCENT_HEIGHT,
                                          ACCENT_WIDTH, ACCENT_HEIGHT };
        }
      else
        {
          rest = layout_content (context, slide);
          slide->accent_rect = (ZmRect) { MARGIN_X, MARGIN_TOP - 3 * ACCENT_HEIGHT,
                                          ACCENT_WIDTH, ACCENT_HEIGHT };
        }
      if (rest != NULL)
        g_ptr_array_insert (slides, i + 1, continuation (slide, rest));
    }

  g_object_unref (context);
}

/* --- drawing ------------------------------------------------------------- */

static void
draw_accent (cairo_t             *cr,
             const ZmRenderStyle *style,
             const ZmSlide       *slide)
{
  const ZmRect *r = &slide->accent_rect;

  zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], 1.0);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_fill (cr);
}

static void
draw_title (cairo_t             *cr,
            PangoContext        *context,
            const ZmRenderStyle *style,
            const ZmSlide       *slide)
{
  g_autoptr(PangoLayout) layout = zm_render_layout_new (context, slide->title, slide->title_size,
                                                       PANGO_WEIGHT_BOLD,
                                                       slide->title_rect.width * SLACK);

  zm_render_set_color (cr, &style->foreground, 1.0);
  zm_render_show_layout (cr, layout, slide->title_rect.x, slide->title_rect.y);
}

static void
draw_body (cairo_t             *cr,
           PangoContext        *context,
           const ZmRenderStyle *style,
           const ZmSlide       *slide)
{
  double size = slide->body_size, y = slide->body_rect.y;
  gboolean cover = slide->kind == ZM_SLIDE_TITLE;

  for (guint i = 0; i < slide->paragraphs->len; i++)
    {
      const ZmSlideParagraph *paragraph = g_ptr_array_index (slide->paragraphs, i);
      g_autoptr(PangoLayout) layout = paragraph_layout (context, paragraph, size,
                                                        slide->body_rect.width * SLACK);
      double x = slide->body_rect.x, h;

      y += i > 0 ? ZM_SLIDE_PARAGRAPH_SPACE (size) : 0;
      if (paragraph->bullet)
        {
          zm_render_set_color (cr, &style->series[ZM_SERIES_CURRENT], 1.0);
          cairo_new_sub_path (cr);
          cairo_arc (cr, x + size * 0.3, y + size * 0.62, size * 0.16, 0, 2 * G_PI);
          cairo_fill (cr);
          x += ZM_SLIDE_BULLET_INDENT (size);
        }
      zm_render_set_color (cr, cover ? &style->muted : &style->foreground, 1.0);
      zm_render_show_layout (cr, layout, x, y);
      zm_render_layout_get_size (layout, NULL, &h);
      y += h;
    }
}

static void
draw_graphic (cairo_t             *cr,
              const ZmRenderStyle *style,
              const ZmSlide       *slide)
{
  ZmRenderStyle graphic_style = *style;

  graphic_style.paint_background = FALSE;
  cairo_save (cr);
  cairo_translate (cr, slide->graphic_rect.x, slide->graphic_rect.y);
  slide->draw (cr, slide->draw_data, &graphic_style, slide->graphic_rect.width,
               slide->graphic_rect.height);
  cairo_restore (cr);
}

void
zm_slides_draw_slide (ZmSlides *self,
                      cairo_t  *cr,
                      guint     index)
{
  const ZmRenderStyle *style = zm_render_style_light ();
  const ZmSlide *slide;
  PangoContext *context;

  g_return_if_fail (ZM_IS_SLIDES (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index < self->slides->len);

  slide = g_ptr_array_index (self->slides, index);
  context = zm_render_context_new (cr);
  cairo_save (cr);
  zm_render_paint_background (cr, style, ZM_SLIDE_WIDTH, ZM_SLIDE_HEIGHT);
  draw_accent (cr, style, slide);
  draw_title (cr, context, style, slide);
  draw_body (cr, context, style, slide);
  if (slide->draw != NULL)
    draw_graphic (cr, style, slide);
  cairo_restore (cr);
  g_object_unref (context);
}

void
zm_slides_draw_graphic (ZmSlides *self,
                        cairo_t  *cr,
                        guint     index)
{
  const ZmSlide *slide;

  g_return_if_fail (ZM_IS_SLIDES (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index < self->slides->len);

  slide = g_ptr_array_index (self->slides, index);
  if (slide->draw == NULL)
    return;

  cairo_save (cr);
  cairo_translate (cr, -slide->graphic_rect.x, -slide->graphic_rect.y);
  draw_graphic (cr, zm_render_style_light (), slide);
  cairo_restore (cr);
}

/* --- the object ---------------------------------------------------------- */

static void
zm_slides_finalize (GObject *object)
{
  ZmSlides *self = ZM_SLIDES (object);

  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);

  G_OBJECT_CLASS (zm_slides_parent_class)->finalize (object);
}

static void
zm_slides_class_init (ZmSlidesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zm_slides_finalize;
}

static void
zm_slides_init (ZmSlides *self)
{
  self->slides = g_ptr_array_new_with_free_func (slide_free);
}

static void
deck_clear (ZmDeck *deck)
{
  g_clear_pointer (&deck->result, zm_result_free);
  g_clear_pointer (&deck->previous_result, zm_result_free);
  g_clear_pointer (&deck->chart, zm_radar_data_free);
  g_clear_pointer (&deck->checklist, zm_checklist_data_free);
}

static void
set_metadata (ZmSlides     *self,
              ZmAssessment *assessment)
{
  const char *name = zm_assessment_get_organisation_name (assessment);
  const char *assessors = zm_assessment_get_assessors (assessment);
  const ZmSlide *cover = g_ptr_array_index (self->slides, 0);

  /* Translators: the presentation's title in its properties; %s is the organisation */
  self->title = g_strdup_printf (_("Marketing maturity: %s"), name && *name ? name : cover->title);
  self->author = g_strdup (assessors && *assessors ? assessors : "");
  self->subject = g_strdup (zm_model_get_title (zm_assessment_get_model (assessment)));
}

ZmSlides *
zm_slides_new (ZmAssessment *assessment,
               ZmAssessment *previous)
{
  g_autoptr(ZmSlides) self = NULL;
  ZmDeck deck = { 0 };

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (previous == NULL || ZM_IS_ASSESSMENT (previous), NULL);

  self = g_object_new (ZM_TYPE_SLIDES, NULL);
  deck.assessment = assessment;
  deck.previous = previous;
  deck.model = zm_assessment_get_model (assessment);
  deck.result = zm_score_assessment (assessment);
  deck.previous_result = previous != NULL ? zm_score_assessment (previous) : NULL;
  deck.chart = zm_radar_data_new_for_assessment (assessment, previous);
  deck.checklist = zm_checklist_data_new_for_assessment (assessment);
  deck.slides = self->slides;

  zm_deck_build (&deck);
  deck_clear (&deck);
  layout_slides (self->slides);
  set_metadata (self, assessment);

  return g_steal_pointer (&self);
}

guint
zm_slides_get_n_slides (ZmSlides *self)
{
  g_return_val_if_fail (ZM_IS_SLIDES (self), 0);

  return self->slides->len;
}

const ZmSlide *
zm_slides_get_slide (ZmSlides *self,
                     guint     index)
{
  g_return_val_if_fail (ZM_IS_SLIDES (self), NULL);
  g_return_val_if_fail (index < self->slides->len, NULL);

  return g_ptr_array_index (self->slides, index);
}

const char *
zm_slides_get_title (ZmSlides *self)
{
  g_return_val_if_fail (ZM_IS_SLIDES (self), NULL);

  return self->title;
}

const char *
zm_slides_get_author (ZmSlides *self)
{
  g_return_val_if_fail (ZM_IS_SLIDES (self), NULL);

  return self->author;
}

const char *
zm_slides_get_subject (ZmSlides *self)
{
  g_return_val_if_fail (ZM_IS_SLIDES (self), NULL);

  return self->subject;
}

const char *
zm_slides_get_language (ZmSlides *self)
{
  g_return_val_if_fail (ZM_IS_SLIDES (self), NULL);

  /* Translators: the language tag written into the presentation, so that
   * PowerPoint checks the spelling in the right language */
  return C_("language tag", "en-GB");
}
