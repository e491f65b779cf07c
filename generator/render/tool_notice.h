#pragma once
// The render module of a notice (content/documents/, kind `notice`): one page, outils/<id>.html,
// holding the draft (the mention explicite and the inventory entry) with every field blank, which
// prints as a form to fill without JavaScript; assets/js/notice.js fills the fields from the
// answers of the grid it is drawn from (the link, the tab's memory or an answers file, read by
// forms-answers.js and evaluated by the core, so that only visible answers count).
#include "render/tool_kind.h"

namespace render {

const ToolModule& notice_module();

}  // namespace render
