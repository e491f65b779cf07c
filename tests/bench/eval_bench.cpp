// Native half of the evaluation benchmark: the time core::evaluate takes per answer change on
// one bank, as the page calls it (bank compiled once, answers re-serialised each time), and
// without the compiled-bank cache (bank JSON parsed and validated on every call).
// usage: eval_bench BANK.yaml [CHANGES]   prints one JSON line of timings in microseconds
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/evaluate.h"
#include "diag/diagnostics.h"
#include "load/yaml_json.h"

namespace {

using ojson = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

struct Stats {
  double mean = 0, median = 0, p95 = 0;
};

Stats stats(std::vector<double> us) {
  Stats s;
  if (us.empty()) return s;
  std::sort(us.begin(), us.end());
  for (double v : us) s.mean += v;
  s.mean /= static_cast<double>(us.size());
  s.median = us[us.size() / 2];
  s.p95 = us[us.size() * 95 / 100];
  return s;
}

// The sequence of answer files a person produces by answering one question at a time, in a
// fixed pseudo-random order (same for every run).
std::vector<std::string> answer_changes(const ojson& bank, size_t count) {
  std::vector<const ojson*> questions;
  for (const auto& section : bank["sections"])
    for (const auto& q : section["questions"]) questions.push_back(&q);
  std::vector<std::string> out;
  ojson answers = ojson::object();
  unsigned state = 12345;
  auto next = [&state] { state = state * 1103515245u + 12345u; return (state >> 8) & 0xffff; };
  for (size_t i = 0; i < count && !questions.empty(); ++i) {
    const ojson& q = *questions[next() % questions.size()];
    std::string type = q.value("type", "");
    std::vector<std::string> ids;
    if (q.contains("choices"))
      for (const auto& c : q["choices"]) ids.push_back(c["id"].get<std::string>());
    else if (type == "yesno") ids = {"oui", "non"};
    ojson value;
    if (type == "number") value = static_cast<double>(next() % 101);
    else if (type == "text") value = "texte " + std::to_string(i);
    else if (type == "multi") {
      value = ojson::array();
      for (const auto& id : ids)
        if (next() % 2) value.push_back(id);
    } else value = ids[next() % ids.size()];
    answers[q["id"].get<std::string>()] = value;
    out.push_back(ojson({{"bank", bank["id"]}, {"version", bank["version"]}, {"answers", answers}}).dump());
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: eval_bench BANK.yaml [CHANGES]\n");
    return 2;
  }
  size_t changes = argc > 2 ? static_cast<size_t>(std::stoul(argv[2])) : 2000;
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  diag::Diagnostics diags;
  model::YamlDocument doc = load::parse_yaml(argv[1], text.str(), diags);
  if (!doc.ok) {
    diags.print(std::cerr);
    return 1;
  }
  std::string bank_json = doc.value.dump();
  std::vector<std::string> sets = answer_changes(doc.value, changes);

  auto t0 = Clock::now();
  core::CompiledBank bank = core::compile_bank_text(bank_json);
  double compile_us = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();

  std::vector<double> cached, uncached;
  size_t bytes = 0;
  // CPU time as well as wall time: on a shared, oversubscribed machine wall time mostly
  // measures the other processes.
  std::clock_t cpu0 = std::clock();
  for (const std::string& answers : sets) {
    auto a = Clock::now();
    std::string r = core::evaluate(bank, answers);
    auto b = Clock::now();
    bytes += r.size();
    cached.push_back(std::chrono::duration<double, std::micro>(b - a).count());
  }
  double cpu_us = static_cast<double>(std::clock() - cpu0) * 1e6 / CLOCKS_PER_SEC /
                  static_cast<double>(sets.size());
  for (size_t i = 0; i < sets.size(); i += 10) {
    auto a = Clock::now();
    std::string r = core::evaluate(bank_json, sets[i]);
    uncached.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
    bytes += r.size();
  }
  Stats c = stats(cached), u = stats(uncached);
  std::printf("{\"side\":\"native\",\"bank_bytes\":%zu,\"changes\":%zu,\"compile_us\":%.1f,"
              "\"per_change_us\":{\"cpu_mean\":%.1f,\"mean\":%.1f,\"median\":%.1f,\"p95\":%.1f},"
              "\"uncached_us\":{\"mean\":%.1f,\"median\":%.1f,\"p95\":%.1f},\"result_bytes\":%zu}\n",
              bank_json.size(), sets.size(), compile_us, cpu_us, c.mean, c.median, c.p95, u.mean, u.median,
              u.p95, bytes / (sets.size() + uncached.size()));
  return 0;
}
