#pragma once
// Renders a clauses bank as its tool page: the full annex (every document, section and clause,
// numbered articles, parameters shown as their defaults) that prints as is without JavaScript,
// plus the builder form that annex.js reveals to tailor it (profiles, documents, clauses,
// parameters). Buyer notes and explanations are screen-only.
#include <string>

#include <nlohmann/json.hpp>

#include "render/markdown.h"

namespace render {

struct AnnexHtml {
  std::string html;
  std::string search_text;
};

AnnexHtml render_clauses_page(const nlohmann::ordered_json& bank, const std::string& page_url,
                              const LinkResolver& resolve);

}  // namespace render
