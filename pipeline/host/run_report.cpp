#include "run_report.hpp"

#include <xxhash.h>

#include <cstdio>

namespace newspipe::host {

std::string config_hash(const PipelineConfig& cfg) {
  const XXH64_hash_t h = XXH64(cfg.effective_toml.data(), cfg.effective_toml.size(), 0);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Value build_report(const PipelineConfig& cfg, const std::vector<PipelineStage>& stages,
                   const RunSummary& s) {
  Value r = Value::object();
  r["run_id"] = s.run_id;
  r["pipeline"] = cfg.name;
  r["started"] = s.started;
  r["finished"] = s.finished;
  r["seconds"] = s.seconds;
  r["exit_code"] = s.exit_code();
  r["status"] = s.failed            ? "failed"
                : s.quarantined > 0 ? "completed with quarantined records"
                                    : "ok";
  if (s.failed) r["failure"] = s.failure;
  Value& c = r["config"];
  c["file"] = cfg.file.string();
  c["hash"] = config_hash(cfg);
  c["text"] = cfg.effective_toml;
  Value& a = r["articles"];
  a["read"] = s.read;
  a["written"] = s.written;
  a["quarantined"] = s.quarantined;
  a["dropped"] = s.dropped;
  r["bytes_read"] = s.bytes_read;
  Value& t = r["throughput"];
  t["articles_per_second"] = s.seconds > 0 ? static_cast<double>(s.read) / s.seconds : 0.0;
  t["mb_per_second"] = s.seconds > 0 ? static_cast<double>(s.bytes_read) / 1e6 / s.seconds : 0.0;
  Value list = Value::array();
  for (std::size_t i = 0; i < stages.size(); ++i) {
    const PipelineStage& ps = stages[i];
    const StageStats& st = s.stages.at(i);
    Value e = Value::object();
    e["name"] = ps.config.name;
    e["plugin"] = ps.plugin->info.name;
    e["version"] = ps.plugin->info.version;
    e["file"] = ps.plugin->file.string();
    e["access"] = describe_access(ps.plugin->info.access);
    e["start_seconds"] = ps.start_seconds;
    e["wall_seconds"] = st.wall_seconds;
    e["finish_seconds"] = st.finish_seconds;
    e["cpu_seconds"] = st.cpu_seconds;
    e["articles_in"] = st.articles_in;
    e["failed"] = st.failed;
    e["dropped"] = st.dropped;
    Value counters = Value::object();
    for (const auto& [k, v] : ps.context->counters()) counters[k] = v;
    e["counters"] = std::move(counters);
    list.push_back(std::move(e));
  }
  r["stages"] = std::move(list);
  Value& o = r["outputs"];
  o["articles"] = cfg.output_path;
  o["quarantine"] = cfg.quarantine_path;
  if (!cfg.dropped_path.empty()) o["dropped"] = cfg.dropped_path;
  return r;
}

}  // namespace newspipe::host
