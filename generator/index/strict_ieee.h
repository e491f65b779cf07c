// Included (after the other headers) by the files that must compute as lunr.js does: in plain
// IEEE double. A fused multiply-add, which GCC emits by default for C++ when the target has FMA
// (e.g. -march=native), would change last bits, and with them the index's roundings.
// No include guard: it sets how the rest of the including file is compiled.
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif
