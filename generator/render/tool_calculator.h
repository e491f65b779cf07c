#pragma once
// The render module of the footprint calculator: one page per step of its form
// (outils/empreinte.html first, the entry page every link points to), then the results page, and
// the data script they share (the reference data and the form's fields).
#include "render/tool_kind.h"

namespace render {

const ToolModule& calculator_module();

}  // namespace render
