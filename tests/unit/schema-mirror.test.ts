/** The engine's id lists mirror the enums of the JSON Schemas that rules/ is checked against. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES, DEPLOYMENT_MODELS, DOMAINS } from "../../src/engine/types";
import { RULES_ROOT } from "../../src/node/rules-root";

const schema = (name: string) => JSON.parse(readFileSync(join(RULES_ROOT, "schema", name), "utf8"));

describe("engine ids equal the schema enums", () => {
  const services = schema("services.schema.json");
  it("deployment models", () => expect(services.$defs.deploymentModel.enum).toEqual([...DEPLOYMENT_MODELS]));
  it("categories", () => expect(services.$defs.category.enum).toEqual([...CATEGORIES]));
  it("security domains", () => {
    const domains = schema("domains.schema.json");
    expect(domains.properties.domains.items.properties.id.enum).toEqual([...DOMAINS]);
  });
});
