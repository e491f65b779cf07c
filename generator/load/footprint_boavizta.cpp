#include "load/footprint_boavizta.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "load/boavizta_gpu.h"
#include "load/yaml_json.h"
#include "load/unknown_members.h"

namespace load {

namespace {

using Json = nlohmann::ordered_json;

const std::vector<std::string> kMembers = {"die_mm2",  "die_effective_mm2", "memory_dies", "pwb_cm2",
                                           "casing_kg", "heatsink_kg",       "mass_kg"};

// Figures are written to the tenth of a kilogram: a stated figure is the method's result when it
// is within half a tenth of it.
constexpr double kTolerance = 0.05;

std::string tenths(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

class Inputs {
 public:
  Inputs(const model::YamlDocument& doc, diag::Diagnostics& diags) : doc_(doc), diags_(diags) {}

  // A quantity's single number (its source and year are check_sources' business). Reports an
  // interval, a value below 0 (or 0 itself unless `zero_ok`: a card may have no casing) and, when
  // `required`, its absence.
  std::optional<double> number(const Json& block, const std::string& pointer, const std::string& key,
                               bool required = false, bool zero_ok = false) {
    const std::string where = pointer + "/" + pointer_token(key);
    if (!block.contains(key)) {
      if (required) diags_.error(doc_.position(pointer), "'boavizta' needs '" + key + "'");
      return std::nullopt;
    }
    const Json& q = block.at(key);
    const Json* v = q.is_object() && q.contains("value") ? &q.at("value") : &q;
    if (q.is_object() && (q.contains("min") || q.contains("max"))) {
      diags_.error(doc_.key_position(where), "'" + key + "' of 'boavizta' is one number, not an interval");
      return std::nullopt;
    }
    if (!v->is_number()) return std::nullopt;  // reported by check_sources
    const double x = v->get<double>();
    if (!std::isfinite(x) || x < 0 || (x == 0 && !zero_ok)) {
      diags_.error(doc_.position(q.is_object() ? where + "/value" : where),
                   "'" + key + "' must be " + (zero_ok ? "0 or more" : "above 0"));
      return std::nullopt;
    }
    return x;
  }

  void check(Json& entry, const std::string& pointer) {
    const std::string bp = pointer + "/boavizta";
    const Json& block = entry.at("boavizta");
    if (!block.is_object()) {
      diags_.error(doc_.position(bp), "'boavizta' must be a mapping of the method's inputs (die_mm2, memory_dies, ...)");
      return;
    }
    bool ok = report_unknown_members(doc_, block, bp, kMembers, diags_, {"member", " of 'boavizta'"}) == 0;
    boavizta_gpu::Card card;
    const auto die = number(block, bp, "die_mm2");
    const auto effective = number(block, bp, "die_effective_mm2");
    if (block.contains("die_mm2") == block.contains("die_effective_mm2")) {
      diags_.error(doc_.position(bp),
                   block.contains("die_mm2") ? "'boavizta' takes 'die_mm2' or 'die_effective_mm2', not both"
                                             : "'boavizta' needs the compute die's area",
                   {"'die_mm2': the die as its maker publishes it; 'die_effective_mm2': with its wafer losses, "
                    "as BoaviztAPI's GPU data (gpu_specs.csv) give it"});
      ok = false;
    } else if (die) {
      card.die_effective_mm2 = boavizta_gpu::effective_area_mm2(*die);
    } else if (effective) {
      card.die_effective_mm2 = *effective;
    } else {
      ok = false;
    }
    const auto dies = number(block, bp, "memory_dies", true);
    if (dies) card.memory_dies = *dies; else ok = false;
    const auto memory = number(entry, pointer, "memory_gb");
    if (memory) {
      card.memory_gb = *memory;
    } else {
      diags_.error(doc_.key_position(bp), "the Boavizta method needs the card's memory: give the entry its 'memory_gb'");
      ok = false;
    }
    for (auto [key, field] : {std::pair<const char*, double*>{"pwb_cm2", &card.pwb_cm2}, {"casing_kg", &card.casing_kg},
                              {"heatsink_kg", &card.heatsink_kg}, {"mass_kg", &card.mass_kg}}) {
      if (!block.contains(key)) continue;
      const auto v = number(block, bp, key, false, true);
      if (v) *field = *v; else ok = false;
    }
    if (!ok) return;
    compare(entry, pointer, boavizta_gpu::gwp_kg(card));
  }

 private:
  // The figure must be shown by embodied_kgco2e: its value, or one bound of its range.
  void compare(const Json& entry, const std::string& pointer, double computed) {
    const std::string ep = pointer + "/embodied_kgco2e";
    if (!entry.contains("embodied_kgco2e") || !entry.at("embodied_kgco2e").is_object()) {
      diags_.error(doc_.key_position(pointer + "/boavizta"),
                   "the Boavizta method gives " + tenths(computed) + " kgCO2e for these inputs, but the entry has no 'embodied_kgco2e' to show it");
      return;
    }
    const Json& e = entry.at("embodied_kgco2e");
    for (const char* bound : {"value", "min", "max"})
      if (e.contains(bound) && e.at(bound).is_number() && std::fabs(e.at(bound).get<double>() - computed) <= kTolerance)
        return;
    diags_.error(doc_.key_position(ep),
                 "the Boavizta method gives " + tenths(computed) + " kgCO2e for the inputs under 'boavizta'; 'embodied_kgco2e' does not show it",
                 {"write " + tenths(computed) + " as its value (or one bound of its range), or correct the inputs",
                  "a figure from another source alone takes no 'boavizta' member"});
  }

  const model::YamlDocument& doc_;
  diag::Diagnostics& diags_;
};

}  // namespace

void check_boavizta_inputs(const model::YamlDocument& doc, Json& hardware, const std::string& pointer,
                           diag::Diagnostics& diags) {
  if (!hardware.is_array()) return;
  Inputs inputs(doc, diags);
  for (size_t i = 0; i < hardware.size(); ++i) {
    Json& entry = hardware[i];
    if (!entry.is_object() || !entry.contains("boavizta")) continue;
    inputs.check(entry, pointer + "/" + std::to_string(i));
    entry.erase("boavizta");
  }
}

}  // namespace load
