#include "core/footprint_reference.h"

#include <cmath>

#include "core/footprint_text.h"
#include "core/json_read.h"

namespace core::footprint_reference {

using footprint_fields::Errors;
using footprint_text::lower;

namespace {

bool finite_number(const Json& v) { return v.is_number() && std::isfinite(v.get<double>()); }

// A reference quantity: a bare number, {value, ...} or {min, max, ...} (the loader, not the
// core, insists on sources). Reports a missing or malformed one when `required`.
bool read_quantity(const Json& parent, const char* key, const std::string& pointer, Value& out, Errors& errors,
                   bool required = true) {
  const std::string where = pointer + "/" + key;
  if (!parent.is_object() || !parent.contains(key) || parent.at(key).is_null()) {
    if (required) errors.add_data(where, std::string("missing reference value: ") + key);
    return false;
  }
  const Json& v = parent.at(key);
  if (finite_number(v)) {
    out = Value::number(v.get<double>());
    return true;
  }
  if (v.is_object() && v.contains("value") && finite_number(v.at("value"))) {
    out = Value::number(v.at("value").get<double>());
    return true;
  }
  if (v.is_object() && v.contains("min") && v.contains("max") && finite_number(v.at("min")) &&
      finite_number(v.at("max")) && v.at("min").get<double>() <= v.at("max").get<double>()) {
    out = Value::interval(v.at("min").get<double>(), v.at("max").get<double>());
    return true;
  }
  errors.add_data(where, std::string("reference value is not a number: ") + key);
  return false;
}

// A single number (an interval is not meaningful there).
bool read_value(const Json& parent, const char* key, const std::string& pointer, double& out, Errors& errors,
                bool required = true) {
  Value v;
  if (!read_quantity(parent, key, pointer, v, errors, required)) return false;
  if (v.range) {
    errors.add_data(pointer + "/" + key, std::string("reference value must be a single number, not an interval: ") + key);
    return false;
  }
  out = v.min;
  return true;
}

template <typename T>
const T* find_ci(const std::vector<T>& items, const std::string& key, std::string T::*field) {
  const std::string k = lower(key);
  for (const auto& item : items)
    if (lower(item.*field) == k) return &item;
  return nullptr;
}

void positive(const Json& parent, const char* key, double value, const std::string& pointer, Errors& e) {
  if (parent.is_object() && parent.contains(key) && !(value > 0))
    e.add_data(pointer + "/" + key, std::string("reference value is zero or negative: ") + key);
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
  read_value(f, "hours_per_year", p, out.hours_per_year, e);
  positive(f, "hours_per_year", out.hours_per_year, p, e);
  out.memory_source = source_of(member(f, "memory_power_w_per_gb"));
  out.pue_default_source = source_of(member(f, "pue_default"));
  out.pue_inference_source = source_of(member(f, "pue_inference_default"));
  out.wue_onsite_source = source_of(member(f, "wue_onsite_default"));
  out.wue_offsite_source = source_of(member(f, "wue_offsite_default"));
  out.storage_source = source_of(member(f, "storage_ssd_wh_per_tb_hour"));
  out.network_source = source_of(member(f, "network_kwh_per_gb"));
  out.hours_source = source_of(member(f, "hours_per_year"));
  out.lifetime_source = source_of(member(f, "equipment_lifetime_years"));

  const std::string lp = p + "/llm";
  const Json& l = member(f, "llm");
  out.llm.gpu_id = string_member(l, "gpu");
  out.llm.server_id = string_member(l, "server");
  if (out.llm.gpu_id.empty()) e.add_data(lp + "/gpu", "missing reference value: gpu (the reference GPU)");
  if (out.llm.server_id.empty()) e.add_data(lp + "/server", "missing reference value: server (the reference server)");
  double tflops = 0;
  if (read_value(l, "gpu_peak_tflops", lp, tflops, e)) out.llm.gpu_peak_flops = tflops * 1e12;
  read_value(l, "prefill_mfu", lp, out.llm.prefill_mfu, e);
  positive(l, "gpu_peak_tflops", out.llm.gpu_peak_flops, lp, e);
  positive(l, "prefill_mfu", out.llm.prefill_mfu, lp, e);
  out.llm_source = source_of(member(l, "prefill_mfu"));

  const std::string cp = p + "/energy_class";
  const Json& c = member(f, "energy_class");
  read_value(c, "pue", cp, out.energy_class_pue, e);
  out.energy_class_source = source_of(member(c, "pue"));
  const Json& classes = member(c, "classes");
  for (size_t i = 0; classes.is_array() && i < classes.size(); ++i) {
    const std::string ip = cp + "/classes/" + std::to_string(i);
    EnergyClass k;
    k.label = string_member(classes[i], "label");
    if (k.label.empty()) e.add_data(ip + "/label", "energy class without a label");
    k.bounded = read_value(classes[i], "below", ip, k.below, e, false);
    if (!out.energy_classes.empty() && !out.energy_classes.back().bounded)
      e.add_data(ip, "only the last energy class may have no bound");
    if (k.bounded && !out.energy_classes.empty() && out.energy_classes.back().bounded &&
        !(k.below > out.energy_classes.back().below))
      e.add_data(ip + "/below", "energy class bounds must increase");
    out.energy_classes.push_back(k);
  }
  if (f.is_object() && f.contains("energy_class") && (out.energy_classes.empty() || out.energy_classes.back().bounded))
    e.add_data(cp + "/classes", "the last energy class must have no bound (everything above the one before)");

  const std::string up = p + "/uncertainty";
  const Json& u = member(f, "uncertainty");
  read_value(u, "compute", up, out.uncertainty.compute, e);
  read_value(u, "inference", up, out.uncertainty.inference, e);
  read_value(u, "storage", up, out.uncertainty.storage, e);
  read_value(u, "transfer", up, out.uncertainty.transfer, e);
  read_value(u, "carbon_intensity", up, out.uncertainty.carbon_intensity, e);
  read_value(u, "embodied", up, out.uncertainty.embodied, e);
}

void parse_ecologits(const Json& json, const std::string& p, Reference& out, Errors& e) {
  out.ecologits_version = string_member(json, "ecologits_version");
  const Json& zones = member(json, "zones");
  for (size_t i = 0; zones.is_array() && i < zones.size(); ++i) {
    const std::string zp = p + "/zones/" + std::to_string(i);
    Zone z;
    z.code = string_member(zones[i], "code");
    z.label = string_member(zones[i], "label");
    z.source = source_of(member(zones[i], "gwp"));
    read_value(zones[i], "gwp", zp, z.gwp_kg_per_kwh, e);
    read_value(zones[i], "wue", zp, z.wue_l_per_kwh, e);
    out.zones.push_back(z);
  }
  const Json& providers = member(json, "providers");
  for (size_t i = 0; providers.is_array() && i < providers.size(); ++i) {
    const std::string pp = p + "/providers/" + std::to_string(i);
    Provider v;
    v.id = string_member(providers[i], "id");
    v.label = string_member(providers[i], "label");
    v.zone = string_member(providers[i], "zone");
    v.source = source_of(member(providers[i], "pue"));
    read_quantity(providers[i], "pue", pp, v.pue, e);
    read_quantity(providers[i], "wue", pp, v.wue, e);
    if (!v.zone.empty() && !out.zone(v.zone)) e.add_data(pp + "/zone", "unknown electricity zone: " + v.zone);
    out.providers.push_back(v);
  }
  const Json& models = member(json, "models");
  for (size_t i = 0; models.is_array() && i < models.size(); ++i) {
    const Json& m = models[i];
    const std::string mp = p + "/models/" + std::to_string(i);
    Model model;
    model.provider = string_member(m, "provider");
    model.name = string_member(m, "name");
    model.id = model.provider + "/" + model.name;
    model.label = string_member(m, "label");
    model.source = source_of(member(m, "active_params_b"));
    read_quantity(m, "active_params_b", mp, model.active_params_b, e);
    read_quantity(m, "total_params_b", mp, model.total_params_b, e);
    double v = 0;
      if (read_value(m, "tps", mp, v, e, false)) model.tps = v;
    if (read_value(m, "ttft", mp, v, e, false)) model.ttft = v;
    const Json& w = member(m, "warnings");
    for (size_t k = 0; w.is_array() && k < w.size(); ++k)
      if (w[k].is_string()) model.warnings.push_back(w[k].get<std::string>());
    out.models.push_back(model);
  }
}

}  // namespace

std::string source_of(const Json& q) {
  const std::string source = string_member(q, "source");
  if (source.empty()) return "";
  const Json& year = member(q, "year");
  if (year.is_number_integer()) return source + " (" + std::to_string(year.get<long long>()) + ")";
  if (year.is_string()) return source + " (" + year.get<std::string>() + ")";
  return source;
}

const Location* Reference::location(const std::string& code) const {
  return find_ci(locations, code, &Location::code);
}
const Hardware* Reference::find_hardware(const std::string& id) const {
  return find_ci(hardware, id, &Hardware::id);
}
const Model* Reference::model(const std::string& id) const { return find_ci(models, id, &Model::id); }
const Provider* Reference::provider(const std::string& id) const { return find_ci(providers, id, &Provider::id); }
const Zone* Reference::zone(const std::string& code) const { return find_ci(zones, code, &Zone::code); }

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
std::vector<std::string> Reference::provider_ids() const {
  std::vector<std::string> out;
  for (const auto& p : providers) out.push_back(p.id);
  return out;
}

bool parse(const Json& json, const std::string& pointer, Reference& out, Errors& errors) {
  const size_t before = errors.size();
  if (!json.is_object()) {
    errors.add(pointer, "reference_missing");
    return false;
  }
  // The words of the engine's messages first: every later error is worded with them.
  out.messages = member(json, "messages");
  out.data_version = string_member(json, "data_version");
  const Json& method = member(json, "method");
  out.method_text = string_member(method, "text");
  out.rounding_text = string_member(method, "rounding");
  if (out.data_version.empty())
    errors.add_data(pointer + "/data_version", "the reference data has no data_version");

  // EcoLogits first: locations may take their values from one of its zones.
  parse_ecologits(member(json, "ecologits"), pointer + "/ecologits", out, errors);

  const Json& locations = member(json, "locations");
  for (size_t i = 0; locations.is_array() && i < locations.size(); ++i) {
    const Json& l = locations[i];
    const std::string p = pointer + "/locations/" + std::to_string(i);
    Location loc;
    loc.code = string_member(l, "code");
    loc.label = string_member(l, "label");
    loc.zone = string_member(l, "zone");
    if (loc.code.empty()) errors.add_data(p + "/code", "location without a code");
    if (!loc.zone.empty()) {
      const Zone* z = out.zone(loc.zone);
      if (!z) {
        errors.add_data(p + "/zone", "unknown electricity zone: " + loc.zone);
      } else {
        loc.carbon_intensity = z->gwp_kg_per_kwh * 1000.0;
        loc.wue_offsite = z->wue_l_per_kwh;
        loc.has_wue_offsite = true;
        loc.source = z->source;
      }
    } else {
      read_value(l, "carbon_intensity", p, loc.carbon_intensity, errors);
      loc.has_wue_offsite = read_value(l, "wue_offsite", p, loc.wue_offsite, errors, false);
      loc.source = source_of(member(l, "carbon_intensity"));
    }
    out.locations.push_back(loc);
  }

  const Json& hardware = member(json, "hardware");
  for (size_t i = 0; hardware.is_array() && i < hardware.size(); ++i) {
    const Json& h = hardware[i];
    const std::string p = pointer + "/hardware/" + std::to_string(i);
    Hardware hw;
    hw.id = string_member(h, "id");
    hw.label = string_member(h, "label");
    hw.type = string_member(h, "type");
    if (hw.id.empty()) errors.add_data(p + "/id", "hardware without an id");
    if (hw.type != "cpu" && hw.type != "gpu" && hw.type != "server" && hw.type != "device")
      errors.add_data(p + "/type", "unknown hardware type (cpu, gpu, server or device)");
    if (hw.type == "cpu" || hw.type == "gpu") read_value(h, "tdp_w", p, hw.tdp_w, errors);
    if (hw.type == "cpu" && read_value(h, "cores", p, hw.cores, errors) && !(hw.cores > 0))
      errors.add_data(p + "/cores", "zero cores");
    read_value(h, "memory_gb", p, hw.memory_gb, errors, false);
    hw.has_embodied = read_quantity(h, "embodied_kgco2e", p, hw.embodied, errors, false);
    read_value(h, "lifetime_years", p, hw.lifetime_years, errors, false);
    hw.tdp_source = source_of(member(h, "tdp_w"));
    hw.embodied_source = source_of(member(h, "embodied_kgco2e"));
    out.hardware.push_back(hw);
  }

  const Json& comparisons = member(json, "comparisons");
  for (size_t i = 0; comparisons.is_array() && i < comparisons.size(); ++i) {
    const Json& c = comparisons[i];
    const std::string p = pointer + "/comparisons/" + std::to_string(i);
    Comparison cmp;
    cmp.id = string_member(c, "id");
    cmp.label = string_member(c, "label");
    cmp.source = source_of(member(c, "kgco2e_per_unit"));
    if (read_value(c, "kgco2e_per_unit", p, cmp.kg_per_unit, errors) && !(cmp.kg_per_unit > 0))
      errors.add_data(p + "/kgco2e_per_unit", "zero comparison factor");
    out.comparisons.push_back(cmp);
  }

  parse_factors(member(json, "factors"), pointer + "/factors", out.factors, errors);
  if (out.factors.equipment_lifetime_years <= 0 && member(json, "factors").contains("equipment_lifetime_years"))
    errors.add_data(pointer + "/factors/equipment_lifetime_years", "zero equipment lifetime");
  // The reference GPU and server of the language-model estimates, from the hardware table.
  Llm& llm = out.factors.llm;
  const std::string lp = pointer + "/factors/llm";
  const Hardware* gpu = llm.gpu_id.empty() ? nullptr : out.find_hardware(llm.gpu_id);
  const Hardware* server = llm.server_id.empty() ? nullptr : out.find_hardware(llm.server_id);
  if (!llm.gpu_id.empty() && !(gpu && gpu->type == "gpu" && gpu->has_embodied))
    errors.add_data(lp + "/gpu", "the reference GPU '" + llm.gpu_id +
                                     "' must be a GPU of the hardware table, with its manufacturing footprint");
  if (!llm.server_id.empty() && !(server && server->has_embodied))
    errors.add_data(lp + "/server", "the reference server '" + llm.server_id +
                                        "' must be in the hardware table, with its manufacturing footprint");
  if (gpu && gpu->has_embodied) {
    llm.gpu_tdp_w = gpu->tdp_w;
    llm.gpu_embodied = gpu->embodied;
    llm.lifetime_years = gpu->lifetime_years > 0 ? gpu->lifetime_years : out.factors.equipment_lifetime_years;
    llm.gpu_source = gpu->embodied_source;
  }
  if (server && server->has_embodied) llm.server_embodied_kg = (server->embodied.min + server->embodied.max) / 2;
  return errors.size() == before;
}

}  // namespace core::footprint_reference
