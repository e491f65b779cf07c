#pragma once
// Reading a subcommand's input file: one helper for every subcommand that takes one.
#include <string>

namespace cli {

/// Reads the whole of `path` into `out` ("-" reads standard input). Returns false when the file
/// cannot be opened.
bool read_input(const std::string& path, std::string& out);

/// read_input, and a failure said on standard error: "guide: error: cannot read 'PATH'".
bool read_input_or_report(const std::string& path, std::string& out);

}  // namespace cli
