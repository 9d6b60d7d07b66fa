/* zm-cli-export.h: the exports the command line hands to the render layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-assessment.h"

G_BEGIN_DECLS

/* The limits the option parser checks, so that an out-of-range size is a
 * usage error (exit 2); the adapter asserts they are the render layer's. */
#define ZM_CLI_EXPORT_MIN_SIZE  100
#define ZM_CLI_EXPORT_MAX_SIZE  10000
#define ZM_CLI_EXPORT_MAX_SCALE 4.0

/* --width, --height (pixels, 0 = the exporter's default), --scale and
 * --background, already checked by the option parser. */
typedef struct {
  int      width;
  int      height;
  double   scale;
  gboolean transparent;
} ZmCliExportOptions;

/* Each writes @path (its format from the extension, already checked) and
 * returns FALSE with a GError. @previous is the earlier assessment to draw
 * as the third shape, or NULL. */
gboolean  zm_cli_export_chart      (ZmAssessment             *assessment,
                                    ZmAssessment             *previous,
                                    const char               *path,
                                    const ZmCliExportOptions *options,
                                    GError                  **error);
gboolean  zm_cli_export_checklist  (ZmAssessment             *assessment,
                                    const char               *path,
                                    const ZmCliExportOptions *options,
                                    GError                  **error);
gboolean  zm_cli_export_report     (ZmAssessment             *assessment,
                                    ZmAssessment             *previous,
                                    const char               *path,
                                    GError                  **error);

G_END_DECLS
