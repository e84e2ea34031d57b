#include "stage_assembler.hpp"

#include "json_writer.hpp"

#include <chrono>
#include <cmath>

namespace newspipe::host {

namespace {

std::string join_names(const std::vector<OptionSpec>& specs) {
  std::string out;
  for (const auto& s : specs) out += (out.empty() ? "" : ", ") + s.name;
  return out.empty() ? std::string("(this plugin has no options)") : out;
}

std::string describe_kind(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Bool:
      return "a boolean";
    case Value::Kind::Int:
      return "an integer";
    case Value::Kind::Double:
      return "a float";
    case Value::Kind::String:
      return "a string";
    case Value::Kind::Array:
      return "an array";
    default:
      return "a table";
  }
}

// Checks one value against its declaration; returns an error message or "".
std::string check_value(const OptionSpec& spec, Value& v) {
  const std::string want = option_type_name(spec.type);
  switch (spec.type) {
    case OptionType::Bool:
      if (!v.is_bool()) return "must be a " + want + " (true or false), not " + describe_kind(v);
      return {};
    case OptionType::Int:
      if (!v.is_int()) return "must be an integer, not " + describe_kind(v);
      break;
    case OptionType::Double:
      if (!v.is_number()) return "must be a number, not " + describe_kind(v);
      v = Value(v.as_double());
      break;
    case OptionType::String:
      if (!v.is_string()) return "must be a string, not " + describe_kind(v);
      if (!spec.choices.empty()) {
        for (const auto& c : spec.choices) {
          if (c == v.as_string()) return {};
        }
        std::string allowed;
        for (const auto& c : spec.choices) allowed += (allowed.empty() ? "" : ", ") + c;
        return "= \"" + v.as_string() + "\" is not allowed; use one of: " + allowed;
      }
      return {};
    case OptionType::StringList:
      if (!v.is_array()) return "must be a list of strings, not " + describe_kind(v);
      for (const Value& e : v.as_array()) {
        if (!e.is_string()) return "must hold only strings, not " + describe_kind(e);
      }
      return {};
  }
  const double d = v.as_double();
  if ((spec.min && d < *spec.min) || (spec.max && d > *spec.max)) {
    return "is out of range; use " + (spec.min ? format_number(*spec.min) : std::string("-inf")) +
           " to " + (spec.max ? format_number(*spec.max) : std::string("inf"));
  }
  return {};
}

}  // namespace

Result<Options> check_options(const std::string& stage_name, const std::vector<OptionSpec>& specs,
                              const std::vector<RawOption>& raw) {
  std::vector<std::string> errors;
  Value values = Value::object();
  for (const OptionSpec& spec : specs) values[spec.name] = spec.default_value;
  for (const RawOption& opt : raw) {
    const OptionSpec* spec = nullptr;
    for (const auto& s : specs) {
      if (s.name == opt.key) spec = &s;
    }
    if (!spec) {
      errors.push_back(opt.where + ": stage '" + stage_name + "' has no option '" + opt.key +
                       "'; allowed options: " + join_names(specs));
      continue;
    }
    Value v = opt.value;
    if (std::string problem = check_value(*spec, v); !problem.empty()) {
      errors.push_back(opt.where + ": option '" + opt.key + "' of stage '" + stage_name + "' " +
                       problem);
      continue;
    }
    values[spec->name] = std::move(v);
  }
  if (!errors.empty()) {
    std::string msg;
    for (const auto& e : errors) msg += (msg.empty() ? "" : "\n") + e;
    return Error{msg};
  }
  return Options(std::move(values));
}

Result<std::vector<PipelineStage>> assemble_stages(const PipelineConfig& cfg, PluginLoader& loader,
                                                   ThreadPool& pool, const std::string& run_id) {
  std::vector<PipelineStage> stages;
  std::vector<std::string> errors;
  // The first stage that reports offsets, by config entry: any later text rewrite would break them.
  const StageConfig* reports_offsets = nullptr;
  for (const StageConfig& sc : cfg.stages) {
    if (!sc.enabled) continue;
    auto plugin = loader.load(sc.plugin);
    if (!plugin) {
      errors.push_back(sc.plugin_where + ": " + plugin.error().message);
      continue;
    }
    auto options = check_options(sc.name, plugin.value()->info.options, sc.options);
    if (!options) {
      errors.push_back(options.error().message);
      continue;
    }
    PipelineStage ps{.config = sc, .plugin = plugin.value(), .options = std::move(options.value())};
    const Access access = ps.plugin->info.access;
    if (has(access, Access::RewritesText) && reports_offsets) {
      errors.push_back(sc.where + ": stage '" + sc.name +
                       "' rewrites the text, but it runs after "
                       "stage '" +
                       reports_offsets->name + "' (" + reports_offsets->where +
                       "), which reports offsets into the text; "
                       "those offsets would no longer match. Move '" +
                       sc.name + "' before '" + reports_offsets->name + "'");
    }
    if (has(access, Access::ReportsOffsets) && !reports_offsets) reports_offsets = &sc;
    stages.push_back(std::move(ps));
  }
  if (!errors.empty()) {
    std::string msg;
    for (const auto& e : errors) msg += (msg.empty() ? "" : "\n") + e;
    return Error{msg};
  }
  for (PipelineStage& ps : stages) {
    ps.context = std::make_unique<HostStageContext>(ps.config.name, run_id, cfg.state_path, pool);
    const auto t0 = std::chrono::steady_clock::now();
    try {
      ps.stage = ps.plugin->create(ps.options, *ps.context);
      ps.start_seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    } catch (const std::exception& e) {
      return Error{ps.config.where + ": stage '" + ps.config.name + "' (plugin " +
                   ps.plugin->file.string() + ") failed to start: " + e.what()};
    } catch (...) {
      return Error{ps.config.where + ": stage '" + ps.config.name + "' (plugin " +
                   ps.plugin->file.string() + ") failed to start with an unknown exception"};
    }
  }
  return stages;
}

}  // namespace newspipe::host
