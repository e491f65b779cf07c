#include "core/json_writer.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/rounding.h"

namespace core {

namespace {

std::string digits(unsigned long long n) {
  std::string s;
  do {
    s.insert(s.begin(), static_cast<char>('0' + n % 10));
    n /= 10;
  } while (n);
  return s;
}

// Fixed-point text of a non-negative `scaled` = value * 10^decimals, trailing zeros removed.
std::string fixed(unsigned long long scaled, int decimals) {
  std::string s = digits(scaled);
  if (decimals == 0) return s;
  if (s.size() <= static_cast<size_t>(decimals)) s.insert(0, static_cast<size_t>(decimals) + 1 - s.size(), '0');
  std::string integer = s.substr(0, s.size() - static_cast<size_t>(decimals));
  std::string fraction = s.substr(s.size() - static_cast<size_t>(decimals));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return fraction.empty() ? integer : integer + "." + fraction;
}

}  // namespace

std::string format_number(double value, int decimals) {
  if (!std::isfinite(value)) return "null";
  std::string sign = value < 0 ? "-" : "";
  double a = std::fabs(value);
  if (a < 1e15) {
    double r = std::fabs(round_half_up(value, decimals));
    if (r == 0) return "0";
    // Doubles hold 15-16 significant digits: drop decimals until the scaled value is exact.
    for (int d = decimals; d >= 0; --d) {
      double scale = 1;
      for (int i = 0; i < d; ++i) scale *= 10;
      double scaled = std::floor(r * scale + 0.5);
      if (scaled < 1e15) return sign + fixed(static_cast<unsigned long long>(scaled), d);
    }
  }
  // Beyond what fixed point writes exactly: 7 significant digits and an exponent. `a` is
  // finite, so at most ~308 divisions.
  int exponent = 0;
  while (a >= 10) {
    a /= 10;
    ++exponent;
  }
  return sign + fixed(static_cast<unsigned long long>(std::floor(a * 1e6 + 0.5)), 6) + "e+" +
         digits(static_cast<unsigned long long>(exponent));
}

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
}

JsonWriter& JsonWriter::begin_object() {
  separate();
  out_ += '{';
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  out_ += '}';
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  separate();
  out_ += '[';
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  out_ += ']';
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(const std::string& name) {
  string(name);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(const std::string& value) {
  separate();
  static const char* const kHex = "0123456789abcdef";
  out_ += '"';
  // Runs of plain bytes are appended at once: byte-by-byte appends dominated the WASM profile.
  // Raw pointer and size: under -Oz, std::string accessors are calls, once per byte.
  const char* bytes = value.data();
  const size_t size = value.size();
  size_t run = 0;
  for (size_t i = 0; i < size; ++i) {
    unsigned char u = static_cast<unsigned char>(bytes[i]);
    if (u >= 0x20 && u != '"' && u != '\\') continue;
    out_.append(bytes + run, i - run);
    run = i + 1;
    switch (u) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      default: {
        char escape[7] = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 15], 0};
        out_ += escape;
      }
    }
  }
  out_.append(bytes + run, size - run);
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::number(double value, int decimals) {
  separate();
  out_ += format_number(value, decimals);
  return *this;
}

namespace {

// nlohmann/json's double formatter (Grisu2: always round-trips, shortest in nearly every case;
// ".0" kept on integral values, as Python writes them), the one json::dump uses, called directly
// to skip dump's allocations: the EcoLogits result writes 26 numbers per call.
char* write_round_trip(char* buffer, char* end, double value) {
  return nlohmann::detail::to_chars(buffer, end, value);
}

}  // namespace

std::string format_round_trip(double value) {
  if (!std::isfinite(value)) return "null";
  char buffer[32];
  return std::string(buffer, write_round_trip(buffer, buffer + sizeof buffer, value));
}

JsonWriter& JsonWriter::number_round_trip(double value) {
  separate();
  if (!std::isfinite(value)) {
    out_ += "null";
  } else {
    char buffer[32];
    out_.append(buffer, write_round_trip(buffer, buffer + sizeof buffer, value));
  }
  return *this;
}

JsonWriter& JsonWriter::integer(long long value) {
  separate();
  if (value < 0) out_ += '-';
  out_ += digits(value < 0 ? 0ULL - static_cast<unsigned long long>(value)
                           : static_cast<unsigned long long>(value));
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::string_or_null(const std::string& value) {
  return value.empty() ? null() : string(value);
}

}  // namespace core
