// French typography on HTML and Mustache templates (see typography_html.h).
#include "render/typography_html.h"

#include <algorithm>
#include <vector>

#include "render/typography.h"

namespace render {

namespace {

using Kind = TextRun::Kind;

bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Elements whose content is not prose: kept as written, start tag to end tag.
bool keeps_content(const std::string& name) {
  static const char* const kNames[] = {"script", "style", "pre", "code", "kbd", "samp", "textarea"};
  return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* n) { return name == n; });
}

// Elements that sit inside a line of text: their tags do not cut it.
bool is_inline(const std::string& name) {
  static const char* const kNames[] = {"a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn",
                                       "em", "i", "ins", "mark", "q", "s", "small", "span",
                                       "strong", "sub", "sup", "time", "u", "var", "wbr"};
  return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* n) { return name == n; });
}

// End of the Mustache tag at `at` ("{{…}}" or "{{{…}}}"), or npos.
size_t mustache_end(std::string_view s, size_t at) {
  const bool triple = s.compare(at, 3, "{{{") == 0;
  const size_t end = s.find(triple ? "}}}" : "}}", at + 2);
  return end == std::string_view::npos ? end : end + (triple ? 3 : 2);
}

// End of the tag starting at `at` ('<'): after its '>', past quoted values and Mustache tags.
size_t tag_end(std::string_view s, size_t at) {
  char quote = 0;
  for (size_t i = at + 1; i < s.size(); ++i) {
    if (quote) {
      if (s[i] == quote) quote = 0;
    } else if (s[i] == '"' || s[i] == '\'') {
      quote = s[i];
    } else if (s.compare(i, 2, "{{") == 0) {
      const size_t end = mustache_end(s, i);
      if (end == std::string_view::npos) return end;
      i = end - 1;
    } else if (s[i] == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// End of a character reference at `at` ('&'): "&amp;", "&#39;", "&#x2019;"; npos if there is none.
size_t reference_end(std::string_view s, size_t at) {
  size_t i = at + 1;
  if (i < s.size() && s[i] == '#') ++i;
  const size_t start = i;
  while (i < s.size() && i - start < 32 && (is_ascii_letter(s[i]) || (s[i] >= '0' && s[i] <= '9'))) ++i;
  return i > start && i < s.size() && s[i] == ';' ? i + 1 : std::string_view::npos;
}

}  // namespace

std::string typeset_html(std::string_view html) {
  if (!typography_can_change(html)) return std::string(html);
  std::vector<TextRun> runs;
  std::string text;
  auto add = [&](std::string_view piece, Kind kind) {
    if (!text.empty()) runs.push_back({std::move(text), Kind::text});
    text.clear();
    runs.push_back({std::string(piece), kind});
  };
  size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    size_t end = std::string_view::npos;
    if (c == '{' && html.compare(i, 2, "{{") == 0 && (end = mustache_end(html, i)) != std::string_view::npos) {
      add(html.substr(i, end - i), Kind::object);
    } else if (c == '&' && (end = reference_end(html, i)) != std::string_view::npos) {
      add(html.substr(i, end - i), Kind::object);
    } else if (c == '<' && html.compare(i, 4, "<!--") == 0) {
      const size_t close = html.find("-->", i + 4);
      end = close == std::string_view::npos ? html.size() : close + 3;
      add(html.substr(i, end - i), Kind::invisible);
    } else if (c == '<' && i + 1 < html.size() && (is_ascii_letter(html[i + 1]) || html[i + 1] == '/') &&
               (end = tag_end(html, i)) != std::string_view::npos) {
      const bool closing = html[i + 1] == '/';
      size_t name_end = i + (closing ? 2 : 1);
      while (name_end < end && (is_ascii_letter(html[name_end]) || (html[name_end] >= '0' && html[name_end] <= '9'))) ++name_end;
      const std::string name = lower(html.substr(i + (closing ? 2 : 1), name_end - i - (closing ? 2 : 1)));
      if (!closing && keeps_content(name)) {
        // Everything up to the matching end tag, as written.
        size_t close = end;
        while ((close = html.find("</", close)) != std::string_view::npos &&
               lower(html.substr(close + 2, name.size())) != name) {
          close += 2;
        }
        const size_t close_end = close == std::string_view::npos ? close : tag_end(html, close);
        end = close_end == std::string_view::npos ? html.size() : close_end;
        add(html.substr(i, end - i), Kind::object);
      } else {
        add(html.substr(i, end - i), is_inline(name) ? Kind::invisible : Kind::line_break);
      }
    } else {
      text += c;
      ++i;
      continue;
    }
    i = end;
  }
  if (!text.empty()) runs.push_back({std::move(text), Kind::text});
  typeset_french(runs);
  std::string out;
  out.reserve(html.size() + 64);
  for (const TextRun& r : runs) out += r.text;
  return out;
}

}  // namespace render
