#pragma once
// The subcommands of `guide`. Each takes the arguments after its name and returns the exit status.
#include <string>
#include <vector>

namespace cli {

using Args = std::vector<std::string>;

int run_build(const Args& args);      // guide build [--content DIR] [--templates DIR] [--assets DIR] [--out DIR]
int run_check(const Args& args);      // guide check [--content DIR] [--strict]
int run_serve(const Args& args);      // guide serve [--port N] [--host ADDR] [build's folders]
int run_index(const Args& args);      // guide index DOCS.json
int run_eval(const Args& args);       // guide eval BANK.yaml ANSWERS.json
int run_footprint(const Args& args);  // guide footprint INPUT.json [--content DIR]
int run_ecologits(const Args& args);  // guide ecologits INPUT.json

}  // namespace cli
