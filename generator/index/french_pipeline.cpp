// lunr 2.3.9 tokenizer + lunr-languages 1.22.0 French pipeline (see french_pipeline.h).
#include "index/french_pipeline.h"

#include <libstemmer.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <unordered_set>

#include "index/js_text.h"
#include "text/utf8.h"

namespace search {
namespace {

// lunr.fr.wordCharacters (lunr.fr.js:78), as inclusive ranges, plus the 0-9 that
// lunr.trimmerSupport.generateTrimmer appends since 1.17.0.
struct Range {
  char32_t first, last;
};
constexpr Range kWordCharacters[] = {
    {'0', '9'},       {'A', 'Z'},       {'a', 'z'},       {0xAA, 0xAA},     {0xBA, 0xBA},
    {0xC0, 0xD6},     {0xD8, 0xF6},     {0xF8, 0x2B8},    {0x2E0, 0x2E4},   {0x1D00, 0x1D25},
    {0x1D2C, 0x1D5C}, {0x1D62, 0x1D65}, {0x1D6B, 0x1D77}, {0x1D79, 0x1DBE}, {0x1E00, 0x1EFF},
    {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C}, {0x212A, 0x212B}, {0x2132, 0x2132},
    {0x214E, 0x214E}, {0x2160, 0x2188}, {0x2C60, 0x2C7F}, {0xA722, 0xA787}, {0xA78B, 0xA7AD},
    {0xA7B0, 0xA7B7}, {0xA7F7, 0xA7FF}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB64}, {0xFB00, 0xFB06},
    {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A},
};

bool is_word_character(char32_t cp) {
  // The trimmer's regular expressions have no `u` flag: they see UTF-16 code units, and a
  // surrogate is never a word character, so supplementary code points are never either.
  auto it = std::upper_bound(std::begin(kWordCharacters), std::end(kWordCharacters), cp,
                             [](char32_t c, const Range& r) { return c < r.first; });
  return it != std::begin(kWordCharacters) && cp <= std::prev(it)->last;
}

// lunr.fr.stopWordFilter's list (lunr.fr.js:744), in its order.
const char* const kStopWords[] = {
    "ai", "aie", "aient", "aies", "ait", "as", "au", "aura", "aurai", "auraient", "aurais",
    "aurait", "auras", "aurez", "auriez", "aurions", "aurons", "auront", "aux", "avaient", "avais",
    "avait", "avec", "avez", "aviez", "avions", "avons", "ayant", "ayez", "ayons", "c", "ce",
    "ceci", "celà", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "en", "es",
    "est", "et", "eu", "eue", "eues", "eurent", "eus", "eusse", "eussent", "eusses", "eussiez",
    "eussions", "eut", "eux", "eûmes", "eût", "eûtes", "furent", "fus", "fusse", "fussent",
    "fusses", "fussiez", "fussions", "fut", "fûmes", "fût", "fûtes", "ici", "il", "ils", "j", "je",
    "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon",
    "même", "n", "ne", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas", "pour", "qu",
    "que", "quel", "quelle", "quelles", "quels", "qui", "s", "sa", "sans", "se", "sera", "serai",
    "seraient", "serais", "serait", "seras", "serez", "seriez", "serions", "serons", "seront",
    "ses", "soi", "soient", "sois", "soit", "sommes", "son", "sont", "soyez", "soyons", "suis",
    "sur", "t", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y",
    "à", "étaient", "étais", "était", "étant", "étiez", "étions", "été", "étée", "étées", "étés",
    "êtes",
};
static_assert(std::size(kStopWords) == 163, "lunr.fr.js lists 163 stop words");

// lunr.fr.accentFoldTerm (lunr.fr.js:704-714): one replacement per code point.
const char* folded(char32_t cp) {
  switch (cp) {
    case 0xE0: case 0xE1: case 0xE2: case 0xE4: case 0xC0: case 0xC1: case 0xC2: case 0xC4:
      return "a";
    case 0xE7: case 0xC7:
      return "c";
    case 0xE9: case 0xE8: case 0xEA: case 0xEB: case 0xC9: case 0xC8: case 0xCA: case 0xCB:
      return "e";
    case 0xEE: case 0xEF: case 0xCE: case 0xCF:
      return "i";
    case 0xF4: case 0xF6: case 0xD4: case 0xD6:
      return "o";
    case 0xF9: case 0xFB: case 0xFC: case 0xD9: case 0xDB: case 0xDC:
      return "u";
    case 0x178: case 0xFF:
      return "y";
    case 0xE6: case 0xC6:
      return "ae";
    case 0x153: case 0x152:
      return "oe";
    default:
      return nullptr;
  }
}

}  // namespace

bool is_token_separator(char32_t cp) {
  return cp == '-' || cp == '\'' || cp == 0x2019 || js_is_space(cp);
}

