#include "load/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "parallel/parallel_for.h"

namespace fs = std::filesystem;

namespace load {

std::string join_path(const std::string& a, const std::string& b) {
  if (a.empty() || a == ".") return b;
  if (b.empty()) return a;
  return a.back() == '/' ? a + b : a + "/" + b;
}

namespace {

// Reads the rest of open file `fd` into `contents`, sized from fstat first: one read for a page.
bool read_open_file(int fd, const struct stat& st, std::string& contents, std::string& error) {
  contents.clear();
  if (st.st_size > 0) contents.resize(static_cast<size_t>(st.st_size));
  size_t got = 0;
  char probe[4096];  // past the size fstat gave: usually just the end of the file
  for (;;) {
    const bool in_place = got < contents.size();
    const ssize_t n = in_place ? ::read(fd, &contents[got], contents.size() - got)
                               : ::read(fd, probe, sizeof probe);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::strerror(errno);
      return false;
    }
    if (n == 0) break;
    if (!in_place) contents.append(probe, static_cast<size_t>(n));  // the file grew, or a pipe
    got += static_cast<size_t>(n);
  }
  contents.resize(got);
  return true;
}

}  // namespace

bool DiskFileSystem::read(const std::string& path, std::string& contents,
                          std::string& error) const {
  return read_up_to(path, -1, contents, error) >= 0;
}

long long DiskFileSystem::read_up_to(const std::string& path, long long max_bytes,
                                     std::string& contents, std::string& error) const {
  // One open and one fstat, then straight into a string of the file's size.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return -1;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    error = std::strerror(errno);
    ::close(fd);
    return -1;
  }
  if (max_bytes >= 0 && st.st_size > max_bytes) {
    ::close(fd);
    return st.st_size;
  }
  const bool ok = read_open_file(fd, st, contents, error);
  ::close(fd);
  return ok ? static_cast<long long>(contents.size()) : -1;
}

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  // Entries are `dir` joined with the path below it, so the relative path is what follows that
  // prefix (fs::relative would resolve both paths on disk, several system calls per file).
  const std::string prefix = (fs::path(dir) / "").generic_string();
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string path = it->path().generic_string();
    if (path.compare(0, prefix.size(), prefix) == 0) path.erase(0, prefix.size());
    else path = fs::relative(it->path(), dir, ec).generic_string();
    out.push_back(std::move(path));
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool DiskFileSystem::is_directory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool DiskFileSystem::is_file(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

long long DiskFileSystem::file_size(const std::string& path) const {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  return ec ? -1 : static_cast<long long>(size);
}

// Parts go straight to the file with write(2): a page is one part of a few tens of KB, which a
// stdio buffer would only copy once more on its way.
bool DiskFileSystem::write(const std::string& path, const std::function<void(const Append&)>& produce,
                           std::string& error) {
  constexpr int kFlags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  int fd = ::open(path.c_str(), kFlags, 0666);
  if (fd < 0 && errno == ENOENT) {  // its folder is new: made on the first file's failure only
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    fd = ::open(path.c_str(), kFlags, 0666);
  }
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  bool ok = true;
  produce([&](std::string_view part) {
    const char* data = part.data();
    size_t left = part.size();
    while (ok && left > 0) {
      const ssize_t n = ::write(fd, data, left);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error = n < 0 ? std::strerror(errno) : "nothing written";
        ok = false;
        break;
      }
      data += n;
      left -= static_cast<size_t>(n);
    }
  });
  if (::close(fd) != 0 && ok) {
    error = std::strerror(errno);
    ok = false;
  }
  return ok;
}

bool DiskFileSystem::copy(const std::string& from, const std::string& to, std::string& error) {
  std::error_code ec;
  fs::create_directories(fs::path(to).parent_path(), ec);
  if (fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec)) return true;
  error = ec.message();
  return false;
}

bool DiskFileSystem::make_directories(const std::string& path, std::string& error) {
  std::error_code ec;
  fs::create_directories(path, ec);
  std::error_code status;
  if (fs::is_directory(path, status)) return true;
  error = ec ? ec.message() : "not a folder";
  return false;
}

bool DiskFileSystem::rename(const std::string& from, const std::string& to, std::string& error) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (!ec) return true;
  error = ec.message();
  return false;
}

