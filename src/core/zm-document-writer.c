/* zm-document-writer.c: serialises an assessment, the same bytes for the
 * same content, in the element order of the format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/xmlwriter.h>

#include "zm-document-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlBuffer, xmlBufferFree)

typedef struct {
  xmlTextWriter *w;
  ZmAssessment  *assessment;
  guint          depth;
} Writer;

/* XML 1.0 cannot hold most control characters, and text from the user
 * interface or a clipboard may carry them: they are dropped, never
 * written into a file that could then not be read back. */
static char *
sanitize (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        continue;
      if (c == 0xFFFE || c == 0xFFFF)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* We indent by hand rather than with xmlTextWriterSetIndent, whose output
 * around kept unknown elements is not stable. */
static void
newline (Writer *wr)
{
  static const char spaces[] = "                                ";
  guint n = MIN (wr->depth * 2, sizeof spaces - 1);

  xmlTextWriterWriteRaw (wr->w, BAD_CAST "\n");
  xmlTextWriterWriteRawLen (wr->w, BAD_CAST spaces, (int) n);
}

static void
start (Writer     *wr,
       const char *name)
{
  newline (wr);
  xmlTextWriterStartElement (wr->w, BAD_CAST name);
  wr->depth++;
}

/* @had_children: the element holds elements, so its end tag goes on a line
 * of its own. */
static void
end (Writer   *wr,
     gboolean  had_children)
{
  wr->depth--;
  if (had_children)
    newline (wr);
  xmlTextWriterEndElement (wr->w);
}

static void
attribute (Writer     *wr,
           const char *name,
           const char *value)
{
  g_autofree char *clean = NULL;

  if (value == NULL)
    return;

  clean = sanitize (value);
  xmlTextWriterWriteAttribute (wr->w, BAD_CAST name, BAD_CAST clean);
}

static void
text_element (Writer     *wr,
              const char *name,
              const char *value,
              gboolean    always)
{
  g_autofree char *clean = NULL;

  if (value == NULL && !always)
    return;

  clean = sanitize (value != NULL ? value : "");
  newline (wr);
  xmlTextWriterStartElement (wr->w, BAD_CAST name);
  /* An explicit empty string keeps "<name></name>" rather than "<name/>". */
  xmlTextWriterWriteString (wr->w, BAD_CAST clean);
  xmlTextWriterEndElement (wr->w);
}

static void
extra_attributes (Writer     *wr,
                  const char *key)
{
  ZmExtras *extras = zm_document_get_extras (wr->assessment, key, FALSE);

  for (guint i = 0; extras != NULL && i + 1 < extras->attributes->len; i += 2)
    attribute (wr, extras->attributes->pdata[i], extras->attributes->pdata[i + 1]);
}

/* Returns TRUE when something was written, for end(). */
static gboolean
extra_elements (Writer     *wr,
                const char *key)
{
  ZmExtras *extras = zm_document_get_extras (wr->assessment, key, FALSE);

  if (extras == NULL || extras->elements->len == 0)
    return FALSE;

  for (guint i = 0; i < extras->elements->len; i++)
    {
      newline (wr);
      xmlTextWriterWriteRaw (wr->w, BAD_CAST extras->elements->pdata[i]);
    }

  return TRUE;
}

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  /* g_date_time_format()'s %Y does not pad: the year 852 would be written
   * as "852", which no reader takes for a date. */
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

static void
write_header (Writer *wr)
{
  ZmModel *model = zm_assessment_get_model (wr->assessment);
  g_autofree char *created = format_time (zm_assessment_get_created (wr->assessment));
  g_autofree char *modified = format_time (zm_assessment_get_modified (wr->assessment));

  start (wr, "model");
  attribute (wr, "id", zm_model_get_id (model));
  attribute (wr, "version", zm_model_get_version (model));
  extra_attributes (wr, "model");
  end (wr, extra_elements (wr, "model"));

  text_element (wr, "created", created, TRUE);
  text_element (wr, "modified", modified, TRUE);
}

static void
write_organisation (Writer *wr)
{
  ZmAssessment *a = wr->assessment;

  start (wr, "organisation");
  extra_attributes (wr, "organisation");
  text_element (wr, "name", zm_assessment_get_organisation_name (a), TRUE);
  text_element (wr, "kind", zm_assessment_get_organisation_kind (a), FALSE);
  text_element (wr, "unit", zm_assessment_get_unit (a), FALSE);
  text_element (wr, "assessors", zm_assessment_get_assessors (a), FALSE);
  text_element (wr, "date", zm_assessment_get_date (a), FALSE);
  extra_elements (wr, "organisation");
  end (wr, TRUE);

  if (zm_assessment_get_previous_uri (a) != NULL)
    {
      start (wr, "previous");
      attribute (wr, "href", zm_assessment_get_previous_uri (a));
      extra_attributes (wr, "previous");
      end (wr, extra_elements (wr, "previous"));
    }
}

static void
write_pillar (Writer   *wr,
              gpointer  item)
{
  const char *id = zm_pillar_get_id (ZM_PILLAR (item));
  guint target = zm_assessment_get_target (wr->assessment, id);
  g_autofree char *key = g_strconcat ("pillar:", id, NULL);
  g_autofree char *target_text = target > 0 ? g_strdup_printf ("%u", target) : NULL;

  start (wr, "pillar");
  attribute (wr, "ref", id);
  attribute (wr, "included", zm_assessment_get_pillar_included (wr->assessment, id) ? "true" : "false");
  attribute (wr, "target", target_text);
  extra_attributes (wr, key);
  end (wr, extra_elements (wr, key));
}

/* @prefix: where kept content of the answers of a respondent is filed.
 * Returns TRUE when the answer had something to write. */
static gboolean
write_answer_of (Writer     *wr,
                 ZmAnswer   *answer,
                 const char *prefix)
{
  ZmRating rating = zm_answer_get_rating (answer);
  ZmRating previous = zm_answer_get_previous_rating (answer);
  const char *note = zm_answer_get_note (answer);
  g_autofree char *key = g_strconcat (prefix, "answer:", zm_answer_get_statement_id (answer), NULL);
  ZmExtras *extras = zm_document_get_extras (wr->assessment, key, FALSE);
  gboolean has_children;

  /* Unanswered statements are left out, unless they carry something. */
  if (rating == ZM_RATING_UNANSWERED && previous == ZM_RATING_UNANSWERED &&
      note == NULL && extras == NULL)
    return FALSE;

  start (wr, "answer");
  attribute (wr, "statement", zm_answer_get_statement_id (answer));
  attribute (wr, "rating", zm_rating_to_string (rating));
  attribute (wr, "previous", zm_rating_to_string (previous));
  extra_attributes (wr, key);
  text_element (wr, "note", note, FALSE);
  has_children = extra_elements (wr, key) || note != NULL;
  end (wr, has_children);
  return TRUE;
}

static void
write_answer (Writer   *wr,
              gpointer  item)
{
  write_answer_of (wr, ZM_ANSWER (item), "");
}

static void
write_step (Writer   *wr,
            gpointer  object)
{
  ZmChecklistItem *item = ZM_CHECKLIST_ITEM (object);
  ZmStepStatus status = zm_checklist_item_get_status (item);
  const char *owner = zm_checklist_item_get_owner (item);
  const char *note = zm_checklist_item_get_note (item);
  g_autofree char *key = g_strconcat ("step:", zm_checklist_item_get_step_id (item), NULL);
  ZmExtras *extras = zm_document_get_extras (wr->assessment, key, FALSE);
  gboolean has_children;

  /* Steps never touched are left out. */
  if (status == ZM_STEP_STATUS_NOT_STARTED && owner == NULL && note == NULL &&
      zm_checklist_item_get_due (item) == NULL && extras == NULL)
    return;

  start (wr, "step");
  attribute (wr, "ref", zm_checklist_item_get_step_id (item));
  attribute (wr, "status", zm_step_status_to_string (status));
  attribute (wr, "due", zm_checklist_item_get_due (item));
  extra_attributes (wr, key);
  text_element (wr, "owner", owner, FALSE);
  text_element (wr, "note", note, FALSE);
  has_children = extra_elements (wr, key) || owner != NULL || note != NULL;
  end (wr, has_children);
}

typedef void (*WriteItemFunc) (Writer   *wr,
                               gpointer  item);

/* <pillars>, <answers> and <checklist>: one element per item, in order. */
static void
write_list (Writer        *wr,
            const char    *name,
            GListModel    *items,
            WriteItemFunc  write_item)
{
  start (wr, name);
  extra_attributes (wr, name);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      write_item (wr, item);
    }
  extra_elements (wr, name);
  end (wr, TRUE);
}

