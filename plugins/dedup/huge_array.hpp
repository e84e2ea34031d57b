// The run index's memory: HugeArray, a fixed-size array that asks the kernel for 2 MiB pages once
// it is large enough (the LSH and fingerprint tables are probed at random, and with 4 KiB pages
// nearly every probe also missed the TLB); BlockPool, which hands out memory for what lives as
// long as the index; ChunkedArray, an append-only array on a BlockPool.
#pragma once

#include <sys/mman.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace dedup {

template <class T>
class HugeArray {
 public:
  HugeArray() = default;
  /// Elements whose bytes are all zero, for a T that all zero bytes make a valid value of. A large
  /// array is mapped from the kernel, which hands out zeroed pages: filling it as well would write
  /// the whole array once more before its first use.
  struct Zeroed {};
  HugeArray(std::size_t n, Zeroed) : size_(n) {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
    const std::size_t bytes = round_up(size_ * sizeof(T));
    if (bytes >= kHugePage) {
      data_ = static_cast<T*>(map_zeroed(bytes));
      mapped_ = true;
      return;
    }
    allocate();
    std::memset(static_cast<void*>(data_), 0, bytes);
  }
  /// Elements left unset (malloc-like, so only for trivially copyable T): for storage written
  /// before it is read.
  explicit HugeArray(std::size_t n) : size_(n) {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
    allocate();
  }

  HugeArray(HugeArray&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)),
        size_(std::exchange(o.size_, 0)),
        mapped_(std::exchange(o.mapped_, false)) {}
  HugeArray& operator=(HugeArray&& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(mapped_, o.mapped_);
    return *this;
  }
  HugeArray(const HugeArray&) = delete;
  HugeArray& operator=(const HugeArray&) = delete;
  ~HugeArray() {  // T is trivially destructible (checked by the user)
    if (mapped_) {
      ::munmap(data_, round_up(size_ * sizeof(T)));
    } else {
      std::free(data_);
    }
  }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  /// The same memory as raw bytes (its elements are trivially destructible: nothing is lost).
  HugeArray<std::byte> into_bytes() && {
    HugeArray<std::byte> bytes;
    bytes.data_ = reinterpret_cast<std::byte*>(std::exchange(data_, nullptr));
    bytes.size_ = std::exchange(size_, 0) * sizeof(T);
    bytes.mapped_ = std::exchange(mapped_, false);
    return bytes;
  }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

 private:
  template <class U>
  friend class HugeArray;
  void allocate() {
    if (size_ == 0) return;
    const std::size_t bytes = round_up(size_ * sizeof(T));
    void* p = std::aligned_alloc(alignment(bytes), bytes);
    if (!p) throw std::bad_alloc();
    if (bytes >= kHugePage) ::madvise(p, bytes, MADV_HUGEPAGE);  // advice only: may be ignored
    data_ = static_cast<T*>(p);
  }
  // Maps `bytes` (a multiple of kHugePage) at a huge-page boundary, so that all of it can be
  // backed by huge pages: a mapping of a little more, trimmed at both ends.
  static void* map_zeroed(std::size_t bytes) {
    const std::size_t span = bytes + kHugePage;
    void* mapped =
        ::mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    auto* p = static_cast<char*>(mapped);
    const std::size_t lead =
        (kHugePage - reinterpret_cast<std::uintptr_t>(p) % kHugePage) % kHugePage;
    char* aligned = p + lead;
    if (lead > 0) ::munmap(p, lead);
    if (const std::size_t tail = span - lead - bytes; tail > 0) ::munmap(aligned + bytes, tail);
    ::madvise(aligned, bytes, MADV_HUGEPAGE);  // advice only
    return aligned;
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
  bool mapped_ = false;  // from map_zeroed: given back with munmap
};

/// Memory for everything that lives as long as a run index, handed out from large blocks: fresh
/// huge-page ones, and the tables a FlatMap outgrew. The kernel zeroes every page a process
/// touches for the first time, and on a virtual machine that was over a tenth of the stage's time:
/// an outgrown table (as large as all the smaller ones before it) is touched memory that would
/// otherwise go back to the kernel, so texts and passages are put there first.
class BlockPool {
 public:
  BlockPool() = default;
  BlockPool(const BlockPool&) = delete;
  BlockPool& operator=(const BlockPool&) = delete;

  /// `bytes` of uninitialised storage aligned to `align` (a power of two up to 64), valid as long
  /// as the pool.
  std::byte* allocate(std::size_t bytes, std::size_t align) {
    if (current_ < blocks_.size() && fits(blocks_[current_], bytes, align))
      return take(blocks_[current_], bytes, align);
    for (current_ = 0; current_ < blocks_.size(); ++current_) {
      if (fits(blocks_[current_], bytes, align)) return take(blocks_[current_], bytes, align);
    }
    blocks_.push_back({HugeArray<std::byte>(std::max(bytes, kFreshBlock)), 0});
    total_ += blocks_.back().memory.size();
    return take(blocks_.back(), bytes, align);
  }
  /// Takes over memory its owner no longer needs, for later allocations.
  template <class T>
  void recycle(HugeArray<T>&& array) {
    HugeArray<std::byte> bytes = std::move(array).into_bytes();
    if (bytes.size() < kSmallest) return;  // not worth a block: freed now
    total_ += bytes.size();
    blocks_.push_back({std::move(bytes), 0});
  }
  std::size_t memory_bytes() const { return total_; }

 private:
  struct Block {
    HugeArray<std::byte> memory;
    std::size_t used;
  };
  static constexpr std::size_t kFreshBlock = 4u << 20;
  static constexpr std::size_t kSmallest = 64u << 10;
  static std::size_t aligned(std::size_t offset, std::size_t align) {
    return (offset + align - 1) & ~(align - 1);
  }
  static bool fits(const Block& b, std::size_t bytes, std::size_t align) {
    return aligned(b.used, align) + bytes <= b.memory.size();
  }
  static std::byte* take(Block& b, std::size_t bytes, std::size_t align) {
    const std::size_t at = aligned(b.used, align);
    b.used = at + bytes;
    return b.memory.begin() + at;
  }
  std::vector<Block> blocks_;
  std::size_t current_ = 0;
  std::size_t total_ = 0;
};

/// An append-only array kept in chunks of 2^kShift elements taken from a BlockPool: growing never
/// moves what is stored (a vector's doubling copied everything, and touched fresh memory for it).
template <class T, int kShift = 14>
class ChunkedArray {
 public:
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
  explicit ChunkedArray(BlockPool& pool) : pool_(pool) {}
  void push_back(const T& value) {
    if (size_ == chunks_.size() << kShift) {
      chunks_.push_back(reinterpret_cast<T*>(pool_.allocate(sizeof(T) << kShift, alignof(T))));
    }
    chunks_.back()[size_ & kMask] = value;
    ++size_;
  }
  T& operator[](std::size_t i) { return chunks_[i >> kShift][i & kMask]; }
  const T& operator[](std::size_t i) const { return chunks_[i >> kShift][i & kMask]; }
  std::size_t size() const { return size_; }

 private:
  static constexpr std::size_t kMask = (std::size_t{1} << kShift) - 1;
  BlockPool& pool_;
  std::vector<T*> chunks_;
  std::size_t size_ = 0;
};

}  // namespace dedup
