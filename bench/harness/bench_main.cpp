// newspipe-bench: times the real `newspipe` executable on a generated corpus (contract §8).
//
//   newspipe-bench run --dir DIR --out OUT.json [--passthrough-mb N] [--stage-mb N]
//   newspipe-bench merge OUT.json IN.json...
//
// Each figure is printed as one line and written to OUT.json. Stage figures come from the run's own
// report.json (the stage's wall time), so they measure the stage and not reading or writing.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <simdjson.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_report.hpp"
#include "corpus_generator.hpp"

namespace fs = std::filesystem;
using newspipe::bench::write_corpus;

namespace {

struct ChildRun {
  int exit_code = -1;
  double seconds = 0;
  double peak_mb = 0;
};

// Runs newspipe with `args`, output discarded, and measures wall time and peak memory.
ChildRun run_newspipe(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::string exe = NEWSPIPE_EXE;
  argv.push_back(exe.data());
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  const auto t0 = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stderr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  rusage ru{};
  ::wait4(pid, &status, 0, &ru);
  ChildRun r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.peak_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;
  return r;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_config(const fs::path& file, const fs::path& dir, const std::string& name,
                  const std::vector<std::string>& stages) {
  std::ofstream out(file);
  out << "[pipeline]\nname = \"bench-" << name << "\"\n";
  out << "[output]\npath = \"" << (dir / ("out-" + name + ".jsonl")).string() << "\"\n";
  out << "report = \"" << (dir / ("report-" + name + ".json")).string() << "\"\n";
  out << "[state]\npath = \"" << (dir / ("state-" + name)).string() << "\"\n";
  for (const auto& s : stages) out << "[[stages]]\nplugin = \"" << s << "\"\n";
}

// Per-stage wall seconds from a run's report.json, in stage order.
std::vector<double> stage_seconds(const fs::path& report) {
  std::vector<double> out;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.load(report.string()).get(doc)) return out;
  simdjson::dom::array stages;
  if (doc["stages"].get_array().get(stages)) return out;
  for (auto s : stages) {
    double w = 0;
    if (!s["wall_seconds"].get_double().get(w)) out.push_back(w);
  }
  return out;
}

int run(const fs::path& dir_arg, const fs::path& out_json, std::uint64_t pass_mb,
        std::uint64_t stage_mb) {
  // Absolute, because the generated configs' paths are relative to the configs' own folder.
  const fs::path dir = fs::absolute(dir_arg);
  fs::create_directories(dir);
  newspipe::bench::BenchReport report("harness");
  auto add = [&](const std::string& name, double v, const std::string& unit) {
    report.add(name, v, unit);
  };

  const fs::path big = dir / ("corpus-" + std::to_string(pass_mb) + "mb.jsonl");
  const fs::path small = dir / ("corpus-" + std::to_string(stage_mb) + "mb.jsonl");
  auto big_stats = write_corpus(big.string(), pass_mb << 20);
  auto small_stats = write_corpus(small.string(), stage_mb << 20);
  std::printf("corpus: %llu articles, %.1f MB (pass-through); %llu articles, %.1f MB (stages)\n",
              static_cast<unsigned long long>(big_stats.articles), big_stats.bytes / 1e6,
              static_cast<unsigned long long>(small_stats.articles), small_stats.bytes / 1e6);

  // Bare pass-through: read, parse, write, on one thread.
  const fs::path pass_cfg = dir / "passthrough.toml";
  write_config(pass_cfg, dir, "passthrough", {});
  auto pass = run_newspipe(
      {"run", pass_cfg.string(), "--input", big.string(), "--set", "pipeline.threads=1"});
  if (pass.exit_code != 0) {
    std::fprintf(stderr, "pass-through run failed with exit code %d\n", pass.exit_code);
    return 1;
  }
  add("passthrough MB/s (1 thread)", big_stats.bytes / 1e6 / pass.seconds, "MB/s");
  add("passthrough articles/s (1 thread)", big_stats.articles / pass.seconds, "articles/s");
  add("passthrough peak memory", pass.peak_mb, "MB");

  // Each built-in stage alone on one thread, timed by the run's report.
  const fs::path plugins = fs::path(NEWSPIPE_EXE).parent_path() / "../lib/newspipe/plugins";
  std::vector<std::string> available;
  for (const char* p : {"clean", "dedup", "summarize", "geo"}) {
    if (!fs::exists(plugins / (std::string(p) + ".so"))) continue;
    available.push_back(p);
    const fs::path cfg = dir / (std::string(p) + ".toml");
    write_config(cfg, dir, p, {p});
    fs::remove_all(dir / ("state-" + std::string(p)));
    std::vector<std::string> args = {"run",          cfg.string(), "--input",
                                     small.string(), "--set",      "pipeline.threads=1"};
    if (std::string(p) == "dedup") {
      args.insert(args.end(), {"--set", "stages.dedup.across_runs=false"});  // batch scope
    }
    auto r = run_newspipe(args);
    const auto secs = stage_seconds(dir / ("report-" + std::string(p) + ".json"));
    if ((r.exit_code != 0 && r.exit_code != 3) || secs.empty() || secs[0] <= 0) {
      std::fprintf(stderr, "%s: run failed with exit code %d\n", p, r.exit_code);
      continue;
    }
    add(std::string(p) + " MB/s (1 thread)", small_stats.bytes / 1e6 / secs[0], "MB/s");
    add(std::string(p) + " articles/s (1 thread)", small_stats.articles / secs[0], "articles/s");
  }

  // The whole pipeline, on one thread and on all cores.
  if (!available.empty()) {
    const fs::path cfg = dir / "pipeline.toml";
    write_config(cfg, dir, "pipeline", available);
    for (const char* threads : {"1", "0"}) {
      fs::remove_all(dir / "state-pipeline");
      auto r = run_newspipe({"run", cfg.string(), "--input", small.string(), "--set",
                             std::string("pipeline.threads=") + threads});
      if (r.exit_code != 0 && r.exit_code != 3) {
        std::fprintf(stderr, "pipeline run failed with exit code %d\n", r.exit_code);
        break;
      }
      const std::string label =
          std::string("pipeline (") + (threads[0] == '1' ? "1 thread" : "all cores") + ")";
      add(label + " MB/s", small_stats.bytes / 1e6 / r.seconds, "MB/s");
      add(label + " articles/s", small_stats.articles / r.seconds, "articles/s");
      add(label + " peak memory", r.peak_mb, "MB");
    }
  }

  return report.write(out_json) ? 0 : 1;
}

// Joins {"a": {...}} files into one object {"a": {...}, "b": {...}}.
int merge(const fs::path& out_path, const std::vector<fs::path>& inputs) {
  std::string merged = "{";
  bool first = true;
  for (const auto& in : inputs) {
    std::string s = read_file(in);
    const auto b = s.find('{');
    const auto e = s.rfind('}');
    if (b == std::string::npos || e == std::string::npos || e <= b) {
      std::fprintf(stderr, "skipping %s: not a JSON object\n", in.c_str());
      continue;
    }
    std::string inner = s.substr(b + 1, e - b - 1);
    if (inner.find_first_not_of(" \n\t") == std::string::npos) continue;
    merged += (first ? "" : ",") + inner;
    first = false;
  }
  merged += "}\n";
  std::ofstream(out_path) << merged;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 2 && args[0] == "merge") {
    return merge(args[1], std::vector<fs::path>(args.begin() + 2, args.end()));
  }
  fs::path dir = "bench-out";
  fs::path out = "results.json";
  std::uint64_t pass_mb = 200;
  std::uint64_t stage_mb = 20;
  for (std::size_t i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == "--dir")
      dir = args[i + 1];
    else if (args[i] == "--out")
      out = args[i + 1];
    else if (args[i] == "--passthrough-mb")
      pass_mb = std::stoull(args[i + 1]);
    else if (args[i] == "--stage-mb")
      stage_mb = std::stoull(args[i + 1]);
  }
  if (args.empty() || args[0] != "run") {
    std::fprintf(stderr,
                 "usage: newspipe-bench run --dir DIR --out OUT.json [--passthrough-mb N] "
                 "[--stage-mb N]\n       newspipe-bench merge OUT.json IN.json...\n");
    return 1;
  }
  return run(dir, out, pass_mb, stage_mb);
}
