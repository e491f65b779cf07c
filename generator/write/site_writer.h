#pragma once
// The write stage, the only code that writes the site, through load::FileSystem (the disk, or
// memory in tests). The whole site is written into a fresh staging folder beside the target,
// then swapped in: a build that fails never leaves a half-written site, and the previous site
// stays as it was.
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "load/file_system.h"

namespace output {

/// Receives the consecutive parts of one file.
using Append = load::Append;

struct OutputTree {
  std::map<std::string, std::string> files;                 // path below the site → contents
  std::vector<std::pair<std::string, std::string>> copies;  // source file → path below the site
};

/// Streams files into the staging folder as they are produced (so a large site is never held in
/// memory), then swaps it in. Destroying an uncommitted writer removes the staging folder.
class SiteWriter {
 public:
  SiteWriter(load::FileSystem& fs, std::string out_dir);
  ~SiteWriter();
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  /// Creates the staging folder. Reports and returns false when it cannot.
  bool begin(diag::Diagnostics& diags);
  /// Writes one file below the staging folder (creating folders). Thread-safe; the first failure
  /// is kept and reported by commit().
  void add(const std::string& path, const std::string& contents);
  /// Writes one file from the consecutive parts `produce` passes to the Append it is given, so
  /// that a large generated file (the search index) never exists whole in memory. Thread-safe.
  void add_streamed(const std::string& path, const std::function<void(const Append&)>& produce);
  /// Writes `rest`, then replaces the target folder with the staging folder.
  bool commit(const OutputTree& rest, diag::Diagnostics& diags);
  /// Where the files go until commit(): beside the target, named after it and the process.
  const std::string& staging() const { return staging_; }

 private:
  void keep_error(const std::string& path, const std::string& error);
  load::FileSystem& fs_;
  std::string out_dir_, target_, staging_, retired_;
  bool begun_ = false, committed_ = false;
  std::mutex mutex_;
  std::string first_error_;
};

/// The swap deletes whatever `out_dir` held, so refuse a target it would destroy for good: an
/// existing file that is not a folder, or a folder that holds one of `keep` (the sources, the
/// current directory: `--out content`, `--out .`, `--out ..`). Reports why; false when refused.
/// Paths are compared absolute and with the disk's symbolic links resolved.
bool check_out_dir(const load::FileSystem& fs, const std::string& out_dir, const std::vector<std::string>& keep,
                   diag::Diagnostics& diags);

}  // namespace output
