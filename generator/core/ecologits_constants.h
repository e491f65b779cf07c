#pragma once
// The fixed assumptions of the EcoLogits LLM inference method, version 0.11.2 (ecologits
// commit c739e8d, module ecologits/impacts/llm.py), as the language-neutral spec 0.2.0 pins them
// through its vectors (mlco2/ecologits.js, spec/vectors/estimator.json). The method itself is
// described at https://ecologits.ai/latest/methodology/llm_inference/. Changing one of these
// values changes every result: keep them equal to the reference version named above.
namespace core::ecologits {

/// The EcoLogits version whose method and constants this estimator reproduces.
inline constexpr const char* kReferenceVersion = "0.11.2";
/// The language-neutral spec whose vectors prove it (tests/ecologits/).
inline constexpr const char* kSpecVersion = "0.2.0";

// Energy of one GPU per output token, in Wh: alpha * exp(beta * batch) * active + gamma, a
// regression on the ML.ENERGY leaderboard (vLLM on NVIDIA H100 80GB).
inline constexpr double kGpuEnergyAlpha = 1.1665273170451914e-06;
inline constexpr double kGpuEnergyBeta = -0.011205921025579175;
inline constexpr double kGpuEnergyGamma = 4.052928146734005e-05;

// Generation latency per output token, in s, when the model has no published throughput:
// alpha * active + beta * batch + gamma (same benchmark).
inline constexpr double kLatencyAlpha = 0.0006785088094353663;
inline constexpr double kLatencyBeta = 0.0003119310311688259;
inline constexpr double kLatencyGamma = 0.019473717579473387;

inline constexpr double kQuantizationBits = 16;   // model weights, bits per parameter
inline constexpr double kMemoryOverhead = 1.2;    // memory needed = 1.2 x the weights
inline constexpr double kGpuMemoryGb = 80;        // NVIDIA H100 80GB

// Embodied impacts of one GPU (NVIDIA H100 80GB) and of the server without its GPUs (an AWS
// p5.48xlarge, estimated with BoaviztAPI).
inline constexpr double kGpuEmbodiedGwp = 273;       // kgCO2eq
inline constexpr double kGpuEmbodiedAdpe = 0.00895;  // kgSbeq
inline constexpr double kGpuEmbodiedPe = 3721;       // MJ
inline constexpr double kServerEmbodiedGwp = 5700;   // kgCO2eq
inline constexpr double kServerEmbodiedAdpe = 0.37;  // kgSbeq
inline constexpr double kServerEmbodiedPe = 70000;   // MJ

inline constexpr double kServerGpus = 8;         // GPUs installed in the server
inline constexpr double kServerPowerKw = 1.2;    // power of the server without its GPUs
inline constexpr double kHardwareLifetimeS = 3.0 * 365 * 24 * 60 * 60;  // 3 years
inline constexpr double kBatchSize = 64;         // requests served at once

}  // namespace core::ecologits