/* --- team content (format 1.1) ------------------------------------------- */

static void
write_form (Writer *wr)
{
  const char *name = zm_assessment_get_respondent_name (wr->assessment);

  if (name == NULL)
    return;

  start (wr, "form");
  attribute (wr, "respondent", name);
  extra_attributes (wr, "form");
  end (wr, extra_elements (wr, "form"));
}

static void
write_respondent (Writer   *wr,
                  gpointer  item)
{
  ZmRespondent *respondent = ZM_RESPONDENT (item);
  GListModel *answers = zm_respondent_get_answers (respondent);
  g_autofree char *key = g_strconcat ("respondent:", zm_respondent_get_name (respondent), NULL);
  g_autofree char *prefix = g_strconcat (key, "/", NULL);
  gboolean has_children = FALSE;

  start (wr, "respondent");
  attribute (wr, "name", zm_respondent_get_name (respondent));
  attribute (wr, "source", zm_respondent_get_source (respondent));
  extra_attributes (wr, key);
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);

      has_children |= write_answer_of (wr, answer, prefix);
    }
  has_children |= extra_elements (wr, key);
  end (wr, has_children);
}

static void
write_agreement (Writer   *wr,
                 ZmAnswer *answer)
{
  const char *id = zm_answer_get_statement_id (answer);
  const char *by = NULL;
  GDateTime *at = NULL;
  ZmRating rating = zm_assessment_get_agreed_rating (wr->assessment, id, &by, &at);
  g_autofree char *key = NULL;
  g_autofree char *when = NULL;

  if (rating == ZM_RATING_UNANSWERED)
    return;

  key = g_strconcat ("agreement:", id, NULL);
  when = format_time (at);
  start (wr, "agreement");
  attribute (wr, "statement", id);
  attribute (wr, "rating", zm_rating_to_string (rating));
  attribute (wr, "by", by);
  attribute (wr, "at", when);
  extra_attributes (wr, key);
  end (wr, extra_elements (wr, key));
}

