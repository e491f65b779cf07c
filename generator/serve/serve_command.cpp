#include "serve/serve_command.h"

#include <pthread.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "serve/build_events.h"
#include "serve/file_watcher.h"
#include "serve/rebuilder.h"
#include "serve/site_server.h"

namespace serve {

namespace {

// How long the sources must stay still before a rebuild starts (an editor's save is often a few
// events), and before the search and topic indexes are refreshed after a page rebuilt alone.
constexpr auto kQuiet = std::chrono::milliseconds(15);
constexpr auto kRefreshAfter = std::chrono::milliseconds(1000);
// How often a running refresh is looked at, to take its result.
constexpr auto kRefreshPoll = std::chrono::milliseconds(50);

}  // namespace

int run_serve(const ServeOptions& options) {
  // SIGINT and SIGTERM are taken by one thread (sigwait), so they are blocked in every other
  // thread: block them before any thread starts.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  BuildEvents events;
  Rebuilder rebuilder(options.build, events, std::cerr);
  if (!rebuilder.build_all()) {
    std::cerr << "guide serve: the site does not build; fix the errors above, it is rebuilt on "
                 "every change\n";
  }

  FileWatcher watcher;
  for (const std::string& dir : {options.build.content_dir, options.build.templates_dir,
                                 options.build.assets_dir}) {
    std::string error;
    if (!watcher.watch(dir, error)) {
      std::cerr << dir << ": error: cannot watch the folder: " << error << '\n';
      return 1;
    }
  }

  SiteServer server(options.build.out_dir, events);
  std::string error;
  const int port = server.bind(options.host, options.port, error);
  if (port < 0) {
    std::cerr << "guide serve: error: " << error << '\n';
    return 1;
  }
  const bool v6 = options.host.find(':') != std::string::npos;
  std::cout << "serving http://" << (v6 ? "[" : "") << options.host << (v6 ? "]" : "") << ':'
            << port << "/ (Ctrl-C to stop)" << std::endl;

  std::thread http([&server] { server.listen(); });
  // The first Ctrl-C asks for a clean stop (after a build under way); a second one, while that
  // stop is not done, ends the process at once.
  std::atomic<bool> stopped{false};
  std::thread signals([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    watcher.stop();
    sigwait(&stop_signals, &signal);
    if (!stopped) std::_Exit(128 + signal);
  });

  // This thread rebuilds, in the order changes came; a refresh of the indexes runs beside it.
  while (true) {
    const auto idle = rebuilder.refreshing() ? kRefreshPoll
                      : rebuilder.refresh_due() ? kRefreshAfter : std::chrono::milliseconds(-1);
    std::optional<std::vector<std::string>> changed = watcher.wait(kQuiet, idle);
    if (!changed) break;  // stopping
    rebuilder.finish_refresh(false);
    if (changed->empty()) {
      rebuilder.start_refresh();
      continue;
    }
    rebuilder.rebuild(*changed);
  }

  // A refresh still running is waited for: its site folder is then complete. Then the event
  // streams (each holds a server thread), then the server.
  rebuilder.finish_refresh(true);
  events.shut_down();
  server.stop();
  http.join();
  stopped = true;
  pthread_kill(signals.native_handle(), SIGTERM);  // ends its second wait
  signals.join();
  std::cout << "stopped" << std::endl;
  return 0;
}

}  // namespace serve
