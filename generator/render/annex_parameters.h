#pragma once
// The parameters of a document built in steps: the clauses' annex and the sourcing
// questionnaire's cover letter (and, the same way, the fields of a notice). A parameter is written {id} in the bank's texts; the pages show
// it as a span at its default (templates/tools/annex-param.mustache), which annex-builder.js and
// annex.js fill with the buyer's value, as text, never markup.
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/bank_model.h"
#include "render/markdown.h"
#include "render/tool_kind.h"
#include "templating/templates.h"

namespace render {

/// A parameter's default as the pages print it: text as written, a number as JSON writes it.
std::string parameter_default(const core::Parameter& p);

/// Texts of the bank with their {parameters} as spans.
class Parameters {
 public:
  Parameters(const core::Bank& bank, ToolContext& ctx);
  /// Other slots written {id}: each id of `ids` becomes the HTML of `spans` at the same index
  /// (a notice's fields, render/tool_notice.cpp).
  Parameters(std::vector<std::string> ids, std::vector<std::string> spans)
      : ids_(std::move(ids)), spans_(std::move(spans)) {}
  /// Plain text with its {parameters} as spans, as HTML.
  std::string text(const std::string& s) const;
  /// Markdown with its {parameters} as spans, as HTML.
  std::string markdown(const std::string& md, const std::string& page_url, const LinkResolver& resolve) const;

 private:
  // Parameters become "@@P<n>@@" before Markdown runs (nothing in that token is Markdown syntax,
  // and ids with '_' cannot turn into emphasis), then their span once the HTML exists.
  std::string mark(std::string text) const;
  std::string fill(std::string html) const;
  std::vector<std::string> ids_, spans_;
};

/// One parameter's field (templates/tools/parameter-field.mustache).
templating::Data parameter_data(const core::Parameter& p);

/// Each parameter as the assembled document's page checks it ({id, label, type, unit, default,
/// page, min, max, zero_removes}); `page_of(id)` is the step page where it is typed.
nlohmann::ordered_json parameters_json(const core::Bank& bank,
                                       const std::function<std::string(const std::string&)>& page_of);

}  // namespace render
