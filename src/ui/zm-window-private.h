/* zm-window-private.h: the window's actions, split by concern
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-export-dialog.h"
#include "zm-organisation-page.h"
#include "zm-sidebar.h"
#include "zm-stage-page.h"
#include "zm-undo-stack.h"
#include "zm-welcome-page.h"
#include "zm-window.h"

G_BEGIN_DECLS

struct _ZmWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* The document. */
  ZmAssessment         *assessment;
  GFile                *file;
  char                 *etag;
  char                 *page;
  gboolean              modified;
  gboolean              loading;
  /* Bumped on every change; a save that ends marks the document clean only
   * when nothing changed while it ran. */
  guint64               generation;
  GCancellable         *cancellable;
  gboolean              close_after_save;
  gboolean              close_confirmed;

  /* Undo and redo of the document's edits. */
  ZmUndoStack          *undo_stack;

  /* The recovery copy. */
  char                 *recovery_id;
  guint                 autosave_source;
  guint                 autosave_delay;

  /* Template children. */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkWidget            *welcome_box;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_box;
  GtkWidget            *content_box;
  ZmSidebar            *sidebar;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *content_title;
  GtkWidget            *walk_buttons;
  GtkWidget            *save_button;
  GtkMenuButton        *export_button;
  GtkMenuButton        *welcome_menu_button;
  GtkMenuButton        *sidebar_menu_button;
  GtkMenuButton        *content_menu_button;
  GMenuModel           *primary_menu;
  GMenuModel           *export_menu;
  GtkStack             *page_stack;

  /* The pages, each NULL until first shown: a window builds only what
   * it shows (zm_window_ensure_page). */
  ZmWelcomePage        *welcome_page;
  ZmOrganisationPage   *organisation_page;
  ZmStagePage          *stage_page;
  GtkWidget            *results_page;
  GtkWidget            *checklist_page;
};

/* Installs win.export-chart, win.export-checklist, win.export-report,
 * win.export-slides, win.export-csv, win.print-report, win.copy-chart and win.open-exported
 * (zm-window-export.c). */
void zm_window_export_class_init (ZmWindowClass *klass);
/* What the export actions do once the user has chosen a file: writes
 * @kind to @file off the main thread and reports the outcome in a toast
 * (with a button to open the file) or an error dialog. */
void zm_window_export_to_file   (ZmWindow              *self,
                                 ZmExportKind           kind,
                                 const ZmExportOptions *options,
                                 GFile                 *file);

/* Installs win.new, win.open, win.open-uri, win.open-example,
 * win.new-from-previous, win.save, win.save-as and win.close
 * (zm-window-document.c). */
void zm_window_document_class_init (ZmWindowClass *klass);

/* Shows @assessment in the window. @file and @etag say where it lives
 * (NULL when untitled); @modified marks it as not saved yet. */
void        zm_window_set_document      (ZmWindow     *self,
                                         ZmAssessment *assessment,
                                         GFile        *file,
                                         const char   *etag,
                                         gboolean      modified);
/* Property "modified": the document has changes that are not saved. */
gboolean    zm_window_get_modified      (ZmWindow     *self);
/* Property "page": the page id shown (see zm-sidebar.h). */
const char *zm_window_get_page          (ZmWindow     *self);
void        zm_window_set_page          (ZmWindow     *self,
                                         const char   *page);
/* The results page, holding the window's document (and the previous
 * assessment it loads) even when it has not been shown yet. */
GtkWidget  *zm_window_get_results_page  (ZmWindow     *self);
/* The page named @name (ZM_PAGE_RESULTS, ZM_PAGE_CHECKLIST,
 * ZM_PAGE_ORGANISATION, or "stage" for the stage form), built and added
 * to the window the first time it is asked for. */
GtkWidget  *zm_window_ensure_page       (ZmWindow     *self,
                                         const char   *name);
/* The welcome page, built the first time it is asked for. */
ZmWelcomePage *zm_window_ensure_welcome_page (ZmWindow *self);
/* Shows the welcome page when the window has no document and is not
 * loading one; zm-window-document.c calls it when a load fails. */
void        zm_window_update_main_page  (ZmWindow     *self);
/* TRUE while the window shows a document or is loading one. */
gboolean    zm_window_is_busy           (ZmWindow     *self);

/* What the file choosers lead to, for tests that cannot use a chooser:
 * save to @file, and start a new assessment from the one in @file. */
void        zm_window_save_to_file      (ZmWindow     *self,
                                         GFile        *file);
void        zm_window_new_from_previous_file (ZmWindow *self,
                                              GFile    *file);
/* A new assessment of the unit in @file, using its answers as @use says;
 * what the question after "New Assessment from Previous…" leads to. */
void        zm_window_new_assessment_again (ZmWindow      *self,
                                            GFile         *file,
                                            ZmPreviousUse  use);

/* Recovery copies (zm-window-document.c). The id of this window's copy,
 * NULL before the first autosave. */
const char *zm_window_get_recovery_id   (ZmWindow     *self);
/* How long after a change the copy is written; tests shorten it. */
void        zm_window_set_autosave_delay (ZmWindow    *self,
                                          guint        milliseconds);
/* Looks for copies that no window of the application owns and offers to
 * restore them. */
void        zm_window_offer_recovery    (ZmWindow     *self);
/* The window that shows @file, if any. */
ZmWindow   *zm_window_find_for_file     (GtkApplication *application,
                                         GFile          *file);

/* Called by zm-window.c on the document's "changed" signal, and when the
 * window is about to be destroyed. */
void        zm_window_document_changed  (ZmWindow     *self);
void        zm_window_document_dispose  (ZmWindow     *self);
/* TRUE when closing must wait: the user is asked about unsaved changes. */
gboolean    zm_window_document_close_request (ZmWindow *self);

G_END_DECLS
