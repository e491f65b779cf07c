#pragma once
// One input item (compute, inference, storage, transfer, equipment) → its validated parameters
// and its impacts per year and over the project's lifetime.
#include <string>
#include <vector>

#include "core/footprint_fields.h"
#include "core/footprint_reference.h"

namespace core::footprint_items {

using Json = nlohmann::ordered_json;

/// Impacts of one item. "Once" items (a training run) happen once in the lifetime and are
/// spread evenly over its years; "per year" items recur every year of it.
struct Impacts {
  double energy_kwh = 0;
  double co2e_usage_kg = 0;     // from electricity
  double co2e_embodied_kg = 0;  // manufacturing share
  double water_l = 0;
  double co2e_kg() const { return co2e_usage_kg + co2e_embodied_kg; }
};

struct ItemResult {
  bool valid = false;
  std::string kind, label, phase, recurrence;
  std::string allocation;                             // "shared" | "dedicated"
  Impacts lifetime, per_year;
  double u_energy = 0, u_carbon = 0, u_embodied = 0;  // relative half-widths for the range
  // Bounds of a published interval (model size, datacenter PUE, two embodied figures) relative
  // to the central value, which is its middle; 1 when the data give a single number.
  double usage_low = 1, usage_high = 1, embodied_low = 1, embodied_high = 1;
  Json details = Json::object();                      // kind-specific, already rounded
  std::vector<std::string> sources;                   // of the reference values used
};

struct Context;

/// Evaluates `item` (at JSON pointer `pointer`) in its scenario's `context`. Invalid fields are
/// added to `errors`, and the item is then returned with valid = false and no impacts.
ItemResult evaluate(const Json& item, const std::string& pointer,
                    const footprint_reference::Reference& ref, const Context& context,
                    footprint_fields::Errors& errors);

/// The keys an item of `kind` accepts (empty for an unknown kind).
const std::vector<std::string>& allowed_keys(const std::string& kind);

/// Low and high kg CO2e of impacts `i` under the item's intervals and uncertainties.
double co2e_low(const Impacts& i, const ItemResult& r);
double co2e_high(const Impacts& i, const ItemResult& r);

}  // namespace core::footprint_items
