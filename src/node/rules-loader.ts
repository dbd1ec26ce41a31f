/**
 * Reads and checks everything in rules/: JSON Schema first, then the checks a schema cannot
 * express (unique ids, one owner per host and path, no bare shared apex, a complete matrix).
 * Every problem names the file, the entry and the field.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import type { CrossReferences } from "../engine/crossrefs";
import { buildHostIndex, lookupHost } from "../engine/host-index";
import {
  CATEGORIES,
  type Cell,
  DEPLOYMENT_MODELS,
  type DeploymentModel,
  DOMAINS,
  type Domain,
  type Framework,
  type GuidanceRefinement,
  type ResponsibilityModel2025,
  type RulesBundle,
  type Service,
} from "../engine/types";
import { loadModel2025 } from "./rules-loader-2025";
import { loadCrossReferences } from "./rules-loader-crossrefs";

export interface RulesProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export class RulesError extends Error {
  constructor(readonly problems: RulesProblem[]) {
    super(`rules/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "RulesError";
  }
}

export function formatProblem(p: RulesProblem): string {
  return `${p.file}: ${p.entry}: field "${p.field}": ${p.message}`;
}

export interface SharedHost {
  host: string;
  reason: string;
}

export interface LoadedRules extends RulesBundle {
  model2025: ResponsibilityModel2025;
  /** AWS scoping scopes, OWASP and NIST AI 600-1 entries per domain and model (the model page shows them). */
  crossReferences: CrossReferences;
  sharedHosts: SharedHost[];
  /** Which file each service came from (for messages and exports). */
  serviceFiles: Map<string, string>;
}

type Json = Record<string, unknown>;

export class Checker {
  readonly problems: RulesProblem[] = [];
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    private readonly root: string,
    private readonly cwd: string,
  ) {}

  display(file: string): string {
    return relative(this.cwd, file) || file;
  }

  add(file: string, entry: string, field: string, message: string): void {
    this.problems.push({ file: this.display(file), entry, field, message });
  }

  readJson(file: string): Json | null {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      this.add(file, "(file)", "(file)", `cannot be read: ${(error as Error).message}`);
      return null;
    }
    try {
      const value: unknown = JSON.parse(text);
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        this.add(file, "(file)", "(root)", "must be a JSON object");
        return null;
      }
      return value as Json;
    } catch (error) {
      this.add(file, "(file)", "(json)", `is not valid JSON: ${(error as Error).message}`);
      return null;
    }
  }

  /** Reads a JSON file and validates it; null (with the problems recorded) when either fails. */
  readChecked(file: string, schemaName: string, listKey: string): Json | null {
    const data = this.readJson(file);
    if (data === null || !this.validate(file, data, schemaName, listKey)) return null;
    return data;
  }

  /** Validates against rules/schema/NAME and reports each error against its entry. */
  validate(file: string, data: Json, schemaName: string, listKey: string): boolean {
    let validate = this.validators.get(schemaName);
    if (validate === undefined) {
      this.addReferencedSchemas();
      validate = this.ajv.getSchema(schemaName);
      if (validate === undefined) throw new Error(`rules/schema/${schemaName} has no matching $id`);
      this.validators.set(schemaName, validate);
    }
    if (validate(data)) return true;
    for (const error of validate.errors ?? []) this.reportSchemaError(file, data, listKey, error);
    return false;
  }

  /** Every schema by its $id, so one can refer to another's $defs (guidance lines share matrix's). */
  private addReferencedSchemas(): void {
    if (this.validators.size > 0) return;
    for (const file of jsonFiles(join(this.root, "schema"))) {
      const schema = JSON.parse(readFileSync(file, "utf8")) as { $id?: string };
      if (schema.$id !== undefined && this.ajv.getSchema(schema.$id) === undefined) this.ajv.addSchema(schema);
    }
  }

  private reportSchemaError(file: string, data: Json, listKey: string, error: ErrorObject): void {
    const segments = error.instancePath.split("/").slice(1);
    if (error.keyword === "additionalProperties") {
      segments.push(String((error.params as { additionalProperty: string }).additionalProperty));
    } else if (error.keyword === "required") {
      segments.push(String((error.params as { missingProperty: string }).missingProperty));
    }
    let entry = "(file)";
    let fieldSegments = segments;
    if (segments[0] === listKey && segments.length >= 2) {
      const index = Number(segments[1]);
      entry = describeEntry(listKey, index, (data[listKey] as unknown[] | undefined)?.[index]);
      fieldSegments = segments.slice(2);
    }
    const field = fieldSegments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
    let message = error.message ?? "is invalid";
    if (error.keyword === "enum") {
      message += `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`;
    }
    if (error.keyword === "if") return;
    this.add(file, entry, field || "(entry)", message);
  }
}

