/* zm-pptx.h: the slide deck as a PowerPoint file (Office Open XML)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-slides.h"

G_BEGIN_DECLS

/* Pixels per point of the pictures in the file: twice a 1920 × 1080
 * screen, so a chart stays sharp on a 4K projector. */
#define ZM_PPTX_PICTURE_SCALE 4.0

/* Writes @slides to @stream as a .pptx package: real, editable titles and
 * text in the slide layouts' placeholders, the graphics as pictures (PNG,
 * with an SVG for the programs that take one), and the presenter's notes
 * on notes pages. */
gboolean zm_pptx_write (ZmSlides       *slides,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error);

G_END_DECLS
