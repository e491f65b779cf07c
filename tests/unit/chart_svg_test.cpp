#include <doctest/doctest.h>

#include <string>

#include "core/chart_svg.h"

namespace {

const char* kResult = R"({"bank": "g", "sections": [
  {"id": "a", "title": "Finalité & usage", "weight": 1, "score": 3, "max_score": 4},
  {"id": "b", "title": "Données", "weight": 1, "score": 1.5, "max_score": 6},
  {"id": "c", "title": "Impacts", "weight": 1, "score": 0, "max_score": 0}],
  "verdict": {"level": "favorable", "label": "Favorable"}})";

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

// The words the page gives (content/interface/forms-result.yaml, through forms-result.js).
const char* kWords = R"({"title": "Score par section", "decimal": ",",
  "desc": "Finalité & usage : 3 sur 4 points (75 %). Avis : <Favorable>."})";

TEST_CASE("the bar chart is an accessible image described in the page's words") {
  std::string svg = core::chart_svg(kResult, kWords);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"guide-chart guide-chart-bars\" "
                  "viewBox=\"0 0 600 152\" role=\"img\"><title>Score par section</title>", 0) == 0);
  CHECK(svg.find("<desc>Finalité &amp; usage : 3 sur 4 points (75 %). Avis : &lt;Favorable&gt;.</desc>") !=
        std::string::npos);
  CHECK(count(svg, "class=\"guide-chart-bar\"") == 3);
  // 75 % of the 440-unit track.
  CHECK(svg.find("class=\"guide-chart-bar\" x=\"0\" y=\"24\" width=\"330\"") != std::string::npos);
  CHECK(svg.find(">1,5/6</text>") != std::string::npos);  // the page's decimal separator
  CHECK(svg.find("font") == std::string::npos);
  CHECK(svg.find("#") == std::string::npos);  // no hard-coded colour
  CHECK(svg == core::chart_svg(kResult, kWords));
}

TEST_CASE("without the page's words the chart has none of its own") {
  std::string svg = core::chart_svg(kResult, "");
  CHECK(svg.find("<title></title><desc></desc>") != std::string::npos);
  CHECK(svg.find(">1.5/6</text>") != std::string::npos);
  // Only the sections' titles are text: the core writes no French (or any other language).
  std::string text;
  for (size_t open = svg.find("\">"); open != std::string::npos; open = svg.find("\">", open + 1)) {
    size_t end = svg.find('<', open);
    if (end > open + 2) text += svg.substr(open + 2, end - open - 2) + "|";
  }
  CHECK(text == "Finalité &amp; usage|3/4|Données|1.5/6|Impacts|0/0|");
}

TEST_CASE("the radar variant needs three sections, and falls back to bars below") {
  std::string radar = core::chart_svg(kResult, R"({"type": "radar", "title": "Profil"})");
  CHECK(radar.find("guide-chart-radar") != std::string::npos);
  CHECK(radar.find("<title>Profil</title>") != std::string::npos);
  CHECK(count(radar, "<polygon class=\"guide-chart-grid\"") == 4);
  CHECK(count(radar, "<line class=\"guide-chart-axis\"") == 3);
  // First axis points up: 75 % of the 150 radius above the centre (300, 210).
  CHECK(radar.find("<polygon class=\"guide-chart-area\" points=\"300,97.5 ") != std::string::npos);
  const char* two = R"({"sections": [{"title": "A", "score": 1, "max_score": 2},
                                     {"title": "B", "score": 2, "max_score": 2}]})";
  CHECK(core::chart_svg(two, R"({"type": "radar"})").find("guide-chart-bars") != std::string::npos);
}

TEST_CASE("a result that is not a result still gives a valid image, with the page's words") {
  std::string svg = core::chart_svg("not json", R"({"title": "T", "desc": "Aucune section."})");
  CHECK(svg.find("role=\"img\"><title>T</title><desc>Aucune section.</desc>") != std::string::npos);
  CHECK(core::chart_svg("not json", "{").find("<title></title><desc></desc>") != std::string::npos);
}
