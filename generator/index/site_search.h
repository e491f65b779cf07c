#pragma once
// The site's search data, site/assets/search-index.js: a classic script (the only kind that
// loads from file://) assigning one global,
//   window.GUIDE_SEARCH = {"index": <Lunr 2.3.9 index>,
//                          "docs": [{"page","section","url","text"[,"weight"]}…],
//                          "synonyms": [{"query","also":[…]}…]}
// One Lunr document per page section; its ref is its position in "docs". The page's search.js
// cuts result snippets from "text" by re-running lunr's tokenizer and pipeline there, which keeps
// position metadata out of the index (lunr would store it for every term occurrence). Weights and
// synonyms are applied by search.js at query time, so the index stays exactly what lunr.js builds
// from the same documents: a doc's "weight" (only written when it is not 1) multiplies its score,
// and a query holding a synonym's "query" is also run with it replaced by each of "also".
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace search {

struct SearchSection {
  std::string page_title;
  std::string section_title;  // "" for a page's introduction (text before its first heading)
  std::string url;            // relative to the site root, with #anchor: "impacts/eau.html#refroidissement"
  std::string text;           // the section's plain text, as indexed
  double weight = 1;          // the page's search weight (front matter search_weight)
};

/// One line of content/search-synonyms.yaml: a query holding `query` is also run with `also`.
struct SearchSynonym {
  std::string query;
  std::vector<std::string> also;
};

/// Writes search-index.js through `append`, in consecutive parts; each part is freed once written,
/// so the index and the texts are never all in memory as text at once. Lunr fields: title = page
/// title + " — " + section title (page title alone for an introduction), body = text. Strings are
/// escaped for a classic script (JsonTarget::script).
void write_site_search_script(std::vector<SearchSection> sections,
                              const std::vector<SearchSynonym>& synonyms,
                              const std::function<void(std::string_view)>& append);

/// The same, as one string (tests and small sites).
std::string site_search_script(std::vector<SearchSection> sections,
                               const std::vector<SearchSynonym>& synonyms = {});

}  // namespace search
