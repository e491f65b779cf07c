#include "render/footprint_form.h"

#include <algorithm>
#include <map>

#include "core/footprint_calculator.h"
#include "render/html.h"

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

// A number written as the author wrote it in the YAML (an HTML attribute wants "1", not "1.0").
std::string attribute_number(const Json& v) {
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return v.dump();
  if (v.is_string()) return v.get<std::string>();
  return "";
}

Data option(const std::string& value, const std::string& label) {
  Data o;
  o.set("value", value);
  o.set("label", label);
  return o;
}

// The rows of a reference table a choice lists: locations with their code, hardware of the
// field's types, models grouped by provider (returned in `groups`).
void table_options(const Json& field, const Json& reference, List& options, List& groups) {
  const std::string from = str(field, "from");
  if (from == "locations") {
    for (const Json& row : array(reference, "locations"))
      options.push_back(option(str(row, "code"), str(row, "label") + " (" + str(row, "code") + ")"));
  } else if (from == "hardware") {
    const Json& types = array(field, "types");
    for (const Json& row : array(reference, "hardware")) {
      const std::string type = str(row, "type");
      bool wanted = types.empty();
      for (const Json& t : types) wanted = wanted || (t.is_string() && t.get<std::string>() == type);
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

Data field_data(const Json& field, const std::string& name, const Json& reference) {
  const std::string type = str(field, "type");
  const std::string id = "fp-" + name;
  Data d;
  d.set("id", id);
  d.set("name", name);
  d.set("label", str(field, "label"));
  // Mustache renders a section for any string, even empty: each optional part has its flag.
  for (const char* key : {"unit", "hint", "placeholder"}) {
    d.set(key, str(field, key));
    d.set(std::string("has_") + key, !str(field, key).empty());
  }
  d.set("described_by", (str(field, "hint").empty() ? std::string() : id + "-hint ") + id + "-error");
  d.set("number", type == "number");
  d.set("choice", type == "choice");
  d.set("text", type == "text");
  d.set("date", type == "date");
  d.set("min", field.contains("min") ? attribute_number(field.at("min")) : std::string());
  d.set("has_min", field.contains("min"));
  d.set("max", field.contains("max") ? attribute_number(field.at("max")) : std::string());
  d.set("has_max", field.contains("max"));
  d.set("step", field.contains("step") ? attribute_number(field.at("step")) : std::string("any"));
  List options, groups;
  for (const Json& o : array(field, "options")) options.push_back(option(str(o, "value"), str(o, "label")));
  if (type == "choice") table_options(field, reference, options, groups);
  d.set("options", options);
  d.set("groups", groups);
  return d;
}

// The fields of one block for one scenario ("" for a shared block), as the template lists them.
Data block_data(const Json& block, const std::string& prefix, bool several, const Json& reference) {
  const std::string scope = str(block, "scope"), block_id = str(block, "id");
  List fields;
  for (const Json& field : array(block, "fields")) {
    const std::string fid = str(field, "id");
    std::string name;
    if (scope == "project" || scope == "meta") name = block_id + "-" + fid;
    else if (scope == "scenario") name = prefix + "-" + fid;
    else name = prefix + "-" + block_id + "-" + fid;
    fields.push_back(field_data(field, name, reference));
  }
  Data b;
  b.set("id", prefix.empty() ? "fp-block-" + block_id : "fp-" + prefix + "-" + block_id);
  b.set("legend", str(block, "legend"));
  b.set("several", several);
  b.set("fields", fields);
  return b;
}

}  // namespace

std::vector<FootprintStep> footprint_steps(const Json& definition) {
  std::vector<FootprintStep> out;
  const std::string id = str(definition, "id");
  for (const Json& s : array(definition, "steps")) {
    const std::string step = str(s, "id");
    out.push_back({step, out.empty() ? "outils/" + id + ".html" : "outils/" + id + "-" + step + ".html", str(s, "title")});
  }
  return out;
}

Data footprint_step_data(const Json& definition, size_t index, const Json& reference) {
  const auto steps = footprint_steps(definition);
  const std::string step = index < steps.size() ? steps[index].id : "";
  std::vector<const Json*> shared, per_scenario;
  for (const Json& block : array(definition, "blocks")) {
    if (str(block, "step") != step) continue;
    const std::string scope = str(block, "scope");
    (scope == "project" || scope == "meta" ? shared : per_scenario).push_back(&block);
  }
  Data out;
  List common;
  for (const Json* b : shared) common.push_back(block_data(*b, "", true, reference));
  out.set("common", common);
  List scenarios;
  if (!per_scenario.empty()) {
    for (const Json& sc : array(definition, "scenarios")) {
      Data s;
      s.set("prefix", str(sc, "prefix"));
      s.set("label", str(sc, "label"));
      // The first step introduces each scenario.
      s.set("intro", index == 0 ? str(sc, "intro") : std::string());
      s.set("has_intro", index == 0 && !str(sc, "intro").empty());
      List blocks;
      std::vector<const Json*> own;
      for (const Json* b : per_scenario)
        if (core::calculator_block_in(*b, str(sc, "id"))) own.push_back(b);
      // A scenario without a block on this step is left out of it.
      if (own.empty()) continue;
      // One block: the step's heading already names it; several: each gets its own fieldset.
      for (const Json* b : own) blocks.push_back(block_data(*b, str(sc, "prefix"), own.size() > 1, reference));
      s.set("blocks", blocks);
      scenarios.push_back(s);
    }
  }
  out.set("scenarios", scenarios);
  out.set("has_scenarios", !per_scenario.empty());
  return out;
}

std::string footprint_form_script(const Json& definition) {
  Json steps = Json::array();
  for (const FootprintStep& s : footprint_steps(definition))
    steps.push_back({{"id", s.id}, {"url", s.url.substr(7)}, {"title", s.title}});
  Json fields = Json::array();
  std::map<std::string, std::string> step_of_block;
  for (const Json& block : array(definition, "blocks")) step_of_block[str(block, "id")] = str(block, "step");
  for (const core::CalculatorField& f : core::calculator_fields(definition))
    fields.push_back({{"name", f.name}, {"step", step_of_block[f.block]}, {"type", f.type}, {"block", f.block},
                      {"scenario", f.scenario}});
  Json form = Json::object();
  form["definition"] = definition;
  form["steps"] = steps;
  form["fields"] = fields;
  return "window.GUIDE_FOOTPRINT_FORM=" + script_safe_json(form.dump()) + ";\n";
}

}  // namespace render
