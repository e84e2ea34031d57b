// Runs the dedup stage over JSONL files without the host, for quality measurements:
//
//   dedup_run [--state DIR] [--run ID] [--batch N] [--threads N] [--set OPTION=VALUE]...
//             INPUT.jsonl OUTPUT.jsonl
//
// Each output line is {"id", "text", "dedup": {...}} (dropped articles are left out, as the host
// does), ready for the eval scorer. Run night 1, then night 2 with the same --state.
#include <simdjson.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "dedup_stage.hpp"
#include "json_writer.hpp"
#include "newspipe/sdk.hpp"
#include "settings.hpp"

namespace {

class DriverLogger : public newspipe::Logger {
 public:
  void log(newspipe::LogLevel, std::string_view m) override { std::cerr << "dedup: " << m << "\n"; }
  bool enabled(newspipe::LogLevel) const override { return true; }
};

class DriverContext : public newspipe::StageContext {
 public:
  DriverContext(std::filesystem::path state, std::string run, unsigned threads)
      : state_(std::move(state)), run_(std::move(run)), threads_(threads) {}
  const std::string& stage_name() const override { return name_; }
  const std::string& run_id() const override { return run_; }
  newspipe::Logger& log() override { return logger_; }
  void count(std::string_view c, std::int64_t d) override { counters[std::string(c)] += d; }
  const std::filesystem::path& state_dir() override {
    if (dir_.empty()) {
      dir_ = state_ / name_;
      std::filesystem::create_directories(dir_);
    }
    return dir_;
  }
  unsigned threads() const override { return threads_; }
  void parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn) override {
    if (threads_ <= 1) {
      for (std::size_t i = 0; i < n; ++i) fn(i);
      return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads_; ++t) {
      pool.emplace_back([&] {
        for (std::size_t i; (i = next++) < n;) fn(i);
      });
    }
    for (auto& th : pool) th.join();
  }
  std::map<std::string, std::int64_t> counters;

 private:
  std::string name_ = "dedup";
  std::filesystem::path state_;
  std::filesystem::path dir_;
  std::string run_;
  unsigned threads_;
  DriverLogger logger_;
};

newspipe::Value parse_option(const newspipe::OptionSpec& spec, const std::string& text) {
  switch (spec.type) {
    case newspipe::OptionType::Bool:
      return newspipe::Value(text == "true");
    case newspipe::OptionType::Int:
      return newspipe::Value(std::stoll(text));
    case newspipe::OptionType::Double:
      return newspipe::Value(std::stod(text));
    default:
      return newspipe::Value(text);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path state = "state";
  std::string run = "run";
  std::size_t batch_size = 100;
  unsigned threads = 1;
  newspipe::Value overrides = newspipe::Value::object();
  std::vector<std::string> files;
  const auto specs = dedup::option_specs();
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << a << " needs a value\n";
        std::exit(1);
      }
      return argv[++i];
    };
    if (a == "--state") {
      state = next();
    } else if (a == "--run") {
      run = next();
    } else if (a == "--batch") {
      batch_size = std::stoul(next());
    } else if (a == "--threads") {
      threads = static_cast<unsigned>(std::stoul(next()));
    } else if (a == "--set") {
      const std::string kv = next();
      const auto eq = kv.find('=');
      const std::string key = kv.substr(0, eq);
      auto it = std::find_if(specs.begin(), specs.end(), [&](auto& s) { return s.name == key; });
      if (eq == std::string::npos || it == specs.end()) {
        std::cerr << "unknown option in --set " << kv << "\n";
        return 1;
      }
      overrides[key] = parse_option(*it, kv.substr(eq + 1));
    } else {
      files.push_back(a);
    }
  }
  if (files.size() != 2) {
    std::cerr << "usage: dedup_run [--state DIR] [--run ID] [--batch N] [--threads N] "
                 "[--set OPTION=VALUE]... INPUT.jsonl OUTPUT.jsonl\n";
    return 1;
  }
  newspipe::Value values = newspipe::Value::object();
  for (const auto& s : specs) {
    const newspipe::Value* o = overrides.find(s.name);
    values[s.name] = o ? *o : s.default_value;
  }
  DriverContext ctx(state, run, threads);
  try {
    dedup::DedupStage stage(newspipe::Options(values), ctx);
    simdjson::ondemand::parser parser;
    simdjson::padded_string json = simdjson::padded_string::load(files[0]);
    simdjson::ondemand::document_stream docs = parser.iterate_many(json);
    std::vector<newspipe::Article> all;
    for (auto doc : docs) {
      newspipe::Article a;
      std::string_view sv;
      if (!doc["id"].get_string().get(sv)) a.id = std::string(sv);
      if (!doc["title"].get_string().get(sv)) a.title = std::string(sv);
      if (!doc["text"].get_string().get(sv)) a.text = std::string(sv);
      all.push_back(std::move(a));
    }
    std::ofstream out(files[1]);
    std::uint64_t index = 0;
    for (std::size_t b = 0; b < all.size(); b += batch_size) {
      newspipe::Batch batch;
      batch.first_index = index;
      for (std::size_t i = b; i < std::min(all.size(), b + batch_size); ++i)
        batch.articles.push_back(std::move(all[i]));
      stage.process_batch(batch, ctx);
      index += batch.articles.size();
      for (const auto& a : batch.articles) {
        if (a.dropped) continue;
        std::string line = "{\"id\":";
        newspipe::host::append_json_string(line, a.id);
        line += ",\"text\":";
        newspipe::host::append_json_string(line, a.text);
        for (const auto& [k, v] : a.results.as_object()) {
          line += ",";
          newspipe::host::append_json_string(line, k);
          line += ":";
          newspipe::host::append_json(line, v);
        }
        line += "}\n";
        out << line;
      }
    }
    out.close();
    stage.finish(ctx);
  } catch (const std::exception& e) {
    std::cerr << "dedup_run: " << e.what() << "\n";
    return 2;
  }
  for (const auto& [k, v] : ctx.counters) std::cerr << k << ": " << v << "\n";
  return 0;
}
