#pragma once
// The sourcing questionnaire in steps (see annex_steps.h): the entry page (supplier profiles and
// themes, the list of sections), one page per section laid out like the source document's tables
// (question, expected answer, room for the candidate's answer, means of proof; printable as a
// blank questionnaire without JavaScript), and the questionnaire page, which annex.js fills with
// the chosen sections from the document script.
#include <map>
#include <string>
#include <vector>

#include "core/bank_model.h"

#include "render/tool_clauses.h"
#include "render/document_steps.h"
#include "render/markdown.h"

namespace render {

/// The entry page's content (what render_bank puts under the tool's intro).
AnnexHtml render_questionnaire_page(const core::Bank& bank, const std::string& page_url, const LinkResolver& resolve);

std::vector<Step> questionnaire_steps(const core::Bank& bank, const std::string& tool_url);
std::map<std::string, std::string> questionnaire_anchor_pages(const core::Bank& bank, const std::string& tool_url);
AnnexSteps render_questionnaire_steps(const core::Bank& bank, const std::string& tool_url, const LinkResolver& resolve);

}  // namespace render
