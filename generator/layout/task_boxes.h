#pragma once
// The boxes of the pages' task lists, drawn once per build from templates/partials/task-box.mustache.
#include <string>
#include <vector>

#include "render/markdown.h"
#include "templating/templates.h"

namespace layout {

/// The checked and the unchecked box, each named by its site text (task_done, task_todo).
render::TaskBoxes task_boxes(const templating::Templates& templates, std::vector<std::string>& unknown);

}  // namespace layout
