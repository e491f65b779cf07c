// Entry point: dispatches to one subcommand (see commands.h and README.md).
#include <cstring>
#include <iostream>
#include <map>

#include "cli/commands.h"

#ifdef GUIDE_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace {

const char* const kUsage =
    "usage: guide <command> [options]\n"
    "\n"
    "commands:\n"
    "  build [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]\n"
    "                              generate the site (default: content templates assets site)\n"
    "  check [--content DIR] [--strict]\n"
    "                              validate the content, write nothing; --strict: warnings fail\n"
    "  serve [--port N] [--host ADDR] [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]\n"
    "                              build, serve on 127.0.0.1:8000, rebuild and reload on change\n"
    "  index DOCS.json             print a Lunr 2.3.9 index of [{id,title,body,url}...]\n"
    "  eval BANK.yaml ANSWERS.json print the evaluation of answers against a question bank\n"
    "  footprint INPUT.json        print the footprint estimate of INPUT\n"
    "  ecologits INPUT.json        print the EcoLogits 0.11.2 estimate of one LLM request\n";

// `guide <command> --help`: the command's lines of the usage above, on stdout, exit 0. The
// footprint and ecologits commands answer --help themselves with their longer usage.
const std::map<std::string, const char*> kCommandHelp = {
    {"build",
     "usage: guide build [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]\n"
     "generate the site (default: content templates assets site); a failed build leaves the\n"
     "previous site untouched\n"},
    {"check",
     "usage: guide check [--content DIR] [--strict] [--today YYYY-MM-DD]\n"
     "validate the content, write nothing; --strict: warnings fail; --today: the date the\n"
     "regulatory dates are checked against\n"},
    {"serve",
     "usage: guide serve [--port N] [--host ADDR] [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]\n"
     "build, serve on 127.0.0.1:8000, rebuild and reload on change\n"},
    {"index", "usage: guide index DOCS.json\nprint a Lunr 2.3.9 index of [{id,title,body,url}...]\n"},
    {"eval",
     "usage: guide eval BANK.yaml ANSWERS.json\n"
     "       guide eval BANK.yaml --batch ANSWERS.jsonl\n"
     "print the evaluation of answers against a question bank (one line per answer set with --batch)\n"},
};

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
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  const std::map<std::string, int (*)(const cli::Args&)> commands = {
      {"build", cli::run_build}, {"check", cli::run_check}, {"serve", cli::run_serve},
      {"index", cli::run_index},
      {"eval", cli::run_eval},   {"footprint", cli::run_footprint}, {"ecologits", cli::run_ecologits},
  };
  auto found = commands.find(argv[1]);
  if (found == commands.end()) {
    std::cerr << "guide: error: unknown command '" << argv[1] << "'\n" << kUsage;
    return 2;
  }
  auto help = kCommandHelp.find(argv[1]);
  if (help != kCommandHelp.end() && asks_help(argc, argv)) {
    std::cout << help->second;
    return 0;
  }
  return found->second(cli::Args(argv + 2, argv + argc));
}
