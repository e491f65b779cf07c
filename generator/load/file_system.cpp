#include "load/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

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

bool MemoryFileSystem::read(const std::string& path, std::string& contents,
                            std::string& error) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    error = "No such file or directory";
    return false;
  }
  contents = it->second;
  return true;
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> out;
  const std::string prefix = dir.empty() ? "" : (dir.back() == '/' ? dir : dir + "/");
  for (const auto& kv : files_) {
    if (kv.first.compare(0, prefix.size(), prefix) == 0) out.push_back(kv.first.substr(prefix.size()));
  }
  return out;  // std::map keeps them sorted
}

bool MemoryFileSystem::is_directory(const std::string& path) const {
  const std::string prefix = path.back() == '/' ? path : path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

bool MemoryFileSystem::is_file(const std::string& path) const { return files_.count(path) > 0; }

long long MemoryFileSystem::file_size(const std::string& path) const {
  auto it = files_.find(path);
  return it == files_.end() ? -1 : static_cast<long long>(it->second.size());
}

}  // namespace load
