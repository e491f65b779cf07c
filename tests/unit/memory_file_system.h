#pragma once
// The in-memory file system of the unit tests (as ninja's VirtualFileSystem beside its
// DiskInterface): the pipeline reads and writes through load::FileSystem, so a whole build can run
// here without touching the disk. A test double, kept out of the generator.
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "load/file_system.h"

namespace load {

/// An in-memory tree for tests: paths are keys; a folder exists when a file lies below it or it
/// was made (make_directories). Paths are compared as written: use one spelling per file.
class MemoryFileSystem : public FileSystem {
 public:
  MemoryFileSystem() = default;
  /// A copy of the files and folders (a test's variant of a tree).
  MemoryFileSystem(const MemoryFileSystem& other);
  void add(const std::string& path, std::string contents);
  bool read(const std::string& path, std::string& contents, std::string& error) const override;
  std::vector<std::string> list_files(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  long long file_size(const std::string& path) const override;
  bool write(const std::string& path, const std::function<void(const Append&)>& produce,
             std::string& error) override;
  bool copy(const std::string& from, const std::string& to, std::string& error) override;
  bool make_directories(const std::string& path, std::string& error) override;
  bool rename(const std::string& from, const std::string& to, std::string& error) override;
  void remove_tree(const std::string& path) override;
  bool replace(const std::string& dir, const std::string& rel, const std::string& contents,
               std::string& error) override;
  /// Writes below `prefix` fail from now on (a full disk, a folder without write permission).
  void fail_writes_below(const std::string& prefix);

 private:
  bool is_directory_locked(const std::string& path) const;
  bool writable_locked(const std::string& path, std::string& error) const;
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
  std::set<std::string> dirs_;  // made, even empty
  std::vector<std::string> read_only_;
};

}  // namespace load
