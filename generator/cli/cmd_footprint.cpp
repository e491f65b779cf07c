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
// guide footprint --print-calculator [--content DIR]
//   Prints the calculator's definition (its bank, checked) that the CLI adds to answers (what
//   footprint-data.js holds as GUIDE_FOOTPRINT_FORM.definition).
// guide footprint --answers ANSWERS.json [--content DIR]
//   The calculator (the bank of kind "calculator" in DIR/banks) on a page's answers:
//   {"answers": {field name: value}}, or a file the calculator saved ({"format", "form", ...}).
//   Prints {"calculator", "version", "input", "blocks", "errors", "result"}, the bytes of
//   GuideFootprint.calculator; exit status as for an input (1 when "errors" is not empty).
//   With --batch, one answers object per line and one output per line.
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/input_file.h"
#include "cli/result_errors.h"
#include "check/calculator_check.h"
#include "core/footprint.h"
#include "core/footprint_calculator.h"
#include "core/footprint_chart.h"
#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "load/footprint_data.h"
#include "load/yaml_json.h"
#include "cli/arguments.h"

namespace cli {

namespace {

const char* const kUsage =
    "usage: guide footprint INPUT.json [--content DIR]\n"
    "       guide footprint --answers ANSWERS.json [--content DIR]\n"
    "       guide footprint --print-reference | --print-calculator [--content DIR]\n";

bool has_reference(const std::string& input) {
  auto json = nlohmann::json::parse(input, nullptr, false);
  return json.is_discarded() || !json.is_object() || json.contains("reference");
}

// Loads the reference tables (and the calculator's definition) once, on first need; prints
// diagnostics on failure.
struct ReferenceSource {
  std::string content_dir;
  bool loaded = false, ok = false;
  std::string json;
  nlohmann::ordered_json parsed;
  bool calculator_loaded = false, calculator_ok = false;
  nlohmann::ordered_json calculator;

  bool get(std::string& out) {
    if (!loaded) {
      loaded = true;
      diag::Diagnostics diags;
      load::DiskFileSystem fs;
      parsed = load::load_footprint_reference(fs, content_dir, diags);
      diags.print(std::cerr, load::source_reader(fs));
      ok = !diags.has_errors() && !parsed.is_null();
      if (ok) json = parsed.dump();
    }
    out = json;
    return ok;
  }

