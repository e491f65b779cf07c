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
    "  check [--content DIR] [--strict]\n"
    "                              validate the content, write nothing; --strict: warnings fail\n"
    "  serve [--port N] [--host ADDR] [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]\n"
    "                              build, serve on 127.0.0.1:8000, rebuild and reload on change\n"
    "  index DOCS.json             print a Lunr 2.3.9 index of [{id,title,body,url}...]\n"
    "  eval BANK.yaml ANSWERS.json print the evaluation of answers against a question bank\n"
    "  footprint INPUT.json        print the footprint estimate of INPUT\n";

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  const std::map<std::string, int (*)(const cli::Args&)> commands = {
      {"build", cli::run_build}, {"check", cli::run_check}, {"serve", cli::run_serve},
      {"index", cli::run_index},
      {"eval", cli::run_eval},   {"footprint", cli::run_footprint},
  };
  auto found = commands.find(argv[1]);
  if (found == commands.end()) {
    std::cerr << "guide: error: unknown command '" << argv[1] << "'\n" << kUsage;
    return 2;
  }
  return found->second(cli::Args(argv + 2, argv + argc));
}
