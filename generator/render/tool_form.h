#pragma once
// The render module of checklists and grids: a scored form that works without JavaScript. A short
// bank is one page, its questions and its result together; a long one is an entry page (intro,
// steps, result, verdict rules) and a page per step (render/form_steps.h). The forms-*.js scripts
// bring them to life (visibility, live scoring, answers in the link).
#include "render/tool_kind.h"

namespace render {

const ToolModule& form_module();

}  // namespace render
