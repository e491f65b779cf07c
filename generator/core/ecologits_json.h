#pragma once
// `guide ecologits` and GuideFootprint.ecologits: one EcoLogits estimate, JSON in and JSON out,
// the same bytes natively and in WebAssembly.
#include <string>

namespace core {

/// Estimates the request described by `input_json`, an `inputs` object of the EcoLogits spec
/// vectors (spec 0.2.0): modelActiveParameterCount, modelTotalParameterCount (each a number or
/// {"min","max"}), outputTokenCount, requestLatency (a number, or null/absent when not
/// measured), ifElectricityMixAdpe, ifElectricityMixPe, ifElectricityMixGwp,
/// ifElectricityMixWue, datacenterPue, datacenterWue (each a number or {"min","max"}), and the
/// optional tps and ttft (a number or null).
///
/// Returns the vector's `expected` object: energy, gwp, adpe, pe, wcf, usage{...},
/// embodied{...}, each impact {"type","name","value","unit"} with `value` a number or
/// {"min","max"}, every number in the shortest form that reads back to the same double. Never
/// fails: an input that is malformed, or that the reference implementation rejects, yields
/// {"errors":[{"field":"/tps","message":"..."}]} instead (the shape of the footprint
/// estimator's errors; `field` is a JSON pointer into the input, "" for the whole input).
std::string ecologits_json(const std::string& input_json);

}  // namespace core
