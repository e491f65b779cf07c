// The calculator's form, from its definition in content/: every field on exactly one step page,
// labelled, with its hint and error box, nothing pre-filled (the calculator starts empty), the
// reference tables' rows as choices; the script the pages share names every field and its step.
// The markup comes from templates/tools/ (calculator-block and calculator-field).
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "check/calculator_check.h"
#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "load/footprint_data.h"
#include "load/yaml_json.h"
#include "render/footprint_form.h"
#include "site_templates.h"

namespace {

using Json = nlohmann::ordered_json;

struct Shipped {
  Json reference, definition;
  core::Calculator calculator;
};

const Shipped& shipped() {
  static const Shipped s = [] {
    Shipped out;
    load::DiskFileSystem fs;
    diag::Diagnostics diags;
    const std::string root = GUIDE_SOURCE_DIR;
    out.reference = load::load_footprint_reference(fs, root + "/content", diags);
    std::string text, why;
    fs.read(root + "/content/banks/empreinte.yaml", text, why);
    const load::YamlDocument doc = load::parse_yaml("empreinte.yaml", text, diags);
    const auto calculator = check::check_calculator(doc, out.reference, diags);
    REQUIRE_FALSE(diags.has_errors());
    REQUIRE(calculator);
    out.calculator = *calculator;
    out.definition = doc.value;
    return out;
  }();
  return s;
}

// The fields of step `index` as the page shows them (the calculator template's form part).
std::string step_html(size_t index) {
  const Shipped& s = shipped();
  templating::Data data = render::footprint_step_data(s.calculator, index, s.reference);
  std::string html;
  for (const char* part : {"common", "scenarios"}) {
    const templating::Data* list = data.get(part);
    REQUIRE(list);
    for (const auto& item : list->list_value()) {
      if (std::string(part) == "common") {
        html += test_support::render_template("tools/calculator-block", item);
      } else {
        html += "<legend>" + item.get("label")->string_value() + "</legend>";
        for (const auto& block : item.get("blocks")->list_value())
          html += test_support::render_template("tools/calculator-block", block);
      }
    }
  }
  return html;
}

Json form_json() {
  const std::string script = render::footprint_form_script(shipped().calculator, shipped().definition);
  const std::string prefix = "window.GUIDE_FOOTPRINT_FORM=";
  REQUIRE(script.compare(0, prefix.size(), prefix) == 0);
  return Json::parse(script.substr(prefix.size(), script.size() - prefix.size() - 2));
}

}  // namespace

TEST_CASE("footprint form: every field on one step page, labelled, with its error box, empty") {
  const auto steps = render::footprint_steps(shipped().calculator);
  REQUIRE(steps.size() == 7);
  CHECK(steps.front().url == "outils/empreinte.html");  // the entry page every link names
  CHECK(steps[1].url == "outils/empreinte-entrainement.html");
  CHECK(steps.back().id == "resultats");
  const Json form = form_json();
  REQUIRE(form["steps"].size() == steps.size());
  CHECK(form["steps"][1]["url"] == "empreinte-entrainement.html");
  CHECK(form["definition"]["id"] == "empreinte");

  std::map<std::string, std::string> step_of_name;
  for (const Json& f : form["fields"]) {
    const std::string name = f["name"];
    CHECK_MESSAGE(step_of_name.count(name) == 0, "duplicate field " << name);
    step_of_name[name] = f["step"];
  }
  std::set<std::string> seen;
  for (size_t i = 0; i + 1 < steps.size(); ++i) {
    const std::string html = step_html(i);
    const std::regex name_re(" name=\"([a-z0-9_-]+)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), name_re); it != std::sregex_iterator(); ++it) {
      const std::string name = (*it)[1];
      CHECK_MESSAGE(step_of_name[name] == steps[i].id, name << " is on " << steps[i].id);
      CHECK_MESSAGE(html.find("<label for=\"fp-" + name + "\">") != std::string::npos, name << " has a label");
      CHECK_MESSAGE(html.find("id=\"fp-" + name + "-error\"") != std::string::npos, name << " has an error box");
      seen.insert(name);
    }
    // Nothing typed in advance, nothing selected: an example is only ever loaded on request.
    CHECK_FALSE(std::regex_search(html, std::regex("<input[^>]* value=")));
    CHECK(html.find(" selected") == std::string::npos);
    CHECK(html.find("<legend>Avec IA</legend>") != std::string::npos);
    // The language model's inference is a block of the scenario with AI only.
    CHECK((html.find("<legend>Sans IA</legend>") != std::string::npos) == (steps[i].id != "inference"));
  }
  CHECK(step_of_name.count("avec-infer-model") == 1);
  CHECK(step_of_name.count("sans-infer-model") == 0);
  CHECK(seen.size() == step_of_name.size());  // and none is left out
}

TEST_CASE("footprint form: the choices list the reference tables and the definition's words") {
  const std::string step1 = step_html(0);
  CHECK(step1.find("<option value=\"FR\">France (FR)</option>") != std::string::npos);
  CHECK(step1.find("placeholder=\"3\"") != std::string::npos);
  CHECK(step1.find("<option value=\"dedicated\">") != std::string::npos);
  const std::string step2 = step_html(1);
  CHECK(step2.find("<option value=\"\">— aucun —</option>") != std::string::npos);
  CHECK(step2.find("<option value=\"H100\">NVIDIA H100 SXM, 80 Go (700 W)</option>") != std::string::npos);
  CHECK(step2.find("serveur-8-gpu") == std::string::npos);  // the field lists CPUs and GPUs only
  const std::string step3 = step_html(2);
  CHECK(step3.find("<optgroup label=\"Hugging Face (modèles à poids ouverts)\">") != std::string::npos);
  CHECK(step3.find("<option value=\"huggingface_hub/mistralai/Mistral-7B-Instruct-v0.3\">") != std::string::npos);
  CHECK(step3.find("id=\"fp-avec-infer-reasoning_factor-hint\"") != std::string::npos);
}
