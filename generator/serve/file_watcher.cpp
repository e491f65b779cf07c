#include "serve/file_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace serve {

namespace {

constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |
                           IN_DELETE_SELF;

bool is_scratch(const std::string& name) {
  auto ends = [&](const char* s) {
    const size_t n = std::strlen(s);
    return name.size() >= n && name.compare(name.size() - n, n, s) == 0;
  };
  return name.empty() || name[0] == '.' || ends("~") || ends(".swp") || ends(".swx") ||
         ends(".tmp") || name == "4913";
}

}  // namespace

FileWatcher::FileWatcher()
    : inotify_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)), wake_(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

FileWatcher::~FileWatcher() {
  if (inotify_ >= 0) close(inotify_);
  if (wake_ >= 0) close(wake_);
}

void FileWatcher::add_tree(const std::string& dir) {
  const int wd = inotify_add_watch(inotify_, dir.c_str(), kMask);
  if (wd < 0) return;
  folders_[wd] = dir;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(dir, ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) add_tree(it->path().string());
  }
}

bool FileWatcher::watch(const std::string& root, std::string& error) {
  if (inotify_ < 0 || wake_ < 0) {
    error = std::string("inotify: ") + std::strerror(errno);
    return false;
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) {
    error = "not a folder";
    return false;
  }
  const size_t before = folders_.size();
  add_tree(root);
  if (folders_.size() == before) {
    error = std::string("inotify: ") + std::strerror(errno);
    return false;
  }
  return true;
}

bool FileWatcher::drain(std::vector<std::string>& changed) {
  alignas(inotify_event) char buffer[16384];
  bool any = false;
  while (true) {
    const ssize_t n = read(inotify_, buffer, sizeof buffer);
    if (n <= 0) break;
    for (char* p = buffer; p < buffer + n;) {
      auto* event = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      auto folder = folders_.find(event->wd);
      if (folder == folders_.end()) continue;
      if (event->mask & (IN_IGNORED | IN_DELETE_SELF)) {
        if (event->mask & IN_IGNORED) folders_.erase(folder);
        continue;
      }
      const std::string name = event->len ? event->name : "";
      if (is_scratch(name)) continue;
      const std::string path = folder->second + "/" + name;
      if ((event->mask & (IN_CREATE | IN_MOVED_TO)) && (event->mask & IN_ISDIR)) add_tree(path);
      changed.push_back(path);
      any = true;
    }
  }
  return any;
}

std::optional<std::vector<std::string>> FileWatcher::wait(std::chrono::milliseconds quiet,
                                                         std::chrono::milliseconds idle) {
  std::vector<std::string> changed;
  pollfd fds[2] = {{inotify_, POLLIN, 0}, {wake_, POLLIN, 0}};
  // Until the first change (or `idle`), then `quiet` after each.
  int timeout = idle.count() < 0 ? -1 : static_cast<int>(idle.count());
  while (true) {
    const int ready = poll(fds, 2, timeout);
    if (ready < 0 && errno == EINTR) continue;
    if (fds[1].revents & POLLIN) return std::nullopt;
    if (ready <= 0) break;  // quiet long enough (or poll failed: report what there is)
    if (drain(changed) || !changed.empty()) timeout = static_cast<int>(quiet.count());
  }
  std::sort(changed.begin(), changed.end());
  changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
  return changed;
}

void FileWatcher::stop() {
  const uint64_t one = 1;
  [[maybe_unused]] ssize_t n = write(wake_, &one, sizeof one);
}

}  // namespace serve
