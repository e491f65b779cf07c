#pragma once
// The write stage, the only code that writes to disk. The whole site is written into a fresh
// folder beside the target, then swapped in: a build that fails never leaves a half-written site,
// and the previous site stays as it was.
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostics.h"

namespace output {

struct OutputTree {
  std::map<std::string, std::string> files;                 // path below the site → contents
  std::vector<std::pair<std::string, std::string>> copies;  // source file → path below the site
};

/// Writes `tree` to `out_dir` atomically (new folder, then rename). Reports errors with the path
/// and the reason; on failure `out_dir` is untouched. Returns false on failure.
bool write_site(const OutputTree& tree, const std::string& out_dir, diag::Diagnostics& diags);

/// The swap deletes whatever `out_dir` held, so refuse a target it would destroy for good: an
/// existing file that is not a folder, or a folder that holds one of `keep` (the sources, the
/// current directory: `--out content`, `--out .`, `--out ..`). Reports why; false when refused.
bool check_out_dir(const std::string& out_dir, const std::vector<std::string>& keep,
                   diag::Diagnostics& diags);

}  // namespace output
