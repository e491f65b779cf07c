#pragma once
// Everything that reads the content goes through FileSystem, so every stage after loading can be
// tested in memory (as ninja does with its DiskInterface).
#include <map>
#include <string>
#include <vector>

namespace load {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// Reads a whole file. Returns false (and an explanation in `error`) if it cannot.
  virtual bool read(const std::string& path, std::string& contents, std::string& error) const = 0;
  /// Regular files below `dir`, recursively, as paths relative to `dir` with '/', sorted.
  virtual std::vector<std::string> list_files(const std::string& dir) const = 0;
  virtual bool is_directory(const std::string& path) const = 0;
  virtual bool is_file(const std::string& path) const = 0;
  /// Size in bytes, or -1 when the file does not exist.
  virtual long long file_size(const std::string& path) const = 0;
  /// file_size then read, unless the file is larger than `max_bytes` (it is then left unread).
  /// Returns the file's size, or -1 when it cannot be read (`error` says why).
  virtual long long read_up_to(const std::string& path, long long max_bytes, std::string& contents,
                               std::string& error) const {
    const long long size = file_size(path);
    if (size > max_bytes) return size;
    return read(path, contents, error) ? static_cast<long long>(contents.size()) : -1;
  }
};

/// The real disk.
class DiskFileSystem : public FileSystem {
 public:
  bool read(const std::string& path, std::string& contents, std::string& error) const override;
  std::vector<std::string> list_files(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  long long file_size(const std::string& path) const override;
  /// One open for both (a large site reads thousands of pages).
  long long read_up_to(const std::string& path, long long max_bytes, std::string& contents,
                       std::string& error) const override;
};

/// An in-memory tree for tests: paths are keys, directories exist implicitly.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string contents) { files_[path] = std::move(contents); }
  bool read(const std::string& path, std::string& contents, std::string& error) const override;
  std::vector<std::string> list_files(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  long long file_size(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

/// Joins two path pieces with exactly one '/'.
std::string join_path(const std::string& a, const std::string& b);

}  // namespace load
