#include "check/link_check.h"

#include <algorithm>
#include <vector>

#include "render/markdown.h"

namespace check {

namespace {

std::string without_anchor(const std::string& link) { return link.substr(0, link.find('#')); }

// "@/criteres/index.md" as the page at `page_url` would write it relatively ("../criteres/index.md").
std::string relative_form(const std::string& page_url, const std::string& target) {
  return render::relative_url(page_url, target.compare(0, 2, "@/") == 0 ? target.substr(2) : target);
}

}  // namespace

void check_links(const std::vector<model::Page>& pages, const LinkTargets& targets,
                 diag::Diagnostics& diags) {
  std::vector<std::string> known;  // for suggestions: listed on the first broken link, sorted
  auto known_targets = [&]() -> const std::vector<std::string>& {
    if (!known.empty()) return known;
    for (const auto& kv : targets.urls) {
      if (kv.first.find('#') == std::string::npos) known.push_back(kv.first);  // not a tool's step anchor
    }
    std::sort(known.begin(), known.end());
    return known;
  };
  std::vector<std::string> files;  // the same for links to assets/
  auto known_files = [&]() -> const std::vector<std::string>& {
    if (files.empty()) files.assign(targets.files.begin(), targets.files.end());
    std::sort(files.begin(), files.end());
    return files;
  };
  for (const model::Page& page : pages) {
    for (const model::InternalLink& link : page.links) {
      const bool relative = !link.written.empty();
      // Messages name the link as the author wrote it.
      const std::string written = without_anchor(relative ? link.written : link.target);
      if (link.target.compare(0, 7, "assets/") == 0) {
        if (targets.files.count(link.target)) continue;
        std::vector<std::string> notes;
        std::string guess = diag::closest_match(link.target, known_files());
        if (!guess.empty()) notes.push_back("did you mean '" + relative_form(page.url, guess) + "'?");
        notes.push_back("a link to a file of assets/ is written from the page as the site has it: "
                        "content/pages/ stands for the site's root, where assets/ is copied");
        diags.error(link.pos, "broken link: no file '" + link.target + "' in the assets ('" +
                                  written + "')", notes);
        continue;
      }
      size_t hash = link.target.find('#');
      const std::string target = link.target.substr(0, hash);
      const std::string anchor = hash == std::string::npos ? "" : link.target.substr(hash + 1);
      if (relative && target.compare(0, 5, "@/../") == 0) {
        diags.error(link.pos, "broken link: '" + written + "' leads out of content/pages/",
                    {"a relative link to a page goes from this page's file to another page's "
                     "file, both below content/pages/"});
        continue;
      }
      auto url = targets.urls.find(target);
      if (url == targets.urls.end()) {
        std::vector<std::string> notes;
        std::string guess = diag::closest_match(target, known_targets());
        if (!guess.empty() && relative && guess.compare(0, 2, "@/") == 0) {
          notes.push_back("did you mean '" + relative_form(page.url, guess) + "'?");
        } else if (!guess.empty()) {
          notes.push_back("did you mean '" + guess + "'?");
        } else if (target.compare(0, 2, "@/") == 0) {
          notes.push_back(relative ? "a relative link goes from this page's file to another "
                                     "page's file below content/pages/"
                                   : "'@/' paths start at content/pages/ and end in .md");
        }
        diags.error(link.pos,
                    relative ? "broken link: no page '" + target.substr(2) + "' ('" + written +
                                   "' from " + page.rel_path + ")"
                             : "broken link: no page or tool '" + target + "'",
                    notes);
        continue;
      }
      if (anchor.empty()) continue;
      auto ids = targets.anchors.find(url->second);
      if (ids != targets.anchors.end() && ids->second.count(anchor)) continue;
      std::vector<std::string> notes;
      if (ids != targets.anchors.end()) {
        std::string guess = diag::closest_match(
            anchor, std::vector<std::string>(ids->second.begin(), ids->second.end()));
        if (!guess.empty()) notes.push_back("did you mean '#" + guess + "'?");
      }
      diags.error(link.pos, "broken anchor: '" + (relative ? written : target) + "' has no '#" +
                                anchor + "'", notes);
    }
  }
}

}  // namespace check
