// The nightly flow end to end: config/nightly.toml as shipped, two consecutive nights sharing one
// state folder, checked the way an operator would check them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <simdjson.h>

#include <filesystem>
#include <map>

#include "test_files.hpp"

namespace {

namespace fs = std::filesystem;
using newspipe::testing::read_file;
using newspipe::testing::run_newspipe;
using newspipe::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

const fs::path kSource = SOURCE_DIR;

// One output file, parsed: id -> article.
struct Night {
  std::map<std::string, simdjson::dom::element> by_id;

  explicit Night(const fs::path& file) {
    // One parser per line: a DOM element lives as long as the parser that made it.
    for (const std::string& line : lines(read_file(file))) {
      parsers.emplace_back(std::make_unique<simdjson::dom::parser>());
      simdjson::dom::element e = parsers.back()->parse(line);
      by_id[std::string(std::string_view(e["id"]))] = e;
    }
  }
  static std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::size_t b = 0;
    for (std::size_t e; (e = s.find('\n', b)) != std::string::npos; b = e + 1) {
      out.push_back(s.substr(b, e - b));
    }
    return out;
  }
  std::vector<std::unique_ptr<simdjson::dom::parser>> parsers;
};

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = s[i];
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

// text[start:end] in code points, as a user checks it in Python.
std::u32string slice(std::string_view text, std::int64_t start, std::int64_t end) {
  return code_points(text).substr(start, end - start);
}

class NightlyFlow : public ::testing::Test {
 protected:
  newspipe::testing::CliResult night(int n, const std::vector<std::string>& extra = {}) {
    std::string args =
        "run '" + (kSource / "config/nightly.toml").string() + "' --input '" +
        (kSource / ("tests/e2e/nights/night" + std::to_string(n) + ".jsonl")).string() +
        "' --output '" + (dir / ("night" + std::to_string(n)) / "articles.jsonl").string() +
        "' --set state.path='" + (dir / "state").string() + "' --run-id night-" +
        std::to_string(n) + " --set pipeline.threads=2";
    for (const auto& e : extra) args += " " + e;
    return run_newspipe(args, dir.path());
  }
  TempDir dir;
};

