#pragma once
// Renders a question bank as an HTML form that works without JavaScript (a blank questionnaire
// to fill on paper or on screen) and that forms.js brings to life (visibility, live scoring).
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "render/markdown.h"

namespace render {

struct BankPage {
  std::string html;                // the tool's main content
  std::set<std::string> anchors;   // ids others may link to: s-<section>, q-<question>
  std::string search_text;         // every question, for the search index
};

/// Anchors of a bank page, without rendering it (needed before pages are rendered).
std::set<std::string> bank_anchors(const nlohmann::ordered_json& bank);

/// The form of a checklist, grid or questionnaire bank, or the full annex of a clauses bank.
BankPage render_bank(const nlohmann::ordered_json& bank, const std::string& page_url,
                     const LinkResolver& resolve);

}  // namespace render
