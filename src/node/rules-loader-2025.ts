/**
 * Reads and checks rules/model/2025 (the author's 2025 revision): schema first, then what a schema
 * cannot say: the framework's order, one cell per domain and column, a repeated 2024 cell has the
 * same owner, and the mapping covers every 2024 model once.
 */
import { join } from "node:path";
import {
  CATEGORIES,
  type Cell2025,
  DEPLOYMENT_MODELS,
  DEPLOYMENT_MODELS_2025,
  type DeploymentModel2025,
  DOMAINS_2025,
  type Domain2025,
  type Framework2025,
  NEW_DOMAINS_2025,
  type ResponsibilityModel,
  type ResponsibilityModel2025,
} from "../engine/types";
import type { Checker } from "./rules-loader";

export function loadModel2025(
  checker: Checker,
  root: string,
  model2024: ResponsibilityModel,
): ResponsibilityModel2025 | null {
  const dir = join(root, "model", "2025");
  const read = (name: string, schema: string, listKey: string) => checker.readChecked(join(dir, name), schema, listKey);
  const models = read("deployment-models.json", "deployment-models-2025.schema.json", "deploymentModels");
  const domains = read("domains.json", "domains-2025.schema.json", "domains");
  const matrix = read("matrix.json", "matrix-2025.schema.json", "cells");
  const framework = read("framework.json", "framework-2025.schema.json", "disagreements");
  if (models === null || domains === null || matrix === null || framework === null) return null;

  const result: ResponsibilityModel2025 = {
    deploymentModels: models.deploymentModels as DeploymentModel2025[],
    newDomains: domains.domains as Domain2025[],
    cells: matrix.cells as Cell2025[],
    framework: framework as unknown as Framework2025,
  };
  const inOrder = (file: string, list: string, got: string[], want: readonly string[]) => {
    want.forEach((id, i) => {
      if (got[i] !== id) checker.add(join(dir, file), `${list}[${i}]`, "id", `must be "${id}" (framework order)`);
    });
  };
  inOrder(
    "deployment-models.json",
    "deploymentModels",
    result.deploymentModels.map((m) => m.id),
    DEPLOYMENT_MODELS_2025,
  );
  inOrder(
    "domains.json",
    "domains",
    result.newDomains.map((d) => d.id),
    NEW_DOMAINS_2025,
  );

  const matrixFile = join(dir, "matrix.json");
  const owners2024 = new Map(model2024.cells.map((c) => [`${c.domain} x ${c.model}`, c.owner]));
  const seen = new Set<string>();
  result.cells.forEach((cell, i) => {
    const key = `${cell.domain} x ${cell.model}`;
    const entry = `cells[${i}] (${key})`;
    if (seen.has(key)) checker.add(matrixFile, entry, "domain", "cell appears twice");
    seen.add(key);
    if (cell.sameAs2024 === undefined) return;
    const owner2024 = owners2024.get(`${cell.domain} x ${cell.sameAs2024}`);
    if (owner2024 === undefined) {
      checker.add(matrixFile, entry, "sameAs2024", `the 2024 matrix has no ${cell.domain} x ${cell.sameAs2024} cell`);
    } else if (owner2024 !== cell.owner) {
      checker.add(
        matrixFile,
        entry,
        "sameAs2024",
        `repeats a 2024 cell owned by ${owner2024}, but this cell is ${cell.owner}: write its own reason and guidance`,
      );
    }
  });
  for (const domain of DOMAINS_2025) {
    for (const column of DEPLOYMENT_MODELS_2025) {
      if (!seen.has(`${domain} x ${column}`))
        checker.add(matrixFile, `cell ${domain} x ${column}`, "(entry)", "is missing");
    }
  }

  const frameworkFile = join(dir, "framework.json");
  const { mapping } = result.framework;
  for (const from of DEPLOYMENT_MODELS) {
    const rules = mapping.byModel.filter((r) => r.from === from).length;
    if (rules !== 1)
      checker.add(frameworkFile, "mapping.byModel", "from", `needs exactly one rule for "${from}", has ${rules}`);
  }
  mapping.byCategory.forEach((rule, i) => {
    if (!(CATEGORIES as readonly string[]).includes(rule.category)) {
      checker.add(
        frameworkFile,
        `mapping.byCategory[${i}]`,
        "category",
        `"${rule.category}" is not a catalog category`,
      );
    }
  });
  result.framework.disagreements.forEach((d, i) => {
    if (!seen.has(d.cell))
      checker.add(frameworkFile, `disagreements[${i}]`, "cell", `no cell "${d.cell}" in the 2025 matrix`);
  });
  return result;
}
