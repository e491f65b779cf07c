#include "check/site_config_check.h"

#include <string>
#include <vector>

#include "core/json_pointer.h"

namespace check {

void check_site_config(model::Site& site, diag::Diagnostics& diags) {
  site.footer_pages.clear();
  const model::YamlDocument& doc = site.config_doc;
  auto audiences = site.config.find("audiences");
  if (audiences != site.config.end()) {
    if (!audiences->is_object()) {
      diags.error(doc.position("/audiences"), "'audiences' must map each audience id to its label",
                  {"e.g. acheteur: acheteurs publics"});
    } else {
      for (auto it = audiences->begin(); it != audiences->end(); ++it)
        if (!it->is_string() || it->get<std::string>().empty())
          diags.error(doc.position("/audiences/" + core::pointer_token(it.key())),
                      "the label of audience '" + it.key() + "' must be a text");
    }
  }
  auto footer = site.config.find("footer_pages");
  if (footer == site.config.end()) return;
  if (!footer->is_array()) {
    diags.error(doc.position("/footer_pages"), "'footer_pages' must be a list of {page, label}",
                {"e.g. - {page: accessibilite.md, label: Accessibilité}"});
    return;
  }
  std::vector<std::string> pages;
  for (const model::Page& p : site.pages) pages.push_back(p.rel_path);
  for (size_t i = 0; i < footer->size(); ++i) {
    const auto& link = (*footer)[i];
    const std::string at = "/footer_pages/" + std::to_string(i);
    const bool shaped = link.is_object() && link.size() == 2 && link.contains("page") && link["page"].is_string() &&
                        link.contains("label") && link["label"].is_string() &&
                        !link["label"].get<std::string>().empty();
    if (!shaped) {
      diags.error(doc.position(at), "a footer page is {page: FILE.md, label: TEXT}, and nothing else");
      continue;
    }
    const std::string page = link["page"].get<std::string>();
    const model::Page* target = nullptr;
    for (const model::Page& p : site.pages)
      if (p.rel_path == page) target = &p;
    if (target) {
      site.footer_pages.push_back({link["label"].get<std::string>(), target->url});
      continue;
    }
    std::vector<std::string> notes;
    const std::string guess = diag::closest_match(page, pages);
    if (!guess.empty()) notes.push_back("did you mean '" + guess + "'?");
    notes.push_back("a path below content/pages/, e.g. accessibilite.md");
    diags.error(doc.position(at + "/page"), "footer page '" + page + "' is not a page of the site", notes);
  }
}

}  // namespace check
