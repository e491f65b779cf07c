// French typography (see typography.h for the rules and the choice of spaces).
#include "render/typography.h"

#include <array>
#include <cstdint>

namespace render {

namespace {

constexpr char32_t kNbsp = 0x00A0;        // no-break space
constexpr char32_t kNarrowNbsp = 0x202F;  // narrow no-break space
constexpr char32_t kObject = 0xFFFC;      // an object run (code, a URL, an entity)
constexpr char32_t kBreak = '\n';         // a line-break run
constexpr char32_t kOpenQuote = 0x00AB, kCloseQuote = 0x00BB;            // « »
constexpr char32_t kLeftDouble = 0x201C, kRightDouble = 0x201D;          // “ ”
constexpr char32_t kApostrophe = 0x2019;                                 // ’
constexpr char32_t kPerMille = 0x2030;                                   // ‰
constexpr char32_t kEllipsis = 0x2026;                                   // …

// One character of the text being typeset and the run it belongs to (-1: a run that is context).
struct Char {
  char32_t cp;
  int run;
};

char32_t decode(std::string_view s, size_t& i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  // The load stage validated UTF-8; a truncated sequence still decodes to something, safely.
  if (c < 0x80 || i + 1 >= s.size()) return s[i++] & 0xFF;
  if (c < 0xE0) {
    char32_t cp = ((c & 0x1F) << 6) | (b(i + 1) & 0x3F);
    i += 2;
    return cp;
  }
  if (c < 0xF0 && i + 2 < s.size()) {
    char32_t cp = ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    i += 3;
    return cp;
  }
  if (i + 3 < s.size()) {
    char32_t cp = ((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) |
                  (b(i + 3) & 0x3F);
    i += 4;
    return cp;
  }
  return s[i++] & 0xFF;
}

void encode(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters of the scripts the guide's text uses (Latin with its accents, Greek, Cyrillic).
bool is_letter(char32_t c) {
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return (c >= 0x370 && c <= 0x4FF) || (c >= 0x1E00 && c <= 0x1EFF);
}

// A space within a line: the ones an author types, and the ones this file writes.
bool is_inline_space(char32_t c) {
  return c == ' ' || c == '\t' || c == kNbsp || c == kNarrowNbsp || c == 0x2009 || c == 0x2007;
}

bool is_space_or_break(char32_t c) { return is_inline_space(c) || c == kBreak || c == '\r'; }

// What may end a word that a ? ! ; directly follows ("mot?", "(voir 3)?", "« mot »!").
bool ends_word(char32_t c) {
  return is_letter(c) || is_digit(c) || c == ')' || c == ']' || c == kCloseQuote ||
         c == kRightDouble || c == kEllipsis || c == kApostrophe;
}

// What may follow a punctuation mark that takes a space before it: the end, a space, closing
// punctuation, another mark ("?!").
bool closes_phrase(char32_t c) {
  return c == 0 || is_space_or_break(c) || c == ')' || c == ']' || c == kCloseQuote ||
         c == kRightDouble || c == '?' || c == '!' || c == '.' || c == ',';
}

// Bit rates written one way ("kbit/s"), whatever the author typed; after a number only.
struct UnitSpelling {
  std::u32string_view written, canonical;
};
constexpr UnitSpelling kUnitSpellings[] = {
    {U"kb/s", U"kbit/s"}, {U"Kb/s", U"kbit/s"}, {U"kbps", U"kbit/s"}, {U"Kbps", U"kbit/s"},
    {U"Kbit/s", U"kbit/s"}, {U"Mb/s", U"Mbit/s"}, {U"Mbps", U"Mbit/s"}, {U"mbps", U"Mbit/s"},
    {U"Gb/s", U"Gbit/s"}, {U"Gbps", U"Gbit/s"}, {U"gbps", U"Gbit/s"},
};

// Units tied to the number before them by a no-break space.
constexpr std::u32string_view kUnits[] = {
    U"€", U"k€", U"M€", U"Md€", U"W", U"kW", U"MW", U"GW", U"TW", U"Wh", U"kWh", U"MWh", U"GWh",
    U"TWh", U"mg", U"g", U"kg", U"t", U"Mt", U"Gt", U"gCO2e", U"kgCO2e", U"tCO2e", U"MtCO2e",
    U"km", U"m²", U"m³", U"L", U"mL", U"ha", U"°C", U"ko", U"Mo", U"Go", U"To", U"Po",
    U"kbit/s", U"Mbit/s", U"Gbit/s", U"GHz", U"MHz", U"ms", U"h", U"min",
};

bool is_unit_char(char32_t c) {
  return is_letter(c) || is_digit(c) || c == '/' || c == 0x20AC || c == 0xB0 || c == 0xB2 ||
         c == 0xB3;
}

// The unit token starting at `at`, if any: [at, end) of unit characters, not followed by a
// letter or a digit (so "h" in "heures" is not a unit).
size_t unit_token_end(const std::vector<Char>& s, size_t at) {
  size_t end = at;
  while (end < s.size() && s[end].run >= 0 && is_unit_char(s[end].cp)) ++end;
  return end;
}

std::u32string_view token(const std::vector<Char>& s, size_t begin, size_t end,
                          std::u32string& buffer) {
  buffer.clear();
  for (size_t k = begin; k < end; ++k) buffer += s[k].cp;
  return buffer;
}

bool is_unit_at(const std::vector<Char>& s, size_t at) {
  if (at >= s.size() || s[at].run < 0 || (!is_letter(s[at].cp) && s[at].cp != 0x20AC && s[at].cp != 0xB0)) {
    return false;
  }
  std::u32string buffer;
  const std::u32string_view word = token(s, at, unit_token_end(s, at), buffer);
  for (std::u32string_view unit : kUnits) {
    if (word == unit) return true;
  }
  return false;
}

// The index just before `at` that is not an inline space, or npos.
size_t skip_spaces_back(const std::vector<Char>& s, size_t at) {
  while (at > 0 && is_inline_space(s[at - 1].cp)) --at;
  return at == 0 ? std::u32string::npos : at - 1;
}

// Pass 1: characters replaced by others (apostrophes, quotes, bit-rate spellings).
void substitute(std::vector<Char>& s) {
  int depth = 0;  // « » levels open
  std::u32string buffer;
  for (size_t i = 0; i < s.size(); ++i) {
    Char& c = s[i];
    if (c.run < 0) continue;
    const char32_t prev = i > 0 ? s[i - 1].cp : 0;
    if (c.cp == '\'' && is_letter(prev)) {
      c.cp = kApostrophe;
    } else if (c.cp == '"' || c.cp == kLeftDouble || c.cp == kRightDouble) {
      const bool opening = c.cp == kLeftDouble ||
                           (c.cp == '"' && (prev == 0 || is_space_or_break(prev) || prev == '(' ||
                                            prev == '[' || prev == kObject));
      if (opening) c.cp = depth++ > 0 ? kLeftDouble : kOpenQuote;
      else c.cp = depth > 0 && --depth > 0 ? kRightDouble : kCloseQuote;
    } else if (c.cp == kOpenQuote) {
      ++depth;
    } else if (c.cp == kCloseQuote) {
      if (depth > 0) --depth;
    } else if (is_letter(c.cp) && (i == 0 || !is_letter(prev))) {
      const size_t number = skip_spaces_back(s, i);
      if (number == std::u32string::npos || !is_digit(s[number].cp)) continue;
      const size_t end = unit_token_end(s, i);
      if (end < s.size() && (is_letter(s[end].cp) || is_digit(s[end].cp))) continue;
      const std::u32string_view word = token(s, i, end, buffer);
      for (const UnitSpelling& u : kUnitSpellings) {
        if (word != u.written) continue;
        bool one_run = true;
        for (size_t k = i; k < end; ++k) one_run = one_run && s[k].run == c.run;
        if (!one_run) break;
        std::vector<Char> replacement;
        for (char32_t cp : u.canonical) replacement.push_back({cp, c.run});
        s.erase(s.begin() + static_cast<long>(i), s.begin() + static_cast<long>(end));
        s.insert(s.begin() + static_cast<long>(i), replacement.begin(), replacement.end());
        i += replacement.size() - 1;
        break;
      }
    }
  }
}

// Marks the single spaces that separate groups of thousands: a number of one to three digits
// followed by groups of exactly three ("10 000", "1 250 000"; not "2024 100" nor "01 23 45").
std::vector<bool> thousands_separators(const std::vector<Char>& s) {
  std::vector<bool> marks(s.size(), false);
  size_t i = 0;
  while (i < s.size()) {
    if (!is_digit(s[i].cp) || (i > 0 && (is_digit(s[i - 1].cp) || is_letter(s[i - 1].cp)))) {
      ++i;
      continue;
    }
    size_t k = i;
    while (k < s.size() && is_digit(s[k].cp)) ++k;
    if (k - i > 3) {
      i = k;
      continue;
    }
    while (k + 3 < s.size() && s[k].run >= 0 && is_inline_space(s[k].cp) && is_digit(s[k + 1].cp) &&
           is_digit(s[k + 2].cp) && is_digit(s[k + 3].cp) &&
           (k + 4 == s.size() || !is_digit(s[k + 4].cp))) {
      marks[k] = true;
      k += 4;
    }
    i = k;
  }
  return marks;
}

// The space a run of spaces between `prev` and the character at `next_at` becomes, or 0 to keep
// it as typed. `first` is the run's first index.
char32_t space_for(const std::vector<Char>& s, const std::vector<bool>& thousands, char32_t prev,
                   size_t first, size_t next_at) {
  const char32_t next = next_at < s.size() ? s[next_at].cp : 0;
  if (prev == 0 || prev == kBreak) return 0;
  if (next == ';' || next == '!' || next == '?') return kNarrowNbsp;
  if (next == ':' || next == kCloseQuote) return kNbsp;
  if (prev == kOpenQuote) return kNbsp;
  if (is_digit(prev) && (next == '%' || next == kPerMille)) return kNbsp;
  if (next_at == first + 1 && thousands[first]) return kNarrowNbsp;
  if (is_digit(prev) && is_unit_at(s, next_at)) return kNbsp;
  return 0;
}

// The space to add between `prev` and `c` (followed by `next`) when the author wrote none, or 0.
char32_t space_to_insert(char32_t prev, char32_t c, char32_t next) {
  if (prev == 0 || is_space_or_break(prev) || prev == kObject) return 0;
  if ((c == '?' || c == '!' || c == ';') && ends_word(prev) && prev != '?' && prev != '!' &&
      closes_phrase(next)) {
    return kNarrowNbsp;
  }
  if (c == ':' && (is_letter(prev) || prev == ')' || prev == kCloseQuote) &&
      (next == 0 || is_space_or_break(next))) {
    return kNbsp;
  }
  if (c == kCloseQuote) return kNbsp;
  if ((c == '%' || c == kPerMille) && is_digit(prev)) return kNbsp;
  return 0;
}

// Pass 2: the spaces.
std::vector<Char> space(const std::vector<Char>& s) {
  const std::vector<bool> thousands = thousands_separators(s);
  std::vector<Char> out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size(); ++i) {
    const Char c = s[i];
    const char32_t prev = out.empty() ? 0 : out.back().cp;
    if (c.run < 0) {
      out.push_back(c);
      continue;
    }
    if (is_inline_space(c.cp)) {
      size_t end = i;
      while (end < s.size() && s[end].run >= 0 && is_inline_space(s[end].cp)) ++end;
      if (const char32_t sp = space_for(s, thousands, prev, i, end)) {
        out.push_back({sp, c.run});
        i = end - 1;
      } else {
        out.push_back(c);
      }
      continue;
    }
    const char32_t next = i + 1 < s.size() ? s[i + 1].cp : 0;
    if (const char32_t sp = space_to_insert(prev, c.cp, next)) out.push_back({sp, c.run});
    out.push_back(c);
    if (c.cp == kOpenQuote && next != 0 && !is_space_or_break(next) && next != kObject) {
      out.push_back({kNbsp, c.run});
    }
  }
  return out;
}

}  // namespace

bool typography_can_change(std::string_view text) {
  static constexpr auto kTrigger = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {'\'', '"', ';', '!', '?', ':', '%'}) table[c] = true;
    for (unsigned char c = '0'; c <= '9'; ++c) table[c] = true;
    table[0xC2] = true;  // « » and U+00A0
    table[0xE2] = true;  // “ ” ‰ and U+202F
    return table;
  }();
  for (char c : text) {
    if (kTrigger[static_cast<unsigned char>(c)]) return true;
  }
  return false;
}

