import type { Page } from "playwright-core";

/** The popup's status chip as drawn: its text and its background as #rrggbb (compare with badgeColor). */
export function popupChip(popup: Page): Promise<{ text: string; color: string }> {
  return popup.evaluate(() => {
    const el = document.querySelector("#popup-chip") as HTMLElement;
    const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).map(Number);
    const hex = [r, g, b].map((n) => (n ?? 0).toString(16).padStart(2, "0")).join("");
    return { text: el.textContent ?? "", color: `#${hex}` };
  });
}
