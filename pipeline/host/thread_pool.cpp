#include "thread_pool.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <thread>

namespace newspipe::host {

struct ThreadPool::Arena {
  explicit Arena(int n) : arena(n) {}
  tbb::task_arena arena;
};

ThreadPool::ThreadPool(unsigned threads)
    : size_(threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : threads),
      arena_(std::make_unique<Arena>(static_cast<int>(size_))) {}

ThreadPool::~ThreadPool() = default;

void ThreadPool::parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn) {
  if (n == 0) return;
  if (size_ == 1 || n == 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  arena_->arena.execute([&] {
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n), [&](const auto& r) {
      for (std::size_t i = r.begin(); i != r.end(); ++i) fn(i);
    });
  });
}

}  // namespace newspipe::host
