// Builds and serializes a Lunr 2.3.9 index (see lunr_index.h). The builder follows lunr's
// Builder.add / calculateAverageFieldLengths / createFieldVectors and Index.toJSON; comments
// give the lunr.js behaviour each step reproduces.
#include "index/lunr_index.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "index/french_pipeline.h"
#include "index/js_text.h"

// lunr computes in plain IEEE double: a fused multiply-add (which GCC emits by default for C++
// when the target has FMA, e.g. -march=native) would change last bits, and with them roundings.
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

namespace search {
namespace {

constexpr int kFieldCount = 2;
const char* const kFieldNames[kFieldCount] = {"title", "body"};
constexpr double kFieldBoost[kFieldCount] = {10, 1};
constexpr double kK1 = 1.2;  // lunr.Builder defaults
constexpr double kB = 0.75;

struct TermFrequency {
  uint32_t term;
  uint32_t tf;
};

// One document field after the pipeline: its length (terms counted with repeats, "" included)
// and its distinct terms with their frequencies, ascending by term index as lunr.Vector keeps them.
struct FieldTerms {
  uint32_t length = 0;
  std::vector<TermFrequency> terms;
};

// Builder.add for one field: terms numbered on first sight (lunr's termIndex, across documents
// × fields × tokens), then counted. Counting uses a per-term stamp instead of a map: this runs
// for every token of the corpus.
class FieldAnalyser {
 public:
  FieldTerms analyse(const std::string& text) {
    terms_.clear();
    pipeline_.run(text, terms_);
    FieldTerms field;
    field.length = static_cast<uint32_t>(terms_.size());
    ++stamp_;
    distinct_.clear();
    for (IndexTerm* term : terms_) {
      if (term->number == IndexTerm::kUnnumbered) {
        term->number = static_cast<uint32_t>(numbered_.size());
        numbered_.push_back(term);
        seen_in_field_.push_back(0);
        tf_.push_back(0);
      }
      const uint32_t n = term->number;
      if (seen_in_field_[n] != stamp_) {
        seen_in_field_[n] = stamp_;
        tf_[n] = 0;
        distinct_.push_back(n);
      }
      ++tf_[n];
    }
    std::sort(distinct_.begin(), distinct_.end());
    field.terms.reserve(distinct_.size());
    for (uint32_t n : distinct_) field.terms.push_back({n, tf_[n]});
    return field;
  }

  /// Terms by number.
  const std::vector<IndexTerm*>& terms() const { return numbered_; }

 private:
  FrenchIndexPipeline pipeline_;
  std::vector<IndexTerm*> terms_, numbered_;
  std::vector<uint32_t> seen_in_field_, tf_, distinct_;
  uint32_t stamp_ = 0;
};

// Object key order of JavaScript: canonical array indices ascending, then insertion order.
std::vector<uint32_t> js_key_rank(const std::vector<SearchDoc>& docs) {
  std::vector<uint32_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const bool ia = js_is_array_index(docs[a].id), ib = js_is_array_index(docs[b].id);
    if (ia != ib) return ia;
    if (!ia) return false;  // both names: keep insertion order
    return std::stoull(docs[a].id) < std::stoull(docs[b].id);
  });
  std::vector<uint32_t> rank(docs.size());
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  return rank;
}

}  // namespace

