// SAX reading of [{"id","title","body","url"}...] (see search_docs_json.h).
#include "index/search_docs_json.h"

#include <atomic>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "index/js_text.h"
#include "parallel/parallel_for.h"

namespace search {
namespace {

using Json = nlohmann::json;

class DocsHandler : public nlohmann::json_sax<Json> {
 public:
  DocsHandler(std::vector<SearchDoc>& docs, SearchDocsError& error) : docs_(docs), error_(error) {}

  bool null() override { return scalar(nullptr); }
  bool boolean(bool v) override { return scalar(v ? "true" : "false"); }
  bool number_integer(number_integer_t v) override { return number(static_cast<double>(v)); }
  bool number_unsigned(number_unsigned_t v) override { return number(static_cast<double>(v)); }
  bool number_float(number_float_t v, const string_t&) override { return number(v); }
  bool string(string_t& v) override {
    is_string_ = true;
    return scalar(&v);
  }
  bool binary(binary_t&) override { return fail("unexpected binary value"); }

  bool start_object(std::size_t) override {
    if (skip_depth_) return ++skip_depth_, true;
    if (depth_ == 0) return fail("expected an array of {\"id\",\"title\",\"body\",\"url\"} objects");
    if (depth_ == 1) {
      depth_ = 2;
      doc_ = SearchDoc{};
      has_id_ = false;
      return true;
    }
    return nested();
  }
  bool start_array(std::size_t) override {
    if (skip_depth_) return ++skip_depth_, true;
    if (depth_ == 0) return depth_ = 1, true;
    if (depth_ == 1) return fail(entry() + " is not an object");
    return nested();
  }
  bool key(string_t& k) override {
    if (!skip_depth_) key_ = k;
    return true;
  }
  bool end_object() override {
    if (skip_depth_) return --skip_depth_, true;
    if (!has_id_) return fail(entry() + " has no \"id\" (a string or a number)");
    docs_.push_back(std::move(doc_));
    depth_ = 1;
    return true;
  }
  bool end_array() override {
    if (skip_depth_) return --skip_depth_, true;
    depth_ = 0;
    return true;
  }
  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& e) override {
    // e.what() is "[json.exception.parse_error.101] parse error at line L, column C: <what>";
    // keep <what>: the caller prints the position its own way.
    error_.message = e.what();
    const auto colon = error_.message.find(": ");
    if (colon != std::string::npos) error_.message = error_.message.substr(colon + 2);
    // `position` counts the bytes read: the last one is where the parse failed (the end of the
    // offending token). nlohmann's last_token can span several tokens, so it is no guide.
    error_.byte = position > 0 ? position : 1;
    return false;
  }

 private:
  std::string entry() const { return "entry " + std::to_string(docs_.size()); }

  bool fail(std::string message) {
    error_.message = std::move(message);
    error_.byte = 0;
    return false;
  }

  // An object or array as a field value: an error for the fields lunr reads, skipped otherwise.
  bool nested() {
    if (key_ == "id" || key_ == "title" || key_ == "body")
      return fail(entry() + ": \"" + key_ + "\" must be a string");
    skip_depth_ = 1;
    return true;
  }

  bool number(double v) {
    std::string text;
    append_js_number(text, v);
    return scalar(&text);
  }
  bool scalar(const char* literal) {
    std::string text = literal;
    return scalar(&text);
  }
  bool scalar(std::nullptr_t) {
    if (!skip_depth_ && depth_ == 2 && key_ == "id")
      return fail(entry() + " has no \"id\" (a string or a number)");
    std::string empty;
    return scalar(&empty);
  }
  bool scalar(std::string* text) {
    const bool was_string = is_string_;
    is_string_ = false;
    if (skip_depth_) return true;
    if (depth_ == 0) return fail("expected an array of {\"id\",\"title\",\"body\",\"url\"} objects");
    if (depth_ == 1) return fail(entry() + " is not an object");
    // Copied, not moved: the parser's own buffer then keeps its size for the next string, where
    // a moved-from one grew again by doubling for every page's body (copies and page faults).
    if (key_ == "id") {
      if (!was_string && (*text == "true" || *text == "false"))
        return fail(entry() + ": \"id\" must be a string or a number");
      doc_.id.assign(*text);
      has_id_ = true;
    } else if (key_ == "title") {
      doc_.title.assign(*text);
    } else if (key_ == "body") {
      doc_.body.assign(*text);
    }
    return true;
  }

