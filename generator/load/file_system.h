#pragma once
// Everything that reads the content, and the write stage that writes the site, go through
// FileSystem, so every stage can be tested in memory (as ninja does with its DiskInterface).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace load {

/// Receives the consecutive parts of a file being written.
using Append = std::function<void(std::string_view)>;

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // --- Reading. Safe on several threads at once.
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
  bool exists(const std::string& path) const { return is_file(path) || is_directory(path); }

  // --- Writing (write/site_writer.h is the user). Safe on several threads at once. Each returns
  // false, with an explanation in `error`, when it cannot.
  /// Creates or empties `path`, creating its folders, and writes what `produce` appends, as it
  /// appends it (a large file never exists whole in memory).
  virtual bool write(const std::string& path, const std::function<void(const Append&)>& produce,
                     std::string& error) = 0;
  /// Copies file `from` to `to`, creating the folders of `to`.
  virtual bool copy(const std::string& from, const std::string& to, std::string& error) = 0;
  /// Creates folder `path` and its parents (one that exists is fine).
  virtual bool make_directories(const std::string& path, std::string& error) = 0;
  /// Moves a file or a folder with everything below it; `to` must not exist.
  virtual bool rename(const std::string& from, const std::string& to, std::string& error) = 0;
  /// Removes a file, or a folder with everything below it; nothing when there is none.
  virtual void remove_tree(const std::string& path) = 0;
  /// Replaces file `rel` below folder `dir` at once, through a temporary file renamed over it: a
  /// reader (a browser on `guide serve`) sees the old file or the new one, never half of one.
  /// One handle on `dir` serves both steps, so that `dir` being swapped for another meanwhile
  /// cannot split them.
  virtual bool replace(const std::string& dir, const std::string& rel, const std::string& contents,
                       std::string& error) = 0;
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
  bool write(const std::string& path, const std::function<void(const Append&)>& produce,
             std::string& error) override;
  bool copy(const std::string& from, const std::string& to, std::string& error) override;
  bool make_directories(const std::string& path, std::string& error) override;
  bool rename(const std::string& from, const std::string& to, std::string& error) override;
  /// A large folder's top-level entries are shared out between the cores (the previous site of
  /// a large guide is thousands of files).
  void remove_tree(const std::string& path) override;
  bool replace(const std::string& dir, const std::string& rel, const std::string& contents,
               std::string& error) override;
};


/// Reads `file` through `fs`, for diagnostics that quote a line (diag::SourceReader).
std::function<bool(const std::string&, std::string&)> source_reader(const FileSystem& fs);

/// Joins two path pieces with exactly one '/'.
std::string join_path(const std::string& a, const std::string& b);

}  // namespace load
