/**
 * The catalog's hosts in the formats network teams feed to DNS filters and proxies. DNS sees only
 * hostnames, so path rules (github.com/copilot) appear only where the format can carry a path.
 */
import { bareHost } from "../engine/match-pattern";
import type { Service } from "../engine/types";

/** One hostname per line; each also stands for its subdomains. Path rules are left out. */
export function plainHosts(services: readonly Service[]): string {
  const hosts = new Set<string>();
  for (const service of services) {
    for (const rule of service.match) if (rule.paths === undefined) hosts.add(bareHost(rule.host));
  }
  return `${[...hosts].sort().join("\n")}\n`;
}

/** AdGuard / uBlock syntax: `||host^` for hosts, `||host/path` for the AI paths of shared hosts. */
export function adguardList(services: readonly Service[], generated: string): string {
  const lines = [
    "! Title: AI services (AI Responsibility Guide catalog)",
    `! Generated: ${generated}`,
    "! Each block names the service and its deployment model.",
  ];
  for (const service of [...services].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`! ${service.id}: ${service.name} (${service.vendor}), ${service.deploymentModel}`);
    for (const rule of service.match) {
      const host = bareHost(rule.host);
      if (rule.paths === undefined) lines.push(`||${host}^`);
      else for (const path of rule.paths) lines.push(`||${host}${path}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row per host rule, with the service and its default deployment model. */
export function servicesCsv(services: readonly Service[]): string {
  const rows = [
    ["service_id", "name", "vendor", "category", "deployment_model", "host", "paths", "source", "reviewed"],
  ];
  for (const service of services) {
    for (const rule of service.match) {
      rows.push([
        service.id,
        service.name,
        service.vendor,
        service.category,
        service.deploymentModel,
        rule.host,
        (rule.paths ?? []).join(" "),
        service.source,
        service.reviewed,
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(",")).join("\n")}\n`;
}
