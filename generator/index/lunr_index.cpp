// Builds and serializes a Lunr 2.3.9 index (see lunr_index.h). The builder follows lunr's
// Builder.add / calculateAverageFieldLengths / createFieldVectors and Index.toJSON; comments
// give the lunr.js behaviour each step reproduces.
#include "index/lunr_index.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "index/french_pipeline.h"
#include "index/js_text.h"
#include "parallel/parallel_for.h"

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
  // Each id classified once (not in every comparison): array index or not, and its value.
  std::vector<uint64_t> index_value(docs.size());
  std::vector<char> is_index(docs.size());
  bool in_order = true;  // all array indices, ascending: the add order is already the key order
  for (size_t d = 0; d < docs.size(); ++d) {
    is_index[d] = js_is_array_index(docs[d].id);
    if (is_index[d]) index_value[d] = std::stoull(docs[d].id);
    in_order = in_order && is_index[d] && (d == 0 || index_value[d] > index_value[d - 1]);
  }
  std::vector<uint32_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  if (!in_order) {
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      if (is_index[a] != is_index[b]) return is_index[a] != 0;
      if (!is_index[a]) return false;  // both names: keep insertion order
      return index_value[a] < index_value[b];
    });
  }
  std::vector<uint32_t> rank(docs.size());
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  return rank;
}

// Builder.add over all documents, on every core: each consecutive range of documents gets its own
// pipeline and analyser, numbering terms on first sight within the range. Ranges are then merged
// in order: a range's terms, taken in its own first-sight order, receive the next global numbers
// unless an earlier range already numbered them, which is exactly the order one analyser going
// through all documents would have given. Fields of later ranges are renumbered and re-sorted.
struct Analysis {
  std::vector<FieldTerms> fields;          // [doc * kFieldCount + field], global term numbers
  std::vector<const std::string*> terms;   // global number → term text
  std::vector<std::unique_ptr<FieldAnalyser>> analysers;  // own the terms' storage
};

Analysis analyse_documents(const std::vector<SearchDoc>& docs) {
  constexpr size_t kMinDocsPerRange = 256;  // below this, a second pipeline's memo costs more
  const size_t doc_count = docs.size();
  const size_t ranges =
      std::max<size_t>(1, std::min(parallel::worker_count(), doc_count / kMinDocsPerRange));
  Analysis a;
  a.fields.resize(doc_count * kFieldCount);
  a.analysers.resize(ranges);
  parallel::for_each_index(ranges, [&](size_t r) {
    a.analysers[r] = std::make_unique<FieldAnalyser>();
    const auto [begin, end] = parallel::chunk_range(doc_count, ranges, r);
    for (size_t d = begin; d < end; ++d) {
      a.fields[d * kFieldCount + 0] = a.analysers[r]->analyse(docs[d].title);
      a.fields[d * kFieldCount + 1] = a.analysers[r]->analyse(docs[d].body);
    }
  });

  std::unordered_map<std::string_view, uint32_t> number_of;
  std::vector<std::vector<uint32_t>> global_number(ranges);
  for (size_t r = 0; r < ranges; ++r) {
    for (const IndexTerm* term : a.analysers[r]->terms()) {
      auto [it, added] = number_of.emplace(term->text, static_cast<uint32_t>(a.terms.size()));
      if (added) a.terms.push_back(&term->text);
      global_number[r].push_back(it->second);
    }
  }
  // The first range's numbers are already the global ones.
  parallel::for_each_index(ranges - 1, [&](size_t k) {
    const size_t r = k + 1;
    const auto [begin, end] = parallel::chunk_range(doc_count, ranges, r);
    for (size_t i = begin * kFieldCount; i < end * kFieldCount; ++i) {
      for (TermFrequency& t : a.fields[i].terms) t.term = global_number[r][t.term];
      std::sort(a.fields[i].terms.begin(), a.fields[i].terms.end(),
                [](const TermFrequency& x, const TermFrequency& y) { return x.term < y.term; });
    }
  }, 1);
  return a;
}

}  // namespace

