// French typography (see typography.h for the rules and the choice of spaces).
//
// The runs are joined into one UTF-8 text (an object run as U+FFFC, a line break as '\n', an
// invisible run as nothing) and scanned once, left to right, byte by byte: letters and plain
// spaces, most of any text, are only skipped; each rule starts from a character that can need
// it (' " ; ! ? : % « » “ ” ‰, a digit) and looks a few characters around it. The changes are
// collected as edits of byte ranges, then written back run by run. (A first version decoded every
// character into a vector and took twice as long as cmark's own parse and render.)
#include "text/typography.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/utf8.h"

namespace text {

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

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters of the scripts the guide's text uses (Latin with its accents, Greek, Cyrillic).
bool is_letter(char32_t c) {
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  if (c < 0xAA) return false;
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return (c >= 0x370 && c <= 0x4FF) || (c >= 0x1E00 && c <= 0x1EFF);
}

// A space within a line: the ones an author types, and the ones this file writes.
bool is_inline_space(char32_t c) {
  return c == ' ' || c == '\t' || c == kNbsp || c == kNarrowNbsp || c == 0x2009 || c == 0x2007;
}

bool is_space_or_break(char32_t c) { return is_inline_space(c) || c == kBreak || c == '\r'; }

// What may end a word that a ? ! ; directly follows ("mot?", "(voir 3)?", "« mot »!", "mot"?).
bool ends_word(char32_t c) {
  return is_letter(c) || is_digit(c) || c == ')' || c == ']' || c == kCloseQuote || c == '"' ||
         c == kRightDouble || c == kEllipsis || c == kApostrophe || c == '\'';
}

// What may follow a punctuation mark that takes a space before it: the end, a space, closing
// punctuation, another mark ("?!").
bool closes_phrase(char32_t c) {
  return c == 0 || is_space_or_break(c) || c == ')' || c == ']' || c == kCloseQuote || c == '"' ||
         c == kRightDouble || c == '?' || c == '!' || c == '.' || c == ',';
}

// Bit rates written one way ("kbit/s"), whatever the author typed; after a number only.
struct UnitSpelling {
  std::string_view written, canonical;
};
constexpr UnitSpelling kUnitSpellings[] = {
    {"kb/s", "kbit/s"}, {"Kb/s", "kbit/s"}, {"kbps", "kbit/s"}, {"Kbps", "kbit/s"},
    {"Kbit/s", "kbit/s"}, {"Mb/s", "Mbit/s"}, {"Mbps", "Mbit/s"}, {"mbps", "Mbit/s"},
    {"Gb/s", "Gbit/s"}, {"Gbps", "Gbit/s"}, {"gbps", "Gbit/s"},
};

// Units tied to the number before them by a no-break space.
constexpr std::string_view kUnits[] = {
    "€", "k€", "M€", "Md€", "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh",
    "TWh", "mg", "g", "kg", "t", "Mt", "Gt", "gCO2e", "kgCO2e", "tCO2e", "MtCO2e",
    "km", "m²", "m³", "L", "mL", "ha", "°C", "ko", "Mo", "Go", "To", "Po",
    "kbit/s", "Mbit/s", "Gbit/s", "GHz", "MHz", "ms", "h", "min",
};

bool is_unit_char(char32_t c) {
  return is_letter(c) || is_digit(c) || c == '/' || c == 0x20AC || c == 0xB0 || c == 0xB2 ||
         c == 0xB3;
}

// Bytes a rule can start from: the ASCII signs, digits, and the lead bytes of « » ‰ “ ” and the
// no-break spaces (0xC2, 0xE2). Everything else is skipped without being decoded.
constexpr auto kTrigger = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {'\'', '"', ';', '!', '?', ':', '%'}) table[c] = true;
  for (unsigned char c = '0'; c <= '9'; ++c) table[c] = true;
  table[0xC2] = true;
  table[0xE2] = true;
  return table;
}();

// A change of the joined text: bytes [from, to) become `with`; from == to is an insertion,
// written into run `owner` (the run of the character it goes before, or after for «).
struct Edit {
  size_t from, to;
  std::string with;
  size_t owner;
};

class Typesetter {
 public:
  explicit Typesetter(std::vector<TextRun>& runs) : runs_(runs) {
    using Kind = TextRun::Kind;
    starts_.reserve(runs.size());
    for (const TextRun& r : runs) {
      starts_.push_back(text_.size());
      switch (r.kind) {
        case Kind::text: text_ += r.text; break;
        case Kind::object: text::utf8_append(text_, kObject); break;
        case Kind::line_break: text_ += '\n'; break;
        case Kind::invisible: break;
      }
    }
  }

