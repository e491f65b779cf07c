#pragma once
// The words the generator writes around the pages, from templates/site-texts.mustache, so that
// they can be reworded or translated without C++.
#include <string>
#include <vector>

#include "templating/templates.h"

namespace layout {

/// The names of templates/site-texts.mustache (same order as kSiteTextNames in site_texts.cpp).
enum class SiteText {
  home, tools, sitemap, sitemap_lead, search, search_lead, not_found, not_found_lead, topics,
  topics_lead, tools_index, tools_index_lead, previous_page, next_page, listing_page, listing_lead,
  hidden_before, hidden_after, topic_tool, task_done, task_todo,
};

/// One text, with the values it names (letter, label, number, count, first, last, total, one).
std::string site_text(const templating::Templates& templates, SiteText which,
                      std::vector<std::string>& unknown, templating::Data values = {});

/// The texts every page uses, rendered once per build.
struct SiteWords {
  std::string home, tools, sitemap, previous_page, next_page;
};
SiteWords site_words(const templating::Templates& templates, std::vector<std::string>& unknown);

}  // namespace layout
