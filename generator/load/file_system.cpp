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

std::function<bool(const std::string&, std::string&)> source_reader(const FileSystem& fs) {
  return [&fs](const std::string& file, std::string& text) {
    std::string error;
    return fs.read(file, text, error);
  };
}

}  // namespace load
