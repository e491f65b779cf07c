#pragma once
// What `guide serve` does when sources change: the page alone when only pages' text changed
// (site/build_state.h), else the whole site; a failed rebuild leaves the last good site served.
// Used from one thread (the watcher's).
#include <chrono>
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

  /// Builds everything. True when the site was (re)built.
  bool build_all();

  /// Rebuilds after `changed` files (paths below the watched folders) changed.
  void rebuild(const std::vector<std::string>& changed);

  /// True while a page was rebuilt alone and the search and topic indexes still show it as it
  /// was: refresh() brings them up to date (a full build that reloads no page).
  bool refresh_pending() const { return refresh_pending_; }
  void refresh();

 private:
  // Rebuilds each of `pages` (paths below pages/) alone; false when one needs a full build.
  bool update_pages(const std::set<std::string>& pages);
  // The path below content/pages/ of a changed Markdown page, or "".
  std::string page_of(const std::string& path) const;
  bool full_build(bool announce);
  void report_failure(const diag::Diagnostics& diags);

  site::BuildOptions options_;
  BuildEvents& events_;
  std::ostream& log_;
  std::unique_ptr<site::BuildState> state_;  // of the last good full build, pages updated since
  std::set<std::string> failed_pages_;       // pages whose last update failed (still on disk)
  bool last_build_failed_ = false;
  bool refresh_pending_ = false;
};

}  // namespace serve
