/* zm-cli-export.c: the command line's exports, done by the render layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "zm-cli-export.h"
#include "zm-export.h"

/* The option parser refuses what the exporter would refuse, with exit 2. */
G_STATIC_ASSERT (ZM_CLI_EXPORT_MIN_SIZE == ZM_EXPORT_MIN_SIZE);
G_STATIC_ASSERT (ZM_CLI_EXPORT_MAX_SIZE == ZM_EXPORT_MAX_SIZE);

static void
get_image_options (const ZmCliExportOptions *cli,
                   ZmImageOptions           *options)
{
  zm_image_options_init (options);
  options->width = cli->width;
  options->height = cli->height;
  options->scale = cli->scale;
  options->transparent = cli->transparent;
}

gboolean
zm_cli_export_chart (ZmAssessment             *assessment,
                     ZmAssessment             *previous,
                     const char               *path,
                     const ZmCliExportOptions *cli,
                     GError                  **error)
{
  ZmImageOptions options;

  get_image_options (cli, &options);
  return zm_export_chart (assessment, previous, path, &options, error);
}

gboolean
zm_cli_export_checklist (ZmAssessment             *assessment,
                         const char               *path,
                         const ZmCliExportOptions *cli,
                         GError                  **error)
{
  ZmImageOptions options;

  get_image_options (cli, &options);
  return zm_export_checklist (assessment, path, &options, error);
}

gboolean
zm_cli_export_report (ZmAssessment  *assessment,
                      ZmAssessment  *previous,
                      const char    *path,
                      GError       **error)
{
  return zm_export_report (assessment, previous, path, error);
}
