#include "core/placeholders.h"

#include "core/id_patterns.h"

namespace core {

bool is_placeholder_name(std::string_view name) { return matches(name, IdPattern::name); }

}  // namespace core
