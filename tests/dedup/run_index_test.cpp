#include "run_index.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "minhash.hpp"
#include "normalize.hpp"
#include "similarity.hpp"

namespace {

// A distinct normalised sentence for each n: made-up words spelled from the digits of n.
std::string sentence(std::size_t n) {
  static const char* const kSyllables[] = {"ka", "lo",  "mi",  "ren", "ta",
                                           "vo", "sel", "dar", "un",  "pe"};
  std::string out;
  for (int w = 0; w < 8; ++w) {
    if (!out.empty()) out += ' ';
    std::size_t v = n * 8 + static_cast<std::size_t>(w) + 1;
    do {
      out += kSyllables[v % 10];
      v /= 10;
    } while (v);
  }
  return out;
}

dedup::Signature signature_of(const std::string& text, dedup::NormalizedPassage& scratch) {
  dedup::normalize_passage(text, scratch);
  dedup::SignatureBuilder builder;
  builder.add_word_pairs(scratch.words, scratch.stop);
  return builder.finish();
}

// Enough passages that every table grows many times and the memory of the outgrown ones is
// handed to texts and passages: each passage must still be found, with its own text.
TEST(RunIndex, KeepsEveryPassageThroughGrowth) {
  dedup::RunIndex index;
  const std::uint32_t article = index.add_article("a");
  dedup::NormalizedPassage scratch;
  constexpr std::size_t kPassages = 60000;
  std::vector<dedup::Signature> signatures;
  for (std::size_t n = 0; n < kPassages; ++n) {
    const std::string text = sentence(n);
    const dedup::Signature sig = signature_of(text, scratch);
    signatures.push_back(sig);
    EXPECT_EQ(index.add(dedup::fingerprint(text), sig, dedup::band_keys(sig), article, text), n);
  }
  // A text longer than a block of the pool.
  const std::string huge(5u << 20, 'x');
  const auto big =
      index.add(dedup::fingerprint(huge), dedup::Signature{}, dedup::BandKeys{}, article, huge);
  ASSERT_EQ(index.size(), kPassages + 1);
  std::vector<std::uint32_t> candidates;
  for (std::size_t n = 0; n < kPassages; n += 7) {
    const std::string text = sentence(n);
    ASSERT_EQ(index.find_exact(dedup::fingerprint(text)), n);
    ASSERT_EQ(index.text(static_cast<std::uint32_t>(n)), text);
    ASSERT_EQ(index.signature(static_cast<std::uint32_t>(n)), signatures[n]);
    index.candidates(signatures[n], dedup::band_keys(signatures[n]), 0.3, candidates);
    ASSERT_NE(std::find(candidates.begin(), candidates.end(), n), candidates.end()) << n;
  }
  EXPECT_EQ(index.text(big), huge);
  EXPECT_EQ(index.find_exact(dedup::fingerprint("not stored")), dedup::RunIndex::kNone);
}

// The map against std::unordered_map: keys that come back (their value and the one before, kNone
// for a key put once, though a new table's memory is all zero bytes), enough keys for many
// doublings, and keys never put.
TEST(FlatMap, AgreesWithAReferenceMapThroughGrowth) {
  dedup::BlockPool pool;
  dedup::FlatMap map(&pool);
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> reference;
  std::mt19937_64 rng(11);
  std::vector<std::uint64_t> keys;
  for (std::uint32_t i = 0; i < 400000; ++i) {
    // A third of the puts go to a key seen before.
    const bool again = !keys.empty() && rng() % 3 == 0;
    const std::uint64_t key = again ? keys[rng() % keys.size()] : rng();
    if (!again) keys.push_back(key);
    auto [it, fresh] = reference.try_emplace(key, i, dedup::FlatMap::kNone);
    if (!fresh) it->second = {i, it->second.first};
    ASSERT_EQ(map.put(key, i), it->second.second) << i;
  }
  EXPECT_EQ(map.size(), reference.size());
  for (const auto& [key, values] : reference) {
    ASSERT_EQ(map.find_two(key), values) << key;
    ASSERT_EQ(map.find(key), values.first) << key;
  }
  for (int i = 0; i < 100000; ++i) {
    const std::uint64_t key = rng();
    if (!reference.count(key)) {
      ASSERT_EQ(map.find(key), dedup::FlatMap::kNone);
    }
  }
}

// A put that starts where an earlier lookup ended must do what a plain put does, also when other
// keys were put since (one of them into that very slot: keys close together in a small table) or
// the table grew in between.
TEST(FlatMap, PutsFromAnEarlierLookupAgreeWithAReferenceMap) {
  dedup::FlatMap map;
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> reference;
  std::mt19937_64 rng(5);
  std::vector<std::uint64_t> keys;
  auto reference_put = [&](std::uint64_t key, std::uint32_t value) {
    auto [it, fresh] = reference.try_emplace(key, value, dedup::FlatMap::kNone);
    if (!fresh) it->second = {value, it->second.first};
    return it->second.second;
  };
  auto pick = [&] {
    // Keys that differ only in their low bits land side by side, so their probes meet (never 0,
    // which the map takes as 1).
    const bool again = !keys.empty() && rng() % 3 == 0;
    const std::uint64_t key =
        again ? keys[rng() % keys.size()] : (rng() % 4096) << 52 | (1 + rng() % 8);
    if (!again) keys.push_back(key);
    return key;
  };
  std::uint32_t value = 0;
  for (int round = 0; round < 60000; ++round) {
    // Up to six lookups, as for a passage's bands, then their puts in order.
    const std::size_t count = 1 + rng() % 6;
    std::vector<std::uint64_t> looked(count);
    std::vector<dedup::FlatMap::Probe> probes(count);
    for (std::size_t k = 0; k < count; ++k) {
      looked[k] = pick();
      const auto found = map.find_two(looked[k], probes[k]);
      const auto it = reference.find(looked[k]);
      const auto expected = it == reference.end()
                                ? std::pair{dedup::FlatMap::kNone, dedup::FlatMap::kNone}
                                : it->second;
      ASSERT_EQ(found, expected) << round;
    }
    // Sometimes another key first, into the slot a lookup ended at, or a new table.
    if (rng() % 4 == 0) {
      const std::uint64_t other = pick();
      ASSERT_EQ(map.put(other, value), reference_put(other, value));
      ++value;
    }
    for (std::size_t k = 0; k < count; ++k) {
      ASSERT_EQ(map.put(looked[k], value, probes[k]), reference_put(looked[k], value)) << round;
      ++value;
    }
  }
  EXPECT_EQ(map.size(), reference.size());
  for (const auto& [key, values] : reference) ASSERT_EQ(map.find_two(key), values) << key;
}

// The checker keeps the words of the passage it was last given: new text at the same address
// must not be compared as the old.
TEST(SimilarityChecker, NewTextAtTheSameAddressIsReadAgain) {
  dedup::SimilarityChecker checker;
  std::string a = "the harbour board opened the new ferry terminal on monday";
  const std::string b = "the harbour board opened the new ferry terminal on tuesday";
  const double first = checker.similarity(a, b);
  EXPECT_DOUBLE_EQ(first, dedup::similarity(a, b));
  a.replace(0, 3, "our");  // same size, same buffer, other words
  EXPECT_DOUBLE_EQ(checker.similarity(a, b), dedup::similarity(a, b));
  EXPECT_LT(checker.similarity(a, b), first);
}

}  // namespace
