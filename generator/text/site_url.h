#pragma once
// Links between the site's pages: every URL the generator writes is relative, so that the site
// works from file:// and under any folder of an intranet server.
#include <string>

namespace text {

/// The relative path from the page at `from_url` to the site-root path `to` ("../a/b.html").
std::string relative_url(const std::string& from_url, const std::string& to);

/// "../" repeated once per folder in `page_url` ("" at the root).
std::string root_prefix(const std::string& page_url);

}  // namespace text
