/* zm-util-private.h: small helpers shared inside core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Like g_set_str() of GLib 2.76, which our API floor (2.74) lacks: returns
 * TRUE only when the value really changed, so callers notify only then. */
static inline gboolean
zm_set_str (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* An empty text is stored as NULL, so "no value" has one form. */
static inline const char *
zm_nonempty (const char *value)
{
  return value != NULL && *value != '\0' ? value : NULL;
}

/* Stores @value, which the caller gives up, the same way: an empty text
 * becomes NULL. */
static inline void
zm_take_str (char **field,
             char  *value)
{
  g_free (*field);
  *field = value;
  if (*field != NULL && **field == '\0')
    g_clear_pointer (field, g_free);
}

G_END_DECLS
