// Test helper: prints search::site_search_script for a JSON array of
// {"page_title","section_title","url","text"[,"weight"]}, or for an object
// {"sections": [...], "synonyms": [{"query","also":[...]}...]}, so the browser test
// (search-ui.test.js) runs assets/js/search.js against the generator's real search-index.js.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "index/site_search.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: site_search_tool SECTIONS.json\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  const auto json = nlohmann::json::parse(in);
  const auto& list = json.is_array() ? json : json.at("sections");
  std::vector<search::SearchSection> sections;
  for (const auto& s : list) {
    sections.push_back({s.at("page_title"), s.at("section_title"), s.at("url"), s.at("text"),
                        s.value("weight", 1.0)});
  }
  std::vector<search::SearchSynonym> synonyms;
  if (json.is_object() && json.contains("synonyms")) {
    for (const auto& s : json.at("synonyms")) synonyms.push_back({s.at("query"), s.at("also")});
  }
  std::cout << search::site_search_script(sections, synonyms);
  return 0;
}
