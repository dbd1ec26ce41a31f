/** Random but plausible hostname labels, path segments and query values. */
import type { Random } from "./random";

const SYLLABLES =
  "ka lo mi ra ven tor shi qu zen al bo cy dra el fi gor hex io jax ku lum mo nex or pix ro sa tek ul vo wi xa yu zo ai bit cor dat flo gen hub lab mind net ops run".split(
    " ",
  );

const WORDS =
  "home news sport weather video shop cart account settings login search docs api blog help about pricing product category item watch story article profile team project issues pull release download images maps travel finance health recipes movies music games jobs events forum".split(
    " ",
  );

export function label(random: Random): string {
  let text = "";
  const count = 2 + random.int(3);
  for (let i = 0; i < count; i++) text += random.pick(SYLLABLES);
  if (random.chance(0.15)) text += String(random.int(100));
  if (random.chance(0.1)) text += `-${random.pick(SYLLABLES)}${random.pick(SYLLABLES)}`;
  return text;
}

export function word(random: Random): string {
  return random.pick(WORDS);
}

export function id(random: Random, length: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  let text = "";
  for (let i = 0; i < length; i++) text += alphabet[random.int(alphabet.length)];
  return text;
}

/** A path such as "/news/story/aB3x9/settings" (one to five segments). */
export function path(random: Random): string {
  const segments = 1 + random.int(5);
  let text = "";
  for (let i = 0; i < segments; i++) text += `/${random.chance(0.25) ? id(random, 4 + random.int(12)) : word(random)}`;
  return random.chance(0.1) ? `${text}/` : text;
}

/** "", or a query string and/or fragment like the ones real pages carry (tracking parameters included). */
export function query(random: Random): string {
  const roll = random.next();
  if (roll < 0.45) return "";
  if (roll < 0.6) return `?q=${word(random)}+${word(random)}`;
  if (roll < 0.75) return `?utm_source=${word(random)}&utm_medium=email&utm_campaign=${id(random, 10)}`;
  if (roll < 0.85) return `?id=${random.int(1_000_000)}&ref=${word(random)}#${word(random)}`;
  if (roll < 0.95) return `#/${word(random)}/${id(random, 8)}`;
  return `?fbclid=${id(random, 60)}&gclid=${id(random, 40)}`;
}
