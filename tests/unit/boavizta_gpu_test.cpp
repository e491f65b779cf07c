// Boavizta's GPU method (load/boavizta_gpu.h) gives BoaviztAPI 2.4.1's own results, and the
// loader holds every manufacturing figure computed with it to the inputs written beside it
// (load/footprint_boavizta.h): in the shipped data, altering any such figure fails the load.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"
#include "load/boavizta_gpu.h"
#include "load/file_system.h"
#include "load/footprint_data.h"
#include "load/yaml_json.h"
#include "unit/footprint_data_fixture.h"
#include "unit/memory_file_system.h"

namespace {

using Json = nlohmann::ordered_json;
using load::boavizta_gpu::Card;
using load::boavizta_gpu::effective_area_mm2;
using load::boavizta_gpu::gwp_kg;

double tenths(double v) { return std::round(v * 10) / 10; }

// BoaviztAPI's GPU data (boaviztapi/data/crowdsourcing/gpu_specs.csv, 2.4.1): one row as a card.
Card csv_row(double die_effective, double vram, double dies, double pwb, double casing, double heatsink, double mass) {
  Card c;
  c.die_effective_mm2 = die_effective;
  c.memory_gb = vram;
  c.memory_dies = dies;
  c.pwb_cm2 = pwb;
  c.casing_kg = casing;
  c.heatsink_kg = heatsink;
  c.mass_kg = mass;
  return c;
}

// The default card: BoaviztAPI's GPU archetype, its 814 mm² die taken through the wafer model.
Card archetype() {
  Card c;
  c.die_effective_mm2 = effective_area_mm2(814);
  c.memory_gb = 80;
  c.memory_dies = 6;
  return c;
}

// One GPU entry, its figure and its inputs given as YAML lines.
std::string gpu_entry(const std::string& embodied, const std::string& boavizta, const std::string& memory = "80") {
  return "data_version: \"t\"\n"
         "hardware:\n"
         "  - id: X\n"
         "    type: gpu\n"
         "    tdp_w: {value: 700, source: s, year: 2026}\n" +
         (memory.empty() ? std::string() : "    memory_gb: {value: " + memory + ", source: s, year: 2026}\n") +
         "    embodied_kgco2e:\n" + embodied + (boavizta.empty() ? "" : "    boavizta:\n" + boavizta);
}

const char* const kRange = "      min: 164\n      max: 575.1\n      source: s\n      year: 2026\n";
const char* const kArchetypeInputs =
    "      die_mm2: {value: 814, source: s, year: 2026}\n"
    "      memory_dies: {value: 6, source: s, year: 2026}\n";

using footprint_test::load_data;

std::string messages(const std::vector<diag::Diagnostic>& ds) {
  std::string all;
  for (const auto& d : ds) all += diag::format_pos(d.pos) + ": " + d.message + "\n";
  return all;
}

}  // namespace

TEST_CASE("the method gives BoaviztAPI 2.4.1's own figures") {
  // tests/api/test_component.py: the verbose answer's effective die area of the default card,
  // and test_empty_gpu's 575.1 kgCO2eq for that card.
  CHECK(effective_area_mm2(814) == doctest::Approx(2808.445102929598).epsilon(1e-12));
  CHECK(gwp_kg(archetype()) == doctest::Approx(575.0875462950546).epsilon(1e-12));
  CHECK(tenths(gwp_kg(archetype())) == 575.1);
  // test_complete_gpu_verbose: two default cards of 2.2 kg with 24 GB in 12 dies, 477.2 in all.
  Card verbose = archetype();
  verbose.mass_kg = 2.2;
  verbose.memory_gb = 24;
  verbose.memory_dies = 12;
  CHECK(tenths(2 * gwp_kg(verbose)) == 477.2);
  // Rows of gpu_specs.csv: the research note's "A100 SXM4 40GB ≈ 273, L4 ≈ 114".
  CHECK(tenths(gwp_kg(csv_row(1798.0, 40, 6, 105.0, 0.09, 1.25, 1.56))) == 273.4);
  CHECK(tenths(gwp_kg(csv_row(390.96, 24, 12, 93.13, 0, 0.0871, 0.142))) == 113.6);
  // A bigger die wastes more of the wafer: its effective area grows faster than its own.
  CHECK(effective_area_mm2(800) / 800 > effective_area_mm2(100) / 100);
}

