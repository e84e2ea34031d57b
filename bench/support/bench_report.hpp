// What every benchmark program shares: CPU time of the calling thread, and the figures it prints
// (one line each) and writes as JSON for `make bench` to merge (bench/README.md).
#pragma once

#include <time.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "allocator.hpp"

namespace newspipe::bench {

/// CPU seconds used by this thread: stays meaningful on a machine shared with other jobs.
inline double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

/// The figures of one benchmark program, under one name ("clean", "harness", ...).
class BenchReport {
 public:
  /// Prints "<name> allocator: <allocator>": the figures depend on it, and the benchmark programs
  /// link the host's (pipeline/host/allocator.hpp) to measure what the host's stages do.
  explicit BenchReport(std::string name) : name_(std::move(name)) {
    std::printf("%s allocator: %s\n", name_.c_str(), newspipe::host::allocator_in_use().c_str());
  }

  /// Prints "<name> <what>: <value> <unit>" and keeps the figure for write().
  void add(const std::string& what, double value, const std::string& unit) {
    std::printf("%s %s: %.1f %s\n", name_.c_str(), what.c_str(), value, unit.c_str());
    std::fflush(stdout);
    figures_.push_back({what, value, unit});
  }

  /// Writes {"<name>": {"<what>": {"value": v, "unit": "u"}, ...}}. False if the file cannot be
  /// written.
  bool write(const std::string& path) const {
    std::string json = "{\"" + name_ + "\": {";
    for (std::size_t i = 0; i < figures_.size(); ++i) {
      char value[64];
      std::snprintf(value, sizeof value, "%.3f", figures_[i].value);
      json += (i ? ", \"" : "\"") + figures_[i].what + "\": {\"value\": " + value +
              ", \"unit\": \"" + figures_[i].unit + "\"}";
    }
    json += "}}\n";
    std::ofstream out(path);
    out << json;
    return static_cast<bool>(out);
  }

 private:
  struct Figure {
    std::string what;
    double value;
    std::string unit;
  };
  std::string name_;
  std::vector<Figure> figures_;
};

}  // namespace newspipe::bench
