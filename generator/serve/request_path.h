#pragma once
// Which file of the site a request names. Only files inside the site folder are ever served:
// a path with a ".." or "." segment, a backslash or a NUL byte names nothing, whatever its
// encoding (the HTTP library has already percent-decoded it once; what is still encoded after
// that is taken literally and names no file).
#include <optional>
#include <string>

namespace serve {

/// The path below the site folder that the decoded request path `path` ("/impacts/eau.html")
/// names, "/"-separated and without a leading "/" ("impacts/eau.html"); a path ending in "/"
/// names that folder's index.html. Nothing for a path that is not absolute or that could leave
/// the folder.
std::optional<std::string> site_relative_path(const std::string& path);

/// The Content-Type for a file name ("text/html; charset=utf-8" for "a.html"), or
/// "application/octet-stream".
std::string content_type_for(const std::string& file_name);

}  // namespace serve
