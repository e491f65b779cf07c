// Benchmark of the EcoLogits estimator (prints numbers; it is not a timed test): the time of one
// core::ecologits::estimate call on three shapes of input, and of one core::ecologits_json call
// (parse the input, estimate, write the result) averaged over the spec vectors.
// Each figure is the median of 7 rounds, as wall time and as CPU time: on a shared machine the
// wall time also counts the time spent waiting for a core, the CPU time does not.
// usage: ecologits_bench VECTORS.json     target: one estimator call under 5 us natively
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/ecologits_estimator.h"
#include "core/ecologits_json.h"

namespace {

using Clock = std::chrono::steady_clock;
using core::ecologits::Value;

struct Timing {
  double wall_ns = 0, cpu_ns = 0;
};

double cpu_now_ns() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e9 + static_cast<double>(t.tv_nsec);
}

// Median over 7 rounds of the mean time per call, in ns.
template <typename F>
Timing per_call(F&& call, int calls) {
  std::vector<double> wall, cpu;
  for (int r = 0; r < 7; ++r) {
    const auto start = Clock::now();
    const double cpu_start = cpu_now_ns();
    for (int i = 0; i < calls; ++i) call(i);
    cpu.push_back((cpu_now_ns() - cpu_start) / calls);
    const std::chrono::duration<double, std::nano> elapsed = Clock::now() - start;
    wall.push_back(elapsed.count() / calls);
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

core::ecologits::Inputs usa_request(Value active, Value total) {
  core::ecologits::Inputs in;
  in.active_parameters = active;
  in.total_parameters = total;
  in.output_tokens = 200;
  in.request_latency = 5.0;
  in.mix_adpe = 9.855e-08;  // USA mix of EcoLogits 0.11.2
  in.mix_pe = 9.6884;
  in.mix_gwp = 0.3844;
  in.mix_wue = 3.1321;
  in.datacenter_pue = Value::number(1.2);
  in.datacenter_wue = Value::number(0.569);
  return in;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: ecologits_bench VECTORS.json\n");
    return 2;
  }
  struct Shape {
    const char* name;
    core::ecologits::Inputs in;
  };
  std::vector<Shape> shapes = {
      {"dense model, one pass (111 B)", usa_request(Value::number(111), Value::number(111))},
      {"mixture of experts, two passes (44-132 B of 440 B, tps/ttft)",
       usa_request(Value::interval(44, 132), Value::number(440))},
      {"two passes and PUE/WUE intervals (10-35 B)", usa_request(Value::interval(10, 35), Value::interval(10, 35))},
  };
  shapes[1].in.tps = 34.0;
  shapes[1].in.ttft = 0.86;
  shapes[2].in.datacenter_pue = Value::interval(1.09, 1.14);
  shapes[2].in.datacenter_wue = Value::interval(0.13, 0.999);

  volatile double sink = 0;
  for (auto& shape : shapes) {
    core::ecologits::Impacts out;
    core::ecologits::Failure failure;
    if (!core::ecologits::estimate(shape.in, out, failure)) {
      std::fprintf(stderr, "estimate failed: %s %s\n", failure.code, failure.subject);
      return 1;
    }
    const Timing t = per_call(
        [&](int i) {
          shape.in.output_tokens = 200 + (i & 7);  // defeat hoisting of the whole call
          core::ecologits::estimate(shape.in, out, failure);
          sink = sink + out.gwp.max;
        },
        200000);
    std::printf("estimate, %s: %.0f ns/call (CPU time %.0f ns)\n", shape.name, t.wall_ns, t.cpu_ns);
  }

  std::ifstream file(argv[1]);
  std::stringstream text;
  text << file.rdbuf();
  const auto doc = nlohmann::json::parse(text.str(), nullptr, false);
  if (doc.is_discarded()) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 2;
  }
  std::vector<std::string> inputs;
  for (const auto& c : doc["cases"]) inputs.push_back(c["inputs"].dump());
  size_t bytes = 0;
  const Timing t = per_call(
      [&](int i) { bytes += core::ecologits_json(inputs[static_cast<size_t>(i) % inputs.size()]).size(); },
      static_cast<int>(inputs.size()) * 200);
  std::printf("ecologits_json (parse, estimate, write), mean over %zu spec vectors: %.0f ns/call (CPU time %.0f ns)\n",
              inputs.size(), t.wall_ns, t.cpu_ns);
  return sink == 0 && bytes == 0 ? 1 : 0;
}
