// The progress line on a terminal: articles, MB/s, elapsed and ETA. Silent when stderr is not a
// terminal (cron, systemd, CI), so logs hold no carriage-return noise.
#pragma once

#include <chrono>
#include <cstdint>

namespace newspipe::host {

class ProgressLine {
 public:
  ProgressLine();
  /// Redraws at most a few times a second. `total_bytes` 0 = unknown (no ETA).
  void update(std::uint64_t articles, std::uint64_t bytes, std::uint64_t total_bytes);
  /// Clears the line.
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace newspipe::host
