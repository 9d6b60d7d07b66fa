/* zm-test-util.h: helpers shared by the core and render tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "zm-assessment.h"

G_BEGIN_DECLS

/* The contents of tests/data/@name; the test fails when it cannot be read. */
GBytes       *zm_test_read_data        (const char   *name);

/* @text with its first @find replaced by @replace, which must be there;
 * @line receives the line @find was on, where a reader should report the
 * mistake. */
char         *zm_test_replace_once     (const char   *text,
                                        const char   *find,
                                        const char   *replace,
                                        guint        *line);

/* Fails unless @error's message starts with "@file_name:@line: " and
 * holds @words. */
void          zm_test_assert_message   (const GError *error,
                                        const char   *file_name,
                                        guint         line,
                                        const char   *words);

/* The example assessment the application ships, read against the built-in
 * model. */
ZmAssessment *zm_test_load_example     (void);

/* How much slower than usual the tests run: 1, or ZM_TEST_TIME_SCALE when
 * a tool such as Valgrind runs them. Bounds meant to catch a hang scale
 * with it. */
double        zm_test_time_scale       (void);

G_END_DECLS