  std::vector<SearchDoc>& docs_;
  SearchDocsError& error_;
  int depth_ = 0;       // 0 outside, 1 in the array, 2 in an entry
  int skip_depth_ = 0;  // > 0 inside an ignored nested value
  bool is_string_ = false;
  bool has_id_ = false;
  std::string key_;
  SearchDoc doc_;
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// The byte ranges of the entries of a top-level array of objects, found by following only
// strings and brackets: [ {…}, {…} ]. False at anything else (the full parse then explains it).
bool split_entries(std::string_view s, std::vector<std::pair<size_t, size_t>>& spans) {
  size_t i = 0;
  auto skip_space = [&] {
    while (i < s.size() && is_space(s[i])) ++i;
  };
  skip_space();
  if (i >= s.size() || s[i] != '[') return false;
  ++i;
  skip_space();
  if (i < s.size() && s[i] == ']') return false;  // empty: nothing to share out
  while (true) {
    skip_space();
    if (i >= s.size() || s[i] != '{') return false;
    const size_t start = i;
    int depth = 0;
    while (i < s.size()) {
      const char c = s[i];
      if (c == '"') {  // to the closing quote: the first one after an even run of backslashes
        size_t q = i;
        while (true) {
          const void* found = std::memchr(s.data() + q + 1, '"', s.size() - q - 1);
          if (!found) return false;
          q = static_cast<size_t>(static_cast<const char*>(found) - s.data());
          size_t backslashes = 0;
          while (s[q - 1 - backslashes] == '\\') ++backslashes;
          if (backslashes % 2 == 0) break;
        }
        i = q + 1;
        continue;
      }
      if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) {
          ++i;
          break;
        }
      }
      ++i;
    }
    if (depth != 0) return false;
    spans.emplace_back(start, i);
    skip_space();
    if (i < s.size() && s[i] == ',') {
      ++i;
      continue;
    }
    if (i >= s.size() || s[i] != ']') return false;
    ++i;
    skip_space();
    return i == s.size();
  }
}

// Reads a run of consecutive entries as the array "[" + text + "]" without copying it: the text
// between the first entry's '{' and the last one's '}' holds the entries and their commas.
class BracketedText {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  BracketedText(std::string_view text, size_t pos) : text_(text), pos_(pos) {}
  const char& operator*() const {
    static const char open = '[', close = ']';
    return pos_ == 0 ? open : pos_ == text_.size() + 1 ? close : text_[pos_ - 1];
  }
  BracketedText& operator++() {
    ++pos_;
    return *this;
  }
  BracketedText operator++(int) {
    BracketedText before = *this;
    ++pos_;
    return before;
  }
  bool operator==(const BracketedText& o) const { return pos_ == o.pos_; }
  bool operator!=(const BracketedText& o) const { return pos_ != o.pos_; }

 private:
  std::string_view text_;
  size_t pos_;
};

// Entries parsed on every core, a run of them per parse (one parser reads a run, its buffers
// grown once). False when any run does not read cleanly: the caller then parses the whole text
// in order, which reports the first problem exactly as it always has.
bool parse_entries_in_parallel(std::string_view json, std::vector<SearchDoc>& docs) {
  std::vector<std::pair<size_t, size_t>> spans;
  if (!split_entries(json, spans)) return false;
  docs.assign(spans.size(), SearchDoc{});
  std::atomic<bool> ok{true};
  const size_t chunks = std::min(spans.size(), 4 * parallel::worker_count());
  parallel::for_each_index(chunks, [&](size_t k) {
    const auto [begin, end] = parallel::chunk_range(spans.size(), chunks, k);
    if (begin == end) return;
    std::vector<SearchDoc> run;
    run.reserve(end - begin);
    SearchDocsError error;
    DocsHandler handler(run, error);
    const std::string_view text =
        json.substr(spans[begin].first, spans[end - 1].second - spans[begin].first);
    if (!Json::sax_parse(BracketedText(text, 0), BracketedText(text, text.size() + 2), &handler) ||
        !error.message.empty() || run.size() != end - begin) {
      ok = false;
      return;
    }
    std::move(run.begin(), run.end(), docs.begin() + static_cast<std::ptrdiff_t>(begin));
  });
  return ok;
}

}  // namespace

bool parse_search_docs(std::string_view json, std::vector<SearchDoc>& docs, SearchDocsError& error) {
  // A large input is shared out between the cores entry by entry (JSON reading was the longest
  // part of `guide index` that ran on one core); a small one, or one that is not a plain array
  // of objects, is read in one go.
  constexpr size_t kParallelFrom = 1 << 20;
  if (json.size() >= kParallelFrom && parse_entries_in_parallel(json, docs)) return true;
  docs.clear();
  DocsHandler handler(docs, error);
  return Json::sax_parse(json.begin(), json.end(), &handler) && error.message.empty();
}

}  // namespace search
