#pragma once
// Reads the `guide index` input, [{"id","title","body","url"}...], straight into SearchDocs: the
// usual shape (string fields) with simdjson, anything else with nlohmann's SAX parser, whose
// reading follows lunr's in every case and whose errors are the ones reported. A DOM of a large
// corpus would double the memory touched for nothing.
#include <string>
#include <string_view>
#include <vector>

#include "index/lunr_index.h"

namespace search {

struct SearchDocsError {
  std::string message;
  size_t byte = 0;  // 1-based offset of the byte where JSON syntax fails, 0 for a structural error
};

/// Fields follow lunr's reading of a document: strings as they are, numbers and booleans as
/// JavaScript writes them, null or absent as no text. "id" is required (string or number);
/// other keys are ignored. Returns false and fills `error` on the first problem; structural
/// errors name the entry by its index.
bool parse_search_docs(std::string_view json, std::vector<SearchDoc>& docs, SearchDocsError& error);

}  // namespace search
