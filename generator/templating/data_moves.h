#pragma once
// Moving values into a template's data. kainjow's setters copy what they are given, deeply (a
// string twice: into the data, then into its map entry), and a page's data holds its whole HTML,
// its menu and lists of links: on a large site these copies cost more than the rendering. These
// helpers move instead, through the const accessors kainjow gives (the objects they reach are
// not const, so writing through them is well defined).
#include <string>
#include <utility>

#include "templating/templates.h"

namespace templating {

/// A string value that takes `text`'s buffer.
inline Data moved_text(std::string&& text) {
  Data value(Data::type::string);
  const_cast<std::string&>(value.string_value()).swap(text);
  return value;
}

/// A list value that takes `list`'s items.
inline Data moved_list(List&& list) {
  Data value(Data::type::list);
  const_cast<List&>(value.list_value()).swap(list);
  return value;
}

/// object[name] = value, moved in (the placeholder set first is a boolean: no allocation).
inline void set_moved(Data& object, const std::string& name, Data&& value) {
  object.set(name, Data(false));
  if (const Data* slot = object.get(name)) *const_cast<Data*>(slot) = std::move(value);
}

inline void set_moved(Data& object, const std::string& name, std::string&& text) {
  set_moved(object, name, moved_text(std::move(text)));
}

inline void set_moved(Data& object, const std::string& name, List&& list) {
  set_moved(object, name, moved_list(std::move(list)));
}

}  // namespace templating
