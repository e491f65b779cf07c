#pragma once
// The HTTP side of `guide serve` (cpp-httplib): the files of the site folder, each HTML page with
// the live script (serve/live_inject.h), and the event stream that tells open pages about builds.
#include <memory>
#include <string>

#include "serve/build_events.h"

namespace serve {

class SiteServer {
 public:
  SiteServer(std::string site_dir, BuildEvents& events);
  ~SiteServer();

  /// Binds `host`:`port` (0: any free port). Returns the port, or -1 (with `error`) when it cannot.
  int bind(const std::string& host, int port, std::string& error);
  /// Serves until stop(). Call after bind().
  void listen();
  /// Makes listen() return. Safe from any thread; wake waiting event streams first (events).
  void stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace serve
