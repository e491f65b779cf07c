#include "layout/site_texts.h"

namespace layout {

namespace {

const std::vector<const char*> kSiteTextNames = {
    "home",     "tools",       "sitemap",   "sitemap_lead",   "search",        "search_lead",
    "not_found", "not_found_lead", "topics", "topics_lead",   "tools_index",   "tools_index_lead",
    "previous_page", "next_page", "listing_page", "listing_lead", "hidden_before", "hidden_after",
    "topic_tool", "task_done", "task_todo",
};

}  // namespace

std::string site_text(const templating::Templates& templates, SiteText which,
                      std::vector<std::string>& unknown, templating::Data values) {
  return templates.render_text("site-texts", kSiteTextNames, kSiteTextNames.at(static_cast<size_t>(which)),
                               std::move(values), unknown);
}

SiteWords site_words(const templating::Templates& templates, std::vector<std::string>& unknown) {
  SiteWords w;
  w.home = site_text(templates, SiteText::home, unknown);
  w.tools = site_text(templates, SiteText::tools, unknown);
  w.sitemap = site_text(templates, SiteText::sitemap, unknown);
  w.previous_page = site_text(templates, SiteText::previous_page, unknown);
  w.next_page = site_text(templates, SiteText::next_page, unknown);
  return w;
}

}  // namespace layout
