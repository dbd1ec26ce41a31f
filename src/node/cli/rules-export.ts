/** rules:export [DIR]: writes hosts.txt, adguard.txt and services.csv (default dist/exports). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { adguardList, plainHosts, servicesCsv } from "../host-exports";
import { loadRules } from "../rules-loader";
import { PROJECT_ROOT, RULES_ROOT } from "../rules-root";

const outDir = resolve(process.argv[2] ?? join(PROJECT_ROOT, "dist/exports"));
const { services } = loadRules(RULES_ROOT);
const newestReview =
  services
    .map((s) => s.reviewed)
    .sort()
    .at(-1) ?? "";
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "hosts.txt"), plainHosts(services));
writeFileSync(join(outDir, "adguard.txt"), adguardList(services, newestReview));
writeFileSync(join(outDir, "services.csv"), servicesCsv(services));
process.stdout.write(`wrote hosts.txt, adguard.txt, services.csv to ${outDir}\n`);
