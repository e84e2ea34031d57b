// newspipe: the command line. Parses arguments (CLI11) and hands over to the subcommands.
#include <CLI/CLI.hpp>

#include <spdlog/spdlog.h>
#include <csignal>
#include <cstdio>

#include "allocator.hpp"
#include "commands.hpp"
#include "newspipe/version.hpp"

namespace {

// The one piece of global state besides the logger: a signal handler can reach nothing else.
// SIGINT/SIGTERM end the run between batches, leaving the earlier outputs untouched.
std::atomic<bool> g_stop{false};
extern "C" void on_signal(int) { g_stop.store(true); }

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  every article was written\n"
    "  1  usage or configuration error (nothing was read)\n"
    "  2  the run failed (the earlier output files were left as they were)\n"
    "  3  the run completed, but some records were quarantined";

}  // namespace

int run_main(int argc, char** argv) {
  using namespace newspipe::host;
  CLI::App app{"newspipe: a batch pipeline for news articles"};
  app.footer(kExitCodes);
  app.set_version_flag("--version", std::string("newspipe ") + NEWSPIPE_VERSION +
                                        " (plugin API version " +
                                        std::to_string(newspipe::kApiVersion) + ", allocator " +
                                        allocator_in_use() + ")");
  app.require_subcommand(1);

  CommonOptions common;
  std::string level;
  ConfigOverrides overrides;
  std::vector<std::string> inputs;
  std::string output;
  std::string run_id;

  auto add_log_flag = [&](CLI::App* cmd) {
    cmd->add_option("--log-level", level,
                    "trace, debug, info, warn, error or off (overrides "
                    "SPDLOG_LEVEL and [log] level)")
        ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
  };

  auto* run = app.add_subcommand("run", "run the pipeline of CONFIG over its input");
  run->add_option("config", common.config, "the pipeline's TOML file")->required();
  run->add_option("--input", inputs,
                  "input file, folder, glob or - (stdin); repeatable; replaces [input] paths");
  run->add_option("--output", output, "output file or - (stdout); replaces [output] path");
  run->add_option("--set", overrides.sets,
                  "KEY=VALUE: override a config key, e.g. pipeline.threads=2 "
                  "or stages.dedup.mode=mark; repeatable");
  run->add_option("--run-id", run_id, "the id recorded for this run (default: start time and pid)");
  add_log_flag(run);

  auto* validate =
      app.add_subcommand("validate", "check CONFIG, its plugins and options; run nothing");
  validate->add_option("config", common.config, "the pipeline's TOML file")->required();
  validate->add_option("--set", overrides.sets, "KEY=VALUE: override a config key; repeatable");
  add_log_flag(validate);

  std::string plugin_config;
  auto* plugins =
      app.add_subcommand("plugins", "list the plugins found: name, version, description, file");
  plugins->add_option("--config", plugin_config,
                      "also search this config's [pipeline] plugin_path");

  std::string plugin_name;
  auto* describe =
      app.add_subcommand("describe", "show a plugin's options: name, type, default, meaning");
  describe->add_option("plugin", plugin_name, "a plugin name or a path to its .so")->required();
  describe->add_option("--config", plugin_config,
                       "also search this config's [pipeline] plugin_path");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitConfig;
  }
  if (!level.empty()) common.log_level = level;
  overrides.inputs = inputs;
  if (!output.empty()) overrides.output = output;
  const std::optional<std::string> cfg_opt =
      plugin_config.empty() ? std::nullopt : std::optional<std::string>(plugin_config);

  int code = kExitConfig;
  if (*run) {
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    code = run_command(common, overrides, run_id, &g_stop);
  } else if (*validate) {
    code = validate_command(common, overrides);
  } else if (*plugins) {
    code = plugins_command(cfg_opt);
  } else if (*describe) {
    code = describe_command(plugin_name, cfg_opt);
  }
  spdlog::shutdown();
  return code;
}

int main(int argc, char** argv) {
  // User errors are values all the way up; anything thrown to here is a bug or the machine
  // running out of memory: say so in one line, with the run's exit code for a failure.
  try {
    return run_main(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "newspipe: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "newspipe: internal error\n");
  }
  spdlog::shutdown();
  return newspipe::host::kExitRunFailed;
}
