#pragma once
// The per-section chart of an evaluation result, as an accessible SVG: role="img", a <title>,
// and a <desc> that states every section's score in words (the chart's text alternative).
// No fonts, no colours: CSS classes and currentColor let the site's stylesheet style it.
// No words either: the page gives the title, the description and the decimal separator, from
// content/interface/forms-result.yaml, so the chart is reworded or translated with the site.
#include <string>

namespace core {

/// `result_json` is the output of core::evaluate(). `options_json` is "" or
/// {"type": "bars" | "radar", "title": "...", "desc": "...", "decimal": ","}: a missing title or
/// description is empty, the decimal separator of the value labels defaults to ".". A radar needs
/// at least 3 sections and falls back to bars otherwise. Deterministic: the same result gives the same bytes natively and in WASM.
std::string chart_svg(const std::string& result_json, const std::string& options_json);

}  // namespace core