function describeEntry(listKey: string, index: number, value: unknown): string {
  const label = `${listKey}[${index}]`;
  if (value === null || typeof value !== "object") return label;
  const record = value as Json;
  if (typeof record.id === "string") return `${label} (id "${record.id}")`;
  if (typeof record.host === "string") return `${label} (host "${record.host}")`;
  if (typeof record.domain === "string" && typeof record.model === "string") {
    return `${label} (${record.domain} x ${record.model})`;
  }
  return label;
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

function loadServices(checker: Checker, root: string): { services: Service[]; files: Map<string, string> } {
  const services: Service[] = [];
  const files = new Map<string, string>();
  const seen = new Map<string, string>();
  const serviceFiles = jsonFiles(join(root, "services"));
  if (serviceFiles.length === 0) checker.add(join(root, "services"), "(folder)", "(files)", "holds no .json file");
  for (const file of serviceFiles) {
    const data = checker.readJson(file);
    if (data === null || !checker.validate(file, data, "services.schema.json", "services")) continue;
    (data.services as Service[]).forEach((service, i) => {
      const entry = describeEntry("services", i, service);
      const first = seen.get(service.id);
      if (first !== undefined) {
        checker.add(file, entry, "id", `duplicates the id already used in ${first}`);
        return;
      }
      seen.set(service.id, checker.display(file));
      const variantIds = new Set<string>();
      service.variants?.forEach((variant, v) => {
        if (variantIds.has(variant.id)) checker.add(file, entry, `variants[${v}].id`, `"${variant.id}" appears twice`);
        variantIds.add(variant.id);
      });
      files.set(service.id, checker.display(file));
      services.push(service);
    });
  }
  return { services, files };
}

function checkHostClaims(checker: Checker, services: Service[], files: Map<string, string>): void {
  const owners = new Map<string, string>();
  for (const service of services) {
    const file = files.get(service.id) ?? "rules/services";
    service.match.forEach((rule, r) => {
      const keys = rule.paths === undefined ? [""] : rule.paths.map((p) => p.toLowerCase().replace(/\/$/, ""));
      keys.forEach((key, p) => {
        const claim = `${rule.host}${key}`;
        const owner = owners.get(claim);
        const field = rule.paths === undefined ? `match[${r}].host` : `match[${r}].paths[${p}]`;
        if (owner !== undefined && owner !== service.id) {
          checker.problems.push({
            file,
            entry: `service "${service.id}"`,
            field,
            message: `"${claim}" is already claimed by service "${owner}"`,
          });
        }
        owners.set(claim, service.id);
      });
    });
  }
}

/** A rule without paths must not match a shared host (google.com, github.com, ...). */
function checkSharedHosts(checker: Checker, services: Service[], files: Map<string, string>, shared: SharedHost[]) {
  for (const service of services) {
    service.match.forEach((rule, r) => {
      if (rule.paths !== undefined) return;
      const index = buildHostIndex([{ ...service, match: [rule] }]);
      for (const { host } of shared) {
        if (lookupHost(index, host, "/") === null) continue;
        checker.problems.push({
          file: files.get(service.id) ?? "rules/services",
          entry: `service "${service.id}"`,
          field: `match[${r}].host`,
          message: `"${rule.host}" would match the shared host ${host}: add "paths" with the AI paths only`,
        });
      }
    });
  }
}

function loadSharedHosts(checker: Checker, root: string): SharedHost[] {
  const file = join(root, "shared-hosts.json");
  const data = checker.readJson(file);
  if (data === null || !checker.validate(file, data, "shared-hosts.schema.json", "sharedHosts")) return [];
  return data.sharedHosts as SharedHost[];
}

/** rules/tenant-restrictions.json: the vendors' tenant-restriction headers (the engine imports it). */
function checkTenantFacts(checker: Checker, root: string): void {
  const file = join(root, "tenant-restrictions.json");
  const data = checker.readJson(file);
  if (data !== null) checker.validate(file, data, "tenant-restrictions.schema.json", "headers");
}

function loadModel(checker: Checker, root: string): RulesBundle["model"] | null {
  const dir = join(root, "model");
  const read = (name: string, schema: string, listKey: string) => checker.readChecked(join(dir, name), schema, listKey);
  const models = read("deployment-models.json", "deployment-models.schema.json", "deploymentModels");
  const domains = read("domains.json", "domains.schema.json", "domains");
  const matrix = read("matrix.json", "matrix.schema.json", "cells");
  const framework = read("framework.json", "framework.schema.json", "caveats");
  if (models === null || domains === null || matrix === null || framework === null) return null;

  const deploymentModels = models.deploymentModels as DeploymentModel[];
  const domainList = domains.domains as Domain[];
  const cells = matrix.cells as Cell[];
  const inOrder = <T extends string>(file: string, list: string, got: string[], want: readonly T[]) => {
    want.forEach((id, i) => {
      if (got[i] !== id) checker.add(join(dir, file), `${list}[${i}]`, "id", `must be "${id}" (framework order)`);
    });
  };
  inOrder(
    "deployment-models.json",
    "deploymentModels",
    deploymentModels.map((m) => m.id),
    DEPLOYMENT_MODELS,
  );
  inOrder(
    "domains.json",
    "domains",
    domainList.map((d) => d.id),
    DOMAINS,
  );
  const seen = new Set<string>();
  cells.forEach((cell, i) => {
    const key = `${cell.domain} x ${cell.model}`;
    if (seen.has(key))
      checker.add(join(dir, "matrix.json"), describeEntry("cells", i, cell), "domain", "cell appears twice");
    seen.add(key);
  });
  for (const domain of DOMAINS) {
    for (const model of DEPLOYMENT_MODELS) {
      if (!seen.has(`${domain} x ${model}`)) {
        checker.add(join(dir, "matrix.json"), `cell ${domain} x ${model}`, "(entry)", "is missing");
      }
    }
  }
  return { deploymentModels, domains: domainList, cells, framework: framework as unknown as Framework };
}

function readHostList(file: string): string[] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line.length > 0 && !line.startsWith("#"));
}

