/* zm-statement.h: one statement that the user rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "zm-types.h"

G_BEGIN_DECLS

#define ZM_TYPE_STATEMENT (zm_statement_get_type ())
G_DECLARE_FINAL_TYPE (ZmStatement, zm_statement, ZM, STATEMENT, GObject)

const char *zm_statement_get_id           (ZmStatement *self);
/* Translated. */
const char *zm_statement_get_text         (ZmStatement *self);
guint       zm_statement_get_stage_number (ZmStatement *self);
ZmPillar   *zm_statement_get_pillar       (ZmStatement *self);

G_END_DECLS
