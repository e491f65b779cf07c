// guide footprint INPUT.json [--content DIR]
//   Prints the footprint result JSON of INPUT (the same core the browser runs). When INPUT has
//   no "reference" member, the reference tables are read from DIR/data/footprint*.yaml.
//   Exit status: 0 when the result has no errors; 1 when it lists errors (the JSON is still
//   printed on stdout, and each error goes to stderr as "INPUT: error: FIELD: message");
//   2 on a usage error or unreadable file or reference data.
// guide footprint --batch FILE.jsonl [--content DIR]   (for the native/WASM equivalence test)
//   One input per line, one result per line; exit 0 unless the file cannot be read.
//   With --chart, each line is the SVG chart of the result instead (core::footprint_chart_svg).
// guide footprint --print-reference [--content DIR]
//   Prints the reference JSON that the CLI merges into inputs (what footprint-data.js holds).
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input_file.h"
#include "cli/result_errors.h"
#include "core/footprint.h"
#include "core/footprint_chart.h"
#include "diag/diagnostics.h"
#include "load/footprint_data.h"

namespace cli {

namespace {

const char* const kUsage = "usage: guide footprint INPUT.json [--content DIR]\n";

bool has_reference(const std::string& input) {
  auto json = nlohmann::json::parse(input, nullptr, false);
  return json.is_discarded() || !json.is_object() || json.contains("reference");
}

// Loads the reference tables once, on first need; prints diagnostics on failure.
struct ReferenceSource {
  std::string content_dir;
  bool loaded = false, ok = false;
  std::string json;
  bool get(std::string& out) {
    if (!loaded) {
      loaded = true;
      diag::Diagnostics diags;
      auto reference = load::load_footprint_reference(content_dir, diags);
      diags.print(std::cerr);
      ok = !diags.has_errors() && !reference.is_null();
      if (ok) json = reference.dump();
    }
    out = json;
    return ok;
  }
};

int run_batch(const std::string& path, ReferenceSource& reference, bool chart) {
  std::string text;
  if (!read_input(path, text)) {
    std::cerr << "guide: error: cannot read '" << path << "'\n";
    return 2;
  }
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    if (!has_reference(line)) {
      std::string ref;
      if (!reference.get(ref)) return 2;
      line = core::footprint_with_reference(line, ref);
    }
    const std::string result = core::footprint(line);
    std::cout << (chart ? core::footprint_chart_svg(result) : result) << '\n';
  }
  return 0;
}

}  // namespace

int run_footprint(const Args& args) {
  std::string input_path, batch_path;
  bool print_reference = false, chart = false;
  ReferenceSource reference;
  reference.content_dir = "content";
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--content" && i + 1 < args.size()) {
      reference.content_dir = args[++i];
    } else if (args[i] == "--batch" && i + 1 < args.size()) {
      batch_path = args[++i];
    } else if (args[i] == "--chart") {
      chart = true;
    } else if (args[i] == "--print-reference") {
      print_reference = true;
    } else if (args[i] == "--help" || args[i] == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (input_path.empty() && (args[i] == "-" || args[i].rfind("--", 0) != 0)) {
      input_path = args[i];
    } else {
      std::cerr << "guide: error: unexpected argument '" << args[i] << "'\n" << kUsage;
      return 2;
    }
  }
  if (print_reference) {
    std::string ref;
    if (!reference.get(ref)) return 2;
    std::cout << ref << '\n';
    return 0;
  }
  if (!batch_path.empty()) return run_batch(batch_path, reference, chart);
  if (input_path.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  std::string input;
  if (!read_input(input_path, input)) {
    std::cerr << "guide: error: cannot read '" << input_path << "'\n";
    return 2;
  }
  if (!has_reference(input)) {
    std::string ref;
    if (!reference.get(ref)) return 2;
    input = core::footprint_with_reference(input, ref);
  }
  const std::string result = core::footprint(input);
  std::cout << result << '\n';
  return print_result_errors(input_path, result) == 0 ? 0 : 1;
}

}  // namespace cli
