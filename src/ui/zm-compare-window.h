/* zm-compare-window.h: many assessments side by side, and their progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "zm-collection.h"

G_BEGIN_DECLS

#define ZM_TYPE_COMPARE_WINDOW (zm_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (ZmCompareWindow, zm_compare_window, ZM, COMPARE_WINDOW, AdwWindow)

/* Documents are read against @model. */
ZmCompareWindow *zm_compare_window_new          (GtkWindow       *parent,
                                                 ZmModel         *model);
/* What the file choosers lead to, and what tests call: adds @files
 * (documents or folders) to the comparison and reads them all again off
 * the main thread, with progress and a Cancel button. */
void             zm_compare_window_add_files    (ZmCompareWindow *self,
                                                 GFile          **files,
                                                 guint            n_files);
/* The documents read; TRUE while a load runs. */
ZmCollection    *zm_compare_window_get_collection (ZmCompareWindow *self);
gboolean         zm_compare_window_is_loading   (ZmCompareWindow *self);
/* The export the menu leads to once a file is chosen; runs off the main
 * thread and reports in a toast. */
void             zm_compare_window_export_to_file (ZmCompareWindow *self,
                                                   GFile           *file,
                                                   const char      *format);

G_END_DECLS
