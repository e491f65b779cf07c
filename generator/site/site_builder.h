#pragma once
// The orchestrator: the only code that knows the order of the stages.
// load → check → render → layout → index → write.
#include <string>

#include "diag/diagnostics.h"
#include "load/file_system.h"

namespace site {

struct BuildOptions {
  std::string content_dir = "content";
  std::string templates_dir = "templates";
  std::string assets_dir = "assets";
  std::string out_dir = "site";
  std::string wasm_module;  // path of guide-core.js; "" = none (tools then work without scoring)
  std::string footprint_module;  // path of guide-footprint.js; "" = none (the calculator then cannot compute)
  bool write = true;        // false: `guide check`, validate only
  std::string today;        // YYYY-MM-DD for the date checks; "" = the system's date (UTC)
  // False when the process exits right after the build (the command line): the site model is then
  // left to the system, which takes a process's memory back at once, instead of being freed one
  // allocation at a time (about 8 ms for 5,000 pages). Compilers do the same (clang -disable-free).
  bool free_model = true;
};

struct BuildStats {
  size_t pages = 0, banks = 0, search_docs = 0, files = 0;
};

struct BuildState;  // site/build_state.h

/// Runs the pipeline. Returns false when any error was reported; nothing is written then.
/// With `keep`, a successful build also leaves there what `guide serve` needs to update a page
/// alone (site/build_state.h); a failed one leaves `keep` as it was.
bool build_site(load::FileSystem& fs, const BuildOptions& options, diag::Diagnostics& diags,
                BuildStats& stats, BuildState* keep = nullptr);

}  // namespace site