TEST_CASE("a figure that matches its Boavizta inputs loads, and the inputs stay out of the JSON") {
  Json ref;
  auto ds = load_data(gpu_entry(kRange, kArchetypeInputs), &ref);
  INFO(messages(ds));
  CHECK(ds.empty());
  REQUIRE(ref["hardware"].is_array());
  CHECK(ref["hardware"][0]["embodied_kgco2e"]["max"] == 575.1);
  CHECK_FALSE(ref["hardware"][0].contains("boavizta"));
  // The same inputs for a single value; the card's own parts may be given (0 is a card without
  // casing, as BoaviztAPI's L4).
  ds = load_data(gpu_entry("      value: 113.6\n      source: s\n      year: 2026\n",
                            "      die_effective_mm2: {value: 390.96, source: s, year: 2026}\n"
                            "      memory_dies: {value: 12, source: s, year: 2026}\n"
                            "      pwb_cm2: {value: 93.13, source: s, year: 2026}\n"
                            "      casing_kg: {value: 0, source: s, year: 2026}\n"
                            "      heatsink_kg: {value: 0.0871, source: s, year: 2026}\n"
                            "      mass_kg: {value: 0.142, source: s, year: 2026}\n",
                            "24"));
  INFO(messages(ds));
  CHECK(ds.empty());
}

TEST_CASE("a figure that its Boavizta inputs do not give is refused at its position") {
  const std::string altered = "      min: 164\n      max: 575.2\n      source: s\n      year: 2026\n";
  auto ds = load_data(gpu_entry(altered, kArchetypeInputs));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].pos.line == 7);  // the embodied_kgco2e key
  CHECK(ds[0].message.find("gives 575.1 kgCO2e") != std::string::npos);
  // Changing an input moves the figure too: 6 memory stacks become 5.
  ds = load_data(gpu_entry(kRange, "      die_mm2: {value: 814, source: s, year: 2026}\n"
                                    "      memory_dies: {value: 5, source: s, year: 2026}\n"));
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message.find("kgCO2e for the inputs under 'boavizta'") != std::string::npos);
  // Less memory on the card: the entry's memory_gb is the method's.
  ds = load_data(gpu_entry(kRange, kArchetypeInputs, "40"));
  CHECK(ds.size() == 1);
}

TEST_CASE("the Boavizta inputs are named, complete, single and sourced") {
  auto has = [](const std::vector<diag::Diagnostic>& ds, const std::string& text) {
    for (const auto& d : ds)
      if (d.message.find(text) != std::string::npos) return true;
    return false;
  };
  auto ds = load_data(gpu_entry(kRange, std::string(kArchetypeInputs) + "      memory_die: {value: 6, source: s, year: 2026}\n"));
  CHECK(has(ds, "unknown member 'memory_die' of 'boavizta'"));
  CHECK(ds[0].notes.size() == 1);  // did you mean 'memory_dies'?
  ds = load_data(gpu_entry(kRange, std::string(kArchetypeInputs) + "      die_effective_mm2: {value: 2808.4, source: s, year: 2026}\n"));
  CHECK(has(ds, "not both"));
  ds = load_data(gpu_entry(kRange, "      memory_dies: {value: 6, source: s, year: 2026}\n"));
  CHECK(has(ds, "needs the compute die's area"));
  ds = load_data(gpu_entry(kRange, "      die_mm2: {value: 814, source: s, year: 2026}\n"));
  CHECK(has(ds, "needs 'memory_dies'"));
  ds = load_data(gpu_entry(kRange, kArchetypeInputs, ""));
  CHECK(has(ds, "needs the card's memory"));
  ds = load_data(gpu_entry(kRange, "      die_mm2: {min: 800, max: 820, source: s, year: 2026}\n"
                                    "      memory_dies: {value: 6, source: s, year: 2026}\n"));
  CHECK(has(ds, "one number, not an interval"));
  ds = load_data(gpu_entry(kRange, "      die_mm2: 814\n      memory_dies: {value: 6, source: s, year: 2026}\n"));
  CHECK(has(ds, "a number without its source"));
  ds = load_data(gpu_entry(kRange, "      die_mm2: {value: 0, source: s, year: 2026}\n"
                                    "      memory_dies: {value: 6, source: s, year: 2026}\n"));
  CHECK(has(ds, "'die_mm2' must be above 0"));
}

