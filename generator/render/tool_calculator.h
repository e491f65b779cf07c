#pragma once
// The render module of the footprint calculator (a bank of kind "calculator"): one page per step
// of its form (outils/<id>.html first, the entry page every link points to), then the results
// page, and the data script they share (the reference data and the calculator's definition).
// Every word comes from the definition; the markup from templates/tools/calculator*.mustache.
#include "render/tool_kind.h"

namespace render {

const ToolModule& calculator_module();

}  // namespace render
