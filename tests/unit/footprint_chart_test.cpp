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
  std::string svg = core::footprint_chart_svg(result);
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
  CHECK(svg.find("Avec &lt;IA&gt; : 301\u00a0kg\u00a0CO2e") != std::string::npos);
  CHECK(core::footprint_chart_svg("not json").empty());
  // The words come from the calculator's texts when given.
  std::string worded = core::footprint_chart_svg(result, R"({"title": "Titre <a>", "embodied": "Matériel"})");
  CHECK(worded.find("<title id=\"fp-chart-title\">Titre &lt;a&gt;</title>") != std::string::npos);
  CHECK(worded.find(">Mat\u00e9riel</text>") != std::string::npos);
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
