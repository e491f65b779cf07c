// guide ecologits INPUT.json
//   Prints the EcoLogits estimate of one request (core/ecologits_json.h): INPUT is the `inputs`
//   object of an EcoLogits spec vector, the output its `expected` object. "-" reads stdin.
//   Exit status: 0 with the estimate on stdout; 2 when INPUT cannot be read, is malformed, or is
//   one the reference implementation rejects (tps = 0, a parameter count that sizes no GPU, an
//   interval out of order): the {"errors":[...]} document still goes to stdout, as the browser
//   gets it, and each error to stderr as "INPUT: error: FIELD: message".
// guide ecologits --batch FILE.jsonl   (for the native/WASM equivalence test)
//   One input per line, one result per line; exit 0 unless the file cannot be read.
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/input_file.h"
#include "cli/result_errors.h"
#include "core/ecologits_json.h"
#include "cli/arguments.h"

namespace cli {

namespace {

const char* const kUsage = "usage: guide ecologits INPUT.json | guide ecologits --batch FILE.jsonl\n";

int run_batch(const std::string& path) {
  std::string text;
  if (!read_input_or_report(path, text)) return 2;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line))
    if (!line.empty()) std::cout << core::ecologits_json(line) << '\n';
  return 0;
}

}  // namespace

int run_ecologits(const Args& args) {
  std::string input_path, batch_path;
  const int stop = parse_arguments(args, {{{"--batch", &batch_path}}, {}, &input_path}, kUsage);
  if (stop >= 0) return stop;
  if (!batch_path.empty() && input_path.empty()) return run_batch(batch_path);
  if (input_path.empty() || !batch_path.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  std::string input;
  if (!read_input_or_report(input_path, input)) return 2;
  const std::string result = core::ecologits_json(input);
  std::cout << result << '\n';
  return print_result_errors(input_path, result) == 0 ? 0 : 2;
}

}  // namespace cli
