/* lint.h — warnings about a resolved plan: what is valid but most likely
 * a mistake. They never make a run fail. */
#ifndef SKA_LINT_H
#define SKA_LINT_H
#include "ast.h"

/* Adds a warning to p->diags for each likely mistake in the plan file
 * itself (source 0; the modules it uses are libraries, whose indicators
 * are there to be picked from): an indicator nothing reads, a goal with
 * neither a target nor an assessment, a percentage compared with an
 * indicator on a scale that is not percent. p must have resolved. */
void lint_program(Program *p);

#endif
