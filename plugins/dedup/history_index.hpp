// The cross-run index: passages seen on earlier nights, in an SQLite file in the state folder.
//
// Why SQLite: it is embedded (no server), one file, and its transactions are atomic and durable
// across a killed process (the write-ahead log is rolled back or forward on the next open), so a
// run killed at any point leaves the index exactly as the last finished run left it. Lookups are
// B-tree probes on integer keys, fast enough with the page cache warm, and the file can be
// inspected with the sqlite3 shell. LMDB would be faster to read but has a fixed map size to
// manage; RocksDB is a large dependency for a single-writer nightly job.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "key_filter.hpp"
#include "minhash.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace dedup {

/// A passage from an earlier run.
struct HistoryPassage {
  std::int64_t id = 0;
  std::string article;
  std::string run;
  std::string text;  // normalised
};

/// A passage to remember, written when a run finishes.
struct NewPassage {
  std::uint64_t fingerprint = 0;
  BandKeys keys{};
  std::string_view article;
  std::string_view text;  // normalised
  /// For a quotation: its runs of words, stored instead of band keys.
  std::span<const std::uint64_t> runs;
};

class HistoryIndex {
 public:
  ~HistoryIndex();
  HistoryIndex(const HistoryIndex&) = delete;
  HistoryIndex& operator=(const HistoryIndex&) = delete;

  /// Opens (creating unless `read_only`) the index at `file`. On failure returns nullptr and sets
  /// `error`. A read-only open of a missing file gives an empty index.
  static std::unique_ptr<HistoryIndex> open(const std::filesystem::path& file, bool read_only,
                                            std::string& error);

  /// The oldest passage with this fingerprint.
  std::optional<HistoryPassage> find_exact(std::uint64_t fingerprint);
  /// Ids of passages sharing a band key with `keys` (at most `per_key` per key), distinct.
  void candidates(std::span<const std::uint64_t> keys, int per_key, std::vector<std::int64_t>& out);
  /// Ids of passages sharing a band with `keys` (kNoBand never matches), at most `limit`, distinct.
  void band_candidates(const BandKeys& keys, int limit, std::vector<std::int64_t>& out);
  std::optional<HistoryPassage> passage(std::int64_t id);

  /// Records `passages` as seen in run `run_id` on `day` (days since 1970-01-01) and forgets runs
  /// from before `day - retention_days` (0 = keep everything), all in one transaction: either
  /// the whole run is recorded or nothing is. Returns an error message, or nothing on success.
  std::optional<std::string> commit(std::string_view run_id, std::int64_t day,
                                    const std::vector<NewPassage>& passages,
                                    std::int64_t retention_days);

  /// Reads between these two see one snapshot and take the file lock once, not once per query.
  void begin_reading();
  void end_reading();

  std::int64_t passage_count();
  bool read_only() const { return read_only_; }
  /// Whether lookups go through a filter of the index's keys (in step with the index).
  bool filtered() const { return filter_.has_value(); }
  bool empty() const { return db_ == nullptr; }

 private:
  HistoryIndex() = default;
  bool prepare_statements(std::string& error);
  std::optional<HistoryPassage> read_passage(sqlite3_stmt* st);
  std::optional<IndexStamp> read_stamp();
  /// The filter from its file when it matches the index, else built from the index (and saved
  /// unless read-only). Without one, every lookup goes to SQLite.
  void open_filter();
  bool build_filter(std::uint64_t extra_capacity);
  bool may_contain(std::uint64_t key) const { return !filter_ || filter_->may_contain(key); }

  sqlite3* db_ = nullptr;
  bool read_only_ = false;
  bool reading_ = false;
  sqlite3_stmt* find_fp_ = nullptr;
  sqlite3_stmt* find_key_ = nullptr;
  sqlite3_stmt* find_bands_ = nullptr;
  sqlite3_stmt* get_passage_ = nullptr;
  std::filesystem::path filter_file_;
  std::optional<KeyFilter> filter_;
};

}  // namespace dedup