  // The first bank of kind "calculator", checked as guide check checks it.
  bool get_calculator(nlohmann::ordered_json& out) {
    std::string ref;
    if (!get(ref)) return false;
    if (!calculator_loaded) {
      calculator_loaded = true;
      load::DiskFileSystem fs;
      diag::Diagnostics diags;
      const std::string banks = load::join_path(content_dir, "banks");
      for (const std::string& rel : fs.list_files(banks)) {
        if (rel.size() < 5 || rel.compare(rel.size() - 5, 5, ".yaml") != 0) continue;
        const std::string file = load::join_path(banks, rel);
        std::string text, why;
        if (!fs.read(file, text, why)) continue;
        diag::Diagnostics quiet;
        load::YamlDocument doc = load::parse_yaml(file, text, quiet);
        if (!doc.ok || !doc.value.is_object() || doc.value.value("kind", std::string()) != "calculator") continue;
        diags.add_source(file, text);
        // The definition goes into the request as written; the core reads it as the check did.
        if (check::check_calculator(doc, parsed, diags)) calculator = doc.value;
        break;
      }
      diags.print(std::cerr, load::source_reader(fs));
      calculator_ok = !calculator.is_null();
      if (!calculator_ok && !diags.has_errors())
        std::cerr << "guide: error: no calculator (a bank of kind 'calculator') in '" << banks << "'\n";
    }
    out = calculator;
    return calculator_ok;
  }
};

// A page's answers, or a file the calculator saved, completed with the calculator's definition
// and the reference tables when it does not carry them.
bool calculator_input(const std::string& text, ReferenceSource& source, std::string& out) {
  nlohmann::ordered_json in = nlohmann::ordered_json::parse(text, nullptr, false);
  if (in.is_discarded() || !in.is_object()) {
    out = text;  // the core reports it
    return true;
  }
  if (!in.contains("answers") && in.contains("form")) {
    in["answers"] = in["form"];
    for (const char* key : {"format", "format_version", "saved_at", "data_version", "form", "input", "result"}) in.erase(key);
  }
  // A saved file names its calculator ("calculator": its id, "version"): the definition replaces it.
  if (!in.contains("calculator") || !in.at("calculator").is_object()) {
    nlohmann::ordered_json def;
    if (!source.get_calculator(def)) return false;
    in["calculator"] = def;
  }
  if (!in.contains("reference")) {
    std::string ref;
    if (!source.get(ref)) return false;
    in["reference"] = source.parsed;
  }
  out = in.dump();
  return true;
}

// The chart's words: the calculator's texts, as the page gives them to the core ("" without a
// calculator: the chart then has no words).
std::string chart_words(ReferenceSource& source) {
  nlohmann::ordered_json def;
  if (!source.get_calculator(def) || !def.contains("texts")) return "";
  return def.at("texts").dump();
}

int run_batch(const std::string& path, ReferenceSource& reference, bool chart, bool answers) {
  std::string text;
  if (!read_input_or_report(path, text)) return 2;
  const std::string words = chart ? chart_words(reference) : "";
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    if (answers) {
      std::string input;
      if (!calculator_input(line, reference, input)) return 2;
      std::cout << core::footprint_calculator(input) << '\n';
      continue;
    }
    if (!has_reference(line)) {
      std::string ref;
      if (!reference.get(ref)) return 2;
      line = core::footprint_with_reference(line, ref);
    }
    const std::string result = core::footprint(line);
    std::cout << (chart ? core::footprint_chart_svg(result, words) : result) << '\n';
  }
  return 0;
}

}  // namespace

int run_footprint(const Args& args) {
  std::string input_path, batch_path;
  bool print_reference = false, print_calculator = false, chart = false, answers = false;
  ReferenceSource reference;
  reference.content_dir = "content";
  const int stop = parse_arguments(args,
                                   {{{"--content", &reference.content_dir}, {"--batch", &batch_path}},
                                    {{"--answers", &answers},
                                     {"--chart", &chart},
                                     {"--print-reference", &print_reference},
                                     {"--print-calculator", &print_calculator}},
                                    &input_path},
                                   kUsage);
  if (stop >= 0) return stop;
  if (print_reference) {
    std::string ref;
    if (!reference.get(ref)) return 2;
    std::cout << ref << '\n';
    return 0;
  }
  if (print_calculator) {
    nlohmann::ordered_json def;
    if (!reference.get_calculator(def)) return 2;
    std::cout << def.dump() << '\n';
    return 0;
  }
  if (!batch_path.empty()) return run_batch(batch_path, reference, chart, answers);
  if (input_path.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  std::string input;
  if (!read_input_or_report(input_path, input)) return 2;
  if (answers) {
    std::string full;
    if (!calculator_input(input, reference, full)) return 2;
    const std::string output = core::footprint_calculator(full);
    std::cout << output << '\n';
    auto parsed = nlohmann::json::parse(output, nullptr, false);
    const bool clean = parsed.is_object() && parsed.contains("errors") && parsed["errors"].is_array() && parsed["errors"].empty();
    if (!clean && parsed.is_object() && parsed.contains("errors") && parsed["errors"].is_array())
      for (const auto& e : parsed["errors"])
        std::cerr << input_path << ": error: " << e.value("name", std::string()) << (e.value("name", std::string()).empty() ? "" : ": ")
                  << e.value("message", std::string()) << '\n';
    return clean ? 0 : 1;
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
