#pragma once
// A Lunr 2.3.9 index written in C++, byte-identical to JSON.stringify(idx) of the index lunr.js
// builds with lunr-languages 1.22.0 and:
//   lunr.tokenizer.separator = lunr.QueryLexer.termSeparator = /[\s\-'’]+/  (french_pipeline.h)
//   lunr(function () { this.use(lunr.fr); this.ref('id');
//                      this.field('title', {boost: 10}); this.field('body');
//                      docs.forEach(d => this.add(d)); })
// The format, scoring and ordering rules are in shared/research/lunr-format.md §a.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "index/js_text.h"

namespace search {

struct SearchDoc {
  std::string id, title, body;
};

/// One document after lunr's pipeline, ready for the index: for each field (title, body), its
/// length in terms and its distinct terms with their frequencies, in order of first occurrence.
/// Terms are numbered by the analyser that produced it (see LunrAnalysers).
struct AnalysedDoc {
  struct Term {
    uint32_t term;  // the analyser's number
    uint32_t tf;
  };
  struct Field {
    uint32_t length = 0;
    std::vector<Term> terms;
  };
  static constexpr int kFieldCount = 2;
  uint32_t analyser = 0;
  Field fields[kFieldCount];  // title, body
};

/// Builder.add's pipeline, run ahead of the index on several threads (a large site analyses each
/// page's sections as soon as the page is rendered, on the core that rendered it). Each analyser
/// numbers terms on its own; the index then numbers them in document order, as lunr.js does when
/// one builder adds every document in turn, so the result does not depend on which analyser took
/// which document.
class LunrAnalysers {
 public:
  explicit LunrAnalysers(size_t count);
  ~LunrAnalysers();
  LunrAnalysers(const LunrAnalysers&) = delete;
  LunrAnalysers& operator=(const LunrAnalysers&) = delete;

  size_t size() const { return analysers_.size(); }

  /// Analyses one document with analyser `which`, which one thread at a time may use.
  AnalysedDoc analyse(size_t which, std::string_view title, std::string_view body);

  /// The text of term `number` of analyser `which`, and how many terms that analyser numbered.
  const std::string& term_text(size_t which, uint32_t number) const;
  size_t term_count(size_t which) const;

 private:
  class FieldAnalyser;
  std::vector<std::unique_ptr<FieldAnalyser>> analysers_;
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

/// The same for documents already analysed (`analysed[i]` is docs[i], whose title and body are
/// then not read again), by `analysers`.
void write_lunr_index(const std::vector<SearchDoc>& docs, std::vector<AnalysedDoc> analysed,
                      const LunrAnalysers& analysers, JsonTarget target,
                      const std::function<void(std::string_view)>& append);

}  // namespace search
