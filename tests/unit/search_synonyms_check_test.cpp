// content/search-synonyms.yaml: what the search reads, and file:line:col errors for the rest.
#include <doctest/doctest.h>

#include <sstream>

#include "check/search_synonyms_check.h"

namespace {

struct Checked {
  std::vector<model::SearchSynonym> synonyms;
  std::string diagnostics;
  size_t errors = 0;
};

Checked read_synonyms(const std::string& yaml) {
  Checked c;
  diag::Diagnostics diags;
  const std::string file = "content/search-synonyms.yaml";
  diags.add_source(file, yaml);
  c.synonyms = check::check_search_synonyms(load::parse_yaml(file, yaml, diags), diags);
  std::ostringstream out;
  diags.print(out);
  c.diagnostics = out.str();
  c.errors = diags.error_count();
  return c;
}

}  // namespace

TEST_CASE("synonyms map a query to one phrase or to a list of phrases") {
  Checked c = read_synonyms("# comment\nchatbot: agent conversationnel\nLLM: [grand modèle de langage, modèle de langage]\n"
                    "appel d'offres: marché public\n");
  CHECK(c.diagnostics.empty());
  REQUIRE(c.synonyms.size() == 3);
  CHECK(c.synonyms[0].query == "chatbot");
  CHECK(c.synonyms[0].also == std::vector<std::string>{"agent conversationnel"});
  CHECK(c.synonyms[1].also == std::vector<std::string>{"grand modèle de langage", "modèle de langage"});
  CHECK(read_synonyms("").synonyms.empty());
  CHECK(read_synonyms("# rien\n").diagnostics.empty());
}

TEST_CASE("search syntax in a phrase is an error at its column") {
  Checked c = read_synonyms("chatbot: agent conversationnel\nLLM: +grand modèle\nchat:bot: x\n");
  CHECK(c.errors >= 1);
  CHECK(c.diagnostics.find("content/search-synonyms.yaml:2:6: error: '+' in '+grand modèle' is not part of a word") !=
        std::string::npos);
  REQUIRE(c.synonyms.size() >= 1);
  CHECK(c.synonyms[0].query == "chatbot");  // the good entries are kept
  Checked star = read_synonyms("IA*: intelligence artificielle\n");
  CHECK(star.diagnostics.find("search-synonyms.yaml:1:3: error: '*' in 'IA*'") != std::string::npos);
}

TEST_CASE("phrases of stop words only, wrong shapes and repeated queries are reported") {
  CHECK(read_synonyms("de la: données\n").diagnostics.find("1:1: error: 'de la' has no word the search keeps") !=
        std::string::npos);
  CHECK(read_synonyms("chatbot: [agent, les]\n").diagnostics.find("1:18: error: 'les' has no word") != std::string::npos);
  CHECK(read_synonyms("chatbot: 42\n").diagnostics.find("1:10: error: each phrase") == std::string::npos);
  CHECK(read_synonyms("chatbot: 42\n").diagnostics.find("1:10: error: 'chatbot' must be followed by a phrase") !=
        std::string::npos);
  CHECK(read_synonyms("chatbot: {a: b}\n").errors == 1);
  CHECK(read_synonyms("- chatbot\n").diagnostics.find("1:1: error: search-synonyms.yaml must map") != std::string::npos);
  Checked twice = read_synonyms("LLM: grand modèle de langage\nllm: modèle de langage\n");
  CHECK(twice.errors == 0);
  CHECK(twice.diagnostics.find("2:1: warning: 'llm' is already listed as 'LLM'") != std::string::npos);
}
