#pragma once
// The render module of the clause-annex builder, a document in steps (render/document_steps.h):
// the entry page (profiles and documents), a page per document of the contract listing its clauses
// in full (printable without JavaScript, buyer notes on screen only, a checkbox per clause once
// annex-builder.js runs), the parameters page, and the annex page, which annex.js fills with the
// chosen clauses from the document script.
#include "render/tool_kind.h"

namespace render {

const ToolModule& clauses_module();

}  // namespace render
