#include "text/site_url.h"

#include <string_view>

namespace text {

namespace {

void append_climbs(std::string& out, std::string_view path) {
  for (char c : path) {
    if (c == '/') out += "../";
  }
}

}  // namespace

std::string root_prefix(const std::string& page_url) {
  std::string out;
  append_climbs(out, page_url);
  return out;
}

std::string relative_url(const std::string& from_url, const std::string& to) {
  if (to == from_url) {
    size_t slash = to.rfind('/');
    return slash == std::string::npos ? to : to.substr(slash + 1);
  }
  // Drop the folders the two paths share, then climb out of what is left of `from`; built in
  // one string (this runs for every link of every page).
  size_t common = 0;
  for (size_t i = 0; i < from_url.size() && i < to.size() && from_url[i] == to[i]; ++i) {
    if (from_url[i] == '/') common = i + 1;
  }
  std::string out;
  out.reserve(to.size() + 12);
  append_climbs(out, std::string_view(from_url).substr(common));
  out.append(to, common, std::string::npos);
  return out;
}

}  // namespace text
