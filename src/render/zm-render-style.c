/* zm-render-style.c: the light and dark styles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-render-style.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }

static const ZmRenderStyle light_style = {
  .foreground = RGB (0x24, 0x1f, 0x31),
  .muted = RGB (0x77, 0x76, 0x7b),
  .background = RGB (0xff, 0xff, 0xff),
  .grid = RGB (0xc0, 0xbf, 0xbc),
  .series = {
    [ZM_SERIES_CURRENT] = RGB (0x00, 0x72, 0xb2),  /* Okabe–Ito blue */
    [ZM_SERIES_TARGET] = RGB (0xd5, 0x5e, 0x00),   /* vermillion */
    [ZM_SERIES_PREVIOUS] = RGB (0x00, 0x9e, 0x73), /* bluish green */
  },
  .stages = {
    RGB (0xf0, 0xe4, 0x42),  /* Okabe–Ito yellow */
    RGB (0xe6, 0x9f, 0x00),  /* orange */
    RGB (0x00, 0x9e, 0x73),  /* bluish green */
    RGB (0x00, 0x72, 0xb2),  /* blue */
  },
  .paint_background = TRUE,
};

static const ZmRenderStyle dark_style = {
  .foreground = RGB (0xff, 0xff, 0xff),
  .muted = RGB (0x9a, 0x99, 0x96),
  .background = RGB (0x24, 0x24, 0x24),
  .grid = RGB (0x5e, 0x5c, 0x64),
  .series = {
    [ZM_SERIES_CURRENT] = RGB (0x56, 0xb4, 0xe9),  /* sky blue */
    [ZM_SERIES_TARGET] = RGB (0xe6, 0x9f, 0x00),   /* orange */
    [ZM_SERIES_PREVIOUS] = RGB (0x00, 0x9e, 0x73), /* bluish green */
  },
  .stages = {
    RGB (0xf0, 0xe4, 0x42),  /* Okabe–Ito yellow */
    RGB (0xe6, 0x9f, 0x00),  /* orange */
    RGB (0x00, 0x9e, 0x73),  /* bluish green */
    RGB (0x00, 0x72, 0xb2),  /* blue */
  },
  .paint_background = TRUE,
};

/**
 * zm_render_style_light:
 *
 * Returns: (transfer none): dark text on white
 */
const ZmRenderStyle *
zm_render_style_light (void)
{
  return &light_style;
}

/**
 * zm_render_style_dark:
 *
 * Returns: (transfer none): light text on a dark background
 */
const ZmRenderStyle *
zm_render_style_dark (void)
{
  return &dark_style;
}
