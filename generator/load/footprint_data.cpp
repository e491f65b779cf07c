#include "load/footprint_data.h"

#include <algorithm>
#include <set>
#include <vector>

#include "core/footprint.h"
#include "load/ecologits_data.h"
#include "load/footprint_boavizta.h"
#include "load/footprint_messages_check.h"
#include "load/unknown_members.h"
#include "load/yaml_json.h"

namespace load {

namespace {

using Json = nlohmann::ordered_json;

const std::vector<std::string> kTopLevel = {"data_version", "method", "messages", "factors",
                                            "locations", "hardware", "comparisons"};

bool year_ok(const Json& year) {
  if (year.is_number_integer()) return year.get<long long>() >= 1900 && year.get<long long>() <= 2100;
  return year.is_string() && year.get<std::string>() == "non daté";
}

// What the calculation does, in words (`method`): the text and the rounding rule the results print,
// written for the core's method version. A text written for another version may describe formulas
// the core no longer computes: it is refused until someone rereads it.
void check_method(const YamlDocument& doc, const Json& method, diag::Diagnostics& diags) {
  if (!method.is_object()) {
    diags.error(doc.position("/method"), "'method' must be a mapping: version, text, rounding");
    return;
  }
  report_unknown_members(doc, method, "/method", {"version", "text", "rounding"}, diags);
  for (const char* key : {"version", "text", "rounding"}) {
    const std::string p = std::string("/method/") + key;
    if (!method.contains(key)) diags.error(doc.position("/method"), std::string("'method' has no '") + key + "'");
    else if (!method.at(key).is_string() || method.at(key).get<std::string>().empty())
      diags.error(doc.position(p), std::string("'") + key + "' must be a non-empty text");
  }
  if (method.contains("version") && method.at("version").is_string() &&
      method.at("version").get<std::string>() != core::kFootprintMethodVersion)
    diags.error(doc.position("/method/version"),
                "this text describes the method '" + method.at("version").get<std::string>() +
                    "', the core computes '" + core::kFootprintMethodVersion + "'",
                {"reread 'text' and 'rounding' against core/footprint_formulas.cpp, then set version: " +
                 std::string(core::kFootprintMethodVersion)});
}

// Every number must be the `value` (or the `min` and `max`) of an entry with `source` and
// `year`: an organisation that changes a figure has to say where the new one comes from.
void check_sources(const YamlDocument& doc, Json& node, const std::string& pointer, diag::Diagnostics& diags) {
  if (node.is_object()) {
    const bool interval = node.contains("min") || node.contains("max");
    if (node.contains("value") || interval) {
      const std::string first = node.contains("value") ? "value" : node.contains("min") ? "min" : "max";
      for (const char* bound : {"value", "min", "max"})
        if (node.contains(bound) && !node.at(bound).is_number())
          diags.error(doc.position(pointer + "/" + bound), std::string("'") + bound + "' must be a number");
      if (interval && !(node.contains("min") && node.contains("max")))
        diags.error(doc.key_position(pointer + "/" + first), "an interval needs both 'min' and 'max'");
      else if (interval && node.at("min").is_number() && node.at("max").is_number() &&
               node.at("min").get<double>() > node.at("max").get<double>())
        diags.error(doc.position(pointer + "/min"), "'min' is above 'max'");
      if (!node.contains("source") || !node.at("source").is_string() || node.at("source").get<std::string>().empty())
        diags.error(doc.key_position(pointer + "/" + first), "this value has no 'source'",
                    {"write {value: ..., source: \"who published it, which table\", year: ...}"});
      if (!node.contains("year") || !year_ok(node.at("year")))
        diags.error(node.contains("year") ? doc.position(pointer + "/year") : doc.key_position(pointer + "/" + first),
                    "this value needs a 'year' (a year between 1900 and 2100, or \"non daté\")");
      node.erase("locator");
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it)
      check_sources(doc, it.value(), pointer + "/" + pointer_token(it.key()), diags);
    return;
  }
  if (node.is_array()) {
    for (size_t i = 0; i < node.size(); ++i) check_sources(doc, node[i], pointer + "/" + std::to_string(i), diags);
    return;
  }
  if (node.is_number())
    diags.error(doc.position(pointer), "a number without its source",
                {"write {value: ..., source: \"...\", year: ...} so that readers can check it"});
}

// A location takes its values from an EcoLogits zone, or gives its own carbon intensity.
void check_locations(const YamlDocument& doc, const Json& locations, const std::set<std::string>& zones,
                     diag::Diagnostics& diags) {
  if (!locations.is_array()) return;
  for (size_t i = 0; i < locations.size(); ++i) {
    const Json& l = locations[i];
    const std::string p = "/locations/" + std::to_string(i);
    if (!l.is_object()) continue;
    if (l.contains("code") && !l.at("code").is_string())
      diags.error(doc.position(p + "/code"), "a location code must be text (quote it: \"NO\")");
    const bool zone = l.contains("zone"), own = l.contains("carbon_intensity");
    if (zone == own) {
      diags.error(doc.position(p), zone ? "a location takes either an EcoLogits 'zone' or its own 'carbon_intensity', not both"
                                        : "a location needs an EcoLogits 'zone' or its own 'carbon_intensity'");
      continue;
    }
    if (zone && (!l.at("zone").is_string() || !zones.count(l.at("zone").get<std::string>())))
      diags.error(doc.position(p + "/zone"), "this zone is not in ecologits-mixes.yaml",
                  {"add it there with its four factors and their sources, or give the location its own carbon_intensity"});
  }
}

}  // namespace

Json load_footprint_reference(const FileSystem& fs, const std::string& content_dir, diag::Diagnostics& diags) {
  const std::string dir = join_path(content_dir, "data");
  std::vector<std::string> files;
  for (const std::string& rel : fs.list_files(dir))
    if (rel.rfind("footprint", 0) == 0 && rel.find('/') == std::string::npos && rel.size() > 5 &&
        rel.compare(rel.size() - 5, 5, ".yaml") == 0)
      files.push_back(rel);
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    diags.error({dir, 0, 0}, "no footprint*.yaml reference data found");
    return nullptr;
  }
  const Json ecologits = load_ecologits_data(fs, content_dir, diags);
  std::set<std::string> zones;
  if (ecologits.is_object() && ecologits.contains("zones") && ecologits.at("zones").is_array())
    for (const Json& z : ecologits.at("zones"))
      if (z.is_object() && z.contains("code") && z.at("code").is_string()) zones.insert(z.at("code").get<std::string>());

