#pragma once
// The generator's one way to use several cores: independent work items handed out one at a time
// to a worker per core (at most 8), so a slow item (a long page, a large chunk of the index) does
// not leave the other cores idle as a fixed split would.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <string>
#include <thread>
#include <vector>

namespace parallel {

/// Worker threads a parallel loop uses: the machine's cores, 1 to 8.
inline size_t worker_count() {
  return std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
}

/// Runs work(i, w) for every i in [0, n), in no particular order, on up to `max_workers` threads
/// (and worker_count()); w in [0, max_workers) names the thread running the item, so that work
/// can use per-thread state (one thread per w at a time). The calling thread is worker 0. Loops
/// of fewer than `min_items` run on the calling thread alone. `work` must not throw.
template <typename Work>
void for_each_index_on_workers(size_t n, size_t max_workers, Work&& work, size_t min_items = 2) {
  const size_t workers = n < min_items ? 1 : std::min({worker_count(), max_workers, n});
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i) work(i, size_t{0});
    return;
  }
  std::atomic<size_t> next{0};
  auto drain = [&](size_t w) {
    for (size_t i = next++; i < n; i = next++) work(i, w);
  };
  std::vector<std::thread> threads;
  threads.reserve(workers - 1);
  for (size_t w = 1; w < workers; ++w) threads.emplace_back(drain, w);
  drain(0);
  for (std::thread& t : threads) t.join();
}

/// Runs work(i) for every i in [0, n), in no particular order, on up to worker_count() threads;
/// the calling thread is one of them. Loops of fewer than `min_items` run on the calling thread
/// alone (starting a thread costs more than a few small items). `work` must not throw.
template <typename Work>
void for_each_index(size_t n, Work&& work, size_t min_items = 2) {
  for_each_index_on_workers(n, worker_count(), [&](size_t i, size_t) { work(i); }, min_items);
}

/// [begin, end) of chunk `k` when [0, n) is cut into `chunks` nearly equal consecutive ranges.
inline std::pair<size_t, size_t> chunk_range(size_t n, size_t chunks, size_t k) {
  return {n * k / chunks, n * (k + 1) / chunks};
}

/// Builds texts 0..count-1 with build(k, text) on every core, a wave of a few at a time, and
/// hands each to emit(text) in order: a large generated file can be produced in parallel without
/// ever existing whole in memory (only two waves of texts do, their buffers reused). A wave is
/// emitted on a thread of its own while the next one is built, so writing it out does not leave
/// the cores idle. emit is called from one thread at a time, and never after this returns.
template <typename Build, typename Emit>
void build_in_order(size_t count, Build&& build, Emit&& emit) {
  const size_t wave = 2 * worker_count();
  std::vector<std::string> texts[2] = {std::vector<std::string>(wave), std::vector<std::string>(wave)};
  std::thread emitting;
  std::exception_ptr failure;  // from emit, rethrown here once its thread is joined
  auto finish_emitting = [&] {
    if (emitting.joinable()) emitting.join();
    if (failure) std::rethrow_exception(failure);
  };
  for (size_t first = 0, side = 0; first < count; first += wave, side ^= 1) {
    const size_t n = std::min(wave, count - first);
    std::vector<std::string>& built = texts[side];
    for_each_index(n, [&](size_t k) { build(first + k, built[k]); });
    finish_emitting();  // the previous wave, from the other buffers
    emitting = std::thread([&built, n, &emit, &failure] {
      try {
        for (size_t k = 0; k < n; ++k) {
          emit(built[k]);
          built[k].clear();  // keeps its capacity: a later wave writes into memory already mapped
        }
      } catch (...) {
        failure = std::current_exception();
      }
    });
  }
  finish_emitting();
}

}  // namespace parallel
