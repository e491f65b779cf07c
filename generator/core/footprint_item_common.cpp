#include "core/footprint_item_common.h"

#include <algorithm>

#include "core/footprint_formulas.h"
#include "core/footprint_number_fields.h"
#include "core/footprint_text.h"
#include "core/rounding.h"

namespace core::footprint_items {

namespace f = footprint_formulas;
using footprint_fields::Fields;
using footprint_reference::Reference;
// The input fields and their bounds, by name (kPue, kRuntime...).
using namespace footprint_number_fields;

namespace {

}  // namespace

const char* allocation_id(Allocation a) { return a == Allocation::kDedicated ? "dedicated" : "shared"; }

double rounded(double v, int decimals) { return round_half_up(v, decimals); }

void add_source(ItemResult& out, const std::string& source) {
  if (source.empty()) return;
  if (std::find(out.sources.begin(), out.sources.end(), source) == out.sources.end()) out.sources.push_back(source);
}

bool resolve_grid(Fields& fields, const Reference& ref, Grid& grid) {
  bool ok = true;
  std::string code;
  ok &= fields.text("location", "location", code, false);
  const footprint_reference::Location* loc = nullptr;
  if (!code.empty()) {
    loc = ref.location(code);
    if (!loc) {
      fields.error("location", "location_unknown", footprint_fields::unknown_id(code, ref.location_codes()));
      ok = false;
    }
  }
  if (fields.has("carbon_intensity")) {
    ok &= fields.number(kCarbonIntensity, grid.carbon_intensity, true);
  } else if (loc) {
    grid.carbon_intensity = loc->carbon_intensity;
    grid.source = loc->source;
  } else if (code.empty()) {
    fields.error("location", "location_missing");
    ok = false;
  }
  grid.location = loc ? loc->code : "";
  grid.wue_offsite = loc && loc->has_wue_offsite ? loc->wue_offsite : ref.factors.wue_offsite_default;
  ok &= fields.number(kWueOnsite, grid.wue_onsite, false, ref.factors.wue_onsite_default);
  return ok;
}

bool read_phase(Fields& fields, const char* fallback, std::string& phase) {
  if (!fields.text("phase", "phase", phase, false)) return false;
  if (phase.empty()) phase = fallback;
  if (phase != "build" && phase != "use") {
    fields.error("phase", "phase_invalid", {{"value", phase}});
    return false;
  }
  return true;
}

void finish_energy_item(ItemResult& out, double energy_per_year_or_once, const Grid& grid, double pue,
                        double lifetime_years, bool recurring) {
  Impacts base;
  base.energy_kwh = energy_per_year_or_once;
  base.co2e_usage_kg = f::co2e_kg(base.energy_kwh, grid.carbon_intensity);
  base.water_l = f::water_l(base.energy_kwh, pue, grid.wue_onsite, grid.wue_offsite);
  out.recurrence = recurring ? "per_year" : "once";
  double to_lifetime = recurring ? lifetime_years : 1.0;
  double to_year = recurring ? 1.0 : 1.0 / lifetime_years;
  out.lifetime = {base.energy_kwh * to_lifetime, base.co2e_usage_kg * to_lifetime, 0, base.water_l * to_lifetime};
  out.per_year = {base.energy_kwh * to_year, base.co2e_usage_kg * to_year, 0, base.water_l * to_year};
  out.details["pue"] = rounded(pue, 3);
  if (!grid.location.empty()) out.details["location"] = grid.location;
  out.details["carbon_intensity_g_per_kwh"] = rounded(grid.carbon_intensity, 3);
  out.details["wue_onsite_l_per_kwh"] = rounded(grid.wue_onsite, 4);
  out.details["wue_offsite_l_per_kwh"] = rounded(grid.wue_offsite, 4);
  add_source(out, grid.source);
}

}  // namespace core::footprint_items
