#pragma once
// One render module per kind of tool (model::ToolKind): the form (checklists, grids), the clauses,
// the questionnaire and the calculator. Each knows its tool's anchors and step pages before any
// page is rendered (links to them are resolved and checked), then draws its pages. Adding a kind
// of tool is adding a module here and a case in tool_module().
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "templating/templates.h"
#include "model/tool.h"
#include "render/markdown.h"

namespace render {

/// What a module may use while drawing a tool.
struct ToolContext {
  const LinkResolver& resolve;          // content links (help texts, guide links) to site paths
  const templating::Templates& templates;   // templates/
  std::vector<std::string>& unknown;    // template names the data lacks, reported by the caller

  /// templates/<name>.mustache drawn with `data`.
  std::string render(const std::string& name, const templating::Data& data) const {
    return templates.render(name, data, unknown);
  }
};

/// A module is stateless: one instance (kModule in its file) serves every tool of its kind.
class ToolModule {
 public:
  virtual ~ToolModule() = default;
  /// Fills `tool.anchors` (every id a link may target) and `tool.anchor_pages` (those held by a
  /// step page rather than the entry page).
  virtual void find_anchors(model::Tool& tool) const = 0;
  /// The tool's pages, entry page first, and the data scripts they load.
  virtual model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const = 0;
};

/// The module that draws tools of `kind`.
const ToolModule& tool_module(model::ToolKind kind);

// What the bank modules share.

/// The ids every bank tool lets links target: resultat, annexe, s-<section>, q-<question or clause>.
std::set<std::string> bank_anchors(const core::Bank& bank);

/// The top of a bank's entry page (templates/tools/intro.mustache): has_intro, intro_html.
void intro_data(templating::Data& data, const core::Bank& bank, const std::string& page_url,
                const LinkResolver& resolve);

/// The start of a bank's entry page (templates/tools/start.mustache), from its `start`: has_start,
/// duration, prepare_html.
void start_data(templating::Data& data, const core::Bank& bank, const std::string& page_url,
                const LinkResolver& resolve);

/// The links to the document tools drawn from a bank (Tool::companions), relative to `page_url`,
/// for templates/tools/companions.mustache: companions [{href, title, description}],
/// companions_keep_answers (false here).
void companions_data(templating::Data& data, const model::Tool& tool, const std::string& page_url);

/// assets/banks/<id>.js: `window.GUIDE_BANKS[id] = bank`, the bank's JSON for the page scripts.
std::string bank_data_script(const std::string& id, const nlohmann::ordered_json& bank);

/// assets/documents/<id>.js: `window.GUIDE_DOCUMENTS[id] = data`, what a document tool's page
/// script reads (content/documents/: the synthesis, the notice).
std::string document_data_script(const std::string& id, const nlohmann::ordered_json& data);

}  // namespace render
