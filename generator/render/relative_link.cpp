#include "render/relative_link.h"
#include "text/strings.h"

#include <vector>

namespace render {

namespace {

// A scheme ("https:", "mailto:") comes before any '/', '?' or '#'.
bool has_scheme(const std::string& url) {
  const size_t colon = url.find(':');
  return colon != std::string::npos && colon < url.find_first_of("/?#");
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string percent_decode(const std::string& path) {
  std::string out;
  out.reserve(path.size());
  for (size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '%' && i + 2 < path.size() && hex_value(path[i + 1]) >= 0 &&
        hex_value(path[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(path[i + 1]) * 16 + hex_value(path[i + 2]));
      i += 2;
    } else {
      out += path[i];
    }
  }
  return out;
}

RelativeLink classify_relative_link(const std::string& url, const std::string& page_url) {
  RelativeLink link;
  if (url.empty() || url[0] == '/' || url[0] == '#' || url[0] == '?' || url[0] == '@' ||
      has_scheme(url)) {
    return link;
  }
  const size_t end = url.find_first_of("?#");
  const std::string path = percent_decode(url.substr(0, end));
  const std::string anchor = end != std::string::npos && url[end] == '#' ? url.substr(end) : "";
  if (path.empty()) return link;

  // The page's folder, then the link's segments, "." and ".." resolved.
  std::vector<std::string> parts;
  size_t climbed_out = 0;  // ".." past the root
  auto push = [&](const std::string& segment) {
    if (segment.empty() || segment == ".") return;
    if (segment == "..") {
      if (parts.empty()) ++climbed_out;
      else parts.pop_back();
      return;
    }
    parts.push_back(segment);
  };
  const size_t slash = page_url.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : page_url.substr(0, slash);
  for (size_t start = 0; start <= folder.size() && !folder.empty();) {
    size_t next = folder.find('/', start);
    if (next == std::string::npos) next = folder.size();
    push(folder.substr(start, next - start));
    start = next + 1;
  }
  for (size_t start = 0; start <= path.size();) {
    size_t next = path.find('/', start);
    if (next == std::string::npos) next = path.size();
    push(path.substr(start, next - start));
    start = next + 1;
  }
  std::string joined;
  for (size_t i = 0; i < climbed_out; ++i) joined += "../";
  for (size_t i = 0; i < parts.size(); ++i) joined += (i ? "/" : "") + parts[i];

  if (text::ends_with(path, ".md")) {
    link.kind = RelativeLink::Kind::page;
    link.target = "@/" + joined + anchor;
  } else if (climbed_out == 0 && parts.size() >= 2 && parts[0] == "assets" && path.back() != '/') {
    link.kind = RelativeLink::Kind::asset;
    link.target = joined;
  }
  return link;
}

}  // namespace render