  void run() {
    const size_t n = text_.size();
    size_t i = 0;
    while (i < n) {
      const unsigned char b = static_cast<unsigned char>(text_[i]);
      if (!kTrigger[b]) {
        ++i;
        continue;
      }
      size_t len = 0;
      const char32_t c = at(i, len);
      if (is_digit(c)) {
        i = number(i);
        continue;
      }
      switch (c) {
        case '\'':
          if (is_letter(before(i))) replace(i, i + 1, kApostrophe);
          break;
        case '"': {
          const char32_t prev = before(i);
          const bool opening = prev == 0 || is_space_or_break(prev) || prev == '(' || prev == '[' ||
                               prev == kObject;
          quote(i, i + 1, opening);
          break;
        }
        case kLeftDouble: quote(i, i + len, true); break;
        case kRightDouble: quote(i, i + len, false); break;
        case kOpenQuote:
          ++depth_;
          after_open_quote(i + len);
          break;
        case kCloseQuote:
          if (depth_ > 0) --depth_;
          before_mark(i, kNbsp, true);
          break;
        case ';': case '!': case '?': before_mark(i, kNarrowNbsp, false); break;
        case ':': before_mark(i, kNbsp, false); break;
        case '%': case kPerMille: before_percent(i); break;
        default: break;
      }
      i += len;
    }
    write_back();
  }

 private:
  std::vector<TextRun>& runs_;
  std::string text_;
  std::vector<size_t> starts_;  // where each run starts in text_
  std::vector<Edit> edits_;     // mostly in order of `from`; sorted before writing back
  size_t claimed_ = 0;          // spaces before this offset were already given their kind
  int depth_ = 0;               // « » levels open

  // The code point of `s` at `i` and its length in bytes.
  static char32_t decode(std::string_view s, size_t i, size_t& len) {
    size_t next = i;
    const char32_t c = text::utf8_next(s, next);
    len = next - i;
    return c;
  }
  // Start of the code point of `s` that ends at `i` (> 0).
  static size_t back(std::string_view s, size_t i) {
    size_t k = i - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    return k;
  }
  char32_t at(size_t i, size_t& len) const { return decode(text_, i, len); }
  char32_t at(size_t i) const {
    size_t len;
    return i < text_.size() ? decode(text_, i, len) : 0;
  }
  size_t back(size_t i) const { return back(text_, i); }
  // The code point before offset `i` (0 at the start), as the last edit has made it when that
  // edit ends there (a space set or added after «, a quote turned into »).
  char32_t before(size_t i) const {
    if (!edits_.empty() && edits_.back().to == i && !edits_.back().with.empty()) {
      const std::string& w = edits_.back().with;
      size_t len;
      return decode(w, back(w, w.size()), len);
    }
    return i == 0 ? 0 : at(back(i));
  }
  // [start, i): the inline spaces just before `i`.
  size_t spaces_before(size_t i) const {
    while (i > 0) {
      const size_t k = back(i);
      if (!is_inline_space(at(k))) break;
      i = k;
    }
    return i;
  }
  // [i, end): the inline spaces from `i` on.
  size_t spaces_after(size_t i) const {
    size_t len;
    while (i < text_.size() && is_inline_space(at(i, len))) i += len;
    return i;
  }
  // The run holding the byte at `offset`: the last one starting at or before it (an empty run
  // starting there comes before the run that holds the byte).
  size_t run_of(size_t offset) const {
    const size_t k = std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin();
    return k == 0 ? 0 : k - 1;
  }
  bool editable(size_t offset) const { return runs_[run_of(offset)].kind == TextRun::Kind::text; }

  void add(size_t from, size_t to, char32_t cp, size_t owner) {
    std::string with;
    if (cp) text::utf8_append(with, cp);
    if (from != to && text_.compare(from, to - from, with) == 0) return;  // already so
    edits_.push_back({from, to, std::move(with), owner});
  }
  void replace(size_t from, size_t to, char32_t cp) { add(from, to, cp, run_of(from)); }
  void insert(size_t at, char32_t cp, size_t owner) { add(at, at, cp, owner); }

  // The spaces [from, to) become one `space`, unless an earlier rule has set them.
  void set_spaces(size_t from, size_t to, char32_t space) {
    if (from < claimed_) return;
    claimed_ = to;
    replace(from, to, space);
  }

  void quote(size_t from, size_t to, bool opening) {
    if (opening) {
      replace(from, to, depth_++ > 0 ? kLeftDouble : kOpenQuote);
      if (depth_ == 1) after_open_quote(to);
    } else {
      const bool outer = depth_ <= 1;
      if (depth_ > 0) --depth_;
      if (outer) before_mark(from, kNbsp, true);
      replace(from, to, outer ? kCloseQuote : kRightDouble);
    }
  }

  // After «: its space, or one added.
  void after_open_quote(size_t i) {
    const size_t end = spaces_after(i);
    if (end > i) {
      set_spaces(i, end, kNbsp);
      return;
    }
    const char32_t next = at(i);
    if (next != 0 && !is_space_or_break(next) && next != kObject) insert(i, kNbsp, run_of(i - 1));
  }