void typeset_french(std::vector<TextRun>& runs) {
  using Kind = TextRun::Kind;
  bool any = false;
  for (const TextRun& r : runs) any = any || (r.kind == Kind::text && typography_can_change(r.text));
  if (!any) return;
  std::vector<Char> chars;
  for (size_t k = 0; k < runs.size(); ++k) {
    const std::string& text = runs[k].text;
    switch (runs[k].kind) {
      case Kind::invisible: break;
      case Kind::object: chars.push_back({kObject, -1}); break;
      case Kind::line_break: chars.push_back({kBreak, -1}); break;
      case Kind::text:
        for (size_t i = 0; i < text.size();) chars.push_back({decode(text, i), static_cast<int>(k)});
        break;
    }
  }
  substitute(chars);
  const std::vector<Char> out = space(chars);
  for (TextRun& r : runs) {
    if (r.kind == Kind::text) r.text.clear();
  }
  for (const Char& c : out) {
    if (c.run >= 0) encode(runs[static_cast<size_t>(c.run)].text, c.cp);
  }
}

std::string typeset_french(std::string_view text) {
  if (!typography_can_change(text)) return std::string(text);
  std::vector<TextRun> runs{{std::string(text), TextRun::Kind::text}};
  typeset_french(runs);
  return std::move(runs[0].text);
}

}  // namespace render
