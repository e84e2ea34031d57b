// The passages seen so far in this run, in memory: exact fingerprints and LSH buckets.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "huge_array.hpp"
#include "minhash.hpp"

namespace dedup {

/// An open-addressing hash map from non-zero 64-bit keys to 32-bit values. std::unordered_map
/// allocates a node per passage; this keeps the stage's hot path to one array probe. It fills to
/// three quarters before doubling: these tables are the run's largest memory, and faulting in
/// fresh pages cost more than the slightly longer probes.
class FlatMap {
 public:
  /// `recycle`, if given, takes the tables the map outgrows.
  explicit FlatMap(BlockPool* recycle = nullptr) : recycle_(recycle) {}
  static constexpr std::uint32_t kNone = 0xffffffffu;
  /// The value for `key`, or kNone.
  std::uint32_t find(std::uint64_t key) const;
  /// The value for `key` and the one it replaced (kNone where there is none).
  std::pair<std::uint32_t, std::uint32_t> find_two(std::uint64_t key) const {
    Probe probe;
    return find_two(key, probe);
  }
  /// Sets key -> value, keeping the value it replaces as the key's second; returns that one.
  std::uint32_t put(std::uint64_t key, std::uint32_t value) { return put(key, value, Probe{}); }

  /// Where a lookup ended: the key's slot, or the empty slot a put would take. A put after the
  /// lookup starts there instead of probing again from the key's home, through branches as hard
  /// to predict as the lookup's were.
  struct Probe {
    std::size_t slot = 0;
    std::uint64_t table = 0;  // which table it was taken in (0: none)
  };
  std::uint32_t find(std::uint64_t key, Probe& probe) const;
  std::pair<std::uint32_t, std::uint32_t> find_two(std::uint64_t key, Probe& probe) const;
  /// put(key, value), starting from `probe` when the table is still the one it was taken in.
  std::uint32_t put(std::uint64_t key, std::uint32_t value, const Probe& probe);
  /// Sets key -> value only if `key` is absent, starting from `probe` as put does.
  void insert(std::uint64_t key, std::uint32_t value, const Probe& probe);
  std::size_t size() const { return size_; }
  std::size_t memory_bytes() const { return slots_.size() * sizeof(Slot); }
  /// Starts loading the slot of `key` into the cache.
  void prefetch(std::uint64_t key) const;

 private:
  // Empty where the key is 0: a new table is all zero bytes, as the kernel hands memory out.
  struct Slot {
    std::uint64_t key;
    std::uint32_t value;
    std::uint32_t previous;
  };
  void grow();
  // Fibonacci hashing: the top bits of the product pick the slot, so that a grown table keeps
  // the old one's order and rehashing writes it almost sequentially.
  std::size_t slot_of(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ULL) >> shift_);
  }
  static_assert(std::is_trivially_destructible_v<Slot>);
  // The slot, from `start` on, that holds `key` or is the first empty one.
  std::size_t slot_for(std::size_t start, std::uint64_t key) const;
  // Grows the table if a put would fill it too far, makes `key` non-zero, and returns the slot
  // that holds it or that it would take.
  Slot& slot_to_put(std::uint64_t& key, const Probe& probe);
  // The slot to start a put of `key` (made non-zero) from: the probe's, if still good.
  std::size_t start_of(std::uint64_t key, const Probe& probe) const;
  HugeArray<Slot> slots_;
  BlockPool* recycle_;
  std::size_t size_ = 0;
  int shift_ = 64;
  std::uint64_t table_ = 0;  // counts the tables this map has had, for Probe
};

/// Append-only text storage from a BlockPool: growing one big string would copy everything seen
/// so far at every doubling. Each text is one contiguous run of bytes.
class TextArena {
 public:
  explicit TextArena(BlockPool& pool) : pool_(pool) {}
  /// Stores `text`; returns where it now is.
  const char* add(std::string_view text) {
    auto* at = reinterpret_cast<char*>(pool_.allocate(text.size(), 1));
    std::copy(text.begin(), text.end(), at);
    return at;
  }

 private:
  BlockPool& pool_;
};

/// One passage stored in the run index: 16 bytes, a run holds millions.
struct StoredPassage {
  /// Its normalised text, in the index's arena.
  const char* text = nullptr;
  std::uint32_t text_length = 0;
  /// Which article it came from (an index into the run's article ids).
  std::uint32_t article = 0;
};
static_assert(sizeof(StoredPassage) == 16);

