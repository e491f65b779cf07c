// Plurals left to the reader (see plural_check.h).
#include "check/plural_check.h"

#include <string>
#include <string_view>

#include "load/yaml_json.h"

namespace check {

namespace {

// ASCII letters and every byte of a multi-byte UTF-8 letter ("é(s)").
bool letter_byte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Byte offsets in `text` where a "(s)" or "(x)" follows a letter.
template <typename F>
void each_mark(std::string_view text, F&& found) {
  for (size_t at = text.find('('); at != std::string_view::npos; at = text.find('(', at + 1)) {
    if (at == 0 || !letter_byte(text[at - 1]) || at + 2 >= text.size()) continue;
    if ((text[at + 1] == 's' || text[at + 1] == 'x') && text[at + 2] == ')') found(at);
  }
}

// Where the word that the mark at `at` ends starts ("valeur(s)").
size_t word_start(std::string_view text, size_t at) {
  while (at > 0 && letter_byte(text[at - 1])) --at;
  return at;
}

std::string word_before(std::string_view text, size_t at) {
  const size_t start = word_start(text, at);
  return std::string(text.substr(start, at + 3 - start));
}

void warn(diag::Diagnostics& diags, const diag::SourcePos& pos, const std::string& word) {
  diags.warning(pos, "'" + word + "' leaves the plural to the reader",
                {"write the word as the number requires: '1 an', '3 ans' (French keeps the "
                 "singular below 2)"});
}

void check_page(const model::Page& page, diag::Diagnostics& diags) {
  std::string_view text = page.markdown;
  bool fenced = false;
  int line = page.body_line;
  for (size_t start = 0; start < text.size(); ++line) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view l = text.substr(start, end - start);
    const size_t indent = l.find_first_not_of(' ');
    if (indent != std::string_view::npos && indent < 4 &&
        (l.compare(indent, 3, "```") == 0 || l.compare(indent, 3, "~~~") == 0)) {
      fenced = !fenced;
    } else if (!fenced) {
      bool in_code = false;
      size_t checked = 0;
      each_mark(l, [&](size_t at) {
        for (; checked < at; ++checked) in_code = in_code != (l[checked] == '`');
        if (!in_code) warn(diags, {page.file, line, static_cast<int>(word_start(l, at)) + 1}, word_before(l, at));
      });
    }
    start = end + 1;
  }
}

void check_value(const load::YamlDocument& doc, const nlohmann::ordered_json& value,
                 const std::string& pointer, diag::Diagnostics& diags) {
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    each_mark(text, [&](size_t at) {
      warn(diags, doc.offset_position(pointer, word_start(text, at)), word_before(text, at));
    });
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) check_value(doc, value[i], pointer + "/" + std::to_string(i), diags);
  } else if (value.is_object()) {
    for (const auto& kv : value.items()) {
      check_value(doc, kv.value(), pointer + "/" + load::pointer_token(kv.key()), diags);
    }
  }
}

}  // namespace

void check_plural_marks(const model::Site& site, diag::Diagnostics& diags) {
  for (const model::Page& page : site.pages) check_page(page, diags);
  for (const model::Bank& bank : site.banks) check_value(bank.doc, bank.doc.value, "", diags);
}

}  // namespace check
