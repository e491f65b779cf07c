// SAX reading of [{"id","title","body","url"}...] (see search_docs_json.h).
#include "index/search_docs_json.h"

#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "index/js_text.h"

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

// The common case read with simdjson, which validates and scans the text several bytes at a time
// (nlohmann's SAX reads it byte by byte: that was a quarter of `guide index`'s time, on one core).
// Only the shape the site writes is taken: an array of objects whose "id", "title" and "body" are
// strings or null. Anything else (numbers, booleans, nested values, errors) returns false, and the
// caller reads the whole text with the SAX parser above, whose reading of every case is lunr's and
// whose errors are the ones reported.
bool parse_plain_docs(std::string_view json, std::vector<SearchDoc>& docs) {
  simdjson::ondemand::parser parser;
  const simdjson::padded_string padded(json.data(), json.size());
  simdjson::ondemand::document doc;
  if (parser.iterate(padded).get(doc)) return false;
  simdjson::ondemand::array entries;
  if (doc.get_array().get(entries)) return false;
  for (auto entry : entries) {
    simdjson::ondemand::object object;
    if (entry.get_object().get(object)) return false;
    SearchDoc d;
    bool has_id = false;
    for (auto field : object) {
      std::string_view key;
      if (field.unescaped_key().get(key)) return false;
      std::string* target = key == "id" ? &d.id : key == "title" ? &d.title : key == "body" ? &d.body : nullptr;
      simdjson::ondemand::value value;
      if (field.value().get(value)) return false;
      simdjson::ondemand::json_type type;
      if (value.type().get(type)) return false;
      if (!target) {
        // A field lunr does not read ("url"): a string or null is read, to be sure it is well
        // formed (a value left unread is skipped unchecked); anything else goes the long way.
        if (type == simdjson::ondemand::json_type::null) continue;
        std::string_view ignored;
        if (type != simdjson::ondemand::json_type::string || value.get_string().get(ignored)) return false;
        continue;
      }
      if (type == simdjson::ondemand::json_type::null && target != &d.id) {
        target->clear();
        continue;
      }
      if (type != simdjson::ondemand::json_type::string) return false;
      std::string_view text;
      if (value.get_string().get(text)) return false;
      target->assign(text);
      has_id = has_id || target == &d.id;
    }
    if (!has_id) return false;
    docs.push_back(std::move(d));
  }
  // Nothing after the array: a location past it is still in bounds.
  const char* after = nullptr;
  return doc.current_location().get(after) != simdjson::SUCCESS;
}

}  // namespace

bool parse_search_docs(std::string_view json, std::vector<SearchDoc>& docs, SearchDocsError& error) {
  if (parse_plain_docs(json, docs)) return true;
  docs.clear();
  DocsHandler handler(docs, error);
  return Json::sax_parse(json.begin(), json.end(), &handler) && error.message.empty();
}

}  // namespace search