/// Passages of the current run, in the order they were added.
class RunIndex {
 public:
  static constexpr std::uint32_t kNone = FlatMap::kNone;

  /// Registers an article id; returns its number for `add`.
  std::uint32_t add_article(std::string id);
  const std::string& article_id(std::uint32_t article) const { return articles_[article]; }
  std::size_t article_count() const { return articles_.size(); }

  /// Adds a passage; returns its number.
  std::uint32_t add(std::uint64_t fingerprint, const Signature& signature, const BandKeys& keys,
                    std::uint32_t article, std::string_view normalized_text);

  /// Starts loading what `find_exact` and `candidates` will read for this passage.
  void prefetch(std::uint64_t fingerprint, const BandKeys& keys) const {
    by_fingerprint_.prefetch(fingerprint);
    for (std::uint64_t k : keys) {
      if (k != kNoBand) bucket_heads_.prefetch(k);
    }
  }

  /// The earliest passage with this fingerprint, or kNone.
  std::uint32_t find_exact(std::uint64_t fingerprint) const {
    looked_up_.fingerprint = fingerprint;
    return by_fingerprint_.find(fingerprint, looked_up_.fingerprint_probe);
  }

  /// Distinct passages sharing at least one band with `signature` and an estimated similarity of
  /// at least `min_estimate`. Each bucket remembers its two latest passages only: a bucket shared
  /// by more holds a stock phrase, and a true copy shares several buckets with its source, one
  /// of which will still name it. This keeps a lookup to one cache line per band.
  void candidates(const Signature& signature, const BandKeys& keys, double min_estimate,
                  std::vector<std::uint32_t>& out) const;

  const StoredPassage& passage(std::uint32_t n) const { return passages_[n]; }
  const Signature& signature(std::uint32_t n) const { return signatures_[n]; }
  std::string_view text(std::uint32_t n) const {
    const StoredPassage& p = passages_[n];
    return {p.text, p.text_length};
  }
  std::size_t size() const { return passages_.size(); }
  std::size_t memory_bytes() const;

 private:
  // Where the last find_exact and candidates ended: add() for the same passage (every passage
  // that is not a repeat) puts its keys from there. A cache, hence mutable; the index is used
  // from one thread.
  struct LookedUp {
    std::uint64_t fingerprint = 0;
    FlatMap::Probe fingerprint_probe;
    BandKeys keys{};
    std::array<FlatMap::Probe, kBands> band_probes;
  };
  mutable LookedUp looked_up_;
  BlockPool pool_;  // first: everything below takes its memory from it
  std::vector<std::string> articles_;
  ChunkedArray<StoredPassage> passages_{pool_};
  ChunkedArray<Signature> signatures_{pool_};
  TextArena arena_{pool_};
  FlatMap by_fingerprint_{&pool_};
  FlatMap bucket_heads_{&pool_};
};

/// Quotations of the current run, found again through the runs of words they share.
class QuoteIndex {
 public:
  static constexpr std::uint32_t kNone = FlatMap::kNone;
  static constexpr int kRunScan = 16;

  std::uint32_t add(std::uint32_t article, std::string_view normalized_text,
                    const std::vector<std::uint64_t>& runs);
  /// Distinct quotes sharing at least one run of words with `runs`.
  void candidates(const std::vector<std::uint64_t>& runs, std::vector<std::uint32_t>& out) const;
  std::uint32_t article(std::uint32_t n) const { return quotes_[n].article; }
  std::string_view text(std::uint32_t n) const { return {quotes_[n].text, quotes_[n].text_length}; }
  std::span<const std::uint64_t> runs(std::uint32_t n) const {
    return std::span<const std::uint64_t>(runs_).subspan(quotes_[n].first_run,
                                                         quotes_[n].run_count);
  }
  std::size_t size() const { return quotes_.size(); }

 private:
  struct Quote {
    std::uint32_t article;
    const char* text;
    std::uint32_t text_length;
    std::uint64_t first_run;
    std::uint32_t run_count;
  };
  std::vector<Quote> quotes_;
  BlockPool pool_;
  TextArena arena_{pool_};
  std::vector<std::uint64_t> runs_;
  // For each stored run (parallel to runs_): its quote and the previous entry with the same hash.
  std::vector<std::uint32_t> run_owner_;
  std::vector<std::uint32_t> next_same_run_;
  FlatMap run_heads_{&pool_};
};

}  // namespace dedup
