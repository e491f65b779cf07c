#include "core/footprint_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/footprint_text.h"
#include "core/json_read.h"
#include "core/placeholders.h"
#include "core/rounding.h"

namespace core {

namespace {

using Json = nlohmann::ordered_json;  // the same instantiation as the rest of the core (smaller WASM)

// The three parts of a bar, in drawing order, with their CSS class and colour (the chart reads in
// greyscale print too: the legend names each part and the text gives the numbers).
struct Part {
  const char* key;   // in the result's "breakdown"
  const char* text;  // its name in the legend: a text of the calculator
  const char* css;
  const char* colour;
};
const Part kParts[] = {
    {"build_electricity_kg", "chart_build_electricity", "fp-build", "#5b4b8a"},
    {"use_electricity_kg", "chart_use_electricity", "fp-use", "#e0a030"},
    {"embodied_kg", "chart_embodied", "fp-embodied", "#4a8a6b"},
};
constexpr size_t kPartCount = sizeof(kParts) / sizeof(kParts[0]);

struct Bar {
  std::string label;
  double parts[kPartCount] = {0, 0, 0};
  double low = 0, high = 0;
  double total() const { return parts[0] + parts[1] + parts[2]; }
};

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}


double number(const Json& j, const char* a, const char* b = nullptr) {
  const Json* node = &j;
  if (!node->is_object() || !node->contains(a)) return 0;
  node = &node->at(a);
  if (b) {
    if (!node->is_object() || !node->contains(b)) return 0;
    node = &node->at(b);
  }
  return node->is_number() ? node->get<double>() : 0;
}


Bar bar_from(const std::string& label, const Json& total) {
  Bar b;
  b.label = label;
  for (size_t i = 0; i < kPartCount; ++i) b.parts[i] = std::max(0.0, number(total, "breakdown", kParts[i].key));
  b.low = number(total, "co2e_low_kg");
  b.high = number(total, "co2e_high_kg");
  return b;
}

}  // namespace