/**
 * Every hostname of the open lists in rules/coverage/*.txt is matched by the catalog or excluded
 * with a reason; an exclusion must not hide a host the catalog matches.
 */
function checkCoverage(checker: Checker, root: string, services: Service[]): void {
  const dir = join(root, "coverage");
  const lists = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".txt"));
  const exclusionsFile = join(dir, "exclusions.json");
  const data = checker.readJson(exclusionsFile);
  if (data === null || !checker.validate(exclusionsFile, data, "exclusions.schema.json", "exclusions")) return;
  const exclusions = data.exclusions as { host: string; reason: string }[];
  const excluded = new Set(exclusions.map((e) => e.host));
  const index = buildHostIndex(services);
  const listed = new Set<string>();
  for (const list of lists) {
    const file = join(dir, list.name);
    for (const host of readHostList(file)) {
      listed.add(host);
      if (lookupHost(index, host, "/") === null && !excluded.has(host)) {
        checker.add(
          file,
          `host "${host}"`,
          "(coverage)",
          "is neither matched by a service nor listed in exclusions.json",
        );
      }
    }
  }
  exclusions.forEach((exclusion, i) => {
    const entry = describeEntry("exclusions", i, exclusion);
    const match = lookupHost(index, exclusion.host, "/");
    if (match !== null) {
      checker.add(exclusionsFile, entry, "host", `is matched by service "${match.service.id}": remove the exclusion`);
    } else if (!listed.has(exclusion.host)) {
      checker.add(exclusionsFile, entry, "host", "is in no list under rules/coverage: remove the exclusion");
    }
  });
}

/** Category and service refinements of the guidance (rules/guidance/*.json). */
function loadRefinements(checker: Checker, root: string, services: Service[]): GuidanceRefinement[] {
  const refinements: GuidanceRefinement[] = [];
  const serviceIds = new Set(services.map((s) => s.id));
  const categories: ReadonlySet<string> = new Set(CATEGORIES);
  for (const file of jsonFiles(join(root, "guidance"))) {
    const data = checker.readJson(file);
    if (data === null || !checker.validate(file, data, "guidance.schema.json", "refinements")) continue;
    (data.refinements as GuidanceRefinement[]).forEach((refinement, i) => {
      const entry = `refinements[${i}] (${refinement.service ?? refinement.category} x ${refinement.domain})`;
      if (refinement.category !== undefined && !categories.has(refinement.category)) {
        checker.add(file, entry, "category", `"${refinement.category}" is not a service category`);
      }
      if (refinement.service !== undefined && !serviceIds.has(refinement.service)) {
        checker.add(file, entry, "service", `"${refinement.service}" is not a service id in rules/services`);
      }
      refinements.push(refinement);
    });
  }
  return refinements;
}

/** Loads rules/ from `root`; throws RulesError listing every problem found. */
export function loadRules(root: string, cwd = process.cwd()): LoadedRules {
  const checker = new Checker(root, cwd);
  const { services, files } = loadServices(checker, root);
  const sharedHosts = loadSharedHosts(checker, root);
  // Entries that failed their schema are left out, so later checks would only echo them.
  const entriesValid = checker.problems.length === 0;
  checkHostClaims(checker, services, files);
  checkSharedHosts(checker, services, files, sharedHosts);
  if (entriesValid) checkCoverage(checker, root, services);
  const model = loadModel(checker, root);
  const model2025 = model === null ? null : loadModel2025(checker, root, model);
  const crossReferences = loadCrossReferences(checker, root);
  const refinements = loadRefinements(checker, root, services);
  checkTenantFacts(checker, root);
  if (checker.problems.length > 0 || model === null || model2025 === null || crossReferences === null) {
    throw new RulesError(checker.problems);
  }
  model.refinements = refinements;
  return { services, model, model2025, crossReferences, sharedHosts, serviceFiles: files };
}
