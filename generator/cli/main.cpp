// Entry point: dispatches to one subcommand (see commands.h and README.md).
#include <cstring>
#include <iostream>
#include <map>

#include "cli/commands.h"

namespace {

const char* const kUsage =
    "usage: guide <command> [options]\n"
    "\n"
    "commands:\n"
    "  build [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]\n"
    "                              generate the site (default: content templates assets site)\n"
    "  check [--content DIR]       validate the content, write nothing\n"
    "  index DOCS.json             print a Lunr 2.3.9 index of [{id,title,body,url}...]\n"
    "  eval BANK.yaml ANSWERS.json print the evaluation of answers against a question bank\n"
    "  footprint INPUT.json        print the footprint estimate of INPUT\n"
    "  ecologits INPUT.json        print the EcoLogits 0.11.2 estimate of one LLM request\n";

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  const std::map<std::string, int (*)(const cli::Args&)> commands = {
      {"build", cli::run_build}, {"check", cli::run_check}, {"index", cli::run_index},
      {"eval", cli::run_eval},   {"footprint", cli::run_footprint}, {"ecologits", cli::run_ecologits},
  };
  auto found = commands.find(argv[1]);
  if (found == commands.end()) {
    std::cerr << "guide: error: unknown command '" << argv[1] << "'\n" << kUsage;
    return 2;
  }
  return found->second(cli::Args(argv + 2, argv + argc));
}
