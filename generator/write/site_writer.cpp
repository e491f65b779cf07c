#include "write/site_writer.h"

#include <unistd.h>

#include <filesystem>
#include <functional>

#include "parallel/parallel_for.h"

namespace fs = std::filesystem;

namespace output {

namespace {

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

}  // namespace

bool check_out_dir(const load::FileSystem& files, const std::string& out_dir, const std::vector<std::string>& keep,
                   diag::Diagnostics& diags) {
  if (files.exists(out_dir) && !files.is_directory(out_dir)) {
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

SiteWriter::SiteWriter(load::FileSystem& files, std::string out_dir) : fs_(files), out_dir_(std::move(out_dir)) {
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
  if (begun_ && !committed_) fs_.remove_tree(staging_);
}

bool SiteWriter::begin(diag::Diagnostics& diags) {
  const std::string parent = fs::path(target_).parent_path().string();
  if (fs_.exists(target_) && !fs_.is_directory(target_)) {
    diags.error({out_dir_, 0, 0}, "the output path exists and is not a folder",
                {"pass another --out, or remove that file"});
    return false;
  }
  std::string error;
  fs_.remove_tree(staging_);
  if (!fs_.make_directories(parent, error) || !fs_.make_directories(staging_, error)) {
    diags.error({out_dir_, 0, 0}, "cannot create the output folder: " + error,
                {"check that " + parent + " is a writable folder"});
    return false;
  }
  begun_ = true;
  return true;
}

void SiteWriter::keep_error(const std::string& path, const std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (first_error_.empty()) first_error_ = path + ": " + error;
}

void SiteWriter::add(const std::string& path, const std::string& contents) {
  add_streamed(path, [&](const Append& append) { append(contents); });
}

void SiteWriter::add_streamed(const std::string& path,
                              const std::function<void(const Append&)>& produce) {
  std::string error;
  if (!fs_.write(load::join_path(staging_, path), produce, error)) keep_error(path, error);
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
    std::string error;
    if (!fs_.copy(c.first, load::join_path(staging_, c.second), error)) keep_error(c.first, error);
  }, 8);
  if (!first_error_.empty()) {
    diags.error({out_dir_, 0, 0}, "cannot write the site: " + first_error_);
    return false;
  }
  // The swap: the old site moves aside, the new one takes its name, the old one is deleted.
  std::string error;
  const bool had_old = fs_.exists(target_);
  if (had_old && !fs_.rename(target_, retired_, error)) {
    diags.error({out_dir_, 0, 0}, "cannot replace the previous site: " + error);
    return false;
  }
  if (!fs_.rename(staging_, target_, error)) {
    std::string ignore;
    if (had_old) fs_.rename(retired_, target_, ignore);
    diags.error({out_dir_, 0, 0}, "cannot move the new site into place: " + error);
    return false;
  }
  committed_ = true;
  if (had_old) fs_.remove_tree(retired_);
  return true;
}

}  // namespace output
