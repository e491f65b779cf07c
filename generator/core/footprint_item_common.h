#pragma once
// What every kind of footprint item shares: where its electricity comes from (a location's grid
// or a custom carbon intensity), its phase, how its energy becomes impacts per year and over the
// lifetime, and how it is counted against a server (a share by use, or a whole dedicated one).
#include <string>

#include "core/footprint_fields.h"
#include "core/footprint_items.h"
#include "core/footprint_reference.h"

namespace core::footprint_items {

/// How a recurring item is charged for the machines it runs on: `shared`, the share of a server
/// it uses (hours of use, or each request's time on a batched GPU server, as EcoLogits does), or
/// `dedicated`, whole machines powered all year and manufactured for the project alone.
enum class Allocation { kShared, kDedicated };

/// "shared" / "dedicated", as written in the input and the result.
const char* allocation_id(Allocation a);

/// What an item inherits from its scenario.
struct Context {
  double lifetime_years = 3;
  Allocation allocation = Allocation::kShared;
};

/// The electricity an item uses: the location's grid unless a custom intensity is given.
struct Grid {
  double carbon_intensity = 0;  // gCO2e/kWh
  double wue_offsite = 0;       // L/kWh of electricity generated
  double wue_onsite = 0;        // L/kWh of IT energy
  std::string location;
  std::string source;           // of the carbon intensity ("" when typed in)
};

/// Reads location / carbon_intensity / wue_onsite into `grid`, reporting what is missing or unknown.
bool resolve_grid(footprint_fields::Fields& fields, const footprint_reference::Reference& ref, Grid& grid);

/// Reads `phase` (default `fallback`): "build" or "use".
bool read_phase(footprint_fields::Fields& fields, const char* fallback, std::string& phase);

/// Sets the impacts of an item whose energy (kWh, facility side, PUE included) happens once in
/// the lifetime or every year, and the grid details every energy item reports.
void finish_energy_item(ItemResult& out, double energy_per_year_or_once, const Grid& grid, double pue,
                        double lifetime_years, bool recurring);

/// Adds `source` to the item's list of sources (once; "" is ignored).
void add_source(ItemResult& out, const std::string& source);

/// Rounded for the result: half-up at `decimals`.
double rounded(double v, int decimals);

}  // namespace core::footprint_items
