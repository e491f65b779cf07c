#include "load/ecologits_data.h"

#include <algorithm>
#include <set>
#include <vector>

#include "core/ecologits_constants.h"
#include "load/yaml_json.h"
#include "load/unknown_members.h"

namespace load {

namespace {

using Json = nlohmann::ordered_json;
using Names = std::vector<std::string>;

// A quantity's bounds: value..value, or min..max.
struct Bounds {
  double low = 0, high = 0;
  bool range = false;
};

class Checker {
 public:
  Checker(const YamlDocument& doc, diag::Diagnostics& diags) : doc_(doc), diags_(diags) {}

  void error(const std::string& pointer, const std::string& message, std::vector<std::string> notes = {}) {
    diags_.error(doc_.position(pointer), message, std::move(notes));
  }

  // An object whose members are among `required` and `optional`, with every `required` one.
  bool members(const Json& node, const std::string& pointer, const Names& required, const Names& optional) {
    if (!node.is_object()) {
      error(pointer, "expected a mapping with " + list(required));
      return false;
    }
    Names all = required;
    all.insert(all.end(), optional.begin(), optional.end());
    bool ok = report_unknown_members(doc_, node, pointer, all, diags_, {"member"}) == 0;
    for (const auto& key : required)
      if (!node.contains(key)) {
        error(pointer, "missing '" + key + "'");
        ok = false;
      }
    return ok;
  }

  // A non-empty string member ("" when absent or wrong; the error is reported).
  std::string text(const Json& entry, const std::string& pointer, const std::string& key) {
    if (!entry.contains(key)) return "";
    const Json& v = entry.at(key);
    if (v.is_string() && !v.get<std::string>().empty()) return v.get<std::string>();
    error(pointer + "/" + key, "'" + key + "' must be a non-empty string");
    return "";
  }

  // {value, unit, source, year} or {min, max, unit, source, year}, with an optional note.
  bool quantity(const Json& entry, const std::string& pointer, const std::string& key, Bounds& out) {
    if (!entry.contains(key)) return false;
    const Json& q = entry.at(key);
    const std::string p = pointer + "/" + key;
    const bool range = q.is_object() && (q.contains("min") || q.contains("max"));
    if (!q.is_object()) {
      error(p, "'" + key + "' must be a quantity",
            {"write {value: ..., unit: ..., source: \"who published it, which table\", year: ...}"});
      return false;
    }
    const Names sourced = {"unit", "source", "year"};
    Names required = range ? Names{"min", "max"} : Names{"value"};
    required.insert(required.end(), sourced.begin(), sourced.end());
    if (!members(q, p, required, {"note", "locator"})) return false;
    bool ok = true;
    for (const auto& bound : range ? Names{"min", "max"} : Names{"value"})
      if (!q.at(bound).is_number()) {
        error(p + "/" + bound, "'" + bound + "' must be a number");
        ok = false;
      }
    if (text(q, p, "unit").empty() || text(q, p, "source").empty()) ok = false;
    const Json& year = q.at("year");
    if (!(year.is_number_integer() && year.get<long long>() >= 1900 && year.get<long long>() <= 2100) &&
        !(year.is_string() && year.get<std::string>() == "non daté")) {
      error(p + "/year", "'year' must be a year between 1900 and 2100, or \"non daté\"");
      ok = false;
    }
    if (!ok) return false;
    out.range = range;
    out.low = q.at(range ? "min" : "value").get<double>();
    out.high = q.at(range ? "max" : "value").get<double>();
    if (out.low > out.high) {
      error(p + "/min", "'min' is above 'max'");
      return false;
    }
    return true;
  }

  // A quantity whose lower bound must reach `minimum` (e.g. a PUE of at least 1).
  bool quantity_at_least(const Json& entry, const std::string& pointer, const std::string& key, double minimum,
                         bool exclusive, Bounds& out) {
    if (!quantity(entry, pointer, key, out)) return false;
    if (exclusive ? out.low > minimum : out.low >= minimum) return true;
    error(pointer + "/" + key, "'" + key + "' must be " + (exclusive ? "above " : "at least ") + format(minimum));
    return false;
  }

 private:
  static std::string list(const Names& names) {
    std::string s;
    for (const auto& n : names) s += (s.empty() ? "'" : ", '") + n + "'";
    return s;
  }
  static std::string format(double v) {
    std::string s = std::to_string(v);
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }

