#include "load/boavizta_gpu.h"

#include <cmath>

namespace load::boavizta_gpu {

namespace {

// BoaviztAPI 2.4.1, boaviztapi/models/component/gpu.py.
constexpr double kPi = 3.14159265358979323846;
constexpr double kKerfMm = 0.2;
constexpr double kWaferDiameterMm = 300;
constexpr double kMemoryMm2PerGb = 15.5;
// Distribution distances of the GPU archetype (boaviztapi/data/archetypes/components/gpu.csv).
constexpr double kBoatKm = 19000;
constexpr double kTruckKm = 1000;

// GWP factors of boaviztapi/data/factors.yml, "gpu" section (kgCO2e per unit of each input).
constexpr double kCasingPerKg = 8.2542;         // casing, manufacture
constexpr double kHeatsinkPerKg = 5.7412;       // heatsink, manufacture
constexpr double kPwbPerCm2 = 3.2549e-2;        // printed wiring board, manufacture
constexpr double kDiePerMm2 = 4.2592e-2;        // compute die, manufacture
constexpr double kMemoryPerMm2 = 1.8379e-1;     // memory dies, manufacture
constexpr double kUpstreamPerKg = 2.5955e-1;    // upstream transport, manufacture
constexpr double kTruckPerKmKg = 5.04e-5;       // distribution by truck
constexpr double kBoatPerKmKg = 1.33e-5;        // distribution by boat
constexpr double kEndOfLifePerKg = 1.5062;      // end of life

}  // namespace

double effective_area_mm2(double die_mm2) {
  const double wafer = kPi * std::pow(kWaferDiameterMm / 2, 2);
  const double side = std::sqrt(die_mm2) + kKerfMm;
  const double area = side * side;
  // Whole squares that fit in the disc (the usual approximation), their total area, and the share
  // of the whole wafer each one carries.
  const double dies = wafer / area - kPi * kWaferDiameterMm / std::sqrt(2 * area);
  const double per_die = area * (wafer / (dies * area));
  const double yield = std::exp(-std::sqrt(area / 100 * 0.1));
  return per_die / yield;
}

double memory_effective_area_mm2(double memory_gb, double memory_dies) {
  if (memory_gb <= 0 || memory_dies <= 0) return 0;
  return effective_area_mm2(memory_gb * kMemoryMm2PerGb / memory_dies) * memory_dies;
}

double gwp_kg(const Card& c) {
  return kCasingPerKg * c.casing_kg + kHeatsinkPerKg * c.heatsink_kg + kPwbPerCm2 * c.pwb_cm2 +
         kDiePerMm2 * c.die_effective_mm2 + kMemoryPerMm2 * memory_effective_area_mm2(c.memory_gb, c.memory_dies) +
         kUpstreamPerKg * c.mass_kg + kBoatPerKmKg * kBoatKm * c.mass_kg + kTruckPerKmKg * kTruckKm * c.mass_kg +
         kEndOfLifePerKg * c.mass_kg;
}

}  // namespace load::boavizta_gpu
