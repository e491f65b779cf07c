#include "core/footprint_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/footprint_text.h"
#include "core/rounding.h"

namespace core {

namespace {

using Json = nlohmann::ordered_json;  // the same instantiation as the rest of the core (smaller WASM)

struct Bar {
  std::string label;
  double build = 0, use = 0, low = 0, high = 0;
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

// Three significant digits are plenty on a chart; the table beside it has the rest.
std::string kg(double v) {
  double a = std::fabs(v);
  int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  if (a > 0 && a < 0.001) decimals = 6;
  return footprint_text::number_fr(round_half_up(v, decimals)) + "\u00a0kg\u00a0CO2e";
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

// Built with -fno-exceptions: json::value() would abort on a non-string, so read defensively.
std::string text(const Json& j, const char* key) {
  return j.is_object() && j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : "";
}

Bar bar_from(const std::string& label, const Json& total) {
  Bar b;
  b.label = label;
  static const Json empty = Json::object();
  const Json& phases = total.is_object() && total.contains("by_phase") ? total.at("by_phase") : empty;
  b.build = number(phases, "build", "co2e_kg");
  b.use = number(phases, "use", "co2e_kg");
  b.low = number(total, "co2e_low_kg");
  b.high = number(total, "co2e_high_kg");
  return b;
}

}  // namespace

std::string footprint_chart_svg(const std::string& result_json) {
  Json result = Json::parse(result_json, nullptr, false);
  if (result.is_discarded() || !result.is_object()) return "";
  std::vector<Bar> bars;
  if (result.contains("scenarios") && result.at("scenarios").is_array()) {
    for (const auto& s : result.at("scenarios"))
      if (s.is_object() && s.contains("total"))
        bars.push_back(bar_from(text(s, "label").empty() ? text(s, "id") : text(s, "label"), s.at("total")));
  } else if (result.contains("total")) {
    bars.push_back(bar_from("Projet", result.at("total")));
  }
  if (bars.empty()) return "";

  double max = 0;
  for (const auto& b : bars) max = std::max({max, b.build + b.use, b.high});
  const double left = 150, width = 440, row = 44, top = 40;
  const double height = top + row * bars.size() + 30;
  auto x = [&](double v) { return max > 0 ? left + width * v / max : left; };
  auto coord = [](double v) {
    // SVG coordinates: '.' decimals whatever the page's language, one decimal is enough.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", round_half_up(v, 1));
    return std::string(buf);
  };

  std::string desc;
  for (const auto& b : bars) {
    desc += b.label + " : " + kg(b.build + b.use) + " sur la dur\u00e9e de vie (construction " + kg(b.build) +
            ", usage " + kg(b.use) + ", fourchette " + kg(b.low) + " \u00e0 " + kg(b.high) + "). ";
  }
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"footprint-chart\" viewBox=\"0 0 640 " +
                    coord(height) + "\" role=\"img\" aria-labelledby=\"fp-chart-title fp-chart-desc\">";
  svg += "<title id=\"fp-chart-title\">\u00c9missions sur la dur\u00e9e de vie, par phase</title>";
  svg += "<desc id=\"fp-chart-desc\">" + escape(desc) + "</desc>";
  // Legend: colour plus a pattern-free label, so the chart reads in greyscale print too.
  svg += "<rect x=\"150\" y=\"8\" width=\"14\" height=\"14\" class=\"fp-build\" fill=\"#5b4b8a\"/>"
         "<text x=\"170\" y=\"20\" font-size=\"13\">Construction (entra\u00eenement, mat\u00e9riel)</text>"
         "<rect x=\"480\" y=\"8\" width=\"14\" height=\"14\" class=\"fp-use\" fill=\"#e0a030\"/>"
         "<text x=\"500\" y=\"20\" font-size=\"13\">Usage</text>";
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double y = top + row * i;
    svg += "<text x=\"142\" y=\"" + coord(y + 19) + "\" font-size=\"13\" text-anchor=\"end\">" + escape(b.label) + "</text>";
    svg += "<rect x=\"" + coord(left) + "\" y=\"" + coord(y + 4) + "\" width=\"" + coord(x(b.build) - left) +
           "\" height=\"22\" class=\"fp-build\" fill=\"#5b4b8a\"/>";
    svg += "<rect x=\"" + coord(x(b.build)) + "\" y=\"" + coord(y + 4) + "\" width=\"" + coord(x(b.build + b.use) - x(b.build)) +
           "\" height=\"22\" class=\"fp-use\" fill=\"#e0a030\"/>";
    svg += "<line x1=\"" + coord(x(b.low)) + "\" x2=\"" + coord(x(b.high)) + "\" y1=\"" + coord(y + 15) + "\" y2=\"" +
           coord(y + 15) + "\" stroke=\"#222\" stroke-width=\"1.5\" class=\"fp-range\"/>";
    for (double v : {b.low, b.high})
      svg += "<line x1=\"" + coord(x(v)) + "\" x2=\"" + coord(x(v)) + "\" y1=\"" + coord(y + 9) + "\" y2=\"" +
             coord(y + 21) + "\" stroke=\"#222\" stroke-width=\"1.5\"/>";
    svg += "<text x=\"" + coord(left) + "\" y=\"" + coord(y + 40) + "\" font-size=\"12\">" + escape(kg(b.build + b.use)) +
           " (" + escape(kg(b.low)) + " \u2013 " + escape(kg(b.high)) + ")</text>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace core
