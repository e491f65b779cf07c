// Pins cmark-gfm's inline special-character table (see cmark_inline_chars.h).
#include "render/cmark_inline_chars.h"

#include <dlfcn.h>

#include <atomic>

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

}  // namespace

// Replaces the library's definition for the whole process (the executable comes first in symbol
// lookup). Until the table is pinned it does what the library does; afterwards nothing.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser* parser, int add) {
  calls_seen.fetch_add(1, std::memory_order_relaxed);
  if (pinned.load(std::memory_order_acquire)) return;
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
  pinned.store(true, std::memory_order_release);
  return true;
}

}  // namespace render
