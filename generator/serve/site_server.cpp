#include "serve/site_server.h"

#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "serve/live_inject.h"
#include "serve/request_path.h"

namespace serve {

namespace {

namespace fs = std::filesystem;

// An event stream waits this long for a change before writing a comment line: a closed
// connection is noticed then, and proxies do not time it out.
constexpr auto kEventKeepAlive = std::chrono::seconds(10);
// Event streams hold a thread each while pages are open: room for many tabs.
constexpr size_t kThreads = 48;

bool read_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  out = text.str();
  return true;
}

bool is_html(const std::string& path) {
  return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0;
}

// True when `inner` is below `root` (both canonical).
bool is_below(const fs::path& inner, const fs::path& root) {
  auto r = root.begin(), i = inner.begin();
  for (; r != root.end(); ++r, ++i) {
    if (i == inner.end() || *i != *r) return false;
  }
  return i != inner.end();
}

}  // namespace

class SiteServer::Impl {
 public:
  Impl(std::string site_dir, BuildEvents& events) : site_dir_(std::move(site_dir)), events_(events) {
    server_.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
    // An idle connection is closed after a second: stopping waits for them at most that long.
    server_.set_keep_alive_timeout(1);
    server_.Get(kLiveScriptPath, [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "no-store");
      res.set_content(live_script(), "text/javascript; charset=utf-8");
    });
    server_.Get(kLiveStylePath, [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "no-store");
      res.set_content(live_style(), "text/css; charset=utf-8");
    });
    server_.Get(kLiveEventsPath, [this](const httplib::Request&, httplib::Response& res) {
      stream_events(res);
    });
    server_.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
      serve_file(req, res);
    });
  }

  httplib::Server server_;

 private:
  void stream_events(httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_header("Connection", "close");  // a stream that ends (the server stops) ends with it
    auto seen = std::make_shared<unsigned long>(0);
    auto first = std::make_shared<bool>(true);
    BuildEvents& events = events_;
    res.set_chunked_content_provider(
        "text/event-stream", [&events, seen, first](size_t, httplib::DataSink& sink) {
          std::string text;
          if (*first) {
            *first = false;
            text = "retry: 500\n" + events.current_event(*seen);
          } else {
            auto event = events.wait_for_change(*seen, kEventKeepAlive);
            if (events.is_shut_down()) {
              sink.done();
              return true;
            }
            text = event ? *event : ": waiting\n\n";
          }
          return sink.write(text.data(), text.size());
        });
  }

  void not_found(httplib::Response& res, const fs::path& root) {
    res.status = 404;
    std::string page;
    if (read_file(root / "404.html", page)) {
      res.set_content(inject_live_script(page, events_.build()), "text/html; charset=utf-8");
    } else {
      res.set_content("not found\n", "text/plain; charset=utf-8");
    }
  }

  void serve_file(const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    std::error_code ec;
    const fs::path root = fs::canonical(site_dir_, ec);
    if (ec) {
      res.status = 503;
      res.set_content("the site is not built yet: see the terminal\n", "text/plain; charset=utf-8");
      return;
    }
    // Only a path that stays inside the site names a file; anything else (.., %2e%2e, ..%2f,
    // backslashes, a symbolic link leading out) is not found.
    const std::optional<std::string> rel = site_relative_path(req.path);
    if (!rel || rel->compare(0, 9, "__guide/") == 0) return not_found(res, root);
    const fs::path wanted = root / *rel;
    if (fs::is_directory(wanted, ec)) {
      res.set_redirect(req.path + "/", 301);
      return;
    }
    const fs::path real = fs::canonical(wanted, ec);
    if (ec || !is_below(real, root) || !fs::is_regular_file(real, ec)) return not_found(res, root);
    const unsigned long build = events_.build();  // before reading: a newer file only reloads once more
    std::string body;
    if (!read_file(real, body)) return not_found(res, root);
    if (is_html(*rel)) body = inject_live_script(body, build);
    res.set_content(body, content_type_for(*rel));
  }

  std::string site_dir_;
  BuildEvents& events_;
};

SiteServer::SiteServer(std::string site_dir, BuildEvents& events)
    : impl_(std::make_unique<Impl>(std::move(site_dir), events)) {}

SiteServer::~SiteServer() = default;

int SiteServer::bind(const std::string& host, int port, std::string& error) {
  const int bound = port == 0 ? impl_->server_.bind_to_any_port(host)
                              : (impl_->server_.bind_to_port(host, port) ? port : -1);
  if (bound < 0) error = "cannot listen on " + host + ":" + std::to_string(port) +
                         " (in use, or not an address of this machine)";
  return bound;
}

void SiteServer::listen() { impl_->server_.listen_after_bind(); }

void SiteServer::stop() { impl_->server_.stop(); }

}  // namespace serve
