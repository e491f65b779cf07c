#include "load/footprint_data.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "load/yaml_json.h"

namespace load {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

const std::vector<std::string> kTopLevel = {"data_version", "factors",  "locations",
                                            "hardware",     "models",   "comparisons"};

bool year_ok(const Json& year) {
  if (year.is_number_integer()) return year.get<long long>() >= 1900 && year.get<long long>() <= 2100;
  return year.is_string() && year.get<std::string>() == "non daté";
}

// Every number must be the `value` of a {value, source, year} entry: an organisation that
// changes a figure has to say where the new one comes from.
void check_sources(const YamlDocument& doc, const Json& node, const std::string& pointer,
                   diag::Diagnostics& diags) {
  if (node.is_object()) {
    if (node.contains("value")) {
      const Json& value = node.at("value");
      if (!value.is_number())
        diags.error(doc.position(pointer + "/value"), "'value' must be a number");
      if (!node.contains("source") || !node.at("source").is_string() || node.at("source").get<std::string>().empty())
        diags.error(doc.key_position(pointer + "/value"), "this value has no 'source'",
                    {"write {value: ..., source: \"who published it, which table\", year: ...}"});
      if (!node.contains("year") || !year_ok(node.at("year")))
        diags.error(node.contains("year") ? doc.position(pointer + "/year") : doc.key_position(pointer + "/value"),
                    "this value needs a 'year' (a year between 1900 and 2100, or \"non daté\")");
      for (const char* bound : {"low", "high"})
        if (node.contains(bound) && !node.at(bound).is_number())
          diags.error(doc.position(pointer + "/" + bound), std::string("'") + bound + "' must be a number");
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

}  // namespace

Json load_footprint_reference(const std::string& content_dir, diag::Diagnostics& diags) {
  const fs::path dir = fs::path(content_dir) / "data";
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("footprint", 0) == 0 && it->path().extension() == ".yaml") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    diags.error({dir.string(), 0, 0}, "no footprint*.yaml reference data found");
    return nullptr;
  }
  Json merged = Json::object();
  std::vector<std::pair<std::string, diag::SourcePos>> seen;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string file = path.string();
    diags.add_source(file, buffer.str());
    YamlDocument doc = parse_yaml(file, buffer.str(), diags);
    if (!doc.ok) continue;
    if (!doc.value.is_object()) {
      diags.error({file, 1, 1}, "a footprint data file must be a mapping (e.g. 'locations: [...]')");
      continue;
    }
    for (auto it = doc.value.begin(); it != doc.value.end(); ++it) {
      const std::string key = it.key();
      const std::string pointer = "/" + pointer_token(key);
      if (std::find(kTopLevel.begin(), kTopLevel.end(), key) == kTopLevel.end()) {
        std::string near = diag::closest_match(key, kTopLevel);
        diags.error(doc.key_position(pointer), "unknown footprint data member '" + key + "'",
                    near.empty() ? std::vector<std::string>{} : std::vector<std::string>{"did you mean '" + near + "'?"});
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
      } else {
        check_sources(doc, it.value(), pointer, diags);
      }
      merged[key] = it.value();
    }
  }
  if (!merged.contains("data_version"))
    diags.error({dir.string(), 0, 0}, "the footprint reference data has no data_version");
  // A fixed member order keeps footprint-data.js and every result stable whatever the file names.
  Json ordered = Json::object();
  for (const auto& key : kTopLevel)
    if (merged.contains(key)) ordered[key] = merged[key];
  return ordered;
}

}  // namespace load
