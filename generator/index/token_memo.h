#pragma once
// An open-addressing hash map from token text to a pointer, for the pipeline's memo: millions of
// lookups of short strings, almost all hits, where std::unordered_map's node chasing and
// std::hash's cost showed up as a fifth of the indexing time.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace search {

template <typename T>
class TokenMemo {
 public:
  TokenMemo() : slots_(1024) {}

  /// The stored value for `key`, or nullptr (with `found` false) when absent.
  T* find(std::string_view key, uint64_t hash, bool& found) const {
    for (size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (!s.used) break;
      if (s.hash == hash && s.key == key) {
        found = true;
        return s.value;
      }
    }
    found = false;
    return nullptr;
  }

  /// Stores a copy of `key` (not already present) with `value`.
  void insert(std::string_view key, uint64_t hash, T* value) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    keys_.emplace_back(key);
    place(Slot{hash, keys_.back(), value, true});
    ++count_;
  }

  static uint64_t hash(std::string_view key) {
    uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then a final mix for the low bits
    for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ull;
    return h ^ (h >> 29);
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string_view key;
    T* value = nullptr;
    bool used = false;
  };

  void place(const Slot& slot) {
    size_t i = slot.hash & (slots_.size() - 1);
    while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = slot;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.used) place(s);
  }

  std::vector<Slot> slots_;
  std::deque<std::string> keys_;  // stable storage for the keys' bytes
  size_t count_ = 0;
};

}  // namespace search