  // Before a mark at `i` that takes `space` before it (» ; ! ? :): the space typed, or one added
  // where the context allows (`always`: » takes one after anything but a space).
  void before_mark(size_t i, char32_t space, bool always) {
    const size_t start = spaces_before(i);
    const char32_t prev = before(start);
    if (start < i) {
      if (prev != 0 && prev != kBreak) set_spaces(start, i, space);
      return;
    }
    if (prev == 0 || is_space_or_break(prev) || prev == kObject) return;
    size_t len;
    const char32_t mark = at(i, len);
    const char32_t next = at(i + len);
    bool add_space = always;
    if (mark == ':') {
      add_space = (is_letter(prev) || prev == ')' || prev == kCloseQuote || prev == '"') &&
                  (next == 0 || is_space_or_break(next) || next == '"' || next == kRightDouble ||
                   next == kCloseQuote);
    } else if (!always) {
      add_space = ends_word(prev) && prev != '?' && prev != '!' && closes_phrase(next);
    }
    if (add_space) insert(i, space, run_of(i));
  }

  // After a number, or after a {name} placeholder a script fills with one ("{total} %",
  // content/interface/).
  void before_percent(size_t i) {
    const size_t start = spaces_before(i);
    if (!is_digit(before(start)) && before(start) != '}') return;
    if (start < i) set_spaces(start, i, kNbsp);
    else insert(i, kNbsp, run_of(i));
  }

  // A number starting at `i`: groups of thousands, then a unit after it. Returns where to go on.
  size_t number(size_t i) {
    size_t end = i;
    while (end < text_.size() && is_digit(static_cast<unsigned char>(text_[end]))) ++end;
    if (is_letter(before(i))) return end;  // part of a word: "CO2", "A4"
    if (end - i <= 3) {
      // "10 000", "1 250 000": one space, then exactly three digits, then no digit.
      for (;;) {
        size_t len;
        if (end >= text_.size() || !is_inline_space(at(end, len))) break;
        const size_t group = end + len;
        if (group + 3 > text_.size() || !is_digit(at(group)) || !is_digit(at(group + 1)) ||
            !is_digit(at(group + 2)) || is_digit(at(group + 3)) || !editable(end)) {
          break;
        }
        set_spaces(end, group, kNarrowNbsp);
        end = group + 3;
      }
    }
    unit_after(end);
    return end;
  }

  // A unit after the number ending at `i`: spelled one way, tied to it by a no-break space.
  void unit_after(size_t i) {
    const size_t word = spaces_after(i);
    size_t end = word, len = 0;
    char32_t c;
    while (end < text_.size() && is_unit_char(c = at(end, len))) end += len;
    if (end == word || !editable(word) || run_of(word) != run_of(end - 1)) return;
    const char32_t first = at(word);
    if (!is_letter(first) && first != 0x20AC && first != 0xB0) return;
    const std::string_view token(text_.data() + word, end - word);
    std::string_view unit = token;
    for (const UnitSpelling& u : kUnitSpellings) {
      if (token == u.written) unit = u.canonical;
    }
    if (std::find(std::begin(kUnits), std::end(kUnits), unit) == std::end(kUnits)) return;
    if (word > i) set_spaces(i, word, kNbsp);
    if (unit != token) edits_.push_back({word, end, std::string(unit), run_of(word)});
  }

  // Writes each text run again with the edits that fall in it.
  void write_back() {
    if (edits_.empty()) return;
    std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) { return a.from < b.from; });
    size_t e = 0;
    for (size_t k = 0; k < runs_.size(); ++k) {
      if (runs_[k].kind != TextRun::Kind::text) continue;
      const size_t start = starts_[k], end = start + runs_[k].text.size();
      while (e < edits_.size() && edits_[e].to <= start && edits_[e].from < start) ++e;
      bool touched = false;
      for (size_t j = e; j < edits_.size() && edits_[j].from <= end; ++j) {
        touched = touched || edits_[j].owner == k || (edits_[j].to > start && edits_[j].from < end);
      }
      if (!touched) continue;
      std::string out;
      out.reserve(runs_[k].text.size() + 8);
      size_t pos = start;
      for (size_t j = e; j < edits_.size() && edits_[j].from <= end; ++j) {
        const Edit& ed = edits_[j];
        if (ed.from == ed.to) {  // an insertion, in its owner only
          if (ed.owner != k || ed.from < pos) continue;
          out.append(text_, pos, ed.from - pos);
          out += ed.with;
          pos = ed.from;
        } else if (ed.to > start && ed.from < end) {
          const size_t from = std::max(ed.from, start);
          if (from < pos) continue;
          out.append(text_, pos, from - pos);
          if (ed.from >= start) out += ed.with;  // a range that began in an earlier run loses its part here
          pos = std::min(ed.to, end);
        }
      }
      out.append(text_, pos, end - pos);
      runs_[k].text = std::move(out);
    }
  }
};

}  // namespace

bool typography_can_change(std::string_view text) {
  for (char c : text) {
    if (kTrigger[static_cast<unsigned char>(c)]) return true;
  }
  return false;
}

void typeset_french(std::vector<TextRun>& runs) {
  bool any = false;
  for (const TextRun& r : runs) any = any || (r.kind == TextRun::Kind::text && typography_can_change(r.text));
  if (!any) return;
  Typesetter(runs).run();
}

std::string typeset_french(std::string_view text) {
  if (!typography_can_change(text)) return std::string(text);
  std::vector<TextRun> runs{{std::string(text), TextRun::Kind::text}};
  typeset_french(runs);
  return std::move(runs[0].text);
}

}  // namespace text
