#pragma once
// cmark-gfm's inline parser keeps its special characters in one table for the whole process. Every
// parser adds its extensions' characters (autolink's ':' and 'w', strikethrough's '~') when it
// starts its inline stage and clears them when it ends, so two pages parsed at once on two cores
// could lose an autolink or a strikethrough at random (seen: 1 build in 6 differed).
//
// The library makes that add/clear through a public, exported function,
// cmark_manage_extensions_special_characters, which it calls through its procedure linkage table.
// cmark_inline_chars.cpp defines the same function in the executable, so ELF symbol interposition
// routes those calls to it: once pinned, the table is filled once and never cleared again, and
// parses no longer disturb each other. Every parser of the generator attaches the same extensions,
// so one fill is right for all of them.
#include <cmark-gfm.h>

namespace render {

/// Fills the table for `parser`'s extensions for good and stops later parses from changing it.
/// Returns false, changing nothing, when the interposition is not in effect (a statically linked
/// or symbol-bound cmark-gfm): callers must then keep parsing the inline stage one at a time.
/// Call once, before parsing on several threads.
bool pin_inline_special_chars(cmark_parser* parser);

/// Whether every extension `parser` attaches is one the table was pinned for: the assumption
/// pinning rests on (the generator's parsers all attach the same set). Once pinned, a parse with
/// any other extension stops the process with an internal error rather than silently never run it.
bool uses_only_pinned_extensions(cmark_parser* parser);

}  // namespace render
