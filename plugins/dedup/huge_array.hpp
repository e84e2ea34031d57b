// A fixed-size array that asks the kernel for 2 MiB pages once it is large enough: the LSH and
// fingerprint tables are probed at random, and with 4 KiB pages nearly every probe also missed the
// TLB (and every growth faulted in thousands of pages one by one).
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace dedup {

template <class T>
class HugeArray {
 public:
  HugeArray() = default;
  HugeArray(std::size_t n, const T& value) : size_(n) {
    allocate();
    std::uninitialized_fill(data_, data_ + n, value);
  }
  /// Elements left unset (malloc-like, so only for trivially copyable T): for storage written
  /// before it is read.
  explicit HugeArray(std::size_t n) : size_(n) {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
    allocate();
  }

  HugeArray(HugeArray&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)) {}
  HugeArray& operator=(HugeArray&& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    return *this;
  }
  HugeArray(const HugeArray&) = delete;
  HugeArray& operator=(const HugeArray&) = delete;
  ~HugeArray() { std::free(data_); }  // T is trivially destructible (checked by the user)

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

 private:
  void allocate() {
    if (size_ == 0) return;
    const std::size_t bytes = round_up(size_ * sizeof(T));
    void* p = std::aligned_alloc(alignment(bytes), bytes);
    if (!p) throw std::bad_alloc();
    if (bytes >= kHugePage) ::madvise(p, bytes, MADV_HUGEPAGE);  // advice only: may be ignored
    data_ = static_cast<T*>(p);
  }
  static constexpr std::size_t kHugePage = 2u << 20;
  static std::size_t alignment(std::size_t bytes) {
    return bytes >= kHugePage ? kHugePage : alignof(std::max_align_t);
  }
  static std::size_t round_up(std::size_t bytes) {
    // aligned_alloc wants a multiple of the alignment; small arrays use a small alignment.
    const std::size_t align = alignment(bytes);
    return (bytes + align - 1) / align * align;
  }
  T* data_ = nullptr;
  std::size_t size_ = 0;
};

/// An append-only array kept in huge-page chunks of 2^kShift elements: growing never moves what
/// is stored (a vector's doubling copied everything, and faulted the copy in 4 KiB pages).
template <class T, int kShift = 16>
class ChunkedArray {
 public:
  void push_back(const T& value) {
    if (size_ == chunks_.size() << kShift) chunks_.emplace_back(std::size_t{1} << kShift);
    chunks_.back()[size_ & kMask] = value;
    ++size_;
  }
  T& operator[](std::size_t i) { return chunks_[i >> kShift][i & kMask]; }
  const T& operator[](std::size_t i) const { return chunks_[i >> kShift][i & kMask]; }
  std::size_t size() const { return size_; }
  std::size_t memory_bytes() const { return (chunks_.size() << kShift) * sizeof(T); }

 private:
  static constexpr std::size_t kMask = (std::size_t{1} << kShift) - 1;
  std::vector<HugeArray<T>> chunks_;
  std::size_t size_ = 0;
};

}  // namespace dedup
