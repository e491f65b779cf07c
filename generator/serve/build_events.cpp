#include "serve/build_events.h"

#include <nlohmann/json.hpp>

namespace serve {

void BuildEvents::succeeded() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++build_;
    ++changes_;
    failure_.clear();
  }
  changed_.notify_all();
}

void BuildEvents::refreshed() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (failure_.empty()) return;
    failure_.clear();
    ++changes_;
  }
  changed_.notify_all();
}

void BuildEvents::failed(const std::string& diagnostics) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    failure_ = diagnostics.empty() ? "the rebuild failed" : diagnostics;
    ++changes_;
  }
  changed_.notify_all();
}

void BuildEvents::shut_down() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    shut_down_ = true;
  }
  changed_.notify_all();
}

unsigned long BuildEvents::build() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return build_;
}

bool BuildEvents::is_shut_down() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return shut_down_;
}

std::string BuildEvents::event_locked() const {
  nlohmann::json data = {{"build", build_}};
  if (!failure_.empty()) data["diagnostics"] = failure_;
  // dump() escapes line breaks, so the data is one "data:" line as the format wants.
  return std::string("event: ") + (failure_.empty() ? "built" : "failed") + "\ndata: " +
         data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n\n";
}

std::string BuildEvents::current_event(unsigned long& seen) const {
  std::lock_guard<std::mutex> lock(mutex_);
  seen = changes_;
  return event_locked();
}

std::optional<std::string> BuildEvents::wait_for_change(unsigned long& seen,
                                                        std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(mutex_);
  const bool woken = changed_.wait_for(lock, timeout, [&] { return shut_down_ || changes_ != seen; });
  if (!woken || shut_down_) return std::nullopt;
  seen = changes_;
  return event_locked();
}

}  // namespace serve
