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

#include "index/strict_ieee.h"  // lunr computes in plain IEEE double

namespace search {
namespace {

constexpr int kFieldCount = AnalysedDoc::kFieldCount;
const char* const kFieldNames[kFieldCount] = {"title", "body"};
constexpr double kFieldBoost[kFieldCount] = {10, 1};
constexpr double kK1 = 1.2;  // lunr.Builder defaults
constexpr double kB = 0.75;

using TermFrequency = AnalysedDoc::Term;
// One document field after the pipeline: its length (terms counted with repeats, "" included)
// and its distinct terms with their frequencies; in the index, ascending by term index as
// lunr.Vector keeps them.
using FieldTerms = AnalysedDoc::Field;

}  // namespace

// Builder.add for one field: terms numbered on first sight by this analyser, then counted.
// Counting uses a per-term stamp instead of a map: this runs for every token of the corpus.
class LunrAnalysers::FieldAnalyser {
 public:
  FieldTerms analyse(std::string_view text) {
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
    // In order of first occurrence: the index numbers terms across documents from that order.
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

LunrAnalysers::LunrAnalysers(size_t count) {
  for (size_t i = 0; i < std::max<size_t>(count, 1); ++i)
    analysers_.push_back(std::make_unique<FieldAnalyser>());
}

LunrAnalysers::~LunrAnalysers() = default;

AnalysedDoc LunrAnalysers::analyse(size_t which, std::string_view title, std::string_view body) {
  AnalysedDoc doc;
  doc.analyser = static_cast<uint32_t>(which);
  doc.fields[0] = analysers_[which]->analyse(title);
  doc.fields[1] = analysers_[which]->analyse(body);
  return doc;
}

const std::string& LunrAnalysers::term_text(size_t which, uint32_t number) const {
  return analysers_[which]->terms()[number]->text;
}

size_t LunrAnalysers::term_count(size_t which) const { return analysers_[which]->terms().size(); }

namespace {

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

// lunr's termIndex over documents analysed in any order by several analysers: documents in add
// order, fields in order, each field's terms in order of first occurrence; a term gets the next
// number the first time its text is met. That is the number one builder adding every document
// in turn would have given it. Fields are then renumbered and sorted, on every core.
struct Analysis {
  std::vector<FieldTerms> fields;         // [doc * kFieldCount + field], global term numbers
  std::vector<const std::string*> terms;  // global number → term text
};

Analysis number_terms(std::vector<AnalysedDoc> analysed, const LunrAnalysers& analysers) {
  constexpr uint32_t kUnset = UINT32_MAX;
  Analysis a;
  std::vector<std::vector<uint32_t>> global_number(analysers.size());
  for (size_t w = 0; w < analysers.size(); ++w) global_number[w].assign(analysers.term_count(w), kUnset);
  std::unordered_map<std::string_view, uint32_t> number_of;
  for (const AnalysedDoc& doc : analysed) {
    std::vector<uint32_t>& mine = global_number[doc.analyser];
    for (const FieldTerms& field : doc.fields) {
      for (const TermFrequency& t : field.terms) {
        if (mine[t.term] != kUnset) continue;
        const std::string& text = analysers.term_text(doc.analyser, t.term);
        auto [it, added] = number_of.emplace(text, static_cast<uint32_t>(a.terms.size()));
        if (added) a.terms.push_back(&text);
        mine[t.term] = it->second;
      }
    }
  }
  a.fields.resize(analysed.size() * kFieldCount);
  const size_t chunks = analysed.size() < 256 ? 1 : 4 * parallel::worker_count();
  parallel::for_each_index(chunks, [&](size_t k) {
    const auto [begin, end] = parallel::chunk_range(analysed.size(), chunks, k);
    for (size_t d = begin; d < end; ++d) {
      const std::vector<uint32_t>& mine = global_number[analysed[d].analyser];
      for (int f = 0; f < kFieldCount; ++f) {
        FieldTerms& field = a.fields[d * kFieldCount + f];
        field = std::move(analysed[d].fields[f]);
        for (TermFrequency& t : field.terms) t.term = mine[t.term];
        std::sort(field.terms.begin(), field.terms.end(),
                  [](const TermFrequency& x, const TermFrequency& y) { return x.term < y.term; });
      }
    }
  });
  return a;
}

}  // namespace

void write_lunr_index(const std::vector<SearchDoc>& docs, JsonTarget target,
                      const std::function<void(std::string_view)>& append) {
  // Builder.add's pipeline on every core, documents handed out one at a time (below a few hundred
  // documents, one analyser: a second one's memo would cost more than it saves).
  constexpr size_t kMinDocsPerAnalyser = 256;
  LunrAnalysers analysers(std::min(parallel::worker_count(),
                                   std::max<size_t>(1, docs.size() / kMinDocsPerAnalyser)));
  std::vector<AnalysedDoc> analysed(docs.size());
  parallel::for_each_index_on_workers(docs.size(), analysers.size(), [&](size_t d, size_t worker) {
    analysed[d] = analysers.analyse(worker, docs[d].title, docs[d].body);
  });
  write_lunr_index(docs, std::move(analysed), analysers, target, append);
}

void write_lunr_index(const std::vector<SearchDoc>& docs, std::vector<AnalysedDoc> analysed,
                      const LunrAnalysers& analysers, JsonTarget target,
                      const std::function<void(std::string_view)>& append) {
  {
    std::unordered_set<std::string_view> seen;
    for (const SearchDoc& doc : docs) {
      if (!seen.insert(doc.id).second)
        throw std::invalid_argument("duplicate document id '" + doc.id + "'");
    }
  }
  if (analysed.size() != docs.size()) throw std::invalid_argument("one analysis per document is needed");
  const size_t doc_count = docs.size();

  // Builder.add: terms numbered on first sight, in document order.
  const Analysis analysis = number_terms(std::move(analysed), analysers);
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

  // Postings of term t, over both fields (a term in title and body counts twice).
  auto posting_count = [&](size_t t) {
    uint32_t n = 0;
    for (int f = 0; f < kFieldCount; ++f) n += posting_start[f][t + 1] - posting_start[f][t];
    return n;
  };

  // lunr.idf: document frequency summed over fields.
  std::vector<double> idf(term_count);
  for (size_t t = 0; t < term_count; ++t) {
    const double n = posting_count(t);
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
  // The inverted index is cut by postings, not by terms: its text is mostly postings, and a few
  // common terms hold tens of thousands each while most hold one or two. Equal numbers of terms
  // made chunks of very unequal size (one core building a chunk of tens of MB, the other idle).
  std::vector<size_t> term_bounds(chunks + 1, term_count);
  {
    auto weight = [&](size_t t) { return uint64_t{1} + posting_count(t); };  // a term's own text too
    uint64_t total = 0;
    for (size_t t = 0; t < term_count; ++t) total += weight(t);
    uint64_t seen = 0;
    size_t k = 0;
    term_bounds[0] = 0;
    for (size_t i = 0; i < term_count && k + 1 < chunks; ++i) {
      seen += weight(term_order[i]);
      while (k + 1 < chunks && seen * chunks >= total * (k + 1)) term_bounds[++k] = i + 1;
    }
  }
  parallel::build_in_order(chunks, [&](size_t k, std::string& out) {
    write_terms(term_bounds[k], term_bounds[k + 1], out);
  }, append);
  append("],\"pipeline\":[\"trimmer-fr\",\"accentFold-fr\",\"stemmer-fr\"]}");
}

std::string serialize_lunr_index(const std::vector<SearchDoc>& docs) {
  std::string out;
  write_lunr_index(docs, JsonTarget::json, [&](std::string_view part) { out += part; });
  return out;
}

}  // namespace search
