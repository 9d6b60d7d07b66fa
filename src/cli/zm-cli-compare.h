/* zm-cli-compare.h: --compare, many documents in one CSV, picture or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-model.h"

G_BEGIN_DECLS

/* Reads @paths (documents or folders) against @model and writes @out
 * (.csv, .png, .svg or .pdf). Every file left out is named on standard
 * error with its reason, and then nothing is written. */
gboolean  zm_cli_compare (ZmModel            *model,
                          const char         *out,
                          const char * const *paths);

G_END_DECLS
