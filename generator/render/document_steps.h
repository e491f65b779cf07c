#pragma once
// A document assembled in steps: what the clauses tool and the sourcing questionnaire share. No
// page carries the whole bank (RGESN pagination, EcoIndex grade A): the entry page outils/<id>.html
// holds the choices (profiles, documents or themes) and the list of steps, a page per document or
// section lists its items in full (printable without JavaScript), and the compose page assembles
// the chosen items into the printable document from the tool's document script. Under file://
// pages cannot share storage, so the choices travel in the URL fragment; annex-state.js rewrites
// the step links. The pages' markup is the tools' templates' (templates/tools/step-*.mustache for
// what they share).
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/tool.h"
#include "render/markdown.h"
#include "render/tool_kind.h"
#include "templating/templates.h"

namespace render {

/// A step as the navigation knows it. `filter` holds what decides whether the step is part of the
/// user's selection (document, profiles, theme); an empty filter means always.
struct Step {
  std::string url, title, note;  // note: shown after the title in the list of steps
  nlohmann::ordered_json filter = nlohmann::ordered_json::object();
};

/// The names of templates/tools/document-texts.mustache, one text each.
/// Same order as kDocumentTextNames in document_steps.cpp.
enum class DocumentText {
  clauses_step_choices, clauses_step_parameters, clauses_step_annex, clauses_count,
  clauses_document_lead, clauses_parameters_lead, clauses_annex_lead, buyer_note,
  questionnaire_step_choices, questionnaire_count, questionnaire_step_compose,
  questionnaire_section_lead, questionnaire_letter_lead, questionnaire_compose_lead,
};

/// One text of templates/tools/document-texts.mustache (where these tools' words are written, so
/// that they can be reworded without C++); `count` fills the counts' {{count}} and {{one}}. A
/// name the template has no text for is reported with the unknown template names.
std::string document_text(const ToolContext& ctx, DocumentText which, int count = 0);

/// The URL of a step page: outils/<id>.html → outils/<id>/<name>.html.
std::string step_url(const std::string& tool_url, const std::string& name);

/// The steps of a document in steps, as each tool lists them: the entry page (the choices) first,
/// then a page per part with its count, then the pages every selection has (parameters, letter,
/// the compose page last).
class StepList {
 public:
  StepList(std::string tool_url, const ToolContext& ctx, DocumentText entry_title);
  /// A part's page: its title, then `count` in the words of `count_text`; `filter` says which
  /// selections have it.
  void add_part(std::string url, std::string title, DocumentText count_text, int count,
                nlohmann::ordered_json filter);
  /// A page every selection has, outils/<id>/<name>.html.
  void add_page(const std::string& name, std::string title);
  void add_page(const std::string& name, DocumentText title) { add_page(name, document_text(ctx_, title)); }
  std::vector<Step> take() { return std::move(steps_); }

 private:
  std::string tool_url_;
  const ToolContext& ctx_;
  std::vector<Step> steps_;
};

/// The anchors of a document in steps (bank_anchors), each section's and item's on the page
/// `page_of` draws the section on, "annexe" on the page that assembles the document.
void document_anchors(model::Tool& tool, const std::function<std::string(const core::Section&)>& page_of,
                      const std::string& annex_page);

/// One list of choices of the entry page, named as its template reads it: (id, label) pairs.
using ChoiceList = std::pair<std::string, std::vector<std::pair<std::string, std::string>>>;

class DocumentInSteps {
 public:
  /// `steps`: entry page first, compose page last. `choices`: every value of each choice
  /// (profils, pieces or themes), so that links always carry the selection in full and the last
  /// step tells "nothing chosen yet" from "everything".
  DocumentInSteps(const model::Tool& tool, std::vector<Step> steps, nlohmann::ordered_json choices);

  const std::vector<Step>& steps() const { return steps_; }

  /// What the page at `index` shows of the steps: its progress (step_number, step_count), the
  /// list of steps (step_list) and the links to the others (current, steps_json, choices_json,
  /// previous, next), for templates/tools/step-*.mustache; and bank_id.
  templating::Data page_data(size_t index) const;

  /// The entry page's data: page_data(0), the bank's introduction and start (intro_data,
  /// start_data), and each list of choices as [{id, label}].
  templating::Data entry_data(const LinkResolver& resolve, const std::vector<ChoiceList>& choice_lists) const;

  /// The pages, with the scripts that drive them: the entry page (the choices), a page between
  /// it and the compose page, the compose page (annex.js fills it from the document script).
  model::ToolPage entry_page(std::string html) const;
  model::ToolPage middle_page(size_t index, const std::string& description, std::string html) const;
  model::ToolPage compose_page(const std::string& description, std::string html) const;

  /// The two scripts the pages load: the document script, assets/annex/<id>.js
  /// (window.GUIDE_ANNEX[id] = {html: the whole document, parameters}), and the bank's data,
  /// assets/banks/<id>.js.
  void add_scripts(model::RenderedTool& out, const std::string& document_html,
                   nlohmann::ordered_json parameters) const;

 private:
  std::string document_script_path() const;

  const model::Tool& tool_;
  std::vector<Step> steps_;
  nlohmann::ordered_json choices_;
};

}  // namespace render