  const YamlDocument& doc_;
  diag::Diagnostics& diags_;
};

void check_zones(Checker& c, const Json& zones, std::set<std::string>& codes) {
  for (size_t i = 0; i < zones.size(); ++i) {
    const Json& z = zones[i];
    const std::string p = "/zones/" + std::to_string(i);
    if (!c.members(z, p, {"code", "label", "adpe", "pe", "gwp", "wue"}, {})) continue;
    const std::string code = c.text(z, p, "code");
    if (!code.empty() && !codes.insert(code).second) c.error(p + "/code", "zone '" + code + "' is listed twice");
    c.text(z, p, "label");
    Bounds b;
    for (const char* factor : {"adpe", "pe", "gwp", "wue"}) c.quantity_at_least(z, p, factor, 0, false, b);
  }
}

void check_providers(Checker& c, const Json& providers, const std::set<std::string>* zones,
                     std::set<std::string>& ids) {
  for (size_t i = 0; i < providers.size(); ++i) {
    const Json& e = providers[i];
    const std::string p = "/providers/" + std::to_string(i);
    if (!c.members(e, p, {"id", "label", "zone", "pue", "wue"}, {})) continue;
    const std::string id = c.text(e, p, "id");
    if (!id.empty() && !ids.insert(id).second) c.error(p + "/id", "provider '" + id + "' is listed twice");
    c.text(e, p, "label");
    const std::string zone = c.text(e, p, "zone");
    if (zones && !zone.empty() && !zones->count(zone))
      c.error(p + "/zone", "zone '" + zone + "' is not in ecologits-mixes.yaml",
              {"add it there, with its four factors and their sources"});
    Bounds b;
    c.quantity_at_least(e, p, "pue", 1, false, b);
    c.quantity_at_least(e, p, "wue", 0, false, b);
  }
}

void check_models(Checker& c, const Json& models, const std::set<std::string>* providers) {
  std::set<std::pair<std::string, std::string>> seen;
  for (size_t i = 0; i < models.size(); ++i) {
    const Json& m = models[i];
    const std::string p = "/models/" + std::to_string(i);
    if (!c.members(m, p, {"provider", "name", "label", "architecture", "active_params_b", "total_params_b"},
                   {"tps", "ttft", "warnings"}))
      continue;
    const std::string provider = c.text(m, p, "provider"), name = c.text(m, p, "name");
    c.text(m, p, "label");
    if (providers && !provider.empty() && !providers->count(provider))
      c.error(p + "/provider", "provider '" + provider + "' is not in ecologits-providers.yaml");
    if (!name.empty() && !seen.insert({provider, name}).second)
      c.error(p + "/name", "model '" + name + "' is listed twice for '" + provider + "'");
    const std::string arch = c.text(m, p, "architecture");
    if (!arch.empty() && arch != "dense" && arch != "moe")
      c.error(p + "/architecture", "'architecture' must be 'dense' or 'moe'");
    Bounds active, total, b;
    const bool counts = c.quantity_at_least(m, p, "active_params_b", 0, true, active) &
                        c.quantity_at_least(m, p, "total_params_b", 0, true, total);
    if (counts && arch == "dense" && (active.low != total.low || active.high != total.high))
      c.error(p + "/total_params_b", "a dense model uses all its parameters: total must equal active");
    if (counts && arch == "moe" && active.high > total.high)
      c.error(p + "/active_params_b", "a mixture of experts cannot activate more parameters than it has");
    if (m.contains("tps")) c.quantity_at_least(m, p, "tps", 0, true, b);
    if (m.contains("ttft")) c.quantity_at_least(m, p, "ttft", 0, false, b);
    if (m.contains("warnings")) {
      const Json& w = m.at("warnings");
      const Names codes = {"model-arch-not-released", "model-arch-multimodal"};
      bool ok = w.is_array();
      for (size_t k = 0; ok && k < w.size(); ++k)
        ok = w[k].is_string() && std::find(codes.begin(), codes.end(), w[k].get<std::string>()) != codes.end();
      if (!ok) c.error(p + "/warnings", "'warnings' must list EcoLogits warning codes",
                       {"model-arch-not-released or model-arch-multimodal"});
    }
  }
}

// `locator` (where a figure is found in its source) is for readers of the YAML: the JSON that the
// estimators and the page receive leaves it out.
void drop_locators(Json& node) {
  if (node.is_object()) {
    node.erase("locator");
    for (auto it = node.begin(); it != node.end(); ++it) drop_locators(it.value());
  } else if (node.is_array()) {
    for (auto& item : node) drop_locators(item);
  }
}

}  // namespace

Json load_ecologits_data(const FileSystem& fs, const std::string& content_dir, diag::Diagnostics& diags) {
  struct FileSpec {
    const char* file;
    const char* list;
  };
  // Zones first, then the providers that name them, then the models that name the providers.
  const FileSpec files[] = {{"ecologits-mixes.yaml", "zones"},
                            {"ecologits-providers.yaml", "providers"},
                            {"ecologits-models.yaml", "models"}};
  Json out = Json::object();
  std::set<std::string> zones, providers;
  bool have_zones = false, have_providers = false;
  for (const auto& spec : files) {
    const std::string path = join_path(join_path(content_dir, "data"), spec.file);
    if (!fs.is_file(path)) continue;
    std::string text, why;
    if (!fs.read(path, text, why)) {
      diags.error({path, 0, 0}, "cannot read: " + why);
      continue;
    }
    diags.add_source(path, text);
    const YamlDocument doc = parse_yaml(path, text, diags);
    if (!doc.ok) continue;
    Checker c(doc, diags);
    if (!c.members(doc.value, "", {"ecologits_version", spec.list}, {})) continue;
    const std::string version = c.text(doc.value, "", "ecologits_version");
    if (!version.empty() && version != core::ecologits::kReferenceVersion)
      c.error("/ecologits_version",
              "these data are from EcoLogits " + version + ", the estimator implements " +
                  core::ecologits::kReferenceVersion,
              {"mixing versions mixes methods: take the data of the estimator's version"});
    const Json& list = doc.value.at(spec.list);
    if (!list.is_array()) {
      c.error(std::string("/") + spec.list, std::string("'") + spec.list + "' must be a list");
      continue;
    }
    const std::string which = spec.list;
    if (which == "zones") {
      check_zones(c, list, zones);
      have_zones = true;
    } else if (which == "providers") {
      check_providers(c, list, have_zones ? &zones : nullptr, providers);
      have_providers = true;
    } else {
      check_models(c, list, have_providers ? &providers : nullptr);
    }
    out["ecologits_version"] = version;
    out[spec.list] = list;
    drop_locators(out[spec.list]);
  }
  return out.empty() ? Json() : out;
}

}  // namespace load
