// `guide build` and `guide check`: run the pipeline, print the diagnostics and one summary line.
// `guide check --strict` fails on warnings too (this repository checks its own content so).
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/wasm_modules.h"
#include "load/regulatory_dates.h"
#include "site/site_builder.h"

namespace cli {

namespace {

// Parses --content/--templates/--assets/--out (and --strict for check); returns false (after
// printing why) on bad usage.
bool parse_options(const Args& args, bool allow_output, site::BuildOptions& options, bool& strict) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--strict" && !allow_output) {
      strict = true;
      continue;
    }
    std::string* target = nullptr;
    if (a == "--content") target = &options.content_dir;
    else if (a == "--templates") target = &options.templates_dir;
    else if (a == "--assets") target = &options.assets_dir;
    else if (a == "--out" && allow_output) target = &options.out_dir;
    else if (a == "--today") target = &options.today;  // YYYY-MM-DD: the date checks' "today"
    if (!target) {
      std::cerr << "guide: error: unknown option '" << a << "'\n";
      return false;
    }
    if (i + 1 >= args.size()) {
      std::cerr << "guide: error: " << a << (a == "--today" ? " needs a date (YYYY-MM-DD)\n" : " needs a folder\n");
      return false;
    }
    *target = args[++i];
  }
  return true;
}

int run(const Args& args, bool write) {
  site::BuildOptions options;
  options.write = write;
  options.free_model = false;  // the process ends with this command
  bool strict = false;
  if (!parse_options(args, write, options, strict)) return 2;
  if (!options.today.empty() && !load::is_iso_date(options.today)) {
    std::cerr << "guide: error: --today '" << options.today << "' is not a date written YYYY-MM-DD\n";
    return 2;
  }
  options.wasm_module = find_wasm_module("guide-core.js");
  options.footprint_module = find_wasm_module("guide-footprint.js");
  auto start = std::chrono::steady_clock::now();
  load::DiskFileSystem fs;
  diag::Diagnostics diags;
  site::BuildStats stats;
  bool ok = site::build_site(fs, options, diags, stats);
  diags.print(std::cerr, load::source_reader(fs));
  if (!ok || diags.has_errors()) {
    std::cerr << diags.error_count() << " error" << (diags.error_count() == 1 ? "" : "s")
              << (write ? "; the previous site was left as it was\n" : "\n");
    return 1;
  }
  if (strict && diags.warning_count()) {
    std::cerr << diags.warning_count() << " warning" << (diags.warning_count() == 1 ? "" : "s")
              << ", which --strict treats as errors\n";
    return 1;
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - start).count();
  std::cout << (write ? "built " : "checked ") << stats.pages << " pages, " << stats.banks
            << " tools, " << stats.search_docs << " search docs in " << ms << " ms";
  if (diags.warning_count()) std::cout << " (" << diags.warning_count() << " warnings)";
  std::cout << '\n';
  return 0;
}

}  // namespace

int run_build(const Args& args) { return run(args, true); }
int run_check(const Args& args) { return run(args, false); }

}  // namespace cli
