#include "write/site_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>

#include "parallel/parallel_for.h"

namespace fs = std::filesystem;

namespace output {

namespace {

// Creates `path` (and its folders) and hands `produce` an Append that writes to it. Parts go
// straight to the file with write(2): a page is one part of a few tens of KB, which a stdio
// buffer would only copy once more on its way.
bool write_file(const fs::path& path, const std::function<void(const Append&)>& produce,
                std::string& error) {
  constexpr int kFlags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  int fd = ::open(path.c_str(), kFlags, 0666);
  if (fd < 0 && errno == ENOENT) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
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

// True when `inner` is `outer` or lies below it (both absolute and normalised).
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto o = outer.begin(), i = inner.begin();
  for (; o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // the trailing "" of "dir/"
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

fs::path normalised(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return (ec ? fs::absolute(path, ec) : p).lexically_normal();
}

// Deletes a folder and everything below it, its top-level entries shared out between the cores:
// the previous site of a large guide is thousands of files.
void remove_tree(const std::string& dir) {
  std::error_code ec;
  std::vector<fs::path> entries;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    entries.push_back(it->path());
  parallel::for_each_index(entries.size(), [&](size_t i) {
    std::error_code ignore;
    fs::remove_all(entries[i], ignore);
  }, 8);
  fs::remove_all(dir, ec);
}

}  // namespace

bool check_out_dir(const std::string& out_dir, const std::vector<std::string>& keep,
                   diag::Diagnostics& diags) {
  std::error_code ec;
  auto status = fs::status(out_dir, ec);
  if (fs::exists(status) && !fs::is_directory(status)) {
    diags.error({out_dir, 0, 0}, "the output folder is an existing file, not a folder",
                {"building would replace it; pass --out with a folder name"});
    return false;
  }
  const fs::path out = normalised(out_dir);
  for (const std::string& k : keep) {
    if (k.empty() || !is_within(normalised(k), out)) continue;
    diags.error({out_dir, 0, 0}, "the output folder contains " + k + ", which building would delete",
                {"the output folder is replaced as a whole; pass --out with a folder of its own, "
                 "e.g. --out site"});
    return false;
  }
  return true;
}

SiteWriter::SiteWriter(std::string out_dir) : out_dir_(std::move(out_dir)) {
  std::error_code ec;
  fs::path target = fs::absolute(out_dir_, ec).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();
  const fs::path parent = target.parent_path();
  const std::string suffix = "." + std::to_string(::getpid());
  target_ = target.string();
  staging_ = (parent / ("." + target.filename().string() + ".new" + suffix)).string();
  retired_ = (parent / ("." + target.filename().string() + ".old" + suffix)).string();
}

SiteWriter::~SiteWriter() {
  if (begun_ && !committed_) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

bool SiteWriter::begin(diag::Diagnostics& diags) {
  std::error_code ec;
  const fs::path parent = fs::path(target_).parent_path();
  if (fs::exists(target_, ec) && !fs::is_directory(target_, ec)) {
    diags.error({out_dir_, 0, 0}, "the output path exists and is not a folder",
                {"pass another --out, or remove that file"});
    return false;
  }
  fs::create_directories(parent, ec);
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec)) {
    diags.error({out_dir_, 0, 0}, "cannot create the output folder: " + ec.message(),
                {"check that " + parent.string() + " is a writable folder"});
    return false;
  }
  begun_ = true;
  return true;
}

void SiteWriter::add(const std::string& path, const std::string& contents) {
  add_streamed(path, [&](const Append& append) { append(contents); });
}

void SiteWriter::add_streamed(const std::string& path,
                              const std::function<void(const Append&)>& produce) {
  std::string error;
  if (write_file(fs::path(staging_) / path, produce, error)) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (first_error_.empty()) first_error_ = path + ": " + error;
}

bool SiteWriter::commit(const OutputTree& rest, diag::Diagnostics& diags) {
  if (!begun_) return false;
  // The remaining files and the copied assets, on every core (each file is independent).
  std::vector<const std::pair<const std::string, std::string>*> files;
  for (const auto& kv : rest.files) files.push_back(&kv);
  parallel::for_each_index(files.size() + rest.copies.size(), [&](size_t i) {
    if (i < files.size()) {
      add(files[i]->first, files[i]->second);
      return;
    }
    const auto& c = rest.copies[i - files.size()];
    std::error_code ec;
    fs::path to = fs::path(staging_) / c.second;
    fs::create_directories(to.parent_path(), ec);
    if (!fs::copy_file(c.first, to, fs::copy_options::overwrite_existing, ec)) {
      std::lock_guard<std::mutex> lock(mutex_);
      if (first_error_.empty()) first_error_ = c.first + ": " + ec.message();
    }
  }, 8);
  if (!first_error_.empty()) {
    diags.error({out_dir_, 0, 0}, "cannot write the site: " + first_error_);
    return false;
  }
  // The swap: the old site moves aside, the new one takes its name, the old one is deleted.
  std::error_code ec;
  bool had_old = fs::exists(target_, ec);
  if (had_old) {
    fs::rename(target_, retired_, ec);
    if (ec) {
      diags.error({out_dir_, 0, 0}, "cannot replace the previous site: " + ec.message());
      return false;
    }
  }
  fs::rename(staging_, target_, ec);
  if (ec) {
    std::error_code ignore;
    if (had_old) fs::rename(retired_, target_, ignore);
    diags.error({out_dir_, 0, 0}, "cannot move the new site into place: " + ec.message());
    return false;
  }
  committed_ = true;
  if (had_old) remove_tree(retired_);
  return true;
}

bool write_site(const OutputTree& tree, const std::string& out_dir, diag::Diagnostics& diags) {
  SiteWriter writer(out_dir);
  return writer.begin(diags) && writer.commit(tree, diags);
}

}  // namespace output
