/* zm-ui-test-util.c: what the window and widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-document.h"
#include "zm-ui-resources.h"
#include "zm-ui-test-util.h"

void
zm_test_drain (void)
{
  for (int i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

void
zm_test_init (int    *argc,
              char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Naming the resource links it in from the static library. */
  (void) zm_ui_get_resource ();
}

ZmAssessment *
zm_test_load_example (ZmModel *model)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (ZM_DOCUMENT_EXAMPLE_RESOURCE, 0, &error);
  ZmAssessment *assessment;

  g_assert_no_error (error);
  assessment = zm_document_read_bytes (bytes, "example.zmscan", model, &error);
  g_assert_no_error (error);
  return assessment;
}

GtkWidget *
zm_test_find (GtkWidget     *root,
              gboolean     (*match) (GtkWidget *, gconstpointer),
              gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = zm_test_find (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
zm_test_find_named (GtkWidget  *root,
                    const char *name)
{
  return zm_test_find (root, is_named, name);
}

GtkWindow *
zm_test_find_toplevel (GType      type,
                       GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          gtk_window_get_transient_for (toplevel) == parent)
        return toplevel;
    }

  return NULL;
}

GdkTexture *
zm_test_render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

guchar *
zm_test_texture_pixels (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  guchar *pixels = g_malloc ((gsize) width * 4 * gdk_texture_get_height (texture));

  gdk_texture_download (texture, pixels, (gsize) width * 4);
  return pixels;
}

guint32
zm_test_pixel_rgb (const guchar *pixels,
                   int           width,
                   int           x,
                   int           y)
{
  const guchar *p = pixels + ((gsize) y * width + x) * 4;

  return (guint32) p[2] << 16 | (guint32) p[1] << 8 | p[0];
}

gboolean
zm_test_texture_has_rgb (GdkTexture *texture,
                         guint32     rgb)
{
  g_autofree guchar *pixels = zm_test_texture_pixels (texture);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (zm_test_pixel_rgb (pixels, width, x, y) == rgb)
        return TRUE;
  return FALSE;
}