TEST_F(NightlyFlow, SecondNightFindsTheFirstNightsPassagesAndLeavesItsOutputAlone) {
  auto first = night(1);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const fs::path out1 = dir / "night1/articles.jsonl";
  const std::string night1_bytes = read_file(out1);
  const std::string report1 = read_file(dir / "night1/report.json");
  EXPECT_THAT(report1, HasSubstr("\"written\": 3"));
  for (const char* stage : {"\"name\": \"clean\"", "\"name\": \"dedup\"", "\"name\": \"summarize\"",
                            "\"name\": \"geo\""}) {
    EXPECT_THAT(report1, HasSubstr(stage));
  }
  fs::copy(dir / "state", dir / "state-after-night1", fs::copy_options::recursive);

  auto second =
      night(2, {"--set output.dropped='" + (dir / "night2/dropped.jsonl").string() + "'"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(read_file(out1), night1_bytes) << "night 2 changed night 1's output";
  EXPECT_EQ(read_file(dir / "night1/report.json"), report1);

  // The wire copy of night 1's harbour story is dropped whole, and kept aside for audit.
  Night n2(dir / "night2/articles.jsonl");
  EXPECT_EQ(n2.by_id.count("n2-harbour-wire"), 0u);
  EXPECT_EQ(n2.by_id.size(), 2u);
  Night dropped(dir / "night2/dropped.jsonl");
  ASSERT_EQ(dropped.by_id.count("n2-harbour-wire"), 1u);
  EXPECT_EQ(std::string_view(dropped.by_id["n2-harbour-wire"]["dedup"]["duplicate_of"]),
            "n1-harbour");
  const std::string report2 = read_file(dir / "night2/report.json");
  EXPECT_THAT(report2, HasSubstr("\"dropped\": 1"));
  EXPECT_THAT(report2, HasSubstr("\"written\": 2"));
  EXPECT_THAT(report2, HasSubstr("\"run_id\": \"night-2\""));

  // The chairwoman's quote, repeated in another story, names night 1's article and run.
  bool found = false;
  for (auto d : n2.by_id["n2-ports"]["dedup"]["duplicates"].get_array()) {
    if (std::string_view(d["of"]["id"]) == "n1-harbour" &&
        std::string_view(d["of"]["run"]) == "night-1") {
      found = true;
    }
  }
  EXPECT_TRUE(found) << "the repeated quote was not reported as a repeat of night 1";
  // Drop mode removes whole passages only: the quote inside an otherwise new sentence stays.
  EXPECT_THAT(std::string(std::string_view(n2.by_id["n2-ports"]["text"])),
              HasSubstr("described the project as \"the most important investment in the port for "
                        "a generation\" in remarks"));
  // Nothing new was lost: the flood story is untouched.
  EXPECT_EQ(n2.by_id["n2-floods"]["dedup"]["duplicates"].get_array().size(), 0u);

  // Mark mode on the same night (from the state as night 1 left it): every span points at its text.
  fs::remove_all(dir / "state");
  fs::copy(dir / "state-after-night1", dir / "state", fs::copy_options::recursive);
  auto marked = run_newspipe("run '" + (kSource / "config/nightly.toml").string() + "' --input '" +
                                 (kSource / "tests/e2e/nights/night2.jsonl").string() +
                                 "' --output '" + (dir / "marked/articles.jsonl").string() +
                                 "' --set state.path='" + (dir / "state").string() +
                                 "' --set stages.dedup.mode=mark --set stages.dedup.read_only=true",
                             dir.path());
  ASSERT_EQ(marked.exit_code, 0) << marked.err;
  Night m(dir / "marked/articles.jsonl");
  EXPECT_EQ(m.by_id.size(), 3u);  // mark mode keeps whole duplicates, flagged
  EXPECT_EQ(std::string_view(m.by_id["n2-harbour-wire"]["dedup"]["duplicate_of"]), "n1-harbour");
  std::size_t spans = 0;
  for (auto& [id, a] : m.by_id) {
    const std::string_view text = a["text"];
    for (auto d : a["dedup"]["duplicates"].get_array()) {
      EXPECT_EQ(slice(text, d["start"], d["end"]), code_points(std::string_view(d["text"]))) << id;
      ++spans;
    }
    for (auto s : a["summarize"]["sentences"].get_array()) {
      EXPECT_EQ(slice(text, s["start"], s["end"]), code_points(std::string_view(s["text"]))) << id;
    }
    for (auto g : a["geo"]["mentions"].get_array()) {
      EXPECT_EQ(slice(text, g["start"], g["end"]), code_points(std::string_view(g["surface"])))
          << id;
    }
  }
  EXPECT_GE(spans, 4u);
}

TEST_F(NightlyFlow, TomlEditsChangeTheOutputWithoutARebuild) {
  ASSERT_EQ(night(1).exit_code, 0);
  const std::string full = read_file(dir / "night1/articles.jsonl");
  EXPECT_THAT(full, HasSubstr("\"geo\":{"));
  auto no_geo =
      run_newspipe("run '" + (kSource / "config/nightly.toml").string() + "' --input '" +
                       (kSource / "tests/e2e/nights/night1.jsonl").string() +
                       "' --output off.jsonl --set stages.geo.enabled=false "
                       "--set stages.dedup.across_runs=false --set stages.summarize.enabled=false",
                   dir.path());
  ASSERT_EQ(no_geo.exit_code, 0) << no_geo.err;
  const std::string off = read_file(dir / "off.jsonl");
  EXPECT_THAT(off, Not(HasSubstr("\"geo\":{")));
  EXPECT_THAT(off, Not(HasSubstr("\"summarize\":{")));
  EXPECT_THAT(off, HasSubstr("\"clean\":{"));
}

}  // namespace
