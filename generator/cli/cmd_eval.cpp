// guide eval BANK.yaml ANSWERS.json — the result JSON of the same core the browser runs.
// Two options serve the tests and benchmarks (not in the usage text):
//   --batch ANSWERS.jsonl  evaluates one answers document per line against a bank compiled once
//                          and prints one result per line (1,000 answer sets, one process);
//   --bank-json            prints the bank as the browser receives it (the YAML as JSON).
#include <filesystem>
#include <iostream>
#include <sstream>

#include "check/bank_check.h"
#include "cli/commands.h"
#include "cli/input_file.h"
#include "core/evaluate.h"
#include "load/date_expansion.h"
#include "load/file_system.h"
#include "load/yaml_json.h"

namespace cli {

namespace {

int usage() {
  std::cerr << "usage: guide eval BANK.yaml ANSWERS.json\n"
               "       guide eval BANK.yaml --batch ANSWERS.jsonl\n";
  return 2;
}

}  // namespace

int run_eval(const Args& args) {
  bool batch = args.size() == 3 && args[1] == "--batch";
  bool bank_only = args.size() == 2 && args[1] == "--bank-json";
  if (args.size() != 2 && !batch) return usage();
  const std::string& bank_path = args[0];
  const std::string& answers_path = batch ? args[2] : args[1];

  std::string bank_text, answers_text;
  if (!read_input(bank_path, bank_text)) {
    std::cerr << bank_path << ": error: cannot read the file\n";
    return 1;
  }
  if (!bank_only && !read_input(answers_path, answers_text)) {
    std::cerr << answers_path << ": error: cannot read the file\n";
    return 1;
  }
  diag::Diagnostics diags;
  diags.add_source(bank_path, bank_text);
  model::YamlDocument doc = load::parse_yaml(bank_path, bank_text, diags);
  if (doc.ok && bank_text.find("{{date:") != std::string::npos) {
    // A bank citing regulatory dates reads them from its content folder (content/banks/x.yaml →
    // content/data/), as the site build does, so both give the browser the same texts.
    const std::string content = std::filesystem::path(bank_path).parent_path().parent_path().string();
    load::DiskFileSystem fs;
    load::expand_bank_dates(doc, bank_text, load::load_regulatory_dates(fs, content.empty() ? "." : content, diags), diags);
  }
  if (doc.ok) check::check_bank(doc, diags);
  if (diags.has_errors()) {
    const load::DiskFileSystem disk;
    diags.print(std::cerr, load::source_reader(disk));
    return 1;
  }
  // The browser receives exactly this text, so both sides evaluate the same input.
  std::string bank_json = doc.value.dump();
  if (bank_only) {
    std::cout << bank_json << "\n";
    return 0;
  }
  if (!batch) {
    std::cout << core::evaluate(bank_json, answers_text) << "\n";
    return 0;
  }
  core::CompiledBank bank = core::compile_bank_text(bank_json);
  std::istringstream lines(answers_text);
  std::string line;
  while (std::getline(lines, line)) std::cout << core::evaluate(bank, line) << "\n";
  return 0;
}

}  // namespace cli
