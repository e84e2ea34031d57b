#include "key_filter.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstdio>
#include <fstream>

namespace dedup {

namespace {

constexpr std::uint64_t kMagic = 0x3176666464656444ULL;  // "Deddupf1"
constexpr int kProbes = 6;
constexpr std::uint64_t kBitsPerKey = 12;

inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dULL;
  x ^= x >> 33;
  return x;
}

// The block of a key: a multiply-shift onto the block count (which need not be a power of two).
inline std::size_t block_of(std::uint64_t h, std::size_t blocks) {
  return static_cast<std::size_t>((static_cast<unsigned __int128>(h) * blocks) >> 64);
}

struct Header {
  std::uint64_t magic, capacity, count, blocks;
  std::int64_t first_passage, last_passage, last_run;
  std::uint64_t checksum;
};

}  // namespace

KeyFilter::KeyFilter(std::uint64_t capacity) : capacity_(std::max<std::uint64_t>(capacity, 4096)) {
  // All of a key's bits in one 64-byte block: one cache line per lookup.
  blocks_.assign((capacity_ * kBitsPerKey + 511) / 512, Block{});
}

void KeyFilter::add(std::uint64_t key) {
  const std::uint64_t h = mix64(key);
  Block& b = blocks_[block_of(h, blocks_.size())];
  std::uint64_t bits = mix64(h ^ 0x9e3779b97f4a7c15ULL);
  for (int i = 0; i < kProbes; ++i, bits >>= 9) b.words[(bits >> 6) & 7] |= 1ULL << (bits & 63);
  ++count_;
}

bool KeyFilter::may_contain(std::uint64_t key) const {
  const std::uint64_t h = mix64(key);
  const Block& b = blocks_[block_of(h, blocks_.size())];
  std::uint64_t bits = mix64(h ^ 0x9e3779b97f4a7c15ULL);
  for (int i = 0; i < kProbes; ++i, bits >>= 9) {
    if (!(b.words[(bits >> 6) & 7] & (1ULL << (bits & 63)))) return false;
  }
  return true;
}

bool KeyFilter::save(const std::filesystem::path& file) const {
  const std::filesystem::path tmp = file.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    const Header h{kMagic,
                   capacity_,
                   count_,
                   blocks_.size(),
                   stamp.first_passage,
                   stamp.last_passage,
                   stamp.last_run,
                   XXH3_64bits(blocks_.data(), blocks_.size() * sizeof(Block))};
    out.write(reinterpret_cast<const char*>(&h), sizeof h);
    out.write(reinterpret_cast<const char*>(blocks_.data()),
              static_cast<std::streamsize>(blocks_.size() * sizeof(Block)));
    out.flush();
    if (!out) return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, file, ec);
  return !ec;
}

std::optional<KeyFilter> KeyFilter::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  Header h{};
  if (!in.read(reinterpret_cast<char*>(&h), sizeof h) || h.magic != kMagic || h.blocks == 0 ||
      h.blocks > (std::uint64_t{1} << 32))
    return std::nullopt;
  KeyFilter f;
  f.capacity_ = h.capacity;
  f.count_ = h.count;
  f.stamp = {h.first_passage, h.last_passage, h.last_run};
  f.blocks_.resize(h.blocks);
  if (!in.read(reinterpret_cast<char*>(f.blocks_.data()),
               static_cast<std::streamsize>(h.blocks * sizeof(Block))) ||
      XXH3_64bits(f.blocks_.data(), f.blocks_.size() * sizeof(Block)) != h.checksum)
    return std::nullopt;
  return f;
}

}  // namespace dedup
