// Code points counted 16 bytes at a time must agree with counting them one by one, at every
// length and alignment around the block sizes.
#include "newspipe/text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using newspipe::text::count_code_points;

std::size_t count_one_by_one(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TEST(CountCodePoints, CountsEachCodePointOnce) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("abc"), 3u);
  EXPECT_EQ(count_code_points("Z\u00fcrich"), 6u);                 // two-byte ü
  EXPECT_EQ(count_code_points("\u201cYes,\u201d she said"), 15u);  // three-byte quotes
  EXPECT_EQ(count_code_points("\U0001F600 smile"), 7u);            // four-byte emoji
}

TEST(CountCodePoints, AgreesWithCountingOneByOneAtEveryLengthAndOffset) {
  // A text mixing one- to four-byte sequences, long enough to need more than 255 blocks of 16.
  std::string text;
  const char* pieces[] = {"a", "\u00e9", "\u2014", "\U0001F30D", " ", "Q"};
  constexpr std::size_t kBlock = 16;
  for (std::size_t i = 0; text.size() < kBlock * 300; ++i) text += pieces[(i * 7 + i / 3) % 6];
  for (std::size_t offset = 0; offset < 17; ++offset) {
    for (std::size_t length :
         {std::size_t{0}, std::size_t{1}, std::size_t{15}, std::size_t{16}, std::size_t{17},
          std::size_t{31}, std::size_t{32}, std::size_t{33}, kBlock * 255 - 1, kBlock * 255,
          kBlock * 255 + 1, kBlock * 256 + 7, text.size() - offset}) {
      const std::string_view s = std::string_view(text).substr(offset, length);
      EXPECT_EQ(count_code_points(s), count_one_by_one(s)) << offset << " " << length;
    }
  }
}

}  // namespace
