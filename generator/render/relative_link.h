#pragma once
// Links written relative to the page, as MkDocs and GitHub authors write them: to another page's
// Markdown file ("../criteres/index.md#biometrie", "eau.md"), resolved and checked like "@/"
// links; and to a file of assets/ ("../assets/img/schema.svg", with content/pages/ standing for
// the site's root, where assets/ lands), checked to exist.
#include <string>

namespace render {

struct RelativeLink {
  enum class Kind { other, page, asset };
  Kind kind = Kind::other;
  /// page: "@/criteres/index.md#biometrie" (a path that climbs out of pages/ keeps its leading
  /// "../" so that the check reports it); asset: "assets/img/schema.svg" (no query or anchor).
  std::string target;
};

/// What `url`, written in the page whose output path is `page_url`, links to. Kind::other for
/// anything else: absolute URLs, "@/" links, anchors of the page itself, links elsewhere.
RelativeLink classify_relative_link(const std::string& url, const std::string& page_url);

/// `path` with %XX escapes decoded (a link to "mon%20fichier.md" names "mon fichier.md").
std::string percent_decode(const std::string& path);

}  // namespace render
