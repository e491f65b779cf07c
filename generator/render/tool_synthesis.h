#pragma once
// The render module of the sourcing synthesis (content/documents/, kind `synthesis`): one page,
// outils/<id>.html, where the buyer types how each supplier answered the questionnaire it is
// drawn from, and prints or exports the comparison table (assets/js/synthesis*.js). The questions
// come from the questionnaire's compiled bank, not from a copy: the page's data script
// (assets/documents/<id>.js) is written from it.
#include "render/tool_kind.h"

namespace render {

const ToolModule& synthesis_module();

}  // namespace render
