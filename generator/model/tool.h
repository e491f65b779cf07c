#pragma once
// The tools of the site: the pages of each question bank, and the footprint calculator (a bank
// of kind "calculator"). The check stage makes one Tool per valid bank; the render stage draws
// each with the module of its kind (render/tool_kind.h) and returns its pages as data for the
// layout stage.
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/bank_model.h"
#include "core/footprint_calculator_model.h"
#include "model/document.h"
#include "model/site_model.h"

namespace model {

/// What draws a tool's pages: one render module per kind.
enum class ToolKind {
  form,           // checklist, grid: a scored form (one page, or an entry page and its steps)
  clauses,        // the clause-annex builder: a document assembled in steps
  questionnaire,  // the sourcing questionnaire: a document assembled in steps
  calculator,     // the footprint calculator
  synthesis,      // the sourcing synthesis: suppliers' answers to a questionnaire, compared
  notice,         // the mention explicite and inventory entry, drafted from a grid's answers
};

/// The module that draws a bank of kind `bank_kind` (checklist | grid | questionnaire | clauses,
/// as core::compile_bank accepts them, or calculator).
inline ToolKind tool_kind_of(const std::string& bank_kind) {
  if (bank_kind == "calculator") return ToolKind::calculator;
  if (bank_kind == "clauses") return ToolKind::clauses;
  if (bank_kind == "questionnaire") return ToolKind::questionnaire;
  return ToolKind::form;
}

struct Tool {
  std::string id, title, description;
  std::string url;  // outils/<id>.html: the entry page, where every link to the tool leads
  ToolKind kind = ToolKind::form;
  std::string kind_name;  // checklist, grid, questionnaire, clauses, calculator, synthesis or notice (class tool-<kind_name>)
  int order = 100;        // position among the tools
  const Bank* source = nullptr;      // the bank as loaded (the browser reads its JSON)
  core::Bank bank;                   // a question bank as the check stage compiled it: what the pages show
  core::Calculator calculator;       // the calculator as the check stage read it
  nlohmann::ordered_json reference;  // the calculator's reference data (content/data/footprint*.yaml)
  std::set<std::string> anchors;     // ids that links may target: s-<section>, q-<question>, ...
  std::map<std::string, std::string> anchor_pages;  // anchor → the step page holding it (not the entry page)
  // Documents (content/documents/): the spec, and `bank` is the compiled bank it is drawn from.
  DocumentSpec document;
  /// The document tools drawn from this tool's bank, which its pages link to.
  struct Companion {
    std::string id, title, description, url;
  };
  std::vector<Companion> companions;
};

/// One page of a tool, as the layout stage wraps it in the site's chrome (templates/tool.mustache).
struct ToolPage {
  std::string url, title, description;
  std::string document_title;  // the page's part of the <title>, before the site's; "" when it is `title`
  std::string body_class;
  std::vector<std::string> scripts;  // site-root paths, after the search script every page has
  std::string html;
  // The public id of what the page is about (a criterion: "G-1"), or "". Its default initialiser
  // lets the modules' brace-initialised pages leave it out without a -Wextra warning.
  std::string public_ref = {};
};

/// Everything a tool adds to the site: its pages, entry page first, and the files they load.
struct RenderedTool {
  std::vector<ToolPage> pages;
  std::map<std::string, std::string> files;  // path below the site → contents (data scripts)
};

}  // namespace model
