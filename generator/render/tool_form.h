#pragma once
// The render module of checklists and grids: a scored form that works without JavaScript. A short
// bank is one page, its questions and its result together; a long one is a start page (what the
// tool is for, how long it takes, what to have at hand, the identification of the report, the
// steps), a page per step (render/form_steps.h), a page that reviews every answer and the result
// page, the advice first. The forms-*.js scripts bring them to life (visibility, live scoring,
// answers in the link).
#include "render/tool_kind.h"

namespace render {

const ToolModule& form_module();

}  // namespace render