TEST_CASE("every Boavizta figure of the shipped data is recomputed: altering one fails the load") {
  const std::string dir = std::string(GUIDE_SOURCE_DIR) + "/content/data";
  const std::string file = dir + "/footprint-hardware.yaml";
  load::DiskFileSystem disk;
  load::MemoryFileSystem base;
  for (const std::string& rel : disk.list_files(dir)) {
    if (rel.find('/') != std::string::npos || rel.size() < 5 || rel.compare(rel.size() - 5, 5, ".yaml") != 0) continue;
    std::string text, why;
    REQUIRE(disk.read(dir + "/" + rel, text, why));
    base.add("c/data/" + rel, text);
  }
  std::string text, why;
  REQUIRE(disk.read(file, text, why));
  diag::Diagnostics parse_diags;
  const load::YamlDocument doc = load::parse_yaml(file, text, parse_diags);
  REQUIRE(doc.ok);

  // Rewrites the number at `pointer` (a figure on its own line) with `replacement`.
  auto with = [&](const std::string& pointer, const std::string& replacement) {
    const diag::SourcePos pos = doc.position(pointer);
    size_t offset = 0;
    for (int line = 1; line < pos.line; ++line) offset = text.find('\n', offset) + 1;
    offset += pos.col - 1;
    size_t end = offset;
    while (end < text.size() && std::string("0123456789.eE+-").find(text[end]) != std::string::npos) ++end;
    REQUIRE(end > offset);
    return text.substr(0, offset) + replacement + text.substr(end);
  };
  auto load_with = [&](const std::string& hardware_yaml) {
    load::MemoryFileSystem fs = base;
    fs.add("c/data/footprint-hardware.yaml", hardware_yaml);
    diag::Diagnostics diags;
    load::load_footprint_reference(fs, "c", diags);
    return diags.error_count();
  };
  REQUIRE(load_with(text) == 0);

  int checked = 0;
  const Json& hardware = doc.value["hardware"];
  for (size_t i = 0; i < hardware.size(); ++i) {
    if (!hardware[i].contains("boavizta")) continue;
    const std::string id = hardware[i]["id"];
    INFO(id);
    // The Boavizta figure is one of the entry's numbers: moving it by a tenth of a kilogram must
    // fail; moving a manufacturer's bound of the same range must not.
    int refused = 0;
    for (const char* bound : {"value", "min", "max"}) {
      const Json& e = hardware[i]["embodied_kgco2e"];
      if (!e.contains(bound)) continue;
      char moved[32];
      std::snprintf(moved, sizeof moved, "%.1f", e[bound].get<double>() + 0.1);
      if (load_with(with("/hardware/" + std::to_string(i) + "/embodied_kgco2e/" + bound, moved)) > 0) ++refused;
    }
    CHECK(refused == 1);
    // And an input moved changes the figure: the die, or the memory's dies.
    const Json& b = hardware[i]["boavizta"];
    const std::string die = b.contains("die_mm2") ? "die_mm2" : "die_effective_mm2";
    CHECK(load_with(with("/hardware/" + std::to_string(i) + "/boavizta/" + die + "/value",
                         std::to_string(b[die]["value"].get<double>() * 1.1))) > 0);
    ++checked;
  }
  // H100 SXM and PCIe, H200, L40S, L4, A100 PCIe and SXM, T4, V100.
  CHECK(checked == 9);
}
