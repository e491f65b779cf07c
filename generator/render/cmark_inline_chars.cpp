// Pins cmark-gfm's inline special-character table (see cmark_inline_chars.h).
#include "render/cmark_inline_chars.h"

#include <cmark-gfm-extension_api.h>

#include <dlfcn.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using ManageFn = void (*)(cmark_parser*, int);

// The library's own function, found after this one in symbol lookup order.
ManageFn library_manage() {
  static const ManageFn fn =
      reinterpret_cast<ManageFn>(dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
  return fn;
}

std::atomic<bool> pinned{false};
std::atomic<long> calls_seen{0};
// The extensions the table was filled for (registered once, they live as long as the process).
std::vector<const void*> pinned_extensions;

std::vector<const void*> extensions_of(cmark_parser* parser) {
  std::vector<const void*> out;
  for (cmark_llist* e = cmark_parser_get_syntax_extensions(parser); e; e = e->next) out.push_back(e->data);
  return out;
}

}  // namespace

namespace render {

// Each of the parser's extensions is one the table was filled for (it may attach fewer: the
// characters of the others then find no extension and read as text, as without the table).
// No allocation: this runs twice per page parsed.
bool uses_only_pinned_extensions(cmark_parser* parser) {
  for (cmark_llist* e = cmark_parser_get_syntax_extensions(parser); e; e = e->next)
    if (std::find(pinned_extensions.begin(), pinned_extensions.end(), e->data) == pinned_extensions.end()) return false;
  return true;
}

}  // namespace render

// Replaces the library's definition for the whole process (the executable comes first in symbol
// lookup). Until the table is pinned it does what the library does; afterwards nothing.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser* parser, int add) {
  calls_seen.fetch_add(1, std::memory_order_relaxed);
  if (pinned.load(std::memory_order_acquire)) {
    // The pinned table lacks the characters of any extension it was not filled for: a parser
    // attaching one would silently never run it. Stop at once instead.
    if (!render::uses_only_pinned_extensions(parser)) {
      std::fputs("guide: internal error: a Markdown parser attaches an extension the inline "
                 "table was not pinned for (render/cmark_inline_chars.h)\n", stderr);
      std::abort();
    }
    return;
  }
  if (ManageFn fn = library_manage(); fn && fn != &cmark_manage_extensions_special_characters) {
    fn(parser, add);
  }
}

namespace render {

bool pin_inline_special_chars(cmark_parser* parser) {
  const ManageFn fn = library_manage();
  if (!fn || fn == &cmark_manage_extensions_special_characters) return false;
  // Does the library reach this file's definition? A parse of one line calls it twice.
  const long before = calls_seen.load();
  cmark_parser_feed(parser, "x\n", 2);
  cmark_node_free(cmark_parser_finish(parser));
  if (calls_seen.load() == before) return false;
  fn(parser, 1);
  pinned_extensions = extensions_of(parser);
  pinned.store(true, std::memory_order_release);
  return true;
}

}  // namespace render
