#include "unit/memory_file_system.h"

#include <algorithm>

namespace load {

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
