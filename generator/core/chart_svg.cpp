#include "core/chart_svg.h"

#include <cmath>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_read.h"
#include "core/json_writer.h"
#include "core/rounding.h"

namespace core {

namespace {

using ojson = nlohmann::ordered_json;

struct Bar {
  std::string title;
  double score = 0;
  double max = 0;
  double percent = 0;  // 0..100, 0 when the section has no points to earn
};

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// SVG coordinates: one decimal is finer than a pixel and keeps the output short.
std::string coord(double v) { return format_number(v, 1); }

// A number for the value labels: up to two decimals, with the page's decimal separator.
std::string reading(double v, const std::string& decimal) {
  std::string s = format_number(v, 2), out;
  for (char c : s) {
    if (c == '.') out += decimal;
    else out += c;
  }
  return out;
}

std::string open_svg(const std::string& type, double width, double height,
                     const std::string& title, const std::string& desc) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"guide-chart guide-chart-" + type +
         "\" viewBox=\"0 0 " + coord(width) + " " + coord(height) + "\" role=\"img\">"
         "<title>" + escape(title) + "</title><desc>" + escape(desc) + "</desc>";
}

std::string bars_svg(const std::vector<Bar>& bars, const std::string& title, const std::string& desc,
                     const std::string& decimal) {
  const double width = 600, track = 440, row = 48, bar_height = 16;
  std::string svg = open_svg("bars", width, row * static_cast<double>(bars.size()) + 8, title, desc);
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    double top = row * static_cast<double>(i);
    svg += "<g class=\"guide-chart-row\">";
    svg += "<text class=\"guide-chart-label\" x=\"0\" y=\"" + coord(top + 16) + "\">" +
           escape(b.title) + "</text>";
    svg += "<rect class=\"guide-chart-track\" x=\"0\" y=\"" + coord(top + 24) + "\" width=\"" +
           coord(track) + "\" height=\"" + coord(bar_height) + "\" fill=\"none\" stroke=\"currentColor\"/>";
    svg += "<rect class=\"guide-chart-bar\" x=\"0\" y=\"" + coord(top + 24) + "\" width=\"" +
           coord(track * b.percent / 100) + "\" height=\"" + coord(bar_height) +
           "\" fill=\"currentColor\"/>";
    svg += "<text class=\"guide-chart-value\" x=\"" + coord(track + 12) + "\" y=\"" +
           coord(top + 37) + "\">" + reading(b.score, decimal) + "/" + reading(b.max, decimal) + "</text>";
    svg += "</g>";
  }
  return svg + "</svg>";
}

std::string radar_svg(const std::vector<Bar>& bars, const std::string& title, const std::string& desc) {
  const double cx = 300, cy = 210, radius = 150;
  const double pi = 3.14159265358979323846;
  size_t n = bars.size();
  std::vector<double> dx(n), dy(n);
  for (size_t i = 0; i < n; ++i) {
    double angle = -pi / 2 + 2 * pi * static_cast<double>(i) / static_cast<double>(n);
    dx[i] = std::cos(angle);
    dy[i] = std::sin(angle);
  }
  auto polygon = [&](const std::string& cls, auto fraction) {
    std::string points;
    for (size_t i = 0; i < n; ++i) {
      double f = fraction(i);
      if (!points.empty()) points += ' ';
      points += coord(cx + dx[i] * radius * f) + "," + coord(cy + dy[i] * radius * f);
    }
    return "<polygon class=\"" + cls + "\" points=\"" + points + "\"";
  };
  std::string svg = open_svg("radar", 600, 420, title, desc);
  for (int ring = 1; ring <= 4; ++ring)
    svg += polygon("guide-chart-grid", [&](size_t) { return ring / 4.0; }) +
           " fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.3\"/>";
  for (size_t i = 0; i < n; ++i)
    svg += "<line class=\"guide-chart-axis\" x1=\"" + coord(cx) + "\" y1=\"" + coord(cy) +
           "\" x2=\"" + coord(cx + dx[i] * radius) + "\" y2=\"" + coord(cy + dy[i] * radius) +
           "\" stroke=\"currentColor\" stroke-opacity=\"0.3\"/>";
  svg += polygon("guide-chart-area", [&](size_t i) { return bars[i].percent / 100; }) +
         " fill=\"currentColor\" fill-opacity=\"0.25\" stroke=\"currentColor\"/>";
  for (size_t i = 0; i < n; ++i) {
    double x = cx + dx[i] * (radius + 14), y = cy + dy[i] * (radius + 14);
    const char* anchor = dx[i] > 0.2 ? "start" : dx[i] < -0.2 ? "end" : "middle";
    svg += "<text class=\"guide-chart-label\" x=\"" + coord(x) + "\" y=\"" +
           coord(y + (dy[i] > 0.2 ? 12 : dy[i] < -0.2 ? -4 : 4)) + "\" text-anchor=\"" + anchor +
           "\">" + escape(bars[i].title) + "</text>";
  }
  return svg + "</svg>";
}

}  // namespace

std::string chart_svg(const std::string& result_json, const std::string& options_json) {
  ojson result = ojson::parse(result_json, nullptr, false);
  ojson options = options_json.empty() ? ojson::object() : ojson::parse(options_json, nullptr, false);
  // The words come from the page (content/interface/forms-result.yaml), as the footprint chart's do.
  auto option = [&](const char* key, const char* fallback) { return string_member(options, key, fallback); };
  const std::string type = option("type", "bars");
  const std::string title = option("title", "");
  const std::string desc = option("desc", "");
  const std::string decimal = option("decimal", ".");
  std::vector<Bar> bars;
  if (result.is_object()) {
    auto sections = result.find("sections");
    if (sections != result.end() && sections->is_array()) {
      for (const ojson& s : *sections) {
        if (!s.is_object()) continue;
        Bar b;
        auto t = s.find("title");
        if (t != s.end() && t->is_string()) b.title = t->get<std::string>();
        // Points before weighting when the result has them (a normalised section's score is a
        // fraction of its weight, which reads badly as "0,75 sur 1 points").
        const bool has_points = s.contains("points") && s.contains("max_points");
        auto score = s.find(has_points ? "points" : "score");
        if (score != s.end() && score->is_number()) b.score = score->get<double>();
        auto max = s.find(has_points ? "max_points" : "max_score");
        if (max != s.end() && max->is_number()) b.max = max->get<double>();
        b.percent = b.max > 0 ? round_half_up(std::fmax(0, std::fmin(100, b.score * 100 / b.max)), 0) : 0;
        bars.push_back(b);
      }
    }
  }
  if (type == "radar" && bars.size() >= 3) return radar_svg(bars, title, desc);
  return bars_svg(bars, title, desc, decimal);
}

}  // namespace core
