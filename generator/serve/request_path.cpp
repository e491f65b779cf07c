#include "serve/request_path.h"

#include <utility>

namespace serve {

std::optional<std::string> site_relative_path(const std::string& path) {
  if (path.empty() || path[0] != '/') return std::nullopt;
  std::string rel;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(start, end - start);
    if (segment == "." || segment == ".." || segment.find('\\') != std::string::npos ||
        segment.find('\0') != std::string::npos) {
      return std::nullopt;
    }
    if (!segment.empty()) {
      if (!rel.empty()) rel += '/';
      rel += segment;
    } else if (end != path.size()) {
      return std::nullopt;  // "a//b": no file has an empty name
    }
    start = end + 1;
  }
  if (path.back() == '/') rel += rel.empty() ? "index.html" : "/index.html";
  return rel;
}

std::string content_type_for(const std::string& file_name) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
      {".svg", "image/svg+xml"}, {".png", "image/png"}, {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"}, {".webp", "image/webp"}, {".gif", "image/gif"},
      {".ico", "image/x-icon"}, {".xml", "application/xml"}, {".txt", "text/plain; charset=utf-8"},
      {".pdf", "application/pdf"}, {".woff2", "font/woff2"},
      {".odt", "application/vnd.oasis.opendocument.text"},
  };
  const size_t dot = file_name.rfind('.');
  if (dot != std::string::npos && file_name.find('/', dot) == std::string::npos) {
    const std::string ext = file_name.substr(dot);
    for (const auto& t : kTypes) {
      if (ext == t.first) return t.second;
    }
  }
  return "application/octet-stream";
}

}  // namespace serve
