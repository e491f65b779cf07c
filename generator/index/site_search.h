#pragma once
// Placeholder interface until the Lunr writer lands (branch index).
#include <string>
#include <vector>

namespace search {

struct SearchSection {
  std::string page_title, section_title, url, text;
};

std::string site_search_script(const std::vector<SearchSection>& sections);

}  // namespace search
