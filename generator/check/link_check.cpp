#include "check/link_check.h"

#include <algorithm>
#include <vector>

namespace check {

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
  for (const model::Page& page : pages) {
    for (const model::InternalLink& link : page.links) {
      size_t hash = link.target.find('#');
      const std::string target = link.target.substr(0, hash);
      const std::string anchor = hash == std::string::npos ? "" : link.target.substr(hash + 1);
      auto url = targets.urls.find(target);
      if (url == targets.urls.end()) {
        std::vector<std::string> notes;
        std::string guess = diag::closest_match(target, known_targets());
        if (!guess.empty()) notes.push_back("did you mean '" + guess + "'?");
        else if (target.compare(0, 2, "@/") == 0)
          notes.push_back("'@/' paths start at content/pages/ and end in .md");
        diags.error(link.pos, "broken link: no page or tool '" + target + "'", notes);
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
      diags.error(link.pos, "broken anchor: '" + target + "' has no '#" + anchor + "'", notes);
    }
  }
}

}  // namespace check