namespace {

// lunr.tokenizer's loop: cut `s` at every separator, skip empty pieces.
template <typename Emit>
void split_tokens(std::string_view s, Emit&& emit) {
  size_t start = 0, pos = 0;
  while (pos < s.size()) {
    const size_t here = pos;
    const auto byte = static_cast<unsigned char>(s[pos]);
    bool separator;
    if (byte < 0x80) {
      ++pos;
      separator = byte == ' ' || byte == '-' || byte == '\'' || (byte >= 0x09 && byte <= 0x0D);
    } else {
      separator = is_token_separator(text::utf8_next(s, pos));
    }
    if (separator) {
      if (here > start) emit(s.substr(start, here - start));
      start = pos;
    }
  }
  if (pos > start) emit(s.substr(start, pos - start));
}

}  // namespace

std::vector<std::string_view> tokenize(std::string_view text, std::string& lowered) {
  lowered = js_to_lower(text);
  std::vector<std::string_view> tokens;
  split_tokens(lowered, [&](std::string_view t) { tokens.push_back(t); });
  return tokens;
}

std::string_view trim_fr(std::string_view token) {
  size_t begin = 0;
  while (begin < token.size()) {
    size_t next = begin;
    if (is_word_character(text::utf8_next(token, next))) break;
    begin = next;
  }
  size_t end = token.size();
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(token[start]) & 0xC0) == 0x80) --start;
    size_t next = start;
    if (is_word_character(text::utf8_next(token, next))) break;
    end = start;
  }
  return token.substr(begin, end - begin);
}

bool is_stop_word_fr(std::string_view token) {
  static const std::unordered_set<std::string_view> words(std::begin(kStopWords),
                                                          std::end(kStopWords));
  return words.count(token) != 0;
}

std::string accent_fold_fr(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (size_t pos = 0; pos < token.size();) {
    const size_t start = pos;
    const auto byte = static_cast<unsigned char>(token[pos]);
    if (byte < 0x80) {
      out += token[pos++];
      continue;
    }
    const char* replacement = folded(text::utf8_next(token, pos));
    if (replacement) {
      out += replacement;
    } else {
      out.append(token.substr(start, pos - start));
    }
  }
  return out;
}

FrenchStemmer::FrenchStemmer() : stemmer_(sb_stemmer_new("french", "UTF_8")) {
  if (!stemmer_) throw std::runtime_error("libstemmer has no UTF-8 French stemmer");
}

FrenchStemmer::~FrenchStemmer() { sb_stemmer_delete(stemmer_); }

std::string FrenchStemmer::stem(std::string_view word) {
  const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (!out) throw std::bad_alloc();
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

IndexTerm* FrenchIndexPipeline::term(std::string_view lowered_token) {
  const uint64_t hash = TokenMemo<IndexTerm>::hash(lowered_token);
  bool found;
  IndexTerm* result = by_lowered_token_.find(lowered_token, hash, found);
  if (found) return result;
  const std::string_view trimmed = trim_fr(lowered_token);
  if (!is_stop_word_fr(trimmed)) {
    std::string stem = stemmer_.stem(accent_fold_fr(trimmed));
    const uint64_t stem_hash = TokenMemo<IndexTerm>::hash(stem);
    result = by_text_.find(stem, stem_hash, found);
    if (!found) {
      terms_.push_back(IndexTerm{std::move(stem)});
      result = &terms_.back();
      by_text_.insert(result->text, stem_hash, result);
    }
  }
  by_lowered_token_.insert(lowered_token, hash, result);
  return result;
}

IndexTerm* FrenchIndexPipeline::term_of_raw(std::string_view raw_token) {
  const uint64_t hash = TokenMemo<IndexTerm>::hash(raw_token);
  bool found;
  IndexTerm* result = by_raw_token_.find(raw_token, hash, found);
  if (found) return result;
  result = term(js_to_lower(raw_token));
  by_raw_token_.insert(raw_token, hash, result);
  return result;
}

void FrenchIndexPipeline::run(std::string_view text, std::vector<IndexTerm*>& out) {
  // Cutting before lower-casing gives lunr's tokens (no separator changes case, and no letter
  // lower-cases to a separator), so each distinct token is lower-cased once, through the memo.
  // The one context-dependent mapping, the final sigma (Σ, UTF-8 CE A3), may look across a
  // separator (apostrophes are case-ignorable): such tokens are lowered within the whole text.
  const bool has_sigma = text.find("\xCE\xA3") != std::string_view::npos;
  split_tokens(text, [&](std::string_view token) {
    IndexTerm* t;
    if (has_sigma && token.find("\xCE\xA3") != std::string_view::npos) {
      const size_t begin = static_cast<size_t>(token.data() - text.data());
      t = term(js_to_lower(text, begin, begin + token.size()));
    } else {
      t = term_of_raw(token);
    }
    if (t) out.push_back(t);
  });
}

std::string search_term_fr(std::string_view term, FrenchStemmer& stemmer) {
  return stemmer.stem(accent_fold_fr(trim_fr(term)));
}

}  // namespace search
