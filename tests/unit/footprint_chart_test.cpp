// The footprint chart: one bar per scenario split into the result's three parts (the table's rows),
// sized to the largest value, a legend entry only for a part some bar draws, the numbers in its
// text alternative, labels escaped, words from the calculator's texts.
#include <doctest/doctest.h>

#include <string>

#include "core/footprint.h"
#include "core/footprint_chart.h"
#include "unit/footprint_test_reference.h"

namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The calculator's texts the chart reads (content/banks/empreinte.yaml), among others it ignores.
const char* kWords = R"JSON({"chart_title": "Émissions", "chart_build_electricity": "Électricité de la construction",
  "chart_use_electricity": "Électricité de l'usage", "chart_embodied": "Fabrication du matériel",
  "chart_bar": "{label} : {total} sur la durée de vie ({details}).", "chart_part": "{name} {value}",
  "chart_separator": ", ", "chart_range": "fourchette {low} à {high}", "chart_bar_value": "{total} ({low} – {high})",
  "chart_decimal": ",",
  "chart_group": "\u00a0", "chart_unit": "kg\u00a0CO2e", "results_title": "R"})JSON";

}  // namespace

TEST_CASE("chart of two scenarios: stacked parts, the larger bar full width, no legend for a part never drawn") {
  // avec-ia: 10 000 GB/yr, PUE 1, 44.18 g/kWh: 10 kWh x 0.04418 = 0.4418 kg/yr, x 3 = 1.3254 kg (use)
  //          + equipment 300 kg / 3 yr x 3 = 300 kg (build) -> 301.3254 kg; high = 300 x 1.3 + 1.3254 x 1.9 x 1.15
  // sans-ia: nothing -> a zero bar.
  std::string result = core::footprint(core::footprint_with_reference(
      R"({"scenarios": [{"id": "avec-ia", "label": "Avec <IA>", "items": [
          {"kind": "transfer", "gb_per_year": 10000, "pue": 1, "location": "FR"},
          {"kind": "equipment", "embodied_kgco2e": 300, "lifetime_years": 3}]},
        {"id": "sans-ia", "label": "Sans IA", "items": []}]})",
      footprint_test::kReference));
  std::string svg = core::footprint_chart_svg(result, kWords);
  REQUIRE(svg.rfind("<svg", 0) == 0);
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("Avec &lt;IA&gt;") != std::string::npos);
  CHECK(svg.find("<IA>") == std::string::npos);
  // No electricity in the build phase anywhere: neither a bar part nor a legend entry for it.
  CHECK(count(svg, "class=\"fp-build\"") == 0);
  CHECK(svg.find("construction") == std::string::npos);
  // The use electricity and the manufacturing: one legend swatch each, one part in avec-ia's bar.
  CHECK(count(svg, "class=\"fp-use\"") == 2);
  CHECK(count(svg, "class=\"fp-embodied\"") == 2);
  // The largest extent (the high end of avec-ia) spans the 440 px plot: the manufacturing takes
  // 300 / (300 x 1.3 + 1.3254 x 1.9 x 1.15) = 300 / 392.896 of it = 335.97 px.
  CHECK(svg.find("width=\"336.0\" height=\"22\" class=\"fp-embodied\"") != std::string::npos);
  CHECK(svg.find("<desc id=\"fp-chart-desc\">Avec &lt;IA&gt; : 301\u00a0kg\u00a0CO2e sur la durée de vie "
                 "(Électricité de l'usage 1,33\u00a0kg\u00a0CO2e, Fabrication du matériel 300\u00a0kg\u00a0CO2e, "
                 "fourchette ") != std::string::npos);
  CHECK(svg.find("\u00a0kg\u00a0CO2e \u00e0 ") != std::string::npos);
  CHECK(core::footprint_chart_svg("not json").empty());
  // The words are the calculator's texts.
  std::string worded = core::footprint_chart_svg(result, R"({"chart_title": "Titre <a>", "chart_embodied": "Matériel"})");
  CHECK(worded.find("<title id=\"fp-chart-title\">Titre &lt;a&gt;</title>") != std::string::npos);
  CHECK(worded.find(">Mat\u00e9riel</text>") != std::string::npos);
}

TEST_CASE("without the calculator's texts the chart has no words of its own") {
  std::string result = core::footprint(core::footprint_with_reference(
      R"({"items": [{"kind": "equipment", "embodied_kgco2e": 300, "lifetime_years": 3}]})", footprint_test::kReference));
  std::string svg = core::footprint_chart_svg(result);
  REQUIRE(svg.rfind("<svg", 0) == 0);
  CHECK(svg.find("<title id=\"fp-chart-title\"></title>") != std::string::npos);
  // The bars and their ranges are drawn; no text but what the texts give: no letter, no dash.
  CHECK(svg.find("class=\"fp-embodied\"") != std::string::npos);
  CHECK(svg.find("class=\"fp-range\"") != std::string::npos);
  CHECK(svg.find("\u2013") == std::string::npos);
  std::string letters;
  for (size_t open = svg.find('>', svg.find("</title>")); open != std::string::npos; open = svg.find('>', open + 1)) {
    const size_t end = svg.find('<', open);
    if (end == std::string::npos) break;
    for (char c : svg.substr(open + 1, end - open - 1))
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters += c;
  }
  CHECK(letters == "");
}

TEST_CASE("chart input from elsewhere: odd types are tolerated, not fatal") {
  // guide_footprint_chart is exported to the page: a hand-made result must not abort the module.
  std::string svg = core::footprint_chart_svg(
      R"({"scenarios": [{"label": 5, "id": "x", "total": {"breakdown": {"embodied_kg": "a"}, "co2e_high_kg": 2}},
                        {"total": 3}]})");
  CHECK(svg.find("<svg") == 0);
  CHECK(core::footprint_chart_svg(R"({"total": []})").find("<svg") == 0);
  CHECK(core::footprint_chart_svg("[]").empty());
}