static void
write_team (Writer *wr)
{
  GListModel *respondents = zm_assessment_get_respondents (wr->assessment);
  GListModel *answers = zm_assessment_get_answers (wr->assessment);
  gboolean any_agreed = FALSE;

  write_form (wr);
  if (g_list_model_get_n_items (respondents) > 0)
    write_list (wr, "respondents", respondents, write_respondent);

  for (guint i = 0; i < g_list_model_get_n_items (answers) && !any_agreed; i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);

      any_agreed = zm_assessment_get_agreed_rating (wr->assessment, zm_answer_get_statement_id (answer),
                                                    NULL, NULL) != ZM_RATING_UNANSWERED;
    }
  if (!any_agreed)
    return;

  start (wr, "agreed");
  extra_attributes (wr, "agreed");
  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(ZmAnswer) answer = g_list_model_get_item (answers, i);

      write_agreement (wr, answer);
    }
  extra_elements (wr, "agreed");
  end (wr, TRUE);
}

static void
write_root (Writer *wr)
{
  g_autofree char *version = g_strdup_printf ("%d.%u", ZM_DOCUMENT_MAJOR_VERSION,
                                              zm_document_get_minor (wr->assessment));

  xmlTextWriterStartElement (wr->w, BAD_CAST "assessment");
  attribute (wr, "xmlns", ZM_DOCUMENT_NAMESPACE);
  attribute (wr, "version", version);
  extra_attributes (wr, "assessment");
  wr->depth = 1;

  write_header (wr);
  write_organisation (wr);
  write_list (wr, "pillars", zm_model_get_pillars (zm_assessment_get_model (wr->assessment)),
              write_pillar);
  write_list (wr, "answers", zm_assessment_get_answers (wr->assessment),
              write_answer);
  write_list (wr, "checklist", zm_assessment_get_checklist (wr->assessment),
              write_step);
  write_team (wr);
  extra_elements (wr, "assessment");

  end (wr, TRUE);
}

GBytes *
zm_document_write_bytes (ZmAssessment *assessment)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) writer = NULL;
  Writer wr = { NULL, assessment, 0 };

  g_return_val_if_fail (ZM_IS_ASSESSMENT (assessment), NULL);

  writer = xmlNewTextWriterMemory (buffer, 0);
  g_assert (writer != NULL);
  wr.w = writer;

  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  write_root (&wr);
  xmlTextWriterEndDocument (writer);
  g_clear_pointer (&writer, xmlFreeTextWriter);

  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}
