#pragma once
// A Lunr 2.3.9 index written in C++, byte-identical to JSON.stringify(idx) of the index lunr.js
// builds with lunr-languages 1.22.0 and:
//   lunr.tokenizer.separator = lunr.QueryLexer.termSeparator = /[\s\-'’]+/  (french_pipeline.h)
//   lunr(function () { this.use(lunr.fr); this.ref('id');
//                      this.field('title', {boost: 10}); this.field('body');
//                      docs.forEach(d => this.add(d)); })
// The format, scoring and ordering rules are in shared/research/lunr-format.md §a.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "index/js_text.h"

namespace search {

struct SearchDoc {
  std::string id, title, body;
};

/// The serialized index (no trailing newline). Documents are added in vector order.
/// Throws std::invalid_argument on two documents with the same id: lunr.js would silently keep
/// half of each, so the browser's results would not match the pages.
std::string serialize_lunr_index(const std::vector<SearchDoc>& docs);

/// The same index handed to `append` in consecutive parts (their concatenation is the serialized
/// index), built on every core and never held whole in memory. With JsonTarget::script the
/// strings carry the escapes a classic <script> needs.
void write_lunr_index(const std::vector<SearchDoc>& docs, JsonTarget target,
                      const std::function<void(std::string_view)>& append);

}  // namespace search
