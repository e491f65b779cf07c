#include "serve/rebuilder.h"

#include <filesystem>
#include <sstream>

#include "load/file_system.h"

namespace serve {

namespace {

using Clock = std::chrono::steady_clock;

long long ms_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Rebuilder::Rebuilder(site::BuildOptions options, BuildEvents& events, std::ostream& log)
    : options_(std::move(options)), events_(events), log_(log) {
  options_.write = true;
}

Rebuilder::~Rebuilder() = default;

void Rebuilder::report_failure(const diag::Diagnostics& diags) {
  std::ostringstream text;
  diags.print(text);
  text << diags.error_count() << " error" << (diags.error_count() == 1 ? "" : "s")
       << "; the last good site is still served\n";
  log_ << text.str() << std::flush;
  events_.failed(text.str());
}

bool Rebuilder::full_build(bool announce) {
  const auto start = Clock::now();
  load::DiskFileSystem fs;
  diag::Diagnostics diags;
  site::BuildStats stats;
  auto state = std::make_unique<site::BuildState>();
  const bool ok = site::build_site(fs, options_, diags, stats, state.get()) && !diags.has_errors();
  if (!ok) {
    last_build_failed_ = true;
    report_failure(diags);
    return false;
  }
  diags.print(log_);  // warnings
  state_ = std::move(state);
  failed_pages_.clear();
  last_build_failed_ = false;
  refresh_pending_ = false;
  log_ << "built " << stats.pages << " pages, " << stats.banks << " tools, " << stats.search_docs
       << " search docs in " << ms_since(start) << " ms" << std::endl;
  if (announce) events_.succeeded();
  else events_.refreshed();
  return true;
}

bool Rebuilder::build_all() { return full_build(true); }

void Rebuilder::refresh() {
  if (refresh_pending_) full_build(false);
}

std::string Rebuilder::page_of(const std::string& path) const {
  namespace fs = std::filesystem;
  if (!ends_with(path, ".md")) return "";
  const fs::path pages = fs::path(load::join_path(options_.content_dir, "pages")).lexically_normal();
  const std::string rel = fs::path(path).lexically_normal().lexically_relative(pages).generic_string();
  if (rel.empty() || rel.compare(0, 2, "..") == 0) return "";
  return rel;
}

bool Rebuilder::update_pages(const std::set<std::string>& pages) {
  const auto start = Clock::now();
  load::DiskFileSystem fs;
  diag::Diagnostics diags;
  std::set<std::string> failed;
  for (const std::string& rel : pages) {
    const size_t errors = diags.error_count();
    switch (site::update_page(*state_, fs, rel, diags)) {
      case site::PageUpdate::needs_full_build:
        return false;
      case site::PageUpdate::failed:
        failed.insert(rel);
        break;
      case site::PageUpdate::updated:
        if (diags.error_count() != errors) failed.insert(rel);
        break;
    }
  }
  failed_pages_ = failed;
  if (!failed.empty()) {
    report_failure(diags);
    return true;
  }
  diags.print(log_);  // warnings
  refresh_pending_ = true;
  log_ << "rebuilt " << pages.size() << " page" << (pages.size() == 1 ? "" : "s") << " in "
       << ms_since(start) << " ms" << std::endl;
  events_.succeeded();
  return true;
}

void Rebuilder::rebuild(const std::vector<std::string>& changed) {
  if (changed.empty()) return;
  // Only pages' files changed, all of them pages of the last good build: each alone.
  std::set<std::string> pages = failed_pages_;
  bool pages_only = state_ && !last_build_failed_;
  for (const std::string& path : changed) {
    const std::string rel = page_of(path);
    std::error_code ec;
    if (rel.empty() || !std::filesystem::is_regular_file(path, ec)) {
      pages_only = false;
      break;
    }
    pages.insert(rel);
  }
  if (pages_only && update_pages(pages)) return;
  full_build(true);
}

}  // namespace serve
