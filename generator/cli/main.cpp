// Entry point: dispatches to one subcommand (see commands.h and README.md).
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.h"

#ifdef GUIDE_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace {

// Every command once: the general usage and `guide <command> --help` are both written from this
// table. The footprint and ecologits commands answer --help themselves with their longer usage.
struct Command {
  const char* name;
  int (*run)(const cli::Args&);
  const char* synopsis;  // after "guide "
  const char* summary;   // one line, in the general usage
  const char* more;      // added by `guide <command> --help` ("" when nothing)
  bool own_help;         // the command prints its own --help
};

const Command kCommands[] = {
    {"build", cli::run_build, "build [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]",
     "generate the site (default: content templates assets site)",
     "a failed build leaves the previous site untouched\n", false},
    {"check", cli::run_check, "check [--content DIR] [--strict] [--today YYYY-MM-DD]",
     "validate the content, write nothing; --strict: warnings fail",
     "--today: the date the regulatory dates are checked against\n", false},
    {"serve", cli::run_serve,
     "serve [--port N] [--host ADDR] [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]",
     "build, serve on 127.0.0.1:8000, rebuild and reload on change", "", false},
    {"index", cli::run_index, "index DOCS.json", "print a Lunr 2.3.9 index of [{id,title,body,url}...]", "",
     false},
    {"eval", cli::run_eval, "eval BANK.yaml ANSWERS.json", "print the evaluation of answers against a question bank",
     "or: guide eval BANK.yaml --batch ANSWERS.jsonl (one line per answer set)\n", false},
    {"footprint", cli::run_footprint, "footprint INPUT.json", "print the footprint estimate of INPUT", "", true},
    {"ecologits", cli::run_ecologits, "ecologits INPUT.json", "print the EcoLogits 0.11.2 estimate of one LLM request",
     "", true},
};

std::string usage() {
  std::string out = "usage: guide <command> [options]\n\ncommands:\n";
  for (const Command& c : kCommands) {
    std::string line = std::string("  ") + c.synopsis;
    // Summaries start at column 30, on the next line when the synopsis reaches it.
    line += line.size() < 30 ? std::string(30 - line.size(), ' ') : "\n" + std::string(30, ' ');
    out += line + c.summary + "\n";
  }
  return out;
}

const Command* find_command(const char* name) {
  for (const Command& c : kCommands)
    if (!std::strcmp(c.name, name)) return &c;
  return nullptr;
}

bool asks_help(int argc, char** argv) {
  for (int i = 2; i < argc; ++i)
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
#ifdef GUIDE_WITH_MIMALLOC
  // A build touches a few hundred MB once, and a third of its CPU time went to the kernel's page
  // faults (5,000 pages: 72,000 faults). Transparent huge pages for mimalloc's arenas, and memory
  // kept rather than handed back to the system and faulted in again, for a command that ends in
  // a second: 16,000 faults, user + system time 2.9 s -> 2.2 s, peak RSS +45 MB. `guide serve`
  // lives on: it hands memory back.
  mi_option_enable(mi_option_large_os_pages);
  if (argc < 2 || std::strcmp(argv[1], "serve") != 0) mi_option_disable(mi_option_allow_decommit);
#endif
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    std::cout << usage();
    return argc < 2 ? 2 : 0;
  }
  const Command* found = find_command(argv[1]);
  if (!found) {
    std::cerr << "guide: error: unknown command '" << argv[1] << "'\n" << usage();
    return 2;
  }
  if (!found->own_help && asks_help(argc, argv)) {
    std::cout << "usage: guide " << found->synopsis << "\n" << found->summary << "\n" << found->more;
    return 0;
  }
  return found->run(cli::Args(argv + 2, argv + argc));
}
