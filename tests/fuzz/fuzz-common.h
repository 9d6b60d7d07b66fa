/* fuzz-common.h: what the fuzz targets share
 *
 * Each target is one file, fuzz-NAME.c, defining LLVMFuzzerTestOneInput();
 * its seeds live in corpus/NAME/ and its dictionary in NAME.dict. With
 * -Dfuzz=true libFuzzer drives it; in every build fuzz-replay.c replays the
 * corpus through the same function, so a fixed crash stays fixed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "zm-assessment.h"
#include "zm-test-content.h"

G_BEGIN_DECLS

int           LLVMFuzzerTestOneInput     (const uint8_t *data,
                                          size_t         size);

/* The model a document names: the test model for the fixtures answered
 * against it, otherwise the one the application ships. Loaded once. */
ZmModel      *zm_fuzz_model_for          (const uint8_t *data,
                                          size_t         size);

/* Prints what differs and aborts, which libFuzzer reports as a crash. */
G_NORETURN void zm_fuzz_fail             (const char    *what,
                                          const char    *first,
                                          const char    *second);

G_END_DECLS
