/** URLs that must not match: everyday sites, lookalikes of catalog hosts, IDN, and odd forms. */
import { domainToASCII } from "node:url";
import type { Random } from "../random";
import { id, label, path, query, word } from "../words";
import { POPULAR_SITES } from "./popular-sites";

function fill(template: string, random: Random): string {
  return template.replace(/\{(w|id|n)\}/g, (_, token: string) =>
    token === "w" ? word(random) : token === "id" ? id(random, 6 + random.int(6)) : String(random.int(100_000)),
  );
}

export function popularSiteUrl(random: Random): string {
  const site = random.pick(POPULAR_SITES);
  return `https://${site.host}${fill(random.pick(site.paths), random)}`;
}

/** A CDN or tenant host many labels deep, under a domain no rule names. */
export function deepSubdomainUrl(random: Random): string {
  const apex = random.pick(["cloudfront.net", "akamaihd.net", "azureedge.net", "s3.amazonaws.com", "fastly.net"]);
  let host = apex;
  const depth = 3 + random.int(5);
  for (let i = 0; i < depth; i++) host = `${random.chance(0.5) ? label(random) : id(random, 8).toLowerCase()}.${host}`;
  return `https://${host}${path(random)}${query(random)}`;
}

/** Hosts that look like a catalog host but are not it or a subdomain of it. */
export function lookalikeUrl(catalogHost: string, random: Random): string {
  const host = catalogHost.startsWith("*.") ? catalogHost.slice(2) : catalogHost;
  const dot = host.indexOf(".");
  const name = host.slice(0, dot);
  const rest = host.slice(dot + 1);
  const forms = [
    `not${host}`,
    `${host}.evil.example`,
    `${host}-login.com`,
    `${name}-${rest.replace(/\./g, "-")}.com`,
    `${name}${name.length > 3 ? "" : "x"}s.${rest}`,
    `${name.slice(0, -1)}.${rest}`,
    `${name}.${rest}.co`,
    `login-${host.replace(/\./g, "")}.net`,
  ];
  return `https://${random.pick(forms)}${path(random)}${query(random)}`;
}

/**
 * Internationalised hostnames, half as typed (Unicode: the parser hands them to `new URL()` for
 * punycode) and half as browsers report tab URLs (already punycode, "xn--...").
 */
const IDN_HOSTS = [
  "bücher.de",
  "www.münchen.de",
  "日本語.jp",
  "пример.рф",
  "chаtgpt.com", // Cyrillic "а": a homoglyph of chatgpt.com
  "café.example.fr",
  "ＣＨＡＴＧＰＴ.com", // fullwidth letters: IDNA maps them to chatgpt.com, a hit in the real catalog
];

export function idnUrl(random: Random): string {
  const host = random.pick(IDN_HOSTS);
  return `https://${random.chance(0.5) ? domainToASCII(host) : host}${path(random)}${query(random)}`;
}

/** What tabs really report besides web pages, and URL forms a parser can trip on. */
export function oddUrl(random: Random): string {
  return fill(
    random.pick([
      "chrome://newtab/",
      "about:blank",
      "chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html",
      "file:///home/{w}/{w}.pdf",
      "https://192.168.1.{n}/admin",
      "http://[2001:db8::{n}]:8080/",
      "https://user:{w}@intranet.corp.example:8443/{w}",
      "HTTPS://WWW.EXAMPLE.COM/{w}",
      "https://www.example.com./{w}",
      "http://{w}.local:3000/{w}?debug=1",
      "https://{w}.example.org/%7E{w}/index.html",
      "https://{w}.example.org/a/../{w}",
      "data:text/html,<h1>{w}</h1>",
    ]),
    random,
  );
}
