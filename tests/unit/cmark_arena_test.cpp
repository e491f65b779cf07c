#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

#include "render/cmark_arena.h"
#include "render/cmark_inline_chars.h"
#include "render/markdown.h"

TEST_CASE("the cmark arena zeroes, grows and moves blocks as calloc and realloc do") {
  cmark_mem* mem = render::thread_arena();
  for (int round = 0; round < 2; ++round) {  // the second round reuses the first one's memory
    render::ArenaScope scope;
    auto* zeroed = static_cast<unsigned char*>(mem->calloc(100, 3));
    bool all_zero = true;
    for (int i = 0; i < 300; ++i) all_zero = all_zero && zeroed[i] == 0;
    CHECK(all_zero);
    std::memset(zeroed, 0xAB, 300);  // dirty it for the next round

    // A growing buffer: in place while it is the last block handed out, moved after that.
    auto* buffer = static_cast<char*>(mem->realloc(nullptr, 10));
    std::memcpy(buffer, "0123456789", 10);
    buffer = static_cast<char*>(mem->realloc(buffer, 1000));
    CHECK(std::string(buffer, 10) == "0123456789");
    mem->calloc(1, 8);
    char* moved = static_cast<char*>(mem->realloc(buffer, 5000));
    CHECK(moved != buffer);
    CHECK(std::string(moved, 10) == "0123456789");
    // Larger than a block, and a block's worth of small ones.
    auto* large = static_cast<char*>(mem->realloc(nullptr, 600 * 1024));
    large[600 * 1024 - 1] = 'z';
    for (int i = 0; i < 5000; ++i) CHECK_NOTHROW(mem->calloc(1, 100));
    mem->free(large);
  }
}

TEST_CASE("a page larger than an arena block renders whole") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Mot " + std::to_string(i) + " ";
  diag::Diagnostics diags;
  const auto r = render::render_markdown("## Long\n\n" + text + "\n", "long.md", 1, "long.html",
                                         nullptr, diags);
  CHECK(r.html.find("Mot 19999") != std::string::npos);
  CHECK(r.word_count == 40001);
}

TEST_CASE("the pinned inline table is checked against each parser's extensions") {
  if (!render::markdown_parses_in_parallel()) return;  // not pinned: pages parse one at a time
  cmark_gfm_core_extensions_ensure_registered();
  auto parser_with = [](std::initializer_list<cmark_syntax_extension*> extensions) {
    cmark_parser* p = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (cmark_syntax_extension* e : extensions) cmark_parser_attach_syntax_extension(p, e);
    return p;
  };
  auto gfm = [](const char* name) { return cmark_find_syntax_extension(name); };
  // An extension the table was not filled for: its characters would never reach it.
  cmark_syntax_extension* other = cmark_syntax_extension_new("guide-test");
  cmark_parser* same = parser_with({gfm("table"), gfm("strikethrough"), gfm("autolink"), gfm("tasklist"), gfm("tagfilter")});
  cmark_parser* fewer = parser_with({gfm("strikethrough"), gfm("table")});
  cmark_parser* none = parser_with({});
  cmark_parser* more = parser_with({gfm("table"), other});
  CHECK(render::uses_only_pinned_extensions(same));
  CHECK(render::uses_only_pinned_extensions(fewer));
  CHECK(render::uses_only_pinned_extensions(none));
  CHECK_FALSE(render::uses_only_pinned_extensions(more));
  for (cmark_parser* p : {same, fewer, none, more}) cmark_parser_free(p);
  cmark_syntax_extension_free(cmark_get_default_mem_allocator(), other);
}
