// Builds the pipeline's stages from the config: loads each enabled stage's plugin, checks its
// options against the plugin's declarations and the stage order against what each stage reads and
// writes, then creates the stages. Everything here happens before any input is read.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "config.hpp"
#include "host_stage_context.hpp"
#include "plugin_loader.hpp"
#include "result.hpp"
#include "thread_pool.hpp"

namespace newspipe::host {

struct PipelineStage {
  StageConfig config;
  std::shared_ptr<const LoadedPlugin> plugin;
  Options options;
  std::unique_ptr<HostStageContext> context;
  double start_seconds = 0;      ///< time the factory took (loading a gazetteer, opening an index)
  std::shared_ptr<Stage> stage;  // declared last: destroyed first, before its context
};

/// Checks `raw` against `specs` and fills in defaults. Errors name where each bad value was
/// written.
Result<Options> check_options(const std::string& stage_name, const std::vector<OptionSpec>& specs,
                              const std::vector<RawOption>& raw);

/// The enabled stages of `cfg`, loaded, checked and created, in config order. The error lists
/// every problem found before creation; a factory that throws ends it at once.
Result<std::vector<PipelineStage>> assemble_stages(const PipelineConfig& cfg, PluginLoader& loader,
                                                   ThreadPool& pool, const std::string& run_id);

}  // namespace newspipe::host
