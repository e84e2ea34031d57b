#include "progress_line.hpp"

#include <unistd.h>

#include <cstdio>

namespace newspipe::host {

ProgressLine::ProgressLine()
    : enabled_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void ProgressLine::update(std::uint64_t articles, std::uint64_t bytes, std::uint64_t total_bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  drawn_ = true;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double mbps = elapsed > 0 ? static_cast<double>(bytes) / 1e6 / elapsed : 0.0;
  std::fprintf(stderr, "\r\033[K%llu articles  %.1f MB/s  %.0fs elapsed",
               static_cast<unsigned long long>(articles), mbps, elapsed);
  if (total_bytes > 0 && bytes > 0 && bytes <= total_bytes) {
    const double eta =
        elapsed * static_cast<double>(total_bytes - bytes) / static_cast<double>(bytes);
    std::fprintf(stderr, "  ETA %.0fs (%.0f%%)", eta, 100.0 * bytes / total_bytes);
  }
  std::fflush(stderr);
}

void ProgressLine::finish() {
  if (enabled_ && drawn_) std::fprintf(stderr, "\r\033[K");
}

}  // namespace newspipe::host
