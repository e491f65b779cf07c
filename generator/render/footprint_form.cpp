#include "render/footprint_form.h"

#include <algorithm>
#include <cmath>

#include "render/data_script.h"
#include "text/html.h"

namespace render {

namespace {

using Json = nlohmann::ordered_json;
using templating::Data;
using templating::List;

std::string str(const Json& j, const char* key) {
  return j.is_object() && j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : "";
}

const Json& array(const Json& j, const char* key) {
  static const Json empty = Json::array();
  return j.is_object() && j.contains(key) && j.at(key).is_array() ? j.at(key) : empty;
}

// A number as an HTML attribute wants it: "1", not "1.0" nor "1e+00".
std::string attribute_number(double v) {
  Json j = v;
  if (std::fabs(v) < 1e15 && v == std::floor(v)) j = static_cast<long long>(v);
  return j.dump();
}

Data option(const std::string& value, const std::string& label) {
  Data o;
  o.set("value", value);
  o.set("label", label);
  return o;
}

// The rows of a reference table a choice lists: locations with their code, hardware of the
// field's types, models grouped by provider (returned in `groups`).
void table_options(const core::CalculatorFieldSpec& field, const Json& reference, List& options, List& groups) {
  const std::string& from = field.from;
  if (from == "locations") {
    for (const Json& row : array(reference, "locations"))
      options.push_back(option(str(row, "code"), str(row, "label") + " (" + str(row, "code") + ")"));
  } else if (from == "hardware") {
    for (const Json& row : array(reference, "hardware")) {
      const std::string type = str(row, "type");
      const bool wanted =
          field.types.empty() || std::find(field.types.begin(), field.types.end(), type) != field.types.end();
      if (wanted) options.push_back(option(str(row, "id"), str(row, "label")));
    }
  } else if (from == "providers") {
    const Json& eco = reference.is_object() && reference.contains("ecologits") ? reference.at("ecologits") : Json();
    for (const Json& row : array(eco, "providers")) options.push_back(option(str(row, "id"), str(row, "label")));
  } else if (from == "models") {
    const Json& eco = reference.is_object() && reference.contains("ecologits") ? reference.at("ecologits") : Json();
    for (const Json& provider : array(eco, "providers")) {
      List rows;
      for (const Json& m : array(eco, "models"))
        if (str(m, "provider") == str(provider, "id"))
          rows.push_back(option(str(m, "provider") + "/" + str(m, "name"), str(m, "label")));
      if (rows.empty()) continue;
      Data g;
      g.set("label", str(provider, "label"));
      g.set("options", rows);
      groups.push_back(g);
    }
  }
}

Data field_data(const core::CalculatorFieldSpec& field, const std::string& name, const Json& reference) {
  const std::string id = "fp-" + name;
  Data d;
  d.set("id", id);
  d.set("name", name);
  d.set("label", field.label);
  // Mustache renders a section for any string, even empty: each optional part has its flag.
  for (const auto& [key, value] : {std::pair<const char*, const std::string&>{"unit", field.unit},
                                   {"hint", field.hint}, {"placeholder", field.placeholder}}) {
    d.set(key, value);
    d.set(std::string("has_") + key, !value.empty());
  }
  d.set("described_by", (field.hint.empty() ? std::string() : id + "-hint ") + id + "-error");
  d.set("number", field.type == "number");
  d.set("choice", field.type == "choice");
  d.set("text", field.type == "text");
  d.set("date", field.type == "date");
  d.set("min", field.min ? attribute_number(*field.min) : std::string());
  d.set("has_min", field.min.has_value());
  d.set("max", field.max ? attribute_number(*field.max) : std::string());
  d.set("has_max", field.max.has_value());
  d.set("step", field.step);
  List options, groups;
  for (const core::CalculatorOption& o : field.options) options.push_back(option(o.value, o.label));
  if (field.type == "choice") table_options(field, reference, options, groups);
  d.set("options", options);
  d.set("groups", groups);
  return d;
}

// The fields of one block for one scenario ("" for a shared block), as the template lists them.
Data block_data(const core::CalculatorBlock& block, const std::string& prefix, bool several, const Json& reference) {
  List fields;
  for (const core::CalculatorFieldSpec& field : block.fields)
    fields.push_back(field_data(field, core::calculator_field_name(block, field.id, prefix), reference));
  Data b;
  b.set("id", prefix.empty() ? "fp-block-" + block.id : "fp-" + prefix + "-" + block.id);
  b.set("legend", block.legend);
  b.set("several", several);
  b.set("fields", fields);
  return b;
}

}  // namespace

std::vector<FootprintStep> footprint_steps(const core::Calculator& calculator) {
  std::vector<FootprintStep> out;
  const std::string& id = calculator.id;
  for (const core::CalculatorStep& s : calculator.steps)
    out.push_back({s.id, out.empty() ? "outils/" + id + ".html" : "outils/" + id + "-" + s.id + ".html", s.title});
  return out;
}

Data footprint_step_data(const core::Calculator& calculator, size_t index, const Json& reference) {
  const std::string step = index < calculator.steps.size() ? calculator.steps[index].id : "";
  std::vector<const core::CalculatorBlock*> shared, per_scenario;
  for (const core::CalculatorBlock& block : calculator.blocks) {
    if (block.step != step) continue;
    (block.shared() ? shared : per_scenario).push_back(&block);
  }
  Data out;
  List common;
  for (const core::CalculatorBlock* b : shared) common.push_back(block_data(*b, "", true, reference));
  out.set("common", common);
  List scenarios;
  for (const core::CalculatorScenario& sc : calculator.scenarios) {
    std::vector<const core::CalculatorBlock*> own;
    for (const core::CalculatorBlock* b : per_scenario)
      if (b->in(sc.id)) own.push_back(b);
    // A scenario without a block on this step is left out of it.
    if (own.empty()) continue;
    Data s;
    s.set("prefix", sc.prefix);
    s.set("label", sc.label);
    // The first step introduces each scenario.
    s.set("intro", index == 0 ? sc.intro : std::string());
    s.set("has_intro", index == 0 && !sc.intro.empty());
    // One block: the step's heading already names it; several: each gets its own fieldset.
    List blocks;
    for (const core::CalculatorBlock* b : own) blocks.push_back(block_data(*b, sc.prefix, own.size() > 1, reference));
    s.set("blocks", blocks);
    scenarios.push_back(s);
  }
  out.set("scenarios", scenarios);
  out.set("has_scenarios", !per_scenario.empty());
  return out;
}

std::string footprint_form_script(const core::Calculator& calculator, const Json& definition) {
  Json steps = Json::array();
  for (const FootprintStep& s : footprint_steps(calculator))
    steps.push_back({{"id", s.id}, {"url", s.url.substr(7)}, {"title", s.title}});
  Json fields = Json::array();
  for (const core::CalculatorField& f : core::calculator_fields(calculator))
    fields.push_back({{"name", f.name}, {"step", f.step}, {"type", f.type}, {"block", f.block}, {"scenario", f.scenario}});
  Json form = Json::object();
  form["definition"] = definition;
  form["steps"] = steps;
  form["fields"] = fields;
  return data_script("GUIDE_FOOTPRINT_FORM", form);
}

}  // namespace render
