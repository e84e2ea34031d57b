// A Bloom filter of the cross-run index's keys (passage fingerprints, LSH band keys, quotation
// word runs), kept in a file next to the index: most passages of a night are new, and a lookup the
// filter rules out never reaches SQLite's B-trees.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace dedup {

/// Which state of the index a filter describes: its passage id range and its newest run. A filter
/// whose stamp differs from the index's (a run killed between the index's commit and the filter's
/// rename, or an index written by an older plugin) is not trusted.
struct IndexStamp {
  std::int64_t first_passage = 0;
  std::int64_t last_passage = 0;
  std::int64_t last_run = 0;
  friend bool operator==(const IndexStamp&, const IndexStamp&) = default;
};

class KeyFilter {
 public:
  /// A filter sized for `capacity` keys (about 1 % false positives up to that many).
  explicit KeyFilter(std::uint64_t capacity);

  void add(std::uint64_t key);
  /// False: the key is certainly not in the index. True: it may be.
  bool may_contain(std::uint64_t key) const;

  std::uint64_t count() const { return count_; }
  std::uint64_t capacity() const { return capacity_; }
  IndexStamp stamp;

  /// Writes the filter to `file` through a temporary file and a rename. Returns false on failure.
  bool save(const std::filesystem::path& file) const;
  /// Reads a filter written by save; nothing when missing, damaged or of another format.
  static std::optional<KeyFilter> load(const std::filesystem::path& file);

 private:
  KeyFilter() = default;
  struct Block {
    std::uint64_t words[8];
  };
  std::vector<Block> blocks_;
  std::uint64_t capacity_ = 0;
  std::uint64_t count_ = 0;
};

}  // namespace dedup
