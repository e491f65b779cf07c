// The calculator's form split into step pages: every field is on exactly one step, labelled,
// with its default in the page and in the script the pages share (which they need to compute
// with the answers of the steps they do not show).
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "render/footprint_form.h"
#include "site_templates.h"

namespace {

using Json = nlohmann::ordered_json;

// Template names the data lacks (none expected).
std::vector<std::string> unknown;

const Json kReference = Json::parse(R"({
  "locations": [{"code": "FR", "label": "France"}, {"code": "DE", "label": "Allemagne"}],
  "hardware": [{"id": "A100", "label": "NVIDIA A100 <40 Go>"}, {"id": "xeon-gold-6148", "label": "Xeon Gold 6148"}],
  "models": [{"id": "mistral-7b", "label": "Mistral 7B"}]
})");

// The form script's JSON: `window.GUIDE_FOOTPRINT_FORM=<json>;\n`.
Json form_json() {
  const std::string script = render::footprint_form_script();
  const std::string prefix = "window.GUIDE_FOOTPRINT_FORM=";
  REQUIRE(script.compare(0, prefix.size(), prefix) == 0);
  REQUIRE(script.size() > prefix.size() + 2);
  return Json::parse(script.substr(prefix.size(), script.size() - prefix.size() - 2));
}

std::string attribute(const std::string& html, const std::string& id, const std::string& name) {
  std::smatch m;
  std::regex re("<(input|select) [^>]*id=\"" + id + "\"[^>]*>");
  if (!std::regex_search(html, m, re)) return "<missing>";
  std::smatch a;
  std::string tag = m.str(0);
  if (!std::regex_search(tag, a, std::regex(" " + name + "=\"([^\"]*)\""))) return "";
  return a.str(1);
}

}  // namespace

TEST_CASE("footprint form: every field on one step page, labelled, with its default") {
  const auto& steps = render::footprint_steps();
  REQUIRE(steps.size() == 7);
  CHECK(steps.front().url == "outils/empreinte.html");  // the entry page every link names
  CHECK(steps.back().id == "resultats");
  const Json form = form_json();
  REQUIRE(form["steps"].size() == steps.size());
  CHECK(form["steps"][1]["url"] == "empreinte-entrainement.html");

  std::map<std::string, std::string> step_of_name;
  for (const Json& f : form["fields"]) {
    const std::string name = f["name"];
    CHECK_MESSAGE(step_of_name.count(name) == 0, "duplicate field " << name);
    step_of_name[name] = f["step"];
  }
  CHECK(step_of_name.size() == 58);  // 2 for the project, 28 per scenario

  std::set<std::string> seen;
  for (size_t i = 0; i + 1 < steps.size(); ++i) {
    const std::string html = render::footprint_step_fields(i, kReference, test_support::site_templates(), unknown);
    const std::regex name_re(" name=\"([a-z0-9_-]+)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), name_re);
         it != std::sregex_iterator(); ++it) {
      const std::string name = (*it)[1];
      CHECK_MESSAGE(step_of_name[name] == steps[i].id, name << " is on " << steps[i].id);
      CHECK_MESSAGE(html.find("<label for=\"fp-" + name + "\">") != std::string::npos, name << " has a label");
      CHECK_MESSAGE(html.find("id=\"fp-" + name + "-error\"") != std::string::npos, name << " has an error box");
      seen.insert(name);
    }
  }
  CHECK(seen.size() == step_of_name.size());  // and none is left out
}

TEST_CASE("footprint form: the page shows the defaults the script computes with") {
  const Json form = form_json();
  std::map<std::string, std::string> value;
  for (const Json& f : form["fields"]) value[f["name"]] = f["value"];
  CHECK(value["projet-lifetime_years"] == "3");
  CHECK(value["avec-train-hardware"] == "A100");
  CHECK(value["sans-run-hardware"] == "xeon-gold-6148");

  const std::string step1 = render::footprint_step_fields(0, kReference, test_support::site_templates(), unknown);
  CHECK(attribute(step1, "fp-projet-lifetime_years", "value") == "3");
  CHECK(step1.find("<option value=\"FR\" selected>France (FR)</option>") != std::string::npos);
  const std::string step2 = render::footprint_step_fields(1, kReference, test_support::site_templates(), unknown);
  CHECK(step2.find("<option value=\"A100\" selected>NVIDIA A100 &lt;40 Go&gt;</option>") != std::string::npos);
  CHECK(attribute(step2, "fp-avec-train-units", "value") == "4");
  CHECK(attribute(step2, "fp-sans-train-units", "value") == "");  // empty in "Sans IA"
  // Both scenarios side by side on every form step.
  for (size_t i = 0; i + 1 < render::footprint_steps().size(); ++i) {
    const std::string html = render::footprint_step_fields(i, kReference, test_support::site_templates(), unknown);
    CHECK(html.find("<legend>Avec IA</legend>") != std::string::npos);
    CHECK(html.find("<legend>Sans IA</legend>") != std::string::npos);
  }
}
