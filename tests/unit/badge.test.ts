/** The badge: words anyone can read, one meaning per colour, white text readable on each. */
import { describe, expect, it } from "vitest";
import { badgeLook, STATUS_BADGE } from "../../src/engine/policy/status-badge";
import { SERVICE_STATUSES } from "../../src/engine/policy/types";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const models = loadRules(RULES_ROOT).model.deploymentModels;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe("badge", () => {
  it("without a status it says AI on a calm colour that no status uses", () => {
    const statusColours = new Set(Object.values(STATUS_BADGE).map((s) => s.color.toLowerCase()));
    for (const m of models) {
      const look = badgeLook(m, null);
      expect(look.text).toBe("AI");
      expect(statusColours.has(look.color.toLowerCase()), m.id).toBe(false);
    }
  });

  it("with a status it shows the status's word and colour, whatever the model", () => {
    for (const status of SERVICE_STATUSES) {
      const looks = new Set(models.map((m) => JSON.stringify(badgeLook(m, status))));
      expect(looks.size).toBe(1);
      expect(badgeLook(models[0] as (typeof models)[number], status)).toEqual({
        text: STATUS_BADGE[status].text,
        color: STATUS_BADGE[status].color,
      });
      expect(STATUS_BADGE[status].text.length).toBeLessThanOrEqual(4);
    }
  });

  it("white text reaches 4.5:1 on every badge colour", () => {
    const colours = [...models.map((m) => m.badge.color), ...Object.values(STATUS_BADGE).map((s) => s.color)];
    for (const colour of colours) expect(contrastWithWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
  });
});
