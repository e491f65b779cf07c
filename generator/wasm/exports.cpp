// C ABI entry points of the WebAssembly core. Placeholder until the bank evaluator lands.
#include <cstdlib>

extern "C" {
void guide_free(char* p) { std::free(p); }
}
