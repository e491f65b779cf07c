// Per-thread bump allocator for cmark-gfm (see cmark_arena.h).
#include "render/cmark_arena.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace render {

namespace {

constexpr size_t kAlign = 16;                // malloc's alignment; each block also starts with its size
constexpr size_t kBlockSize = 256 * 1024;    // larger requests get a block of their own

size_t round_up(size_t n) { return (n + kAlign - 1) / kAlign * kAlign; }

char* system_block(size_t size) {
  auto* block = static_cast<char*>(std::malloc(size));
  if (!block) std::abort();  // as cmark-gfm's own allocator does
  return block;
}

class Arena {
 public:
  ~Arena() {
    reset();
    for (char* b : blocks_) std::free(b);
  }

  void* allocate(size_t size) {
    const size_t need = round_up(size) + kAlign;
    char* at;
    if (need > kBlockSize) {
      at = system_block(need);
      large_.push_back(at);
    } else {
      if (blocks_.empty() || used_ + need > kBlockSize) next_block();
      at = blocks_[current_] + used_;
      used_ += need;
    }
    std::memcpy(at, &size, sizeof size);
    return at + kAlign;
  }

  void* reallocate(void* ptr, size_t size) {
    if (!ptr) return allocate(size);
    char* at = static_cast<char*>(ptr) - kAlign;
    size_t old;
    std::memcpy(&old, at, sizeof old);
    if (size <= old) return ptr;
    // The last block handed out grows in place when its block has room (a growing buffer).
    const bool last = !blocks_.empty() && at + round_up(old) + kAlign == blocks_[current_] + used_;
    if (last && used_ - round_up(old) + round_up(size) <= kBlockSize) {
      used_ += round_up(size) - round_up(old);
      std::memcpy(at, &size, sizeof size);
      return ptr;
    }
    void* moved = allocate(size);
    std::memcpy(moved, ptr, old);
    return moved;
  }

  void enter() { ++depth_; }
  void leave() {
    if (--depth_ == 0) reset();
  }

 private:
  void next_block() {
    if (!blocks_.empty() && current_ + 1 < blocks_.size()) {
      ++current_;
    } else {
      blocks_.push_back(system_block(kBlockSize));
      current_ = blocks_.size() - 1;
    }
    used_ = 0;
  }

  void reset() {
    for (char* b : large_) std::free(b);
    large_.clear();
    current_ = 0;
    used_ = 0;
  }

  std::vector<char*> blocks_;  // kept across pages
  std::vector<char*> large_;   // freed at each reset
  size_t current_ = 0, used_ = 0;
  int depth_ = 0;
};

thread_local Arena arena;

void* arena_calloc(size_t count, size_t size) {
  if (size != 0 && count > static_cast<size_t>(-1) / size) std::abort();
  void* p = arena.allocate(count * size);
  std::memset(p, 0, count * size);  // blocks are reused from page to page
  return p;
}

void* arena_realloc(void* ptr, size_t size) { return arena.reallocate(ptr, size); }

void arena_free(void*) {}  // released with the whole arena

cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

}  // namespace

cmark_mem* thread_arena() { return &arena_mem; }

ArenaScope::ArenaScope() { arena.enter(); }
ArenaScope::~ArenaScope() { arena.leave(); }

}  // namespace render
