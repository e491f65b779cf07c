#pragma once
// What `guide serve` does when sources change: the page alone when only pages' text changed
// (site/build_state.h), else the whole site; a failed rebuild leaves the last good site served.
// After pages rebuilt alone, a full build in the background brings the search and topic indexes
// up to date (a refresh): edits go on being served at once meanwhile, and are applied again to
// the refreshed site. Used from one thread (the watcher's); the refresh runs on its own.
#include <future>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "serve/build_events.h"
#include "site/build_state.h"
#include "site/site_builder.h"

namespace serve {

class Rebuilder {
 public:
  Rebuilder(site::BuildOptions options, BuildEvents& events, std::ostream& log);
  ~Rebuilder();

  /// Builds everything now. True when the site was (re)built.
  bool build_all();

  /// Rebuilds after `changed` files (paths below the watched folders) changed.
  void rebuild(const std::vector<std::string>& changed);

  /// True while pages rebuilt alone leave the search and topic indexes as they were.
  bool refresh_due() const { return refresh_due_; }
  /// True while a refresh runs.
  bool refreshing() const { return refresh_.valid(); }
  /// Starts the refresh in the background (when due and none runs).
  void start_refresh();
  /// Takes the refresh's result when it has finished (or waits for it with `wait`).
  void finish_refresh(bool wait);

 private:
  struct Build {
    bool ok = false;
    std::unique_ptr<site::BuildState> state;
    std::string diagnostics;  // printed
    size_t errors = 0;
    std::string summary;      // "built N pages… in T ms"
  };
  static Build run_build(const site::BuildOptions& options);
  // Rebuilds each of `pages` (paths below pages/) alone; false when one needs a full build.
  bool update_pages(const std::set<std::string>& pages, bool announce);
  // The path below content/pages/ of a changed Markdown page, or "".
  std::string page_of(const std::string& path) const;
  bool full_build();
  void report_failure(const std::string& diagnostics, size_t errors);

  site::BuildOptions options_;
  BuildEvents& events_;
  std::ostream& log_;
  std::unique_ptr<site::BuildState> state_;  // of the last good full build, pages updated since
  std::set<std::string> failed_pages_;       // pages whose last update failed (still on disk)
  bool last_build_failed_ = false;
  bool refresh_due_ = false;
  std::future<Build> refresh_;
  std::set<std::string> updated_during_refresh_;
};

}  // namespace serve
