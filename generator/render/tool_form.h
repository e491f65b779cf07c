#pragma once
// Renders a question bank as pages that work without JavaScript. A scored bank (checklist, grid)
// becomes an entry page (intro, steps, result, verdict rules) and, when it is long, one page per
// step with its questions (render/form_steps.h); a short one keeps its questions on the entry
// page. The forms-*.js scripts bring them to life (visibility, live scoring, answers in the link).
#include <set>
#include <string>
#include <vector>

#include "core/bank_model.h"

#include "render/markdown.h"

namespace render {

/// A page of a tool beside its entry page.
struct ToolSubPage {
  std::string url, title, document_title, description, html;
};

struct BankPage {
  std::string html;                // the tool's main content (entry page)
  std::set<std::string> anchors;   // ids others may link to: s-<section>, q-<question>
  std::string search_text;         // every question, for the search index
  std::vector<ToolSubPage> steps;  // the step pages of a scored bank split into steps
};

/// Anchors of a bank's pages, without rendering them (needed before pages are rendered).
std::set<std::string> bank_anchors(const core::Bank& bank);

/// The pages of a checklist, grid or questionnaire bank, or the full annex of a clauses bank.
BankPage render_bank(const core::Bank& bank, const std::string& page_url, const LinkResolver& resolve);

}  // namespace render
