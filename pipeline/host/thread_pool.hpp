// The pipeline's worker threads: a oneTBB arena capped at `pipeline.threads`.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

namespace newspipe::host {

class ThreadPool {
 public:
  /// `threads` = 0 uses every core.
  explicit ThreadPool(unsigned threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  unsigned size() const { return size_; }
  /// Runs fn(i) for i in [0, n) on the arena's threads (the caller's thread takes part).
  void parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn);

 private:
  unsigned size_;
  struct Arena;  // keeps oneTBB's headers out of the host's other files
  std::unique_ptr<Arena> arena_;
};

}  // namespace newspipe::host
