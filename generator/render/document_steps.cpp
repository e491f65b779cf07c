#include "render/document_steps.h"

#include "render/html.h"
#include "render/markdown.h"

namespace render {

namespace {

const char* const kErrors =
    "<div id=\"annex-errors\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" hidden></div>\n";
const char* const kStatus = "<p id=\"annex-status\" class=\"hint\" role=\"status\" aria-live=\"polite\"></p>\n";

// The choices and the step pages are driven by these two; the compose page by its own (below).
const std::vector<std::string> kChoiceScripts = {"assets/js/annex-state.js", "assets/js/annex-builder.js"};

}  // namespace

std::string step_url(const std::string& tool_url, const std::string& name) {
  std::string folder = tool_url;
  if (folder.size() > 5 && folder.compare(folder.size() - 5, 5, ".html") == 0) folder.resize(folder.size() - 5);
  return folder + "/" + name + ".html";
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

DocumentInSteps::DocumentInSteps(const model::Tool& tool, std::vector<Step> steps, nlohmann::ordered_json choices)
    : tool_(tool), steps_(std::move(steps)), choices_(std::move(choices)) {}

// "Étape n sur N" (n from 1); annex-state.js renumbers it for the user's selection.
std::string DocumentInSteps::progress(size_t current) const {
  return "<p class=\"step-progress\" id=\"step-progress\">Étape " + std::to_string(current + 1) + " sur " +
         std::to_string(steps_.size()) + "</p>\n";
}

// Without JavaScript the links follow every step in order; annex-state.js skips the steps the
// selection leaves out and adds the selection to each link (every step is in data-steps).
std::string DocumentInSteps::nav(size_t current) const {
  const std::string& page_url = steps_[current].url;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Step& s : steps_) list.push_back({{"url", s.url}, {"title", s.title}, {"filter", s.filter}});
  std::string out = "<nav class=\"step-nav no-print\" aria-label=\"Étapes\" data-current=\"" +
                    std::to_string(current) + "\" data-steps=\"" + escape_html(list.dump()) +
                    "\" data-choices=\"" + escape_html(choices_.dump()) + "\">\n";
  if (current > 0) {
    out += "<a rel=\"prev\" href=\"" + escape_html(relative_url(page_url, steps_[current - 1].url)) +
           "\">Étape précédente : " + escape_html(steps_[current - 1].title) + "</a>\n";
  }
  if (current + 1 < steps_.size()) {
    out += "<a rel=\"next\" href=\"" + escape_html(relative_url(page_url, steps_[current + 1].url)) +
           "\">Étape suivante : " + escape_html(steps_[current + 1].title) + "</a>\n";
  }
  out += "</nav>\n";
  return out;
}

// The steps after the entry page, on the entry page (annex-state.js hides those the selection
// leaves out); without JavaScript, the way to every document or section page.
std::string DocumentInSteps::list() const {
  const std::string& page_url = steps_.front().url;
  std::string out = "<ol class=\"step-list\" id=\"step-list\">\n";
  for (size_t i = 1; i < steps_.size(); ++i) {
    out += "<li data-step=\"" + std::to_string(i) + "\"><a href=\"" +
           escape_html(relative_url(page_url, steps_[i].url)) + "\">" + escape_html(steps_[i].title) + "</a>" +
           (steps_[i].note.empty() ? "" : " " + escape_html(steps_[i].note)) + "</li>\n";
  }
  return out + "</ol>\n";
}

model::ToolPage DocumentInSteps::entry_page(const std::string& intro, const EntryTexts& texts,
                                            const std::vector<std::string>& groups) const {
  std::string out = intro + progress(0);
  out += "<p class=\"notice no-print annex-nojs\">" + texts.notice + "</p>\n";
  out += "<form id=\"" + texts.form_id + "\" class=\"annex-form no-print\" data-js-only hidden novalidate "
         "aria-labelledby=\"" + texts.form_id + "-title\">\n"
         "<h2 id=\"" + texts.form_id + "-title\">" + texts.form_title + "</h2>\n"
         "<p class=\"hint\">" + texts.hint + "</p>\n";
  out += kErrors;
  for (const std::string& group : groups) out += group;
  out += "<div class=\"tool-actions\">\n"
         "<button type=\"button\" class=\"button\" data-action=\"reset\">Tout rétablir</button>\n</div>\n";
  out += kStatus;
  out += "</form>\n<h2 id=\"etapes\">" + texts.steps_heading + "</h2>\n";
  out += list();
  out += nav(0);
  return {tool_.url, tool_.title, tool_.description, "", "page-tool tool-" + tool_.kind_name, kChoiceScripts,
          std::move(out)};
}

model::ToolPage DocumentInSteps::middle_page(size_t index, const std::string& description,
                                             const std::string& body) const {
  return {steps_[index].url, steps_[index].title, description, "", "page-tool tool-step", kChoiceScripts,
          progress(index) + body + nav(index)};
}

model::ToolPage DocumentInSteps::compose_page(const ComposeTexts& texts) const {
  const size_t last = steps_.size() - 1;
  std::string out = progress(last);
  out += "<p class=\"notice no-print annex-nojs\">" + texts.notice + "</p>\n";
  out += kErrors;
  out += "<div class=\"tool-actions no-print\" data-js-only hidden>\n"
         "<button type=\"button\" class=\"button button--primary\" data-action=\"print\">" + texts.print_label +
         "</button>\n"
         "<button type=\"button\" class=\"button\" data-action=\"copy\">Copier</button>\n"
         "<button type=\"button\" class=\"button\" data-action=\"odt\">Télécharger (.odt)</button>\n"
         "<button type=\"button\" class=\"button\" data-action=\"md\">Télécharger (.md)</button>\n"
         "<button type=\"button\" class=\"button\" data-action=\"link\">Copier le lien</button>\n"
         "</div>\n";
  out += kStatus;
  out += "<div class=\"" + texts.annex_class + "\" id=\"annexe\" data-annex=\"" + escape_html(tool_.id) + "\"></div>\n";
  out += nav(last);
  return {steps_[last].url, steps_[last].title, texts.description, "",
          "page-tool tool-" + tool_.kind_name + " annex-page",
          {"assets/js/annex-state.js", "assets/annex/" + tool_.id + ".js", "assets/js/annex-export.js",
           "assets/js/annex.js"},
          std::move(out)};
}

std::string DocumentInSteps::document_script(const nlohmann::ordered_json& document) const {
  return "window.GUIDE_ANNEX=window.GUIDE_ANNEX||{};window.GUIDE_ANNEX[" + nlohmann::json(tool_.id).dump() +
         "]=" + script_safe_json(document.dump()) + ";\n";
}

}  // namespace render
