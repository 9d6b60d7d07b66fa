/* zm-render-test-util.h: helpers shared by the render tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "zm-render-text.h"

G_BEGIN_DECLS

/* A Pango context that measures as the drawing functions do, for layouts
 * made before there is anything to draw on. */
PangoContext *zm_test_measure_context  (void);

/* Fail naming the canvas size and @what when @rect leaves a canvas of
 * @width × @height, or when @a and @b overlap. */
void          zm_test_assert_inside    (double        width,
                                        double        height,
                                        const ZmRect *rect,
                                        const char   *what);
void          zm_test_assert_apart     (double        width,
                                        double        height,
                                        const ZmRect *a,
                                        const ZmRect *b,
                                        const char   *what);

/* The output of pdfinfo or pdftotext for @path; NULL, and the test
 * skipped, when poppler-utils are not installed. */
char         *zm_test_run_poppler      (const char   *tool,
                                        const char   *path);

/* The value of a "Name:   value" line of pdfinfo's output, or "". */
char         *zm_test_info_field       (const char   *info,
                                        const char   *name);

/* Dutch for the rest of a test subprocess, from this build's catalogue. */
void          zm_test_use_dutch        (void);
/* TRUE when the Dutch catalogue is built; else the test is skipped. */
gboolean      zm_test_have_dutch       (void);

G_END_DECLS
