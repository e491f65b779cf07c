#include "core/bank_visibility.h"

namespace core {

namespace {

enum class Mark { fresh, active, done };

struct Walker {
  const Bank& bank;
  const std::vector<ShowIfReads>& reads;
  std::vector<Mark> marks;
  std::vector<int> stack;
  VisibilityGraph graph;

  void visit(int q) {
    marks[static_cast<size_t>(q)] = Mark::active;
    stack.push_back(q);
    const ShowIfReads& r = reads[static_cast<size_t>(q)];
    for (size_t k = 0; k < r.questions.size(); ++k) {
      int next = r.questions[k];
      Mark m = marks[static_cast<size_t>(next)];
      if (m == Mark::fresh) visit(next);
      else if (m == Mark::active) report_cycle(next, q, k);
    }
    stack.pop_back();
    marks[static_cast<size_t>(q)] = Mark::done;
    graph.order.push_back(q);
  }

  // `from`'s show_if reads `to`, which is already being visited: a cycle from `to` to itself.
  void report_cycle(int to, int from, size_t read) {
    const auto& qs = bank.questions;
    Issue i;
    i.pointer = reads[static_cast<size_t>(from)].pointers[read];
    i.offset = static_cast<long>(reads[static_cast<size_t>(from)].offsets[read]);
    if (to == from) {
      i.message = "the show_if of '" + qs[static_cast<size_t>(from)].id +
                  "' reads '" + qs[static_cast<size_t>(from)].id +
                  "' itself: a question cannot depend on its own answer to exist";
    } else {
      std::string path;
      size_t start = 0;
      while (stack[start] != to) ++start;
      for (size_t s = start; s < stack.size(); ++s) path += qs[static_cast<size_t>(stack[s])].id + " → ";
      path += qs[static_cast<size_t>(to)].id;
      i.message = "the show_if of '" + qs[static_cast<size_t>(from)].id +
                  "' depends on itself: " + path;
    }
    graph.issues.push_back(std::move(i));
  }
};

}  // namespace

VisibilityGraph build_visibility_graph(const Bank& bank, const std::vector<ShowIfReads>& reads) {
  Walker w{bank, reads, std::vector<Mark>(bank.questions.size(), Mark::fresh), {}, {}};
  for (size_t q = 0; q < bank.questions.size(); ++q)
    if (w.marks[q] == Mark::fresh) w.visit(static_cast<int>(q));
  return std::move(w.graph);
}

}  // namespace core