void DiskFileSystem::remove_tree(const std::string& path) {
  std::error_code ec;
  std::vector<fs::path> entries;
  if (fs::is_directory(fs::symlink_status(path, ec)))
    for (auto it = fs::directory_iterator(path, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      entries.push_back(it->path());
  parallel::for_each_index(entries.size(), [&](size_t i) {
    std::error_code ignore;
    fs::remove_all(entries[i], ignore);
  }, 8);
  fs::remove_all(path, ec);
}

bool DiskFileSystem::replace(const std::string& dir, const std::string& rel, const std::string& contents,
                             std::string& error) {
  const int folder = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder < 0) {
    error = std::strerror(errno);
    return false;
  }
  const std::string temporary = rel + ".guide-new";
  const int fd = ::openat(folder, temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  bool ok = fd >= 0;
  size_t done = 0;
  while (ok && done < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ok = false;
    else done += static_cast<size_t>(n);
  }
  if (fd >= 0 && ::close(fd) != 0) ok = false;
  if (ok && ::renameat(folder, temporary.c_str(), folder, rel.c_str()) != 0) ok = false;
  if (!ok) {
    error = std::strerror(errno);
    ::unlinkat(folder, temporary.c_str(), 0);
  }
  ::close(folder);
  return ok;
}

namespace {

// `path` is `folder` or lies below it.
bool within(const std::string& path, const std::string& folder) {
  return path.compare(0, folder.size(), folder) == 0 &&
         (path.size() == folder.size() || path[folder.size()] == '/');
}

std::string without_trailing_slash(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

}  // namespace

MemoryFileSystem::MemoryFileSystem(const MemoryFileSystem& other) : FileSystem(other) {
  std::lock_guard<std::mutex> lock(other.mutex_);
  files_ = other.files_;
  dirs_ = other.dirs_;
  read_only_ = other.read_only_;
}

void MemoryFileSystem::add(const std::string& path, std::string contents) {
  std::lock_guard<std::mutex> lock(mutex_);
  files_[path] = std::move(contents);
}

void MemoryFileSystem::fail_writes_below(const std::string& prefix) {
  std::lock_guard<std::mutex> lock(mutex_);
  read_only_.push_back(without_trailing_slash(prefix));
}

bool MemoryFileSystem::writable_locked(const std::string& path, std::string& error) const {
  for (const std::string& prefix : read_only_)
    if (within(path, prefix)) {
      error = "Permission denied";
      return false;
    }
  // A folder of the path that is a file.
  for (size_t slash = path.find('/', 1); slash != std::string::npos; slash = path.find('/', slash + 1))
    if (files_.count(path.substr(0, slash))) {
      error = "Not a directory";
      return false;
    }
  return true;
}

bool MemoryFileSystem::write(const std::string& path, const std::function<void(const Append&)>& produce,
                             std::string& error) {
  std::string contents;
  produce([&](std::string_view part) { contents.append(part.data(), part.size()); });
  std::lock_guard<std::mutex> lock(mutex_);
  if (!writable_locked(path, error)) return false;
  if (is_directory_locked(path)) {
    error = "Is a directory";
    return false;
  }
  files_[path] = std::move(contents);
  return true;
}

bool MemoryFileSystem::copy(const std::string& from, const std::string& to, std::string& error) {
  std::string contents;
  if (!read(from, contents, error)) return false;
  return write(to, [&](const Append& append) { append(contents); }, error);
}

bool MemoryFileSystem::make_directories(const std::string& path, std::string& error) {
  const std::string dir = without_trailing_slash(path);
  std::lock_guard<std::mutex> lock(mutex_);
  if (!writable_locked(dir, error)) return false;
  if (files_.count(dir)) {
    error = "File exists";
    return false;
  }
  dirs_.insert(dir);
  return true;
}

bool MemoryFileSystem::rename(const std::string& from_path, const std::string& to_path, std::string& error) {
  const std::string from = without_trailing_slash(from_path), to = without_trailing_slash(to_path);
  std::lock_guard<std::mutex> lock(mutex_);
  if (!writable_locked(to, error)) return false;
  if (files_.count(to) || is_directory_locked(to)) {
    error = "Directory not empty";
    return false;
  }
  if (!files_.count(from) && !is_directory_locked(from)) {
    error = "No such file or directory";
    return false;
  }
  std::map<std::string, std::string> files;
  for (auto& [path, contents] : files_)
    files.emplace(within(path, from) ? to + path.substr(from.size()) : path, std::move(contents));
  std::set<std::string> dirs;
  for (const std::string& dir : dirs_) dirs.insert(within(dir, from) ? to + dir.substr(from.size()) : dir);
  files_ = std::move(files);
  dirs_ = std::move(dirs);
  return true;
}

void MemoryFileSystem::remove_tree(const std::string& path) {
  const std::string gone = without_trailing_slash(path);
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = files_.begin(); it != files_.end();) it = within(it->first, gone) ? files_.erase(it) : std::next(it);
  for (auto it = dirs_.begin(); it != dirs_.end();) it = within(*it, gone) ? dirs_.erase(it) : std::next(it);
}

bool MemoryFileSystem::replace(const std::string& dir, const std::string& rel, const std::string& contents,
                               std::string& error) {
  if (!is_directory(dir)) {
    error = "No such file or directory";
    return false;
  }
  return write(join_path(dir, rel), [&](const Append& append) { append(contents); }, error);
}

std::function<bool(const std::string&, std::string&)> source_reader(const FileSystem& fs) {
  return [&fs](const std::string& file, std::string& text) {
    std::string error;
    return fs.read(file, text, error);
  };
}

bool MemoryFileSystem::read(const std::string& path, std::string& contents,
                            std::string& error) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = files_.find(path);
  if (it == files_.end()) {
    error = "No such file or directory";
    return false;
  }
  contents = it->second;
  return true;
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> out;
  const std::string prefix = dir.empty() ? "" : (dir.back() == '/' ? dir : dir + "/");
  for (const auto& kv : files_) {
    if (kv.first.compare(0, prefix.size(), prefix) == 0) out.push_back(kv.first.substr(prefix.size()));
  }
  return out;  // std::map keeps them sorted
}

bool MemoryFileSystem::is_directory(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return is_directory_locked(path);
}

bool MemoryFileSystem::is_directory_locked(const std::string& path) const {
  if (path.empty()) return false;
  const std::string dir = without_trailing_slash(path);
  if (dirs_.count(dir)) return true;
  const std::string prefix = dir + "/";
  auto it = files_.lower_bound(prefix);
  if (it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0) return true;
  auto made = dirs_.lower_bound(prefix);
  return made != dirs_.end() && made->compare(0, prefix.size(), prefix) == 0;
}

bool MemoryFileSystem::is_file(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return files_.count(path) > 0;
}

long long MemoryFileSystem::file_size(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = files_.find(path);
  return it == files_.end() ? -1 : static_cast<long long>(it->second.size());
}

}  // namespace load
