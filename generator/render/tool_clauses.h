#pragma once
// The clauses tool in steps (see annex_steps.h): the entry page (profiles and documents), one page
// per document of the contract listing its clauses in full (printable without JavaScript, buyer
// notes on screen only, a checkbox per clause once annex-builder.js runs), the parameters page,
// and the annex page, which annex.js fills with the chosen clauses from the document script.
#include <map>
#include <string>
#include <vector>

#include "core/bank_model.h"

#include "render/document_steps.h"
#include "render/markdown.h"

namespace render {

struct AnnexHtml {
  std::string html;
  std::string search_text;
};

/// The entry page's content (what render_bank puts under the tool's intro).
AnnexHtml render_clauses_page(const core::Bank& bank, const std::string& page_url, const LinkResolver& resolve);

std::vector<Step> clauses_steps(const core::Bank& bank, const std::string& tool_url);
std::map<std::string, std::string> clauses_anchor_pages(const core::Bank& bank, const std::string& tool_url);
AnnexSteps render_clauses_steps(const core::Bank& bank, const std::string& tool_url, const LinkResolver& resolve);

}  // namespace render