std::string footprint_chart_svg(const std::string& result_json, const std::string& options_json) {
  Json result = Json::parse(result_json, nullptr, false);
  if (result.is_discarded() || !result.is_object()) return "";
  Json options = options_json.empty() ? Json::object() : Json::parse(options_json, nullptr, false);
  if (options.is_discarded()) options = Json::object();
  std::vector<Bar> bars;
  if (result.contains("scenarios") && result.at("scenarios").is_array()) {
    for (const auto& s : result.at("scenarios"))
      if (s.is_object() && s.contains("total"))
        bars.push_back(bar_from(string_member(s, "label").empty() ? string_member(s, "id") : string_member(s, "label"), s.at("total")));
  } else if (result.contains("total")) {
    bars.push_back(bar_from(string_member(options, "chart_project"), result.at("total")));
  }
  if (bars.empty()) return "";

  double max = 0;
  bool drawn[kPartCount] = {false, false, false};
  for (const auto& b : bars) {
    max = std::max({max, b.total(), b.high});
    for (size_t i = 0; i < kPartCount; ++i) drawn[i] = drawn[i] || b.parts[i] > 0;
  }
  const double left = 150, width = 440, row = 44, top = 40;
  const double height = top + row * bars.size() + 30;
  auto x = [&](double v) { return max > 0 ? left + width * v / max : left; };
  auto coord = [](double v) {
    // SVG coordinates: '.' decimals whatever the page's language, one decimal is enough.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", round_half_up(v, 1));
    return std::string(buf);
  };
  // The words are the calculator's texts: the core has none of its own.
  std::string names[kPartCount];
  for (size_t i = 0; i < kPartCount; ++i) names[i] = string_member(options, kParts[i].text);
  // Numbers as the calculator's texts write them: decimal sign, thousands separator, unit.
  const std::string decimal = string_member(options, "chart_decimal", "."), group = string_member(options, "chart_group");
  const std::string unit = string_member(options, "chart_unit");
  // Three significant digits are plenty on a chart; the table beside it has the rest.
  auto kg = [&](double v) {
    const double a = std::fabs(v);
    int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    if (a > 0 && a < 0.001) decimals = 6;
    const std::string number = footprint_text::format_number(round_half_up(v, decimals), decimal, group);
    return unit.empty() ? number : number + "\u00a0" + unit;
  };

  // A bar in words: its total, each part it draws, its range; and its value under the bar.
  auto words = [&](const char* key, const std::vector<std::pair<std::string, std::string>>& values) {
    return fill_placeholders(string_member(options, key), values);
  };
  const std::string separator = string_member(options, "chart_separator");
  std::string desc;
  for (const auto& b : bars) {
    std::string details;
    for (size_t i = 0; i < kPartCount; ++i)
      if (drawn[i]) details += words("chart_part", {{"name", names[i]}, {"value", kg(b.parts[i])}}) + separator;
    details += words("chart_range", {{"low", kg(b.low)}, {"high", kg(b.high)}});
    desc += (desc.empty() ? "" : " ") + words("chart_bar", {{"label", b.label}, {"total", kg(b.total())}, {"details", details}});
  }
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"footprint-chart\" viewBox=\"0 0 640 " +
                    coord(height) + "\" role=\"img\" aria-labelledby=\"fp-chart-title fp-chart-desc\">";
  svg += "<title id=\"fp-chart-title\">" +
         escape(string_member(options, "chart_title")) + "</title>";
  svg += "<desc id=\"fp-chart-desc\">" + escape(desc) + "</desc>";
  // Legend: only the parts a bar draws, side by side from the left of the plot.
  double legend_x = left;
  for (size_t i = 0; i < kPartCount; ++i) {
    if (!drawn[i]) continue;
    svg += "<rect x=\"" + coord(legend_x) + "\" y=\"8\" width=\"14\" height=\"14\" class=\"" + kParts[i].css +
           "\" fill=\"" + kParts[i].colour + "\"/>";
    svg += "<text x=\"" + coord(legend_x + 20) + "\" y=\"20\" font-size=\"13\">" + escape(names[i]) + "</text>";
    // About 6.5 px per character at 13 px: enough for the French names without overlap.
    legend_x += 40 + 6.5 * static_cast<double>(footprint_text::display_width(names[i]));
  }
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double y = top + row * i;
    svg += "<text x=\"142\" y=\"" + coord(y + 19) + "\" font-size=\"13\" text-anchor=\"end\">" + escape(b.label) + "</text>";
    double from = 0;
    for (size_t k = 0; k < kPartCount; ++k) {
      if (!(b.parts[k] > 0)) continue;
      svg += "<rect x=\"" + coord(x(from)) + "\" y=\"" + coord(y + 4) + "\" width=\"" +
             coord(x(from + b.parts[k]) - x(from)) + "\" height=\"22\" class=\"" + kParts[k].css + "\" fill=\"" +
             kParts[k].colour + "\"/>";
      from += b.parts[k];
    }
    svg += "<line x1=\"" + coord(x(b.low)) + "\" x2=\"" + coord(x(b.high)) + "\" y1=\"" + coord(y + 15) + "\" y2=\"" +
           coord(y + 15) + "\" stroke=\"#222\" stroke-width=\"1.5\" class=\"fp-range\"/>";
    for (double v : {b.low, b.high})
      svg += "<line x1=\"" + coord(x(v)) + "\" x2=\"" + coord(x(v)) + "\" y1=\"" + coord(y + 9) + "\" y2=\"" +
             coord(y + 21) + "\" stroke=\"#222\" stroke-width=\"1.5\"/>";
    svg += "<text x=\"" + coord(left) + "\" y=\"" + coord(y + 40) + "\" font-size=\"12\">" +
           escape(words("chart_bar_value", {{"total", kg(b.total())}, {"low", kg(b.low)}, {"high", kg(b.high)}})) +
           "</text>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace core
