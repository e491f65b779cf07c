#pragma once
// Renders a questionnaire bank (supplier sourcing) as its tool page: one table per section laid
// out like the source document's tables (question, expected answer, room for the candidate's
// answer, means of proof), which prints as a blank questionnaire without JavaScript; and a
// filter form (profiles, themes) that annex.js reveals to print or export only part of it.
#include <string>

#include <nlohmann/json.hpp>

#include "render/annex_page.h"
#include "render/markdown.h"

namespace render {

AnnexHtml render_questionnaire_page(const nlohmann::ordered_json& bank, const std::string& page_url,
                                    const LinkResolver& resolve);

}  // namespace render
