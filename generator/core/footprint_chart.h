#pragma once
// An SVG bar chart of a footprint result: one bar per scenario, split into the build and use
// phases, with the low–high range drawn as a whisker. Made by the core so that the page (through
// WASM) and any printed report draw the same picture from the same numbers.
#include <string>

namespace core {

/// SVG markup (role="img", with <title> and <desc> giving the numbers in words) for the result
/// JSON returned by core::footprint. An unparseable result or one without totals gives an empty
/// string.
std::string footprint_chart_svg(const std::string& result_json);

}  // namespace core
