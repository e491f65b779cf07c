#pragma once
// The arguments of the commands that read one input (guide footprint, guide ecologits): options
// with a value, flags, one input path ("-" for standard input), --help. One reading, so that
// every such command answers a stray or misspelt argument the same way.
#include <map>
#include <string>

#include "cli/commands.h"

namespace cli {

struct ArgumentSpec {
  std::map<std::string, std::string*> values;  // "--batch" → where its value goes
  std::map<std::string, bool*> flags;          // "--chart" → set to true when given
  std::string* input = nullptr;                // the one argument that is not an option
};

/// Reads `args` into `spec`'s targets. Returns -1 when the command goes on; otherwise the exit
/// status the command returns: 0 after printing `usage` for --help or -h, 2 after reporting an
/// unexpected argument (an unknown option, a second input, an option missing its value).
int parse_arguments(const Args& args, const ArgumentSpec& spec, const char* usage);

}  // namespace cli
