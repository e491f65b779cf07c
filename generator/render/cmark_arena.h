#pragma once
// A bump allocator per thread for cmark-gfm, through its documented cmark_mem interface. Parsing
// and rendering one page allocates and frees thousands of small blocks (nodes, text chunks,
// growing buffers); here each costs a pointer bump, freeing costs nothing, and everything is
// released at once when the page is done. cmark-gfm's own arena (cmark_get_arena_mem_allocator)
// is one arena for the whole process, which two threads cannot share.
#include <cmark-gfm.h>

namespace render {

/// The calling thread's arena. Memory from it stays valid until the outermost ArenaScope of the
/// thread ends: nothing allocated from it may be used after that.
cmark_mem* thread_arena();

/// Marks the lifetime of what a thread allocates from its arena; scopes nest, and the arena is
/// reset (its blocks kept for the next page) when the outermost one ends.
class ArenaScope {
 public:
  ArenaScope();
  ~ArenaScope();
  ArenaScope(const ArenaScope&) = delete;
  ArenaScope& operator=(const ArenaScope&) = delete;
};

}  // namespace render
