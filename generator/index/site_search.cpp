#include "index/site_search.h"

namespace search {

std::string site_search_script(const std::vector<SearchSection>&) { return "window.GUIDE_SEARCH=null;\n"; }

}  // namespace search
