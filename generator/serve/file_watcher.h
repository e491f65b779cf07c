#pragma once
// Watches the source folders (content/, templates/, assets/) with inotify, recursively, and
// reports the files that changed, a save at a time.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace serve {

class FileWatcher {
 public:
  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  /// Watches `root` and every folder below it, and folders created there later. False (with
  /// the reason in `error`) when it cannot.
  bool watch(const std::string& root, std::string& error);

  /// Blocks until a file below a watched root is written, created, deleted or renamed; then
  /// gathers what follows until nothing has changed for `quiet` (an editor's save is often
  /// several events), and returns the paths (root-joined, sorted, unique). Editors' scratch files
  /// (".#x", "x~", "x.swp", vim's "4913") are left out. An empty list when nothing changed for
  /// `idle` (negative: wait as long as it takes); nothing when stop() was called.
  std::optional<std::vector<std::string>> wait(std::chrono::milliseconds quiet,
                                               std::chrono::milliseconds idle);

  /// Makes wait() return nothing, now or at its next call. Safe from any thread.
  void stop();

 private:
  void add_tree(const std::string& dir);
  // Reads the pending events into `changed`; false when there were none.
  bool drain(std::vector<std::string>& changed);
  int inotify_ = -1;
  int wake_ = -1;  // an eventfd that stop() signals
  std::map<int, std::string> folders_;  // watch descriptor → folder
};

}  // namespace serve
