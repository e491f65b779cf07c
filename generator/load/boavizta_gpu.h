#pragma once
// Boavizta's method for the manufacturing emissions (GWP) of one GPU card, as BoaviztAPI 2.4.1
// computes it (`gpu_impact_embedded`, boaviztapi/compute/impacts_computation.py, with the "gpu"
// factors of boaviztapi/data/factors.yml): the compute die and the memory dies by their silicon
// area on the wafer, the printed circuit by its area, casing and heatsink by their mass, plus
// transport and end of life by the card's mass. The reference data state a GPU's figure with its
// inputs; the loader recomputes it here so that a figure and its inputs cannot drift apart.

namespace load::boavizta_gpu {

/// One card's inputs. The card's own parts default to BoaviztAPI's GPU archetype ("Large GPU",
/// an H100 SXM 80 GB): printed circuit 296 cm², casing 0.79 kg, heatsink 0.90 kg, 1.69 kg in all.
struct Card {
  double die_effective_mm2 = 0;  // the compute die with its share of the wafer lost (see below)
  double memory_gb = 0;          // memory capacity
  double memory_dies = 0;        // how many memory dies (or stacks) hold it
  double pwb_cm2 = 296;
  double casing_kg = 0.79;
  double heatsink_kg = 0.90;
  double mass_kg = 1.69;
};

/// The wafer area one good die of `die_mm2` costs on a 300 mm wafer: the die plus its 0.2 mm
/// kerf, the wafer's unusable edge shared among the dies, divided by the yield exp(-sqrt(A/1000))
/// of BoaviztAPI's model. 814 mm² (the archetype's die) gives 2808.445 mm².
double effective_area_mm2(double die_mm2);

/// Memory: each die holds memory_gb × 15.5 mm² per GB / memory_dies, counted with its own
/// effective area (BoaviztAPI's VRAM_DIE_SURFACE_PER_GB).
double memory_effective_area_mm2(double memory_gb, double memory_dies);

/// Manufacturing GWP of one card in kgCO2e: dies, memory, circuit, casing, heatsink, upstream
/// transport, distribution (19 000 km by boat, 1 000 km by truck, BoaviztAPI's defaults) and end
/// of life. BoaviztAPI's default card gives 575.1 (tests/api/test_component.py, test_empty_gpu).
double gwp_kg(const Card& card);

}  // namespace load::boavizta_gpu
