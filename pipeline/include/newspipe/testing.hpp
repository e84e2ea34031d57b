// newspipe SDK: testing a stage without the host.
//
// FakeContext is a StageContext that runs everything on the calling thread, keeps state under a
// folder of your choice (default: a per-process folder in the system's temp folder) and records
// what the stage logged and counted, so a plugin's unit tests can assert on it:
//
//   newspipe::testing::FakeContext ctx("readtime");
//   ReadTime stage(newspipe::testing::options_for(readtime_info()), ctx);
//   newspipe::Article a;  a.text = "...";
//   stage.process_article(a, ctx);
//   EXPECT_EQ(a.results.find("readtime")->find("words")->as_int(), 42);
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "newspipe/sdk.hpp"

namespace newspipe::testing {

/// A Logger that keeps every line it is given.
class RecordingLogger : public Logger {
 public:
  void log(LogLevel level, std::string_view message) override {
    std::lock_guard lock(mu_);
    lines.emplace_back(level, std::string(message));
  }
  bool enabled(LogLevel) const override { return true; }
  std::vector<std::pair<LogLevel, std::string>> lines;

 private:
  std::mutex mu_;
};

/// A StageContext for tests: one thread, a temporary state folder, recorded logs and counters.
class FakeContext : public StageContext {
 public:
  explicit FakeContext(std::string name = "stage", std::filesystem::path state_root = {},
                       std::string run_id = "test-run")
      : name_(std::move(name)), run_id_(std::move(run_id)), state_root_(std::move(state_root)) {}

  const std::string& stage_name() const override { return name_; }
  const std::string& run_id() const override { return run_id_; }
  Logger& log() override { return logger; }
  void count(std::string_view counter, std::int64_t delta) override {
    std::lock_guard lock(mu_);
    counters[std::string(counter)] += delta;
  }
  const std::filesystem::path& state_dir() override {
    if (state_dir_.empty()) {
      std::filesystem::path root = state_root_;
      if (root.empty()) {
        root = std::filesystem::temp_directory_path() /
               ("newspipe-test-" + std::to_string(::getpid()));
      }
      state_dir_ = root / name_;
      std::filesystem::create_directories(state_dir_);
    }
    return state_dir_;
  }
  unsigned threads() const override { return 1; }
  void parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn) override {
    for (std::size_t i = 0; i < n; ++i) fn(i);
  }

  RecordingLogger logger;
  std::map<std::string, std::int64_t> counters;

 private:
  std::string name_;
  std::string run_id_;
  std::filesystem::path state_root_;
  std::filesystem::path state_dir_;
  std::mutex mu_;
};

/// Builds Options from a plugin's declared defaults, with `overrides` (an object) applied on top.
inline Options options_for(const PluginInfo& info, const Value& overrides = Value::object()) {
  Value v = Value::object();
  for (const OptionSpec& spec : info.options) {
    const Value* o = overrides.find(spec.name);
    v[spec.name] = o ? *o : spec.default_value;
  }
  return Options(std::move(v));
}

}  // namespace newspipe::testing
