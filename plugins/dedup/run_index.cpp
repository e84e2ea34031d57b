#include "run_index.hpp"

#include <algorithm>
#include <array>
#include <bit>

namespace dedup {

namespace {
inline std::uint64_t nonzero(std::uint64_t key) { return key == 0 ? 1 : key; }
}  // namespace

std::uint32_t FlatMap::find(std::uint64_t key) const {
  Probe probe;
  return find(key, probe);
}

std::uint32_t FlatMap::find(std::uint64_t key, Probe& probe) const {
  probe = {};
  if (slots_.empty()) return kNone;
  key = nonzero(key);
  const std::size_t i = slot_for(slot_of(key), key);
  probe = {i, table_};
  return slots_[i].key == key ? slots_[i].value : kNone;
}

std::size_t FlatMap::slot_for(std::size_t start, std::uint64_t key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = start;; i = (i + 1) & mask) {
    if (slots_[i].key == key || slots_[i].key == 0) return i;
  }
}

void FlatMap::prefetch(std::uint64_t key) const {
  if (slots_.empty()) return;
  // At three quarters full a lookup of a missing key runs on into the next cache line.
  const Slot* home = &slots_[slot_of(nonzero(key))];
  __builtin_prefetch(home);
  __builtin_prefetch(reinterpret_cast<const char*>(home) + 64);
}

std::pair<std::uint32_t, std::uint32_t> FlatMap::find_two(std::uint64_t key, Probe& probe) const {
  probe = {};
  if (slots_.empty()) return {kNone, kNone};
  key = nonzero(key);
  const std::size_t i = slot_for(slot_of(key), key);
  probe = {i, table_};
  const Slot& s = slots_[i];
  if (s.key != key) return {kNone, kNone};
  return {s.value, s.previous};
}

std::size_t FlatMap::start_of(std::uint64_t key, const Probe& probe) const {
  // Nothing is ever removed, so the slots from the key's home up to the one the lookup ended at
  // still hold other keys: probing from there finds what probing from the home would, even if
  // that slot has been taken since. A grown table has other slots.
  return probe.table == table_ && probe.table != 0 ? probe.slot : slot_of(key);
}

FlatMap::Slot& FlatMap::slot_to_put(std::uint64_t& key, const Probe& probe) {
  if ((size_ + 1) * 4 > slots_.size() * 3) grow();
  key = nonzero(key);
  return slots_[slot_for(start_of(key, probe), key)];
}

std::uint32_t FlatMap::put(std::uint64_t key, std::uint32_t value, const Probe& probe) {
  Slot& s = slot_to_put(key, probe);
  if (s.key == key) {
    s.previous = s.value;
    s.value = value;
    return s.previous;
  }
  s = {key, value, kNone};
  ++size_;
  return kNone;
}

void FlatMap::insert(std::uint64_t key, std::uint32_t value, const Probe& probe) {
  Slot& s = slot_to_put(key, probe);
  if (s.key == 0) {
    s = {key, value, kNone};
    ++size_;
  }
}

void FlatMap::grow() {
  HugeArray<Slot> old = std::move(slots_);
  slots_ = HugeArray<Slot>(old.empty() ? 1024 : old.size() * 2, HugeArray<Slot>::Zeroed{});
  ++table_;
  shift_ = 64 - std::countr_zero(slots_.size());
  const std::size_t mask = slots_.size() - 1;
  // Slots are chosen by the top bits of the hash, so the old table's order is the new table's
  // order: this pass writes the new table almost sequentially instead of at random.
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    std::size_t i = slot_of(s.key);
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
  if (recycle_) recycle_->recycle(std::move(old));
}

std::uint32_t RunIndex::add_article(std::string id) {
  articles_.push_back(std::move(id));
  return static_cast<std::uint32_t>(articles_.size() - 1);
}

std::uint32_t RunIndex::add(std::uint64_t fingerprint, const Signature& signature,
                            const BandKeys& keys, std::uint32_t article,
                            std::string_view normalized_text) {
  const auto n = static_cast<std::uint32_t>(passages_.size());
  passages_.push_back(
      {arena_.add(normalized_text), static_cast<std::uint32_t>(normalized_text.size()), article});
  signatures_.push_back(signature);
  // Where this passage's lookups ended, if they were for this passage.
  const bool looked_up_fingerprint = looked_up_.fingerprint == fingerprint;
  const bool looked_up_keys = looked_up_.keys == keys;
  by_fingerprint_.insert(fingerprint, n,
                         looked_up_fingerprint ? looked_up_.fingerprint_probe : FlatMap::Probe{});
  for (int b = 0; b < kBands; ++b) {
    if (keys[b] != kNoBand) {
      bucket_heads_.put(keys[b], n, looked_up_keys ? looked_up_.band_probes[b] : FlatMap::Probe{});
    }
  }
  return n;
}

void RunIndex::candidates(const Signature& signature, const BandKeys& keys, double min_estimate,
                          std::vector<std::uint32_t>& out) const {
  out.clear();
  // First every bucket's passages (distinct: a true copy sits in most of the passage's buckets),
  // their signatures loaded into the cache together; then the screening.
  std::array<std::uint32_t, std::size_t{2} * kBands> seen;
  std::size_t count = 0;
  looked_up_.keys = keys;
  for (int b = 0; b < kBands; ++b) {
    if (keys[b] == kNoBand) continue;
    const auto [latest, before] = bucket_heads_.find_two(keys[b], looked_up_.band_probes[b]);
    for (std::uint32_t n : {latest, before}) {
      if (n == kNone || std::find(seen.begin(), seen.begin() + count, n) != seen.begin() + count)
        continue;
      __builtin_prefetch(&signatures_[n]);
      seen[count++] = n;
    }
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (estimated_similarity(signatures_[seen[i]], signature) >= min_estimate)
      out.push_back(seen[i]);
  }
  std::sort(out.begin(), out.end());
}

std::size_t RunIndex::memory_bytes() const {
  return pool_.memory_bytes() + by_fingerprint_.memory_bytes() + bucket_heads_.memory_bytes();
}

std::uint32_t QuoteIndex::add(std::uint32_t article, std::string_view normalized_text,
                              const std::vector<std::uint64_t>& runs) {
  const auto n = static_cast<std::uint32_t>(quotes_.size());
  quotes_.push_back({article, arena_.add(normalized_text),
                     static_cast<std::uint32_t>(normalized_text.size()), runs_.size(),
                     static_cast<std::uint32_t>(runs.size())});
  for (std::uint64_t r : runs) {
    const auto entry = static_cast<std::uint32_t>(runs_.size());
    runs_.push_back(r);
    run_owner_.push_back(n);
    next_same_run_.push_back(run_heads_.put(r, entry));
  }
  return n;
}

void QuoteIndex::candidates(const std::vector<std::uint64_t>& runs,
                            std::vector<std::uint32_t>& out) const {
  out.clear();
  for (std::uint64_t r : runs) {
    std::uint32_t e = run_heads_.find(r);
    for (int scanned = 0; e != kNone && scanned < kRunScan; ++scanned) {
      if (runs_[e] == r) out.push_back(run_owner_[e]);
      e = next_same_run_[e];
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace dedup
