#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "article_reader.hpp"
#include "input_files.hpp"
#include "test_files.hpp"

namespace newspipe::host {
namespace {

using newspipe::testing::TempDir;
using newspipe::testing::write_file;
using ::testing::HasSubstr;

struct Read {
  std::vector<Article> articles;
  std::vector<BadRecord> bad;
};

Read read_all(const std::vector<std::string>& paths, std::size_t max = 1 << 20,
              InputFormat fmt = InputFormat::Auto) {
  auto files = expand_inputs(paths, fmt);
  EXPECT_TRUE(files) << files.error().message;
  ArticleReader reader(files.value(), max);
  Read r;
  for (;;) {
    Article a;
    BadRecord b;
    const auto st = reader.next(a, b);
    if (st == ArticleReader::Status::End) break;
    EXPECT_NE(st, ArticleReader::Status::Failed) << reader.failure();
    if (st == ArticleReader::Status::Failed) break;
    if (st == ArticleReader::Status::Bad) r.bad.push_back(b);
    if (st == ArticleReader::Status::Article) r.articles.push_back(a);
  }
  return r;
}

TEST(ArticleReader, KeepsFieldsAndQuarantinesBadLinesWithTheirLineNumbers) {
  TempDir d;
  const auto f = d / "night.jsonl";
  write_file(f,
             "{\"id\":\"a\",\"title\":\"Storm\",\"text\":\"Rain in Leeds.\",\"url\":\"https://x\","
             "\"meta\":{\"k\":[1,2]},\"score\":1.50}\n"
             "\n"
             "{\"id\":\"b\",\"text\":\"truncated\n"
             "{\"text\":\"no id here\"}\r\n"
             "{\"id\":7,\"text\":\"numeric id\"}\n"
             "[1,2]\n"
             "{\"id\":\"c\",\"title\":\"no body\"}\n"
             "{\"id\":\"d\",\"text\":\"bad \xC3\x28 byte\"}\n"
             "{\"id\":\"e\",\"text\":5}\n"
             "{\"id\":\"f\",\"text\":\"last line, no newline\"}");
  Read r = read_all({f.string()});
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_EQ(r.articles[0].id, "a");
  EXPECT_EQ(r.articles[0].title, "Storm");
  EXPECT_EQ(r.articles[0].text, "Rain in Leeds.");
  EXPECT_EQ(r.articles[0].extra_fields,
            "\"url\":\"https://x\",\"meta\":{\"k\":[1,2]},\"score\":1.50");
  EXPECT_EQ(r.articles[1].id, "night:4");  // no id: <file stem>:<line>
  EXPECT_EQ(r.articles[1].line, 4u);
  EXPECT_EQ(r.articles[2].id, "7");
  EXPECT_EQ(r.articles[3].id, "f");
  ASSERT_EQ(r.bad.size(), 5u);
  EXPECT_EQ(r.bad[0].line, 3u);
  EXPECT_THAT(r.bad[0].reason, HasSubstr("invalid JSON"));
  EXPECT_EQ(r.bad[0].raw, "{\"id\":\"b\",\"text\":\"truncated");
  EXPECT_EQ(r.bad[1].line, 6u);
  EXPECT_EQ(r.bad[1].reason, "not a JSON object");
  EXPECT_EQ(r.bad[2].line, 7u);
  EXPECT_EQ(r.bad[2].reason, "no \"text\" field");
  EXPECT_EQ(r.bad[3].line, 8u);
  EXPECT_EQ(r.bad[3].reason, "invalid UTF-8");
  EXPECT_EQ(r.bad[3].raw, "{\"id\":\"d\",\"text\":\"bad \\xC3( byte\"}");
  EXPECT_EQ(r.bad[4].reason, "field \"text\" is not a string");
  EXPECT_EQ(r.bad[0].source, f.string());
}

TEST(ArticleReader, OverLongRecordIsQuarantinedAndTheNextOneRead) {
  TempDir d;
  const auto f = d / "big.jsonl";
  const std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(5000, 'x') + "\"}";
  write_file(f, big + "\n{\"id\":\"small\",\"text\":\"fine\"}\n");
  Read r = read_all({f.string()}, 2048);
  ASSERT_EQ(r.bad.size(), 1u);
  EXPECT_EQ(r.bad[0].line, 1u);
  EXPECT_THAT(r.bad[0].reason, HasSubstr("record of " + std::to_string(big.size()) +
                                         " bytes is over the limit of 2048"));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "small");
  EXPECT_EQ(r.articles[0].line, 2u);
}

TEST(ArticleReader, TextFilesAndFoldersInNameOrder) {
  TempDir d;
  write_file(d / "in/b.txt", "\n  Second headline  \n\nBody of b.\nMore.\n");
  write_file(d / "in/a.jsonl", "{\"id\":\"j1\",\"text\":\"first\"}\n");
  write_file(d / "in/README.md", "not an article");
  write_file(d / "in/c.txt", "Only a title\n");
  Read r = read_all({(d / "in").string()});
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "j1");
  EXPECT_EQ(r.articles[1].id, "b");
  EXPECT_EQ(r.articles[1].title, "Second headline");
  EXPECT_EQ(r.articles[1].text, "Body of b.\nMore.");
  ASSERT_EQ(r.bad.size(), 1u);
  EXPECT_EQ(r.bad[0].reason, "no text after the title");
}

TEST(InputFiles, MissingPathsAndUnknownFormatsAreErrors) {
  TempDir d;
  auto missing = expand_inputs({(d / "nope.jsonl").string()}, InputFormat::Auto);
  ASSERT_FALSE(missing);
  EXPECT_THAT(missing.error().message, HasSubstr("does not exist"));
  write_file(d / "x.csv", "a,b");
  auto unknown = expand_inputs({(d / "x.csv").string()}, InputFormat::Auto);
  ASSERT_FALSE(unknown);
  EXPECT_THAT(unknown.error().message, HasSubstr("cannot tell its format"));
  EXPECT_TRUE(expand_inputs({(d / "x.csv").string()}, InputFormat::Jsonl));
  auto glob = expand_inputs({(d / "*.none").string()}, InputFormat::Auto);
  ASSERT_FALSE(glob);
  EXPECT_THAT(glob.error().message, HasSubstr("matches no file"));
}

}  // namespace
}  // namespace newspipe::host
