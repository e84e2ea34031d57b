#include "commands.hpp"

#include <unistd.h>

#include <spdlog/spdlog.h>
#include <cstdio>

#include "atomic_file.hpp"
#include "batch_runner.hpp"
#include "json_writer.hpp"
#include "run_report.hpp"

namespace newspipe::host {

namespace {

void print_error(const std::string& message) {
  std::fprintf(stderr, "newspipe: %s\n", message.c_str());
}

std::vector<std::filesystem::path> search_dirs(
    const std::vector<std::filesystem::path>& plugin_path) {
  std::vector<std::filesystem::path> dirs = plugin_path;
  dirs.push_back(PluginLoader::builtin_dir());
  return dirs;
}

LogSettings log_settings(const PipelineConfig& cfg) {
  return {cfg.log_level, cfg.log_file, cfg.log_max_size_mb, cfg.log_max_files};
}

// Loads the config and assembles the stages: everything `validate` checks. Prints the errors.
struct Prepared {
  PipelineConfig cfg;
  std::unique_ptr<PluginLoader> loader;
  std::unique_ptr<ThreadPool> pool;
  std::vector<PipelineStage> stages;
  std::vector<InputFile> inputs;
};

std::optional<Prepared> prepare(const CommonOptions& common, const ConfigOverrides& overrides,
                                const std::string& run_id) {
  auto cfg = load_config(common.config, overrides);
  if (!cfg) {
    print_error("configuration error:\n" + cfg.error().message);
    return std::nullopt;
  }
  if (auto err = configure_logging(log_settings(cfg.value()), common.log_level)) {
    print_error(*err);
    return std::nullopt;
  }
  Prepared p;
  p.cfg = std::move(cfg.value());
  p.loader = std::make_unique<PluginLoader>(search_dirs(p.cfg.plugin_path));
  p.pool = std::make_unique<ThreadPool>(p.cfg.threads);
  auto stages = assemble_stages(p.cfg, *p.loader, *p.pool, run_id);
  if (!stages) {
    print_error("configuration error:\n" + stages.error().message);
    return std::nullopt;
  }
  p.stages = std::move(stages.value());
  auto inputs = expand_inputs(p.cfg.input_paths, p.cfg.input_format);
  if (!inputs) {
    print_error("configuration error:\n" + p.cfg.file.string() + ": " + inputs.error().message);
    return std::nullopt;
  }
  p.inputs = std::move(inputs.value());
  return p;
}

}  // namespace

int run_command(const CommonOptions& common, const ConfigOverrides& overrides,
                const std::string& run_id_flag, const std::atomic<bool>* stop) {
  const std::string run_id = run_id_flag.empty() ? default_run_id() : run_id_flag;
  auto p = prepare(common, overrides, run_id);
  if (!p) return kExitConfig;
  spdlog::info("run {}: {} stage(s), {} input file(s), {} thread(s), batches of {}", run_id,
               p->stages.size(), p->inputs.size(), p->pool->size(), p->cfg.batch_size);
  BatchRunner runner(p->cfg, p->stages, run_id, stop);
  RunSummary summary = runner.run(std::move(p->inputs));
  if (summary.failed) {
    spdlog::error("run failed: {}", summary.failure);
    print_error("run failed: " + summary.failure);
    return summary.exit_code();
  }
  if (!p->cfg.report_path.empty()) {
    std::string text;
    append_json_pretty(text, build_report(p->cfg, p->stages, summary));
    text.push_back('\n');
    auto report = AtomicFile::create(p->cfg.report_path);
    Status st = report ? (report->write(text), report->commit()) : Status(report.error());
    if (!st) {
      print_error("run failed: cannot write the report: " + st.error().message);
      return kExitRunFailed;
    }
  }
  spdlog::info("done: {} read, {} written, {} quarantined, {} dropped in {:.2f}s", summary.read,
               summary.written, summary.quarantined, summary.dropped, summary.seconds);
  if (summary.quarantined > 0) {
    spdlog::warn("{} record(s) quarantined: see {}", summary.quarantined, p->cfg.quarantine_path);
  }
  return summary.exit_code();
}

int validate_command(const CommonOptions& common, const ConfigOverrides& overrides) {
  auto p = prepare(common, overrides, "validate");
  if (!p) return kExitConfig;
  std::printf("%s: valid; %zu stage(s):", p->cfg.file.c_str(), p->stages.size());
  for (const auto& s : p->stages) {
    std::printf(" %s (%s %s)", s.config.name.c_str(), s.plugin->info.name.c_str(),
                s.plugin->info.version.c_str());
  }
  std::printf("; %zu input file(s)\n", p->inputs.size());
  return kExitOk;
}

namespace {
// The built-in folder, after the plugin_path of `config` when one is given.
Result<std::vector<std::filesystem::path>> plugin_dirs_for(
    const std::optional<std::string>& config) {
  if (!config) return search_dirs({});
  auto cfg = load_config(*config);
  if (!cfg) return cfg.error();
  return search_dirs(cfg->plugin_path);
}
}  // namespace

int plugins_command(const std::optional<std::string>& config) {
  auto dirs = plugin_dirs_for(config);
  if (!dirs) {
    print_error("configuration error:\n" + dirs.error().message);
    return kExitConfig;
  }
  PluginLoader loader(std::move(dirs.value()));
  const auto files = loader.discover();
  if (files.empty()) {
    std::printf("no plugins found; searched:\n");
    for (const auto& d : loader.search_dirs()) std::printf("  %s\n", d.c_str());
    return kExitOk;
  }
  for (const auto& f : files) {
    auto p = loader.load(f.string());
    if (!p) {
      std::printf("%-12s %-8s %s\n    %s\n", f.stem().c_str(), "-", p.error().message.c_str(),
                  f.c_str());
      continue;
    }
    const PluginInfo& info = p.value()->info;
    std::printf("%-12s %-8s %s\n    %s\n", info.name.c_str(), info.version.c_str(),
                info.description.c_str(), f.c_str());
  }
  return kExitOk;
}

int describe_command(const std::string& plugin, const std::optional<std::string>& config) {
  auto dirs = plugin_dirs_for(config);
  if (!dirs) {
    print_error("configuration error:\n" + dirs.error().message);
    return kExitConfig;
  }
  PluginLoader loader(std::move(dirs.value()));
  auto p = loader.load(plugin);
  if (!p) {
    print_error(p.error().message);
    return kExitConfig;
  }
  const PluginInfo& info = p.value()->info;
  std::printf("%s %s: %s\n", info.name.c_str(), info.version.c_str(), info.description.c_str());
  std::printf("file: %s\n", p.value()->file.c_str());
  std::printf("access: %s\n", describe_access(info.access).c_str());
  if (info.options.empty()) {
    std::printf("options: none\n");
    return kExitOk;
  }
  std::printf("options (set under [stages.options], or --set stages.%s.<option>=VALUE):\n",
              info.name.c_str());
  for (const OptionSpec& o : info.options) {
    std::string def;
    append_json(def, o.default_value);
    std::string extra;
    if (!o.choices.empty()) {
      extra = "; one of:";
      for (const auto& c : o.choices) extra += " " + c;
    }
    if (o.min && o.max) {
      extra += "; range " + format_number(*o.min) + " to " + format_number(*o.max);
    } else if (o.min) {
      extra += "; at least " + format_number(*o.min);
    } else if (o.max) {
      extra += "; at most " + format_number(*o.max);
    }
    std::printf("  %s (%s, default %s%s)\n      %s\n", o.name.c_str(), option_type_name(o.type),
                def.c_str(), extra.c_str(), o.doc.c_str());
  }
  return kExitOk;
}

std::string default_run_id() {
  // Sortable and unique enough for one pipeline: the start time and the process id.
  std::string ts = utc_timestamp();  // 2026-11-23T10:46:28Z
  std::string id;
  for (char c : ts) {
    if (c != '-' && c != ':') id.push_back(c);
  }
  return id + "-" + std::to_string(::getpid());
}

}  // namespace newspipe::host
