/* zm-cli-export.h: the exports the command line hands to the render layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-assessment.h"

G_BEGIN_DECLS

/* --width, --height (pixels, 0 = the exporter's default), --scale and
 * --background, already checked by the option parser. */
typedef struct {
  int      width;
  int      height;
  double   scale;
  gboolean transparent;
} ZmCliExportOptions;

/* Each writes @out (its format from the extension, already checked) and
 * returns FALSE with a GError whose message names the file. @previous is
 * the earlier assessment to draw as the third shape, or NULL. */
gboolean  zm_cli_export_chart      (ZmAssessment             *assessment,
                                    ZmAssessment             *previous,
                                    GFile                    *out,
                                    const ZmCliExportOptions *options,
                                    GError                  **error);
gboolean  zm_cli_export_checklist  (ZmAssessment             *assessment,
                                    GFile                    *out,
                                    const ZmCliExportOptions *options,
                                    GError                  **error);
gboolean  zm_cli_export_report     (ZmAssessment             *assessment,
                                    ZmAssessment             *previous,
                                    GFile                    *out,
                                    GError                  **error);

G_END_DECLS
