// content/search-synonyms.yaml (see search_synonyms_check.h).
#include "check/search_synonyms_check.h"

#include <map>
#include <string>

#include "index/french_pipeline.h"

namespace check {

namespace {

// The first byte of `phrase` that the search would read as syntax or that is no part of a word,
// or npos. Bytes above ASCII are letters of other alphabets or accents (or ’), all fine.
size_t first_bad_byte(const std::string& phrase) {
  for (size_t i = 0; i < phrase.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(phrase[i]);
    const bool ok = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '\'';
    if (!ok) return i;
  }
  return std::string::npos;
}

// True when the search keeps at least one word of `phrase` (the index's tokenizer, trimmer and
// stop words: what lunr.fr does to a query before stemming).
bool has_searchable_word(const std::string& phrase) {
  std::string lowered;
  for (std::string_view token : search::tokenize(phrase, lowered)) {
    const std::string_view word = search::trim_fr(token);
    if (!word.empty() && !search::is_stop_word_fr(word)) return true;
  }
  return false;
}

std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Reports what is wrong with one phrase; `where` is its position, `role` says which side it is.
bool check_phrase(const std::string& phrase, const diag::SourcePos& where, bool is_query,
                  diag::Diagnostics& diags) {
  const size_t bad = first_bad_byte(phrase);
  if (bad != std::string::npos) {
    diag::SourcePos at = where;
    at.col += static_cast<int>(bad);
    diags.error(at, "'" + std::string(1, phrase[bad]) + "' in '" + phrase + "' is not part of a word",
                {"write plain words: letters, digits, spaces, hyphens and apostrophes (the search "
                 "reads + - : ^ ~ * as query syntax)"});
    return false;
  }
  if (!has_searchable_word(phrase)) {
    diags.error(where, "'" + phrase + "' has no word the search keeps (empty, or only stop words like "
                           "'de', 'la', 'les')",
                {is_query ? "such a query never reaches the synonyms: remove the entry"
                          : "such a phrase finds nothing: write the words the guide uses"});
    return false;
  }
  return true;
}

}  // namespace

std::vector<model::SearchSynonym> check_search_synonyms(const load::YamlDocument& doc,
                                                        diag::Diagnostics& diags) {
  std::vector<model::SearchSynonym> out;
  if (doc.file.empty() || !doc.ok || doc.value.is_null()) return out;
  if (!doc.value.is_object()) {
    diags.error({doc.file, 1, 1}, "search-synonyms.yaml must map what readers type to the words of the guide",
                {"one line per query, e.g. 'chatbot: agent conversationnel' or "
                 "'LLM: [grand modèle de langage, modèle de langage]'"});
    return out;
  }
  std::map<std::string, std::string> seen;  // lower-cased query → as first written
  for (const auto& kv : doc.value.items()) {
    const std::string pointer = "/" + load::pointer_token(kv.key());
    bool ok = check_phrase(kv.key(), doc.key_position(pointer), true, diags);
    model::SearchSynonym synonym{kv.key(), {}};
    const auto& value = kv.value();
    if (value.is_string()) {
      ok &= check_phrase(value.get<std::string>(), doc.position(pointer), false, diags);
      synonym.also.push_back(value.get<std::string>());
    } else if (value.is_array() && !value.empty()) {
      for (size_t i = 0; i < value.size(); ++i) {
        const std::string item = pointer + "/" + std::to_string(i);
        if (!value[i].is_string()) {
          diags.error(doc.position(item), "each phrase in the list must be a text");
          ok = false;
          continue;
        }
        ok &= check_phrase(value[i].get<std::string>(), doc.position(item), false, diags);
        synonym.also.push_back(value[i].get<std::string>());
      }
    } else {
      diags.error(doc.position(pointer), "'" + kv.key() + "' must be followed by a phrase or a list of phrases",
                  {"e.g. '" + kv.key() + ": agent conversationnel' or '" + kv.key() + ": [un mot, un autre]'"});
      ok = false;
    }
    auto first = seen.emplace(ascii_lower(kv.key()), kv.key());
    if (!first.second) {
      diags.warning(doc.key_position(pointer), "'" + kv.key() + "' is already listed as '" +
                                                   first.first->second + "' (the search ignores case)",
                    {"merge the two entries into one list"});
    }
    if (ok) out.push_back(std::move(synonym));
  }
  return out;
}

}  // namespace check
