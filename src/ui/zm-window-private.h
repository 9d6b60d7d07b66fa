/* zm-window-private.h: the window's actions, split by concern
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-window.h"

G_BEGIN_DECLS

/* Installs win.export-chart, win.export-checklist, win.export-report,
 * win.export-csv, win.print-report and win.copy-chart (zm-window-export.c). */
void zm_window_export_class_init (ZmWindowClass *klass);

G_END_DECLS
