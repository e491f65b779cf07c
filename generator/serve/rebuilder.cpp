#include "serve/rebuilder.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>

#include "load/file_system.h"
#include "text/strings.h"

namespace serve {

namespace {

using Clock = std::chrono::steady_clock;

long long ms_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

}  // namespace

Rebuilder::Rebuilder(site::BuildOptions options, BuildEvents& events, std::ostream& log)
    : options_(std::move(options)), events_(events), log_(log) {
  options_.write = true;
}

Rebuilder::~Rebuilder() {
  if (refresh_.valid()) refresh_.wait();
}

Rebuilder::Build Rebuilder::run_build(const site::BuildOptions& options) {
  const auto start = Clock::now();
  load::DiskFileSystem fs;
  diag::Diagnostics diags;
  site::BuildStats stats;
  Build build;
  build.state = std::make_unique<site::BuildState>();
  build.ok = site::build_site(fs, options, diags, stats, build.state.get()) && !diags.has_errors();
  std::ostringstream printed;
  diags.print(printed, load::source_reader(fs));
  build.diagnostics = printed.str();
  build.errors = diags.error_count();
  std::ostringstream summary;
  summary << "built " << stats.pages << " pages, " << stats.banks << " tools, " << stats.search_docs
          << " search docs in " << ms_since(start) << " ms";
  build.summary = summary.str();
  return build;
}

void Rebuilder::report_failure(const std::string& diagnostics, size_t errors) {
  const std::string text = diagnostics + std::to_string(errors) + " error" + (errors == 1 ? "" : "s") +
                           "; the last good site is still served\n";
  log_ << text << std::flush;
  events_.failed(text);
}

bool Rebuilder::full_build() {
  finish_refresh(true);  // one build at a time writes the site folder
  Build build = run_build(options_);
  if (!build.ok) {
    last_build_failed_ = true;
    report_failure(build.diagnostics, build.errors);
    return false;
  }
  log_ << build.diagnostics << build.summary << std::endl;
  state_ = std::move(build.state);
  failed_pages_.clear();
  last_build_failed_ = false;
  refresh_due_ = false;
  events_.succeeded();
  return true;
}

bool Rebuilder::build_all() { return full_build(); }

void Rebuilder::start_refresh() {
  if (!refresh_due_ || refresh_.valid()) return;
  refresh_due_ = false;
  updated_during_refresh_.clear();
  const site::BuildOptions options = options_;
  refresh_ = std::async(std::launch::async, [options] {
    // Behind the edits: the refresh and the threads it starts yield the cores to a page rebuild.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
    return run_build(options);
  });
}

void Rebuilder::finish_refresh(bool wait) {
  if (!refresh_.valid()) return;
  if (!wait && refresh_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  Build build = refresh_.get();
  if (!build.ok) {
    last_build_failed_ = true;
    report_failure(build.diagnostics, build.errors);
    return;
  }
  log_ << build.diagnostics << build.summary << " (search and topic indexes refreshed)" << std::endl;
  state_ = std::move(build.state);
  // The refresh read the pages when it started: those edited since are rebuilt again on it.
  std::set<std::string> again;
  again.swap(updated_during_refresh_);
  again.insert(failed_pages_.begin(), failed_pages_.end());
  if (!again.empty() && update_pages(again, false)) {
    refresh_due_ = true;
    return;
  }
  if (!again.empty()) full_build();
  else events_.refreshed();
}

std::string Rebuilder::page_of(const std::string& path) const {
  namespace fs = std::filesystem;
  if (!text::ends_with(path, ".md")) return "";
  const fs::path pages = fs::path(load::join_path(options_.content_dir, "pages")).lexically_normal();
  const std::string rel = fs::path(path).lexically_normal().lexically_relative(pages).generic_string();
  if (rel.empty() || rel.compare(0, 2, "..") == 0) return "";
  return rel;
}

bool Rebuilder::update_pages(const std::set<std::string>& pages, bool announce) {
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
  std::ostringstream printed;
  diags.print(printed, load::source_reader(fs));
  if (!failed.empty()) {
    report_failure(printed.str(), diags.error_count());
    return true;
  }
  if (refresh_.valid()) updated_during_refresh_.insert(pages.begin(), pages.end());
  refresh_due_ = true;
  log_ << printed.str() << "rebuilt " << pages.size() << " page" << (pages.size() == 1 ? "" : "s")
       << " in " << ms_since(start) << " ms" << std::endl;
  if (announce) events_.succeeded();
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
  if (pages_only && update_pages(pages, true)) return;
  full_build();
}

}  // namespace serve
