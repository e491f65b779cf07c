#pragma once
// `guide serve`: builds the site, serves it over HTTP, watches the sources and rebuilds on
// change, telling open pages to reload; stops cleanly on SIGINT (Ctrl-C) or SIGTERM.
#include <string>

#include "site/site_builder.h"

namespace serve {

struct ServeOptions {
  site::BuildOptions build;
  std::string host = "127.0.0.1";
  int port = 8000;  // 0: any free port (the address is printed)
};

/// Runs until SIGINT or SIGTERM; returns the exit status (0 after a clean stop).
int run_serve(const ServeOptions& options);

}  // namespace serve
