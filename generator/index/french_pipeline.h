#pragma once
// The French text pipeline of lunr-languages 1.22.0 (lunr.fr.js) plus lunr 2.3.9's tokenizer,
// reimplemented so the generator's index terms are exactly the ones lunr.js would produce.
//
// One deliberate departure from lunr's defaults, made identically on both sides: the tokenizer
// separator also splits on apostrophes, /[\s\-'’]+/ instead of /[\s\-]+/. Without it French
// elisions stay glued to their word (`l’intelligence` is indexed as `l’intelligent`), so a search
// for `intelligence` misses every elided occurrence, and ' and ’ give different terms. The browser
// (assets/js/search.js) and the node reference test (tests/node/lunr-compat.test.js) set
// `lunr.tokenizer.separator` and `lunr.QueryLexer.termSeparator` to kLunrSeparatorSource.
// The elided article (`l`, `d`, `qu`…) then becomes a token of its own; most are stop words.
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "index/token_memo.h"

struct sb_stemmer;

namespace search {

/// The JavaScript source of the separator regular expression used on both sides.
inline constexpr const char* kLunrSeparatorSource = "[\\s\\-'\u2019]+";

/// True for a code point the tokenizer splits on: JavaScript `\s`, `-`, `'` and `’` (U+2019).
bool is_token_separator(char32_t cp);

/// lunr.tokenizer: the whole text lower-cased as JavaScript does, then cut at separators; empty
/// pieces are dropped. The views point into `lowered`, which the caller keeps alive.
std::vector<std::string_view> tokenize(std::string_view text, std::string& lowered);

/// trimmer-fr: strips leading and trailing characters that are neither Latin letters (the
/// lunr.fr.wordCharacters ranges) nor ASCII digits. May return "" — lunr keeps such tokens.
std::string_view trim_fr(std::string_view token);

/// stopWordFilter-fr: exact match against the 163-word list (applied before accent folding).
bool is_stop_word_fr(std::string_view token);

/// accentFold-fr: the fixed table of lunr.fr.accentFoldTerm (à→a, ç→c, é→e, œ→oe, …), nothing else.
std::string accent_fold_fr(std::string_view token);

/// stemmer-fr: Snowball French through libstemmer, on the accent-folded token (on folded input
/// libstemmer 2.2 and lunr's 2010 JavaScript port agree; on unfolded ï/ë they do not).
/// Not thread-safe: one per thread.
class FrenchStemmer {
 public:
  FrenchStemmer();
  ~FrenchStemmer();
  FrenchStemmer(const FrenchStemmer&) = delete;
  FrenchStemmer& operator=(const FrenchStemmer&) = delete;
  std::string stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
};

/// An index term produced by the pipeline. Equal terms are one object (interned), so the index
/// builder can keep its first-appearance number in it.
struct IndexTerm {
  std::string text;
  uint32_t number = kUnnumbered;
  static constexpr uint32_t kUnnumbered = UINT32_MAX;
};

/// The whole indexing pipeline (trimmer, stop words, fold, stemmer) with a memo of every token
/// seen: a corpus has few distinct tokens, and stemming dominates the cost otherwise.
/// Not thread-safe: one per thread.
class FrenchIndexPipeline {
 public:
  /// The term for one lower-cased token, or nullptr when it is a stop word.
  /// Valid for the pipeline's lifetime.
  IndexTerm* term(std::string_view lowered_token);

  /// Appends to `out` the terms lunr.js indexes for `text`, in text order.
  void run(std::string_view text, std::vector<IndexTerm*>& out);

 private:
  IndexTerm* term_of_raw(std::string_view raw_token);

  FrenchStemmer stemmer_;
  TokenMemo<IndexTerm> by_raw_token_;      // token as written -> term (nullptr: stop word)
  TokenMemo<IndexTerm> by_lowered_token_;  // lower-cased token -> term
  TokenMemo<IndexTerm> by_text_;           // interning
  std::deque<IndexTerm> terms_;
};

/// The search pipeline (trimmer, fold, stemmer: no stop words), for one query term.
std::string search_term_fr(std::string_view term, FrenchStemmer& stemmer);

}  // namespace search