std::string serialize_lunr_index(const std::vector<SearchDoc>& docs) {
  {
    std::unordered_set<std::string_view> seen;
    for (const SearchDoc& doc : docs) {
      if (!seen.insert(doc.id).second)
        throw std::invalid_argument("duplicate document id '" + doc.id + "'");
    }
  }
  const size_t doc_count = docs.size();

  // Builder.add: pipeline every field, number terms on first sight.
  FieldAnalyser analyser;
  std::vector<FieldTerms> fields(doc_count * kFieldCount);  // [doc * kFieldCount + field]
  for (size_t d = 0; d < doc_count; ++d) {
    fields[d * kFieldCount + 0] = analyser.analyse(docs[d].title);
    fields[d * kFieldCount + 1] = analyser.analyse(docs[d].body);
  }
  const auto& terms = analyser.terms();
  const size_t term_count = terms.size();

  // Postings as compressed rows per field: docs containing each term, in add order.
  std::vector<uint32_t> posting_start[kFieldCount], posting_docs[kFieldCount];
  for (int f = 0; f < kFieldCount; ++f) {
    std::vector<uint32_t>& start = posting_start[f];
    start.assign(term_count + 1, 0);
    for (size_t d = 0; d < doc_count; ++d)
      for (const TermFrequency& t : fields[d * kFieldCount + f].terms) ++start[t.term + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    posting_docs[f].resize(start.back());
    for (size_t d = 0; d < doc_count; ++d)
      for (const TermFrequency& t : fields[d * kFieldCount + f].terms)
        posting_docs[f][fill[t.term]++] = static_cast<uint32_t>(d);
  }

  // lunr.idf: document frequency summed over fields (a term in title and body counts twice).
  std::vector<double> idf(term_count);
  for (size_t t = 0; t < term_count; ++t) {
    double n = 0;
    for (int f = 0; f < kFieldCount; ++f) n += posting_start[f][t + 1] - posting_start[f][t];
    const double x = (static_cast<double>(doc_count) - n + 0.5) / (n + 0.5);
    idf[t] = js_math_log(1 + std::fabs(x));
  }

  // calculateAverageFieldLengths: an integer sum, then one division.
  double average_length[kFieldCount];
  for (int f = 0; f < kFieldCount; ++f) {
    double sum = 0;
    for (size_t d = 0; d < doc_count; ++d) sum += fields[d * kFieldCount + f].length;
    average_length[f] = sum / static_cast<double>(doc_count);
  }

  // Serialization (Index.toJSON), escaping each ref once.
  std::vector<std::string> ref_json(doc_count);
  for (size_t d = 0; d < doc_count; ++d) append_js_json_string(ref_json[d], docs[d].id);

  std::string out;
  out.reserve(64 + doc_count * 4096);
  out += "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[";
  for (size_t d = 0; d < doc_count; ++d) {
    for (int f = 0; f < kFieldCount; ++f) {
      if (d || f) out += ',';
      out += '[';
      append_js_json_string(out, std::string(kFieldNames[f]) + "/" + docs[d].id);
      out += ",[";
      const FieldTerms& field = fields[d * kFieldCount + f];
      const double length = field.length;
      bool first = true;
      for (const TermFrequency& t : field.terms) {
        // createFieldVectors, in lunr's operation order (no fused multiply-add).
        const double tf = t.tf;
        double score = idf[t.term] * ((kK1 + 1) * tf) /
                       (kK1 * (1 - kB + kB * (length / average_length[f])) + tf);
        score *= kFieldBoost[f];
        score *= 1;  // document boost
        const double rounded = std::round(score * 1000) / 1000;
        if (!first) out += ',';
        first = false;
        out += std::to_string(t.term);
        out += ',';
        append_js_number(out, rounded);
      }
      out += "]]";
    }
  }
  out += "],\"invertedIndex\":[";

  std::vector<uint32_t> term_order(term_count);
  std::iota(term_order.begin(), term_order.end(), 0);
  std::sort(term_order.begin(), term_order.end(), [&](uint32_t a, uint32_t b) {
    return js_utf16_less(terms[a]->text, terms[b]->text);
  });

  const std::vector<uint32_t> rank = js_key_rank(docs);
  const bool reorder = std::any_of(docs.begin(), docs.end(),
                                   [](const SearchDoc& d) { return js_is_array_index(d.id); });
  std::vector<uint32_t> posting;
  for (size_t i = 0; i < term_count; ++i) {
    const uint32_t t = term_order[i];
    if (i) out += ',';
    out += '[';
    append_js_json_string(out, terms[t]->text);
    out += ",{\"_index\":";
    out += std::to_string(t);
    for (int f = 0; f < kFieldCount; ++f) {
      out += ",\"";
      out += kFieldNames[f];
      out += "\":{";
      posting.assign(posting_docs[f].begin() + posting_start[f][t],
                     posting_docs[f].begin() + posting_start[f][t + 1]);
      if (reorder)
        std::sort(posting.begin(), posting.end(),
                  [&](uint32_t a, uint32_t b) { return rank[a] < rank[b]; });
      for (size_t k = 0; k < posting.size(); ++k) {
        if (k) out += ',';
        out += ref_json[posting[k]];
        out += ":{}";
      }
      out += '}';
    }
    out += "}]";
  }
  out += "],\"pipeline\":[\"trimmer-fr\",\"accentFold-fr\",\"stemmer-fr\"]}";
  return out;
}

}  // namespace search
