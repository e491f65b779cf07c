// search-index.js: one global, script-safe, docs addressed by position.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "index/js_text.h"
#include "index/lunr_index.h"
#include "index/site_search.h"

using namespace search;

TEST_CASE("site search script carries the index and the section texts") {
  const std::vector<SearchSection> sections = {
      {"Impacts", "", "impacts/index.html", "Introduction aux impacts."},
      {"Impacts", "Eau", "impacts/eau.html#refroidissement",
       "Le refroidissement </script><!-- consomme de l\u2019eau\u2028ligne"},
  };
  const std::string script = site_search_script(sections);

  const std::string prefix = "window.GUIDE_SEARCH=";
  const auto start = script.find(prefix);
  REQUIRE(start != std::string::npos);
  REQUIRE(script.size() > 2);
  CHECK(script.substr(script.size() - 2) == ";\n");
  // Nothing that could end the script element or the statement early.
  CHECK(script.find("</") == std::string::npos);
  CHECK(script.find("<!--") == std::string::npos);
  CHECK(script.find("\u2028") == std::string::npos);

  const std::string json = script.substr(start + prefix.size(),
                                         script.size() - 2 - start - prefix.size());
  const auto data = nlohmann::ordered_json::parse(json);
  REQUIRE(data["docs"].size() == 2);
  CHECK(data["docs"][1]["page"] == "Impacts");
  CHECK(data["docs"][1]["section"] == "Eau");
  CHECK(data["docs"][1]["url"] == "impacts/eau.html#refroidissement");
  CHECK(data["docs"][1]["text"] == sections[1].text);  // \u escapes decode to the same text

  // The index is the one serialize_lunr_index writes for "0", "1" with the composed titles.
  const std::string expected = serialize_lunr_index({
      {"0", "Impacts", sections[0].text},
      {"1", "Impacts \u2014 Eau", sections[1].text},
  });
  CHECK(data["index"].dump() == nlohmann::ordered_json::parse(expected).dump());
  CHECK(data["index"]["fieldVectors"][2][0] == "title/1");
}

TEST_CASE("search weights and synonyms go beside the index, which they leave unchanged") {
  std::vector<SearchSection> sections = {
      {"Données personnelles", "", "donnees-personnelles.html", "Vos données personnelles restent ici."},
      {"RGPD", "", "rgpd.html", "Les données personnelles des agents."},
  };
  sections[0].weight = 0.2;
  const std::vector<SearchSynonym> synonyms = {{"chatbot", {"agent conversationnel"}},
                                               {"LLM", {"grand modèle de langage", "</script>"}}};
  const std::string script = site_search_script(sections, synonyms);
  const std::string prefix = "window.GUIDE_SEARCH=";
  CHECK(script.find("</") == std::string::npos);
  const auto data = nlohmann::ordered_json::parse(
      script.substr(prefix.size() + script.find(prefix), script.size() - 2 - prefix.size() - script.find(prefix)));
  CHECK(data["docs"][0]["weight"] == 0.2);
  CHECK_FALSE(data["docs"][1].contains("weight"));  // 1 is not written
  REQUIRE(data["synonyms"].size() == 2);
  CHECK(data["synonyms"][0] == nlohmann::ordered_json::parse(R"({"query":"chatbot","also":["agent conversationnel"]})"));
  CHECK(data["synonyms"][1]["also"][1] == "</script>");
  const std::string plain = serialize_lunr_index({{"0", sections[0].page_title, sections[0].text},
                                                  {"1", sections[1].page_title, sections[1].text}});
  CHECK(data["index"].dump() == nlohmann::ordered_json::parse(plain).dump());
}

TEST_CASE("script strings escape only < and the line separators") {
  std::string out;
  append_js_json_string(out, "</script>\u2028\u2029\u2027é\"\n", JsonTarget::script);
  CHECK(out == "\"\\u003c/script>\\u2028\\u2029\u2027é\\\"\\n\"");
  out.clear();
  append_js_json_string(out, "</script>\u2028", JsonTarget::json);  // JSON.stringify leaves them
  CHECK(out == "\"</script>\u2028\"");
}

TEST_CASE("the script's index is the plain index with those escapes, whatever its pieces") {
  std::vector<SearchDoc> docs;
  for (int i = 0; i < 300; ++i)  // enough documents for several pieces and analysis ranges
    docs.push_back({std::to_string(i), "Titre <b> " + std::to_string(i % 7),
                    "Le refroidissement consomme de l\u2019eau\u2028 " + std::to_string(i * 31 % 97) +
                        (i % 2 ? " serveurs" : " données </script>")});
  std::string plain = serialize_lunr_index(docs), script;
  write_lunr_index(docs, JsonTarget::script, [&](std::string_view part) { script += part; });
  std::string expected;
  for (size_t i = 0; i < plain.size(); ++i) {
    if (plain[i] == '<') expected += "\\u003c";
    else if (plain.compare(i, 3, "\u2028") == 0) { expected += "\\u2028"; i += 2; }
    else expected += plain[i];
  }
  CHECK(script == expected);
  CHECK(script.find("</") == std::string::npos);
}
