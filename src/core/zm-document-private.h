/* zm-document-private.h: the pieces of the document format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "zm-document.h"

G_BEGIN_DECLS

/* What a document from a newer minor version holds that this version does
 * not know: kept per element ("assessment", "organisation", "answer:ID",
 * "step:ID", …) and written back at the end of that element, so nothing is
 * lost when an older version saves a newer file. */
typedef struct {
  GPtrArray *elements;    /* serialised XML, one string per element */
  GPtrArray *attributes;  /* name, value, name, value, … */
} ZmExtras;

ZmExtras   *zm_document_get_extras      (ZmAssessment *assessment,
                                         const char   *key,
                                         gboolean      create);
void        zm_extras_add_element       (ZmExtras     *extras,
                                         char         *xml);
void        zm_extras_add_attribute     (ZmExtras     *extras,
                                         const char   *name,
                                         const char   *value);

/* The minor format version to write: ours, or the newer one read, since
 * the kept elements belong to it. */
guint       zm_document_get_minor       (ZmAssessment *assessment);
void        zm_document_set_minor       (ZmAssessment *assessment,
                                         guint         minor);

/* Respondents, a respondent form's name or agreed ratings: what needs
 * format 1.1. */
gboolean    zm_document_has_team_content (ZmAssessment *assessment);
void        zm_document_set_model_version (ZmAssessment *assessment,
                                           const char   *version);

/* Brings a tree of an older major format up to the current one, in place.
 * Lines of the original nodes are kept for error messages. */
gboolean    zm_document_migrate         (xmlDoc       *doc,
                                         guint         from_major,
                                         const char   *display_name,
                                         GError      **error);
gboolean    zm_document_can_migrate     (guint         from_major);

const char *zm_rating_to_string         (ZmRating      rating);
gboolean    zm_rating_from_string       (const char   *text,
                                         ZmRating     *rating);
const char *zm_step_status_to_string    (ZmStepStatus  status);
gboolean    zm_step_status_from_string  (const char   *text,
                                         ZmStepStatus *status);

/* Tests replace how the bytes reach the stream, to make a save fail half
 * way; NULL restores the real one. */
typedef gboolean (*ZmDocumentWriteFunc) (GOutputStream  *stream,
                                         GBytes         *bytes,
                                         GCancellable   *cancellable,
                                         GError        **error);

void        zm_document_set_write_func_for_testing (ZmDocumentWriteFunc func);

G_END_DECLS
