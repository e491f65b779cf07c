#pragma once
// The clauses tool in steps (see annex_steps.h): the entry page (profiles and documents), one page
// per document of the contract listing its clauses in full (printable without JavaScript, buyer
// notes on screen only, a checkbox per clause once annex-builder.js runs), the parameters page,
// and the annex page, which annex.js fills with the chosen clauses from the document script.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/annex_steps.h"
#include "render/markdown.h"

namespace render {

struct AnnexHtml {
  std::string html;
  std::string search_text;
};

/// The entry page's content (what render_bank puts under the tool's intro).
AnnexHtml render_clauses_page(const nlohmann::ordered_json& bank, const std::string& page_url,
                              const LinkResolver& resolve);

std::vector<Step> clauses_steps(const nlohmann::ordered_json& bank, const std::string& tool_url);
std::map<std::string, std::string> clauses_anchor_pages(const nlohmann::ordered_json& bank,
                                                        const std::string& tool_url);
AnnexSteps render_clauses_steps(const nlohmann::ordered_json& bank, const std::string& tool_url,
                                const LinkResolver& resolve);

// Parameters of an annex bank (clauses; a questionnaire's cover letter), shared by both tools.

/// Each parameter as the assembled document's page checks it ({id, label, type, unit, default,
/// page, min, max, zero_removes}); `page_of(id)` is the step page where it is typed.
nlohmann::ordered_json parameters_json(const nlohmann::ordered_json& bank,
                                       const std::function<std::string(const std::string&)>& page_of);
/// Markdown whose `{name}`s become spans that annex-builder.js and annex.js fill with the
/// buyer's value (as text, never markup); without JavaScript they show the default.
std::string render_with_parameters(const nlohmann::ordered_json& bank, const std::string& markdown,
                                   const std::string& page_url, const LinkResolver& resolve);
/// A labelled field, with its hint, for every parameter of the bank.
std::string parameter_fields(const nlohmann::ordered_json& bank, const std::string& page_url,
                             const LinkResolver& resolve);

}  // namespace render
