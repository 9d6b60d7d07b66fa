/* zm-ui-test-util.h: what the window and widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-assessment.h"
#include "zm-model.h"

G_BEGIN_DECLS

/* Waits for @cond, running the main loop, for at most twenty seconds. */
#define WAIT_FOR(cond)                                                    \
  G_STMT_START {                                                          \
    gint64 deadline__ = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;    \
    while (!(cond))                                                       \
      {                                                                   \
        if (g_get_monotonic_time () > deadline__)                         \
          g_error ("timed out waiting for %s", #cond);                    \
        if (!g_main_context_iteration (NULL, FALSE))                      \
          g_usleep (2000);                                                \
      }                                                                   \
  } G_STMT_END

/* Runs the main loop until it is idle for a while: idle updates, worker
 * threads answering through the main context. */
void          zm_test_drain            (void);

/* GTK, libadwaita and the window's resources, as the application sets
 * them up. */
void          zm_test_init             (int          *argc,
                                        char       ***argv);

/* The example shipped in the resources, read against @model. */
ZmAssessment *zm_test_load_example     (ZmModel      *model);

/* The first widget under @root (depth first, @root included) that @match
 * accepts, or NULL. */
GtkWidget    *zm_test_find             (GtkWidget    *root,
                                        gboolean    (*match) (GtkWidget *, gconstpointer),
                                        gconstpointer data);
/* The first widget under @root whose widget name is @name, or NULL. */
GtkWidget    *zm_test_find_named       (GtkWidget    *root,
                                        const char   *name);
/* The top-level window of @type that is shown for @parent, or NULL. */
GtkWindow    *zm_test_find_toplevel    (GType         type,
                                        GtkWindow    *parent);

/* Pictures, for tests that look at what is drawn. */
/* @widget as it is on screen now, drawn by its window's renderer. */
GdkTexture   *zm_test_render_widget    (GtkWidget    *widget);
/* The texture's pixels, four bytes each (Cairo ARGB32: B G R A in memory
 * on little endian), rows of width × 4 bytes. Free with g_free(). */
guchar       *zm_test_texture_pixels   (GdkTexture   *texture);
/* The colour at (@x, @y) of pixels from zm_test_texture_pixels(), 0xRRGGBB. */
guint32       zm_test_pixel_rgb        (const guchar *pixels,
                                        int           width,
                                        int           x,
                                        int           y);
/* Whether any pixel of @texture is exactly @rgb (0xRRGGBB). */
gboolean      zm_test_texture_has_rgb  (GdkTexture   *texture,
                                        guint32       rgb);

G_END_DECLS