  Json merged = Json::object();
  std::vector<std::pair<std::string, diag::SourcePos>> seen;
  for (const auto& rel : files) {
    const std::string file = join_path(dir, rel);
    std::string text, why;
    if (!fs.read(file, text, why)) {
      diags.error({file, 0, 0}, "cannot read: " + why);
      continue;
    }
    diags.add_source(file, text);
    YamlDocument doc = parse_yaml(file, text, diags);
    if (!doc.ok) continue;
    if (!doc.value.is_object()) {
      diags.error({file, 1, 1}, "a footprint data file must be a mapping (e.g. 'locations: [...]')");
      continue;
    }
    for (auto it = doc.value.begin(); it != doc.value.end(); ++it) {
      const std::string key = it.key();
      const std::string pointer = "/" + pointer_token(key);
      if (std::find(kTopLevel.begin(), kTopLevel.end(), key) == kTopLevel.end()) {
        std::vector<std::string> notes;
        if (key == "models")
          notes.push_back("language models now come from ecologits-models.yaml (EcoLogits' registry)");
        std::string near = diag::closest_match(key, kTopLevel);
        if (!near.empty()) notes.push_back("did you mean '" + near + "'?");
        diags.error(doc.key_position(pointer), "unknown footprint data member '" + key + "'", notes);
        continue;
      }
      auto previous = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == key; });
      if (previous != seen.end()) {
        diags.error(doc.key_position(pointer), "'" + key + "' is already defined",
                    {diag::format_pos(previous->second) + ": note: first defined here"});
        continue;
      }
      seen.push_back({key, doc.key_position(pointer)});
      if (key == "data_version") {
        if (!it.value().is_string() || it.value().get<std::string>().empty())
          diags.error(doc.position(pointer), "data_version must be a non-empty string (e.g. \"2026-11-23\")");
      } else if (key == "method") {
        check_method(doc, it.value(), diags);
      } else if (key == "messages") {
        check_footprint_messages(doc, it.value(), diags);
      } else {
        check_sources(doc, it.value(), pointer, diags);
      }
      if (key == "locations") check_locations(doc, it.value(), zones, diags);
      if (key == "hardware") check_boavizta_inputs(doc, it.value(), pointer, diags);
      merged[key] = it.value();
    }
  }
  if (!merged.contains("data_version"))
    diags.error({dir, 0, 0}, "the footprint reference data has no data_version");
  if (!merged.contains("messages"))
    diags.error({dir, 0, 0}, "the footprint reference data has no messages, the words of what the engine refuses",
                {"see content/data/footprint-messages.yaml in the guide's repository"});
  if (!merged.contains("method"))
    diags.error({dir, 0, 0}, "the footprint reference data has no method, the words printed with every result",
                {"method: {version: " + std::string(core::kFootprintMethodVersion) + ", text: …, rounding: …}"});
  // A fixed member order keeps footprint-data.js and every result stable whatever the file names.
  Json ordered = Json::object();
  for (const auto& key : kTopLevel)
    if (merged.contains(key)) ordered[key] = merged[key];
  if (ecologits.is_object()) ordered["ecologits"] = ecologits;
  return ordered;
}

}  // namespace load
