#include "render/annex_steps.h"

#include "render/annex_page.h"
#include "render/bank_json.h"
#include "render/html.h"
#include "render/questionnaire_page.h"
#include "render/typography_html.h"

namespace render {

namespace {

bool is_clauses(const nlohmann::ordered_json& bank) { return bank_text(bank, "kind") == "clauses"; }

}  // namespace

std::string step_url(const std::string& tool_url, const std::string& name) {
  std::string folder = tool_url;
  if (folder.size() > 5 && folder.compare(folder.size() - 5, 5, ".html") == 0) folder.resize(folder.size() - 5);
  return folder + "/" + name + ".html";
}

std::vector<Step> annex_steps(const nlohmann::ordered_json& bank, const std::string& tool_url) {
  return is_clauses(bank) ? clauses_steps(bank, tool_url) : questionnaire_steps(bank, tool_url);
}

std::map<std::string, std::string> annex_anchor_pages(const nlohmann::ordered_json& bank,
                                                      const std::string& tool_url) {
  return is_clauses(bank) ? clauses_anchor_pages(bank, tool_url) : questionnaire_anchor_pages(bank, tool_url);
}

AnnexSteps render_annex_steps(const nlohmann::ordered_json& bank, const std::string& tool_url,
                              const LinkResolver& resolve) {
  return is_clauses(bank) ? render_clauses_steps(bank, tool_url, resolve)
                          : render_questionnaire_steps(bank, tool_url, resolve);
}

std::string step_progress(const std::vector<Step>& steps, size_t current) {
  return "<p class=\"step-progress\" id=\"step-progress\">Étape " + std::to_string(current + 1) + " sur " +
         std::to_string(steps.size()) + "</p>\n";
}

// Without JavaScript the links follow every step in order; annex-state.js skips the steps the
// selection leaves out and adds the selection to each link.
std::string step_nav(const std::vector<Step>& steps, size_t current, const std::string& page_url,
                     const nlohmann::ordered_json& choices) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Step& s : steps) list.push_back({{"url", s.url}, {"title", s.title}, {"filter", s.filter}});
  std::string out = "<nav class=\"step-nav no-print\" aria-label=\"Étapes\" data-current=\"" +
                    std::to_string(current) + "\" data-steps=\"" + escape_html(list.dump()) +
                    "\" data-choices=\"" + escape_html(choices.dump()) + "\">\n";
  if (current > 0) {
    out += "<a rel=\"prev\" href=\"" + escape_html(relative_url(page_url, steps[current - 1].url)) +
           "\">Étape précédente : " + escape_html(steps[current - 1].title) + "</a>\n";
  }
  if (current + 1 < steps.size()) {
    out += "<a rel=\"next\" href=\"" + escape_html(relative_url(page_url, steps[current + 1].url)) +
           "\">Étape suivante : " + escape_html(steps[current + 1].title) + "</a>\n";
  }
  out += "</nav>\n";
  return out;
}

std::string checkbox_group(const std::string& legend, const std::string& hint_id, const std::string& hint,
                           const std::string& name,
                           const std::vector<std::pair<std::string, std::string>>& items) {
  std::string out = "<fieldset class=\"annex-choices\" aria-describedby=\"" + hint_id + "\"><legend>" +
                    legend + "</legend>\n<p class=\"hint\" id=\"" + hint_id + "\">" + hint +
                    "</p>\n<div class=\"choices\">\n";
  for (const auto& item : items) {
    out += "<label><input type=\"checkbox\" name=\"" + name + "\" value=\"" + escape_html(item.first) +
           "\" checked> " + escape_html(item.second) + "</label>\n";
  }
  return out + "</div>\n</fieldset>\n";
}

std::string step_list(const std::vector<Step>& steps, const std::string& page_url) {
  std::string out = "<ol class=\"step-list\" id=\"step-list\">\n";
  for (size_t i = 1; i < steps.size(); ++i) {
    out += "<li data-step=\"" + std::to_string(i) + "\"><a href=\"" +
           escape_html(relative_url(page_url, steps[i].url)) + "\">" + escape_html(steps[i].title) + "</a>" +
           (steps[i].note.empty() ? "" : " " + escape_html(steps[i].note)) + "</li>\n";
  }
  return out + "</ol>\n";
}

std::string annex_document_script(const std::string& id, nlohmann::ordered_json document) {
  // French typography on the generator's own words in the document (render/typography_html.h).
  if (document.contains("html") && document["html"].is_string()) {
    document["html"] = typeset_html(document["html"].get_ref<const std::string&>());
  }
  return "window.GUIDE_ANNEX=window.GUIDE_ANNEX||{};window.GUIDE_ANNEX[" + nlohmann::json(id).dump() +
         "]=" + script_safe_json(document.dump()) + ";\n";
}

}  // namespace render
