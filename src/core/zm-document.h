/* zm-document.h: reading and writing .zmscan documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "zm-assessment.h"

G_BEGIN_DECLS

#define ZM_DOCUMENT_NAMESPACE     "urn:zorgmarketing-scan:assessment:1"
#define ZM_DOCUMENT_MAJOR_VERSION 1
/* The newest minor version this version reads; a document is written as
 * 1.0 unless it holds team content, which needs 1.1. */
#define ZM_DOCUMENT_MINOR_VERSION 1
#define ZM_DOCUMENT_TEAM_MINOR_VERSION 1
#define ZM_DOCUMENT_MAX_SIZE      (16 * 1024 * 1024)
#define ZM_DOCUMENT_MIME_TYPE     "application/x-zmscan+xml"
#define ZM_DOCUMENT_SUFFIX        ".zmscan"
#define ZM_DOCUMENT_EXAMPLE_RESOURCE "/io/github/zorgmarketing/Scan/examples/example.zmscan"

#define ZM_DOCUMENT_ERROR (zm_document_error_quark ())

typedef enum {
  ZM_DOCUMENT_ERROR_IO,              /* could not read or write the file */
  ZM_DOCUMENT_ERROR_TOO_LARGE,       /* over ZM_DOCUMENT_MAX_SIZE, or too many elements or attributes */
  ZM_DOCUMENT_ERROR_MALFORMED,       /* not well-formed XML, bad encoding */
  ZM_DOCUMENT_ERROR_DOCTYPE,         /* has a DOCTYPE or entities */
  ZM_DOCUMENT_ERROR_NOT_ASSESSMENT,  /* wrong root element or namespace */
  ZM_DOCUMENT_ERROR_NEWER_VERSION,   /* a newer major version */
  ZM_DOCUMENT_ERROR_INVALID,         /* missing or misplaced element, bad value */
  ZM_DOCUMENT_ERROR_UNKNOWN_ID,      /* statement, pillar or step not in the model */
  ZM_DOCUMENT_ERROR_DUPLICATE,       /* the same answer or item twice */
  ZM_DOCUMENT_ERROR_WRONG_MODEL,     /* answered against another model */
  ZM_DOCUMENT_ERROR_CHANGED_ON_DISK, /* the file changed since it was opened */
} ZmDocumentError;

GQuark        zm_document_error_quark     (void);

/* Reads a document answered against @model. Every error message starts with
 * "DISPLAY_NAME:LINE: " (the line is left out where none applies). */
ZmAssessment *zm_document_read_bytes      (GBytes        *bytes,
                                           const char    *display_name,
                                           ZmModel       *model,
                                           GError       **error);
/* The model version the document was answered against, as read from its
 * file; NULL for an assessment not read from a file or a file that does
 * not say. */
const char   *zm_document_get_model_version (ZmAssessment *assessment);

/* Serialises; the same assessment always gives the same bytes. */
GBytes       *zm_document_write_bytes     (ZmAssessment  *assessment);

/* Loads @file; @etag_out receives the file's entity tag for a later save. */
ZmAssessment *zm_document_load            (GFile         *file,
                                           ZmModel       *model,
                                           char         **etag_out,
                                           GCancellable  *cancellable,
                                           GError       **error);
void          zm_document_load_async      (GFile         *file,
                                           ZmModel       *model,
                                           GCancellable  *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer       user_data);
ZmAssessment *zm_document_load_finish     (GAsyncResult  *result,
                                           char         **etag_out,
                                           GError       **error);

/* Writes atomically with a backup of the previous version. When @etag is not
 * NULL and the file on disk no longer has it, fails with
 * ZM_DOCUMENT_ERROR_CHANGED_ON_DISK and leaves the file alone. On any error
 * the previous file is intact. Does not touch "modified": the assessment
 * keeps it current on every change, so save → open → save gives identical
 * bytes. */
gboolean      zm_document_save            (ZmAssessment  *assessment,
                                           GFile         *file,
                                           const char    *etag,
                                           char         **new_etag_out,
                                           GCancellable  *cancellable,
                                           GError       **error);
void          zm_document_save_async      (ZmAssessment  *assessment,
                                           GFile         *file,
                                           const char    *etag,
                                           GCancellable  *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer       user_data);
gboolean      zm_document_save_finish     (GAsyncResult  *result,
                                           char         **new_etag_out,
                                           GError       **error);

/* The resource of the example in the interface language, so that its
 * organisation, notes and owners read in that language too; the English
 * one (ZM_DOCUMENT_EXAMPLE_RESOURCE) when there is none. Free with
 * g_free(). */
char *zm_document_dup_example_resource (void);

/* Replaces @file with @bytes so that it is always the old or the new
 * version, keeping the old one as "FILE~" when @backup. A local file is written as
 * ".NAME.XXXXXX.part" beside it and renamed over it; what a killed write
 * left of the same file is removed by the next one. Errors are GIO's. */
gboolean      zm_file_replace_bytes       (GFile         *file,
                                           GBytes        *bytes,
                                           gboolean       backup,
                                           GCancellable  *cancellable,
                                           GError       **error);

G_END_DECLS
