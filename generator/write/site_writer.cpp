#include "write/site_writer.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

namespace fs = std::filesystem;

namespace output {

namespace {

bool write_file(const fs::path& path, const std::string& contents, std::string& error) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size();
  if (!ok) error = std::strerror(errno);
  if (std::fclose(f) != 0 && ok) {
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

bool write_site(const OutputTree& tree, const std::string& out_dir, diag::Diagnostics& diags) {
  std::error_code ec;
  fs::path target = fs::absolute(out_dir, ec);
  if (target.has_filename() == false) target = target.parent_path();
  const fs::path parent = target.parent_path();
  const std::string suffix = "." + std::to_string(::getpid());
  const fs::path staging = parent / ("." + target.filename().string() + ".new" + suffix);
  const fs::path retired = parent / ("." + target.filename().string() + ".old" + suffix);

  if (fs::exists(target, ec) && !fs::is_directory(target, ec)) {
    diags.error({out_dir, 0, 0}, "the output folder is an existing file, not a folder");
    return false;
  }
  fs::create_directories(parent, ec);
  fs::remove_all(staging, ec);
  if (!fs::create_directory(staging, ec)) {
    diags.error({out_dir, 0, 0}, "cannot create the output folder: " + ec.message(),
                {"check that " + parent.string() + " exists and is writable"});
    return false;
  }

  // Create every folder first, then write files from both cores (on tmpfs it is CPU-bound).
  std::set<fs::path> dirs;
  for (const auto& kv : tree.files) dirs.insert((staging / kv.first).parent_path());
  for (const auto& c : tree.copies) dirs.insert((staging / c.second).parent_path());
  for (const fs::path& d : dirs) fs::create_directories(d, ec);

  std::vector<const std::pair<const std::string, std::string>*> items;
  for (const auto& kv : tree.files) items.push_back(&kv);
  std::vector<std::string> errors(2);
  auto worker = [&](size_t w, size_t workers) {
    std::string error;
    for (size_t i = w; i < items.size() && errors[w].empty(); i += workers) {
      if (!write_file(staging / items[i]->first, items[i]->second, error)) {
        errors[w] = items[i]->first + ": " + error;
      }
    }
  };
  size_t workers = items.size() > 256 ? 2 : 1;
  std::thread helper;
  if (workers == 2) helper = std::thread(worker, 1, 2);
  worker(0, workers);
  if (helper.joinable()) helper.join();
  for (const auto& c : tree.copies) {
    if (!fs::copy_file(c.first, staging / c.second, fs::copy_options::overwrite_existing, ec)) {
      errors[0] = c.first + ": " + ec.message();
      break;
    }
  }
  for (const std::string& e : errors) {
    if (e.empty()) continue;
    diags.error({out_dir, 0, 0}, "cannot write the site: " + e);
    fs::remove_all(staging, ec);
    return false;
  }

  // The swap: the old site moves aside, the new one takes its name, the old one is deleted.
  bool had_old = fs::exists(target, ec);
  if (had_old) {
    fs::rename(target, retired, ec);
    if (ec) {
      diags.error({out_dir, 0, 0}, "cannot replace the previous site: " + ec.message());
      fs::remove_all(staging, ec);
      return false;
    }
  }
  fs::rename(staging, target, ec);
  if (ec) {
    std::error_code ignore;
    if (had_old) fs::rename(retired, target, ignore);
    diags.error({out_dir, 0, 0}, "cannot move the new site into place: " + ec.message());
    fs::remove_all(staging, ignore);
    return false;
  }
  if (had_old) fs::remove_all(retired, ec);
  return true;
}

}  // namespace output
