#pragma once
// What `guide serve` changes in a page on its way to the browser (never in site/): the live
// script, which reloads the page after a rebuild and shows a failed rebuild's diagnostics, and
// the Content-Security-Policy widened just enough for it (its server-sent events connection).
#include <string>

namespace serve {

/// Where the server answers for its own files; nothing in site/ can be reached there.
constexpr const char* kLivePrefix = "/__guide/";
constexpr const char* kLiveScriptPath = "/__guide/live.js";
constexpr const char* kLiveStylePath = "/__guide/live.css";
constexpr const char* kLiveEventsPath = "/__guide/events";

/// `html` with `connect-src 'self'` added to its Content-Security-Policy meta (when it has one)
/// and the live script loaded before </body> (or at the end when there is no </body>), told
/// that the page comes from build number `build`.
std::string inject_live_script(const std::string& html, unsigned long build);

/// The live script and its stylesheet (served from kLiveScriptPath and kLiveStylePath).
const std::string& live_script();
const std::string& live_style();

}  // namespace serve
