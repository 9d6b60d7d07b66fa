/* zm-cli-export-unavailable.c: the export hooks of a build whose render
 * layer does not provide src/render/zm-export.h (yet)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zm-cli-export.h"

static gboolean
unavailable (const char  *path,
             GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _("%s: this build of Zorgmarketing Scan cannot export graphics"), path);
  return FALSE;
}

gboolean
zm_cli_export_chart (ZmAssessment             *assessment,
                     ZmAssessment             *previous,
                     const char               *path,
                     const ZmCliExportOptions *options,
                     GError                  **error)
{
  return unavailable (path, error);
}

gboolean
zm_cli_export_checklist (ZmAssessment             *assessment,
                         const char               *path,
                         const ZmCliExportOptions *options,
                         GError                  **error)
{
  return unavailable (path, error);
}

gboolean
zm_cli_export_report (ZmAssessment  *assessment,
                      ZmAssessment  *previous,
                      const char    *path,
                      GError       **error)
{
  return unavailable (path, error);
}
