#pragma once
// French typography (text/typography.h) on the texts the site shows as written, not through
// Markdown: page titles, descriptions and menu labels (so <title>, the meta description, the menu
// and the search results get it too), site.yaml's title, tagline and footer, and the plain texts
// of the banks (titles, labels, question texts, units, source references, verdict labels and their
// explanations),
// which the forms, the printed reports and the browser's copy of each bank show. Markdown fields
// are typeset as they are rendered (render/typography_cmark.h). Ids, expressions and link targets
// are never touched.
#include <initializer_list>
#include <string>

#include <nlohmann/json.hpp>

#include "core/bank_model.h"
#include "model/site_model.h"
#include "model/tool.h"

namespace render {

/// Typesets the plain texts of one bank as read (the browser's copy), in place; for a calculator,
/// every word of its definition but the Markdown intro.
void typeset_bank_texts(nlohmann::ordered_json& bank);

/// Typesets the same texts in a compiled bank (what the tool pages show), in place.
void typeset_bank(core::Bank& bank);

/// Typesets each of `texts` in place (a few fields of a struct).
void typeset_texts(std::initializer_list<std::string*> texts);

/// Typesets the generator's own words in a tool's pages: the HTML (text/typography_html.h),
/// titles and descriptions of its entry and step pages.
void typeset_tool_pages(model::RenderedTool& tool);

/// Typesets one page's title, description and menu label.
void typeset_page_texts(model::Page& page);
/// Typesets every page's title, description and menu label, site.yaml's texts and every bank.
void typeset_plain_texts(model::Site& site);

}  // namespace render
