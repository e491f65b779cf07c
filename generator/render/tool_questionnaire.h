#pragma once
// The render module of the sourcing questionnaire, a document in steps (render/document_steps.h):
// the entry page (supplier profiles and themes, the list of sections), a page per section laid out
// like the source document's tables (question, expected answer, room for the candidate's answer,
// means of proof; printable as a blank questionnaire without JavaScript), and the questionnaire
// page, which annex.js fills with the chosen sections from the document script.
#include <string>
#include <utility>
#include <vector>

#include "render/tool_kind.h"

namespace render {

const ToolModule& questionnaire_module();

/// A questionnaire's supplier profiles {id, label} that at least one section names, in the bank's
/// order.
std::vector<std::pair<std::string, std::string>> questionnaire_profiles(const core::Bank& bank);

/// A questionnaire's themes {slug, label}, in the order of their first section.
std::vector<std::pair<std::string, std::string>> questionnaire_themes(const core::Bank& bank);

}  // namespace render
