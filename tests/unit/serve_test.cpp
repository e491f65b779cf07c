// `guide serve`'s pure parts: which file a request names (never one outside the site), what the
// served pages get added, and the build state open pages follow.
#include <doctest/doctest.h>

#include "serve/build_events.h"
#include "serve/live_inject.h"
#include "serve/request_path.h"

TEST_CASE("a request path names a file below the site, or nothing") {
  auto rel = [](const std::string& path) { return serve::site_relative_path(path).value_or("(none)"); };
  CHECK(rel("/") == "index.html");
  CHECK(rel("/impacts/eau.html") == "impacts/eau.html");
  CHECK(rel("/impacts/") == "impacts/index.html");
  CHECK(rel("/assets/css/site.css") == "assets/css/site.css");
  // The HTTP library has decoded %2e, %2f and %5c once already: what reaches here is plain.
  for (const char* bad : {"/../etc/passwd", "/..", "/a/../../b", "/./a", "/a/./b", "/a/..",
                          "/..\\..\\etc", "/a\\b", "relative", "", "/a//b"}) {
    CHECK_MESSAGE(rel(bad) == "(none)", bad);
  }
  CHECK(rel(std::string("/a\0b", 4)) == "(none)");
  // Still encoded after that one decoding (%252e%252e): a literal name, which no file has.
  CHECK(rel("/%2e%2e/etc") == "%2e%2e/etc");
}

TEST_CASE("content types come from the file name") {
  CHECK(serve::content_type_for("a/b.html") == "text/html; charset=utf-8");
  CHECK(serve::content_type_for("site.css") == "text/css; charset=utf-8");
  CHECK(serve::content_type_for("x.js") == "text/javascript; charset=utf-8");
  CHECK(serve::content_type_for("dir.v2/file") == "application/octet-stream");
}

TEST_CASE("served pages load the live script, and their policy lets it reach the server") {
  const std::string page =
      "<head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "script-src 'self'\"></head><body><p>x</p>\n</body>\n</html>\n";
  const std::string served = serve::inject_live_script(page, 7);
  CHECK(served.find("content=\"default-src 'none'; script-src 'self'; connect-src 'self'\"") !=
        std::string::npos);
  CHECK(served.find("<script src=\"/__guide/live.js\" data-build=\"7\" defer></script>\n</body>") !=
        std::string::npos);
  CHECK(serve::inject_live_script("<p>sans corps</p>", 1).find("/__guide/live.js") != std::string::npos);
}

TEST_CASE("open pages are told the last good build, a failure, and nothing twice") {
  serve::BuildEvents events;
  unsigned long seen = 0;
  CHECK(events.current_event(seen) == "event: built\ndata: {\"build\":0}\n\n");
  events.succeeded();
  auto next = events.wait_for_change(seen, std::chrono::milliseconds(10));
  REQUIRE(next);
  CHECK(*next == "event: built\ndata: {\"build\":1}\n\n");
  CHECK_FALSE(events.wait_for_change(seen, std::chrono::milliseconds(10)));  // nothing new
  events.failed("a.md:1:1: error: x\n");
  next = events.wait_for_change(seen, std::chrono::milliseconds(10));
  REQUIRE(next);
  CHECK(*next == "event: failed\ndata: {\"build\":1,\"diagnostics\":\"a.md:1:1: error: x\\n\"}\n\n");
  events.refreshed();  // the failure is over, no page has to reload
  next = events.wait_for_change(seen, std::chrono::milliseconds(10));
  REQUIRE(next);
  CHECK(*next == "event: built\ndata: {\"build\":1}\n\n");
  events.shut_down();
  CHECK_FALSE(events.wait_for_change(seen, std::chrono::seconds(5)));  // at once, not after 5 s
}
