#pragma once
// A document assembled in steps: what the clauses tool and the sourcing questionnaire share. No
// page carries the whole bank (RGESN pagination, EcoIndex grade A): the entry page outils/<id>.html
// holds the choices (profiles, documents or themes) and the list of steps, a page per document or
// section lists its items in full (printable without JavaScript), and the compose page assembles
// the chosen items into the printable document from the tool's document script. Under file://
// pages cannot share storage, so the choices travel in the URL fragment; annex-state.js rewrites
// the step links.
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/tool.h"

namespace render {

/// A step as the navigation knows it. `filter` holds what decides whether the step is part of the
/// user's selection (document, profiles, theme); an empty filter means always.
struct Step {
  std::string url, title, note;  // note: shown after the title in the list of steps
  nlohmann::ordered_json filter = nlohmann::ordered_json::object();
};

/// The URL of a step page: outils/<id>.html → outils/<id>/<name>.html.
std::string step_url(const std::string& tool_url, const std::string& name);

/// A fieldset of checkboxes named `name`, one per (value, label), all checked: the entry pages'
/// choice of profiles, documents or themes. `legend` and `hint` are HTML.
std::string checkbox_group(const std::string& legend, const std::string& hint_id, const std::string& hint,
                           const std::string& name,
                           const std::vector<std::pair<std::string, std::string>>& items);

/// What the entry page says: the text shown without JavaScript, the choices form and the heading
/// of the list of steps.
struct EntryTexts {
  std::string notice;         // HTML
  std::string form_id;        // the choices form's id ("<form_id>-title" is its heading's)
  std::string form_title, hint, steps_heading;
};

/// What the compose page says and is.
struct ComposeTexts {
  std::string description, notice, print_label;
  std::string annex_class;  // the class of the assembled document's element
};

class DocumentInSteps {
 public:
  /// `steps`: entry page first, compose page last. `choices`: every value of each choice
  /// (profils, pieces or themes), so that links always carry the selection in full and the last
  /// step tells "nothing chosen yet" from "everything".
  DocumentInSteps(const model::Tool& tool, std::vector<Step> steps, nlohmann::ordered_json choices);

  const std::vector<Step>& steps() const { return steps_; }

  /// The entry page: the tool's intro (HTML), progress, notice, the choices form with `groups`
  /// (checkbox_group's), the list of steps and the step links.
  model::ToolPage entry_page(const std::string& intro, const EntryTexts& texts,
                             const std::vector<std::string>& groups) const;
  /// A page between the entry page and the compose page, holding `body`.
  model::ToolPage middle_page(size_t index, const std::string& description, const std::string& body) const;
  /// The last page, which annex.js fills with the chosen items of the document script.
  model::ToolPage compose_page(const ComposeTexts& texts) const;
  /// The document script: window.GUIDE_ANNEX[id] = `document`.
  std::string document_script(const nlohmann::ordered_json& document) const;

 private:
  std::string progress(size_t current) const;
  std::string nav(size_t current) const;
  std::string list() const;

  const model::Tool& tool_;
  std::vector<Step> steps_;
  nlohmann::ordered_json choices_;
};

}  // namespace render
