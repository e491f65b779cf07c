#pragma once
// An SVG bar chart of a footprint result: one bar per scenario, split into the three parts of the
// result's "breakdown" (electricity of the build phase, electricity of the use phase, manufacturing
// of the hardware), which add up to the total and never overlap, with the low–high range drawn as
// a whisker. Made by the core so that the page (through WASM) and any printed report draw the
// same picture from the same numbers as the table beside it.
#include <string>

namespace core {

/// SVG markup (role="img", with <title> and <desc> giving the numbers in words) for the result
/// JSON returned by core::footprint. Only the parts some bar draws appear in the legend.
/// `options_json` gives the words: the calculator's texts (content/banks/empreinte.yaml `texts`,
/// as the page and `guide footprint --chart` pass them), of which the chart reads chart_title,
/// chart_build_electricity, chart_use_electricity, chart_embodied, chart_lifetime, chart_range and
/// chart_to; the core has none of its own (a missing one is empty, chart_to a dash). An
/// unparseable result or one without totals gives an empty string.
std::string footprint_chart_svg(const std::string& result_json, const std::string& options_json = "");

}  // namespace core
