#include "json_writer.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "article_json.hpp"

namespace newspipe::host {
namespace {

std::string json(const Value& v) {
  std::string out;
  append_json(out, v);
  return out;
}

TEST(JsonWriter, EscapesWhatJsonRequiresAndKeepsUtf8) {
  std::string out;
  append_json_string(out, "a\"b\\c\nd\te\x01 Genève – “Kyiv”");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\u0001 Genève – “Kyiv”\"");
}

TEST(JsonWriter, FindsEscapesAtEveryPositionOfALongString) {
  // The writer scans eight bytes at a time: put each special byte at each offset of a word.
  for (const char special : {'"', '\\', '\n', '\x1f'}) {
    for (std::size_t pos = 0; pos < 24; ++pos) {
      std::string s(24, 'a');
      s[pos] = special;
      std::string out;
      append_json_string(out, s);
      EXPECT_EQ(out.size(), 24 + 2 + (special == '\x1f' ? 5 : 1)) << int(special) << " at " << pos;
      EXPECT_EQ(out.find(special == '\x1f' ? "\\u001f" : special == '\n' ? "\\n" : "\\"), 1 + pos);
    }
  }
  std::string out;
  append_json_string(out, "\xc3\xa9\xe2\x80\x94\x7f\xff plain");  // bytes >= 0x7f pass through
  EXPECT_EQ(out, "\"\xc3\xa9\xe2\x80\x94\x7f\xff plain\"");
}

TEST(JsonWriter, WritesValuesCompactlyInInsertionOrder) {
  Value v = Value::object();
  v["z"] = 1;
  v["a"] = Value::Array{true, nullptr, 0.25, "s"};
  v["m"] = Value::object();
  EXPECT_EQ(json(v), "{\"z\":1,\"a\":[true,null,0.25,\"s\"],\"m\":{}}");
  EXPECT_EQ(json(Value(std::nan(""))), "null");
  EXPECT_EQ(json(Value(50.45)), "50.45");  // shortest form that reads back the same
}

TEST(ArticleJson, WritesFieldsThenExtrasThenStageResults) {
  Article a;
  a.id = "x1";
  a.title = "T";
  a.text = "body";
  a.extra_fields = "\"url\":\"u\",\"n\":[1, 2]";
  a.result("clean")["removed"] = Value::array();
  a.result("geo")["places"] = Value::array();
  std::string out;
  append_article_json(out, a);
  EXPECT_EQ(out,
            "{\"id\":\"x1\",\"title\":\"T\",\"text\":\"body\",\"url\":\"u\",\"n\":[1, 2],"
            "\"clean\":{\"removed\":[]},\"geo\":{\"places\":[]}}");
}

}  // namespace
}  // namespace newspipe::host
