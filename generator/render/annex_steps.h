#pragma once
// The annex tools (clauses, sourcing questionnaire) are split into steps, one page each, so that
// no page carries the whole bank (RGESN pagination, EcoIndex grade A): the entry page
// outils/<id>.html (choices), one page per document or section below outils/<id>/, and a page
// that assembles the chosen items into the printable document. Under file:// pages cannot share
// storage, so the choices travel in the URL fragment; annex-state.js rewrites the step links.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/markdown.h"

namespace render {

/// One page of a multi-page tool, below the tool's folder.
struct StepPage {
  std::string url, title, description, body_class, html;
  std::vector<std::string> scripts;  // site-root paths, after the site's own
};

/// A step as the navigation knows it. `filter` holds what decides whether the step is part of the
/// user's selection (document, profiles, theme); an empty filter means always.
struct Step {
  std::string url, title, note;  // note: shown after the title in the list of steps
  nlohmann::ordered_json filter = nlohmann::ordered_json::object();
};

/// Everything an annex tool adds beside its entry page.
struct AnnexSteps {
  std::vector<StepPage> pages;
  std::string document_script;  // assets/annex/<id>.js: the full document the last step filters
};

/// The steps of a clauses or questionnaire bank, entry page first, assembled document last.
std::vector<Step> annex_steps(const nlohmann::ordered_json& bank, const std::string& tool_url);

/// The sub-page holding each anchor that links may target (s-<section>, q-<item>, annexe), for
/// anchors that are not on the entry page.
std::map<std::string, std::string> annex_anchor_pages(const nlohmann::ordered_json& bank,
                                                      const std::string& tool_url);

/// Renders the step pages and the document script of a clauses or questionnaire bank.
AnnexSteps render_annex_steps(const nlohmann::ordered_json& bank, const std::string& tool_url,
                              const LinkResolver& resolve);

/// The URL of a step page: outils/<id>.html → outils/<id>/<name>.html.
std::string step_url(const std::string& tool_url, const std::string& name);

/// "Étape n sur N" (n from 1) and the previous/next links, with every step in `data-steps` for
/// annex-state.js, which renumbers them for the user's selection and carries it in the links.
std::string step_progress(const std::vector<Step>& steps, size_t current);
/// `choices` lists every value of each choice (profils, pieces or themes): links then always carry
/// the selection in full, so that the last step tells "nothing chosen yet" from "everything".
std::string step_nav(const std::vector<Step>& steps, size_t current, const std::string& page_url,
                     const nlohmann::ordered_json& choices);

/// The list of the steps after the entry page, on the entry page (annex-state.js hides those the
/// selection leaves out); without JavaScript, the way to every document or section page.
std::string step_list(const std::vector<Step>& steps, const std::string& page_url);

/// A fieldset of checkboxes named `name`, one per (value, label), all checked: the entry pages'
/// choice of profiles, documents or themes. `legend` and `hint` are HTML.
std::string checkbox_group(const std::string& legend, const std::string& hint_id, const std::string& hint,
                           const std::string& name,
                           const std::vector<std::pair<std::string, std::string>>& items);

/// The script assigning a tool's assembled document: window.GUIDE_ANNEX[id] = {...}.
std::string annex_document_script(const std::string& id, nlohmann::ordered_json document);

}  // namespace render
