#pragma once
// French typography for the text the site shows: the rules a French typesetter applies by hand,
// applied by the generator to rendered Markdown (render/typography_cmark.h) and to the plain texts
// of pages and banks (render/typography_model.h), so that no page has to get them right itself.
//
// Spaces follow what the browser's own French number formatting writes (Intl.NumberFormat('fr-FR'),
// CLDR: U+202F between thousands, U+00A0 before %), so numbers written by the generator and by the
// tools' scripts look alike, and the Imprimerie nationale's Lexique for the rest:
//   U+202F (narrow no-break space) before ; ! ? and between groups of thousands ("10 000");
//   U+00A0 (no-break space) before : and », after «, before % and ‰, and between a number and
//   its unit ("512 kbit/s", "3 kWh", "20 €").
// A space the author typed there becomes that space; one left out is added where the context is
// unambiguous (a letter before ? ! ; or :, with a space or the end after; "«mot»"; "10%"); never
// inside a URL, a time or a ratio ("https://", "10:30", "a?b").
// Other rules: ' after a letter becomes the apostrophe ’ ("l’IA", "aujourd’hui"); double quotes
// (" or the “ ” of Markdown's smart punctuation) become « », and “ ” inside « »; bit rates are
// written kbit/s, Mbit/s, Gbit/s ("512 kb/s", "10 Mbps"). Four-digit numbers are left as written
// (years, and French usage allows "1000"). Search is unaffected: the index's tokenizer splits on
// every one of these spaces and on ’ as on ' (index/french_pipeline.h).
#include <string>
#include <string_view>
#include <vector>

namespace render {

/// One run of a block's text. The runs of a paragraph are typeset together (a "?" after an
/// emphasised word needs the word); only `text` runs are rewritten, the others are context:
/// an `object` (inline code, a URL shown as its own text, an entity) reads as one character
/// that is not a letter, a `line_break` (or a block-level tag) as a line break, and an `invisible`
/// run (an inline HTML tag) as nothing, so that "<em>mot</em>?" reads "mot?".
struct TextRun {
  enum class Kind { text, object, line_break, invisible };
  std::string text;
  Kind kind = Kind::text;
};

/// Applies the rules above across `runs`, rewriting the text of every `text` run.
void typeset_french(std::vector<TextRun>& runs);

/// The same for one plain text (a title, a label).
std::string typeset_french(std::string_view text);

/// True when `text` holds none of the characters a rule starts from (most text nodes: a run of
/// words and spaces), so it can be left as it is without being decoded.
bool typography_can_change(std::string_view text);

}  // namespace render