void write_lunr_index(const std::vector<SearchDoc>& docs, JsonTarget target,
                      const std::function<void(std::string_view)>& append) {
  {
    std::unordered_set<std::string_view> seen;
    for (const SearchDoc& doc : docs) {
      if (!seen.insert(doc.id).second)
        throw std::invalid_argument("duplicate document id '" + doc.id + "'");
    }
  }
  const size_t doc_count = docs.size();

  // Builder.add: pipeline every field, number terms on first sight.
  const Analysis analysis = analyse_documents(docs);
  const std::vector<FieldTerms>& fields = analysis.fields;
  const std::vector<const std::string*>& terms = analysis.terms;
  const size_t term_count = terms.size();

  // Three independent pieces of work side by side: the postings of each field, and the order in
  // which the inverted index lists the terms (sorted as JavaScript sorts strings).
  std::vector<uint32_t> term_order(term_count);
  std::iota(term_order.begin(), term_order.end(), 0);
  std::vector<uint32_t> posting_start[kFieldCount], posting_docs[kFieldCount];
  parallel::for_each_index(kFieldCount + 1, [&](size_t job) {
    if (job == kFieldCount) {
      std::sort(term_order.begin(), term_order.end(),
                [&](uint32_t a, uint32_t b) { return js_utf16_less(*terms[a], *terms[b]); });
      return;
    }
    // Postings as compressed rows per field: docs containing each term, in add order.
    const size_t f = job;
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
  }, doc_count < 4096 ? kFieldCount + 2 : 2);

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

  // Serialization (Index.toJSON), escaping each ref once; in postings a ref is always followed by
  // its empty metadata.
  std::vector<std::string> posting_json(doc_count);
  for (size_t d = 0; d < doc_count; ++d) {
    append_js_json_string(posting_json[d], docs[d].id, target);
    posting_json[d] += ":{}";
  }

  // fieldVectors of documents [begin, end).
  auto write_vectors = [&](size_t begin, size_t end, std::string& out) {
    for (size_t d = begin; d < end; ++d) {
      for (int f = 0; f < kFieldCount; ++f) {
        if (d || f) out += ',';
        out += '[';
        append_js_json_string(out, std::string(kFieldNames[f]) + "/" + docs[d].id, target);
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
          // ",term,score" formatted on the stack and appended at once: millions of elements.
          char element[16 + kMaxJsThousandthsChars];
          char* end = element;
          if (!first) *end++ = ',';
          first = false;
          end = std::to_chars(end, end + 10, t.term).ptr;
          *end++ = ',';
          end = write_js_thousandths(end, rounded);
          out.append(element, static_cast<size_t>(end - element));
        }
        out += "]]";
      }
    }
  };

  // invertedIndex entries [begin, end) of the terms in JavaScript's sort order; postings in the
  // key order of a JavaScript object (only differs from add order for array-index refs).
  const std::vector<uint32_t> rank = js_key_rank(docs);
  bool reorder = false;
  for (size_t d = 0; d < doc_count && !reorder; ++d) reorder = rank[d] != d;
  auto write_terms = [&](size_t begin, size_t end, std::string& out) {
    std::vector<uint32_t> posting;
    for (size_t i = begin; i < end; ++i) {
      const uint32_t t = term_order[i];
      if (i) out += ',';
      out += '[';
      append_js_json_string(out, *terms[t], target);
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
          out += posting_json[posting[k]];
        }
        out += '}';
      }
      out += "}]";
    }
  };

  // Written in order: header, vectors, separator, terms, footer. The vectors and the terms are
  // cut into chunks (several per core, so that uneven ones even out) built by every core a wave
  // at a time, each wave handed to `append` and freed before the next: only a few chunks of a
  // large index exist as text at once. The output does not depend on the chunking.
  append("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[");
  const size_t chunks = doc_count < 64 ? 1 : 16 * parallel::worker_count();
  parallel::build_in_order(chunks, [&](size_t k, std::string& out) {
    const auto [begin, end] = parallel::chunk_range(doc_count, chunks, k);
    write_vectors(begin, end, out);
  }, append);
  append("],\"invertedIndex\":[");
  parallel::build_in_order(chunks, [&](size_t k, std::string& out) {
    const auto [begin, end] = parallel::chunk_range(term_count, chunks, k);
    write_terms(begin, end, out);
  }, append);
  append("],\"pipeline\":[\"trimmer-fr\",\"accentFold-fr\",\"stemmer-fr\"]}");
}

std::string serialize_lunr_index(const std::vector<SearchDoc>& docs) {
  std::string out;
  write_lunr_index(docs, JsonTarget::json, [&](std::string_view part) { out += part; });
  return out;
}

}  // namespace search
