#include "core/footprint_reference.h"

#include <cmath>

#include "core/footprint_text.h"

namespace core::footprint_reference {

using footprint_fields::Errors;
using footprint_fields::pointer_token;
using footprint_text::lower;

namespace {

// A reference number is written {value, source, year} in the YAML; a bare number is accepted
// here too (the loader, not the core, insists on sources).
bool read_value(const Json& parent, const char* key, const std::string& pointer, double& out,
                Errors& errors, bool required = true) {
  const std::string where = pointer + "/" + key;
  if (!parent.is_object() || !parent.contains(key)) {
    if (required) errors.add(where, std::string("Donn\u00e9e de r\u00e9f\u00e9rence manquante : ") + key + ".");
    return false;
  }
  const Json& v = parent.at(key);
  const Json* number = &v;
  if (v.is_object()) {
    if (!v.contains("value")) {
      errors.add(where, std::string("Donn\u00e9e de r\u00e9f\u00e9rence sans valeur : ") + key + ".");
      return false;
    }
    number = &v.at("value");
  }
  if (!number->is_number() || !std::isfinite(number->get<double>())) {
    errors.add(where, std::string("Donn\u00e9e de r\u00e9f\u00e9rence non num\u00e9rique : ") + key + ".");
    return false;
  }
  out = number->get<double>();
  return true;
}

std::string read_string(const Json& parent, const char* key) {
  if (parent.is_object() && parent.contains(key) && parent.at(key).is_string())
    return parent.at(key).get<std::string>();
  return "";
}

const Json& member(const Json& parent, const char* key) {
  static const Json empty = Json::object();
  if (parent.is_object() && parent.contains(key)) return parent.at(key);
  return empty;
}

template <typename T>
const T* find_ci(const std::vector<T>& items, const std::string& key, std::string T::*field) {
  const std::string k = lower(key);
  for (const auto& item : items)
    if (lower(item.*field) == k) return &item;
  return nullptr;
}

void parse_factors(const Json& f, const std::string& p, Factors& out, Errors& e) {
  read_value(f, "memory_power_w_per_gb", p, out.memory_w_per_gb, e);
  read_value(f, "pue_default", p, out.pue_default, e);
  read_value(f, "pue_inference_default", p, out.pue_inference_default, e);
  read_value(f, "wue_onsite_default", p, out.wue_onsite_default, e);
  read_value(f, "wue_offsite_default", p, out.wue_offsite_default, e);
  read_value(f, "storage_hdd_wh_per_tb_hour", p, out.storage_hdd_wh_per_tb_hour, e);
  read_value(f, "storage_ssd_wh_per_tb_hour", p, out.storage_ssd_wh_per_tb_hour, e);
  read_value(f, "network_kwh_per_gb", p, out.network_kwh_per_gb, e);
  read_value(f, "carbon_price_eur_per_t", p, out.carbon_price_eur_per_t, e);
  read_value(f, "equipment_lifetime_years", p, out.equipment_lifetime_years, e);

  const std::string lp = p + "/llm";
  const Json& l = member(f, "llm");
  auto& c = out.llm;
  read_value(l, "energy_alpha", lp, c.alpha, e);
  read_value(l, "energy_beta", lp, c.beta, e);
  read_value(l, "energy_gamma", lp, c.gamma, e);
  read_value(l, "batch_size", lp, c.batch, e);
  read_value(l, "latency_alpha", lp, c.lat_a, e);
  read_value(l, "latency_beta", lp, c.lat_b, e);
  read_value(l, "latency_gamma", lp, c.lat_c, e);
  read_value(l, "server_power_kw", lp, c.server_power_kw, e);
  read_value(l, "gpus_per_server", lp, c.gpus_per_server, e);
  read_value(l, "gpu_memory_gb", lp, c.gpu_memory_gb, e);
  read_value(l, "memory_overhead", lp, c.memory_overhead, e);
  read_value(l, "quantization_bits", lp, c.quantization_bits, e);
  read_value(l, "server_embodied_kgco2e", lp, c.server_embodied_kg, e);
  read_value(l, "gpu_embodied_kgco2e", lp, c.gpu_embodied_kg, e);
  double lifespan_years = 0;
  if (read_value(l, "hardware_lifespan_years", lp, lifespan_years, e))
    c.lifespan_s = lifespan_years * 365.0 * 24.0 * 3600.0;  // EcoLogits: 3*365*24*60*60
  double gpu_w = 0;
  if (read_value(l, "prefill_gpu_power_w", lp, gpu_w, e)) c.gpu_power_kw = gpu_w / 1000.0;
  double tflops = 0;
  if (read_value(l, "prefill_gpu_peak_tflops", lp, tflops, e)) c.gpu_peak_flops = tflops * 1e12;
  read_value(l, "prefill_mfu", lp, c.prefill_mfu, e);
  // Divisors: a zero here would put infinities in every result.
  const std::pair<const char*, double> positive[] = {
      {"batch_size", c.batch},           {"gpus_per_server", c.gpus_per_server},
      {"gpu_memory_gb", c.gpu_memory_gb}, {"hardware_lifespan_years", c.lifespan_s},
      {"prefill_gpu_peak_tflops", c.gpu_peak_flops}, {"prefill_mfu", c.prefill_mfu}};
  for (const auto& [key, value] : positive)
    if (l.contains(key) && !(value > 0))
      e.add(lp + "/" + key, std::string("Donn\u00e9e de r\u00e9f\u00e9rence nulle ou n\u00e9gative : ") + key + ".");

  const std::string up = p + "/uncertainty";
  const Json& u = member(f, "uncertainty");
  read_value(u, "compute", up, out.uncertainty.compute, e);
  read_value(u, "inference", up, out.uncertainty.inference, e);
  read_value(u, "storage", up, out.uncertainty.storage, e);
  read_value(u, "transfer", up, out.uncertainty.transfer, e);
  read_value(u, "carbon_intensity", up, out.uncertainty.carbon_intensity, e);
  read_value(u, "embodied", up, out.uncertainty.embodied, e);
}

}  // namespace

const Location* Reference::location(const std::string& code) const {
  return find_ci(locations, code, &Location::code);
}
const Hardware* Reference::find_hardware(const std::string& id) const {
  return find_ci(hardware, id, &Hardware::id);
}
const Model* Reference::model(const std::string& id) const { return find_ci(models, id, &Model::id); }

std::vector<std::string> Reference::location_codes() const {
  std::vector<std::string> out;
  for (const auto& l : locations) out.push_back(l.code);
  return out;
}
std::vector<std::string> Reference::hardware_ids(const std::string& type) const {
  std::vector<std::string> out;
  for (const auto& h : hardware)
    if (type.empty() || h.type == type) out.push_back(h.id);
  return out;
}
std::vector<std::string> Reference::model_ids() const {
  std::vector<std::string> out;
  for (const auto& m : models) out.push_back(m.id);
  return out;
}

bool parse(const Json& json, const std::string& pointer, Reference& out, Errors& errors) {
  const size_t before = errors.size();
  if (!json.is_object()) {
    errors.add(pointer, "Les donn\u00e9es de r\u00e9f\u00e9rence sont absentes ou mal form\u00e9es.");
    return false;
  }
  out.data_version = read_string(json, "data_version");
  if (out.data_version.empty())
    errors.add(pointer + "/data_version", "Les donn\u00e9es de r\u00e9f\u00e9rence n'indiquent pas leur version (data_version).");

  const Json& locations = member(json, "locations");
  for (size_t i = 0; locations.is_array() && i < locations.size(); ++i) {
    const Json& l = locations[i];
    const std::string p = pointer + "/locations/" + std::to_string(i);
    Location loc;
    loc.code = read_string(l, "code");
    loc.label = read_string(l, "label");
    if (loc.code.empty()) errors.add(p + "/code", "Lieu sans code.");
    read_value(l, "carbon_intensity", p, loc.carbon_intensity, errors);
    loc.has_wue_offsite = read_value(l, "wue_offsite", p, loc.wue_offsite, errors, false);
    out.locations.push_back(loc);
  }

  const Json& hardware = member(json, "hardware");
  for (size_t i = 0; hardware.is_array() && i < hardware.size(); ++i) {
    const Json& h = hardware[i];
    const std::string p = pointer + "/hardware/" + std::to_string(i);
    Hardware hw;
    hw.id = read_string(h, "id");
    hw.label = read_string(h, "label");
    hw.type = read_string(h, "type");
    if (hw.id.empty()) errors.add(p + "/id", "Mat\u00e9riel sans identifiant.");
    if (hw.type != "cpu" && hw.type != "gpu" && hw.type != "server" && hw.type != "device")
      errors.add(p + "/type", "Type de mat\u00e9riel inconnu (cpu, gpu, server ou device).");
    if (hw.type == "cpu" || hw.type == "gpu") read_value(h, "tdp_w", p, hw.tdp_w, errors);
    if (hw.type == "cpu" && read_value(h, "cores", p, hw.cores, errors) && !(hw.cores > 0))
      errors.add(p + "/cores", "Nombre de c\u0153urs nul.");
    hw.has_embodied = read_value(h, "embodied_kgco2e", p, hw.embodied_kg, errors, false);
    read_value(h, "lifetime_years", p, hw.lifetime_years, errors, false);
    out.hardware.push_back(hw);
  }

  const Json& models = member(json, "models");
  for (size_t i = 0; models.is_array() && i < models.size(); ++i) {
    const Json& m = models[i];
    const std::string p = pointer + "/models/" + std::to_string(i);
    Model model;
    model.id = read_string(m, "id");
    model.label = read_string(m, "label");
    read_value(m, "active_params_b", p, model.active_params_b, errors);
    read_value(m, "total_params_b", p, model.total_params_b, errors);
    out.models.push_back(model);
  }

  const Json& comparisons = member(json, "comparisons");
  for (size_t i = 0; comparisons.is_array() && i < comparisons.size(); ++i) {
    const Json& c = comparisons[i];
    const std::string p = pointer + "/comparisons/" + std::to_string(i);
    Comparison cmp;
    cmp.id = read_string(c, "id");
    cmp.label = read_string(c, "label");
    cmp.source = read_string(member(c, "kgco2e_per_unit"), "source");
    if (read_value(c, "kgco2e_per_unit", p, cmp.kg_per_unit, errors) && !(cmp.kg_per_unit > 0))
      errors.add(p + "/kgco2e_per_unit", "Facteur de comparaison nul.");
    out.comparisons.push_back(cmp);
  }

  parse_factors(member(json, "factors"), pointer + "/factors", out.factors, errors);
  if (out.factors.equipment_lifetime_years <= 0 && member(json, "factors").contains("equipment_lifetime_years"))
    errors.add(pointer + "/factors/equipment_lifetime_years", "Dur\u00e9e de vie nulle.");
  return errors.size() == before;
}

}  // namespace core::footprint_reference
