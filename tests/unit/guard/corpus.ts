/**
 * The paste guard's labelled corpus: for every detector, texts that hold a finding (positives) and
 * near misses that must not (negatives). Token values are generated from a fixed seed, so the corpus
 * holds no real credential and changes only when this file does.
 */

export interface Sample {
  name: string;
  text: string;
  /** The detectors that must fire, each once per listed entry (empty: a negative). */
  expect: string[];
}

let seed = 20261129;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function chars(alphabet: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}
const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;

/** A card number of the given prefix and length that passes (or, with fail, fails) Luhn. */
export function cardNumber(prefix: string, length: number, fail = false): string {
  let body = prefix;
  while (body.length < length - 1) body += chars("0123456789", 1);
  for (let check = 0; check < 10; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if ((sum % 10 === 0) !== fail) return candidate;
  }
  throw new Error("unreachable");
}
const grouped = (digits: string, sep = " ") => digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

function pemKey(label: string): string {
  const body = `MII${chars(B64, 61)}\n${Array.from({ length: 6 }, () => chars(B64, 64)).join("\n")}`;
  return `-----BEGIN ${label}PRIVATE KEY-----\n${body}\n-----END ${label}PRIVATE KEY-----`;
}
function jwt(): string {
  const part = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ sub: chars("0123456789", 8), name: "Kim", iat: 1764000000 })}.${chars(URLSAFE, 43)}`;
}
const emails = (n: number, domain: string) =>
  Array.from({ length: n }, (_, i) => `${chars("abcdefghijklmnopqrstuvwxyz", 6)}.${i}@${domain}`);
const ukPhones = (n: number) => Array.from({ length: n }, () => `+44 20 7946 ${chars("0123456789", 4)}`);
const usPhones = (n: number) =>
  Array.from({ length: n }, () => `555-${chars("23456789", 3)}-${chars("0123456789", 4)}`);
const deDigits = (n: number) =>
  Array.from({ length: n }, () => `030 ${chars("0123456789", 4)} ${chars("0123456789", 4)}`);

const awsId = () => `AKIA${chars(UPPER_DIGITS, 16)}`;

export const MARKERS = ["Contoso Confidential", "Project Bluefin"];

export const POSITIVES: Sample[] = [
  {
    name: "AWS access key in a config",
    text: `[default]\naws_access_key_id = ${awsId()}\nregion = eu-west-1`,
    expect: ["aws-access-key"],
  },
  {
    name: "AWS key pair",
    text: `export AWS_ACCESS_KEY_ID=${awsId()}\nexport AWS_SECRET_ACCESS_KEY=${chars(B64, 40)}`,
    expect: ["aws-access-key", "aws-secret-key"],
  },
  {
    name: "AWS temporary key in prose",
    text: `Why does ASIA${chars(UPPER_DIGITS, 16)} get AccessDenied on s3:GetObject?`,
    expect: ["aws-access-key"],
  },
  {
    name: "GitHub classic token",
    text: `git clone https://github.com/acme/app.git # token ghp_${chars(ALNUM, 36)}`,
    expect: ["github"],
  },
  {
    name: "GitHub fine-grained token",
    text: `GH_TOKEN=github_pat_${chars(ALNUM, 22)}_${chars(ALNUM, 59)}`,
    expect: ["github"],
  },
  {
    name: "OpenAI project key",
    text: `OPENAI_API_KEY=sk-proj-${chars(URLSAFE, 74)}T3BlbkFJ${chars(URLSAFE, 74)}`,
    expect: ["openai"],
  },
  {
    name: "Anthropic key",
    text: `client = Anthropic(api_key="sk-ant-api03-${chars(URLSAFE, 93)}AA")`,
    expect: ["anthropic"],
  },
  {
    name: "Slack bot token",
    text: `SLACK_BOT_TOKEN: xoxb-${chars("0123456789", 12)}-${chars("0123456789", 13)}-${chars(ALNUM, 24)}`,
    expect: ["slack"],
  },
  { name: "Stripe live key", text: `stripe.api_key = "sk_live_${chars(ALNUM, 24)}"`, expect: ["stripe"] },
  {
    name: "Google API key",
    text: `const maps = new Maps({ key: "AIza${chars(URLSAFE, 35)}" });`,
    expect: ["google-api-key"],
  },
  { name: "npm token", text: `//registry.npmjs.org/:_authToken=npm_${chars(ALNUM, 36)}`, expect: ["npm"] },
  { name: "RSA private key", text: `here is the deploy key\n${pemKey("RSA ")}\nthanks`, expect: ["privatekey"] },
  { name: "OpenSSH-style PKCS8 key", text: pemKey(""), expect: ["privatekey"] },
  { name: "JSON Web Token", text: `Authorization: Bearer ${jwt()}`, expect: ["jwt"] },
  {
    name: "Postgres URL with password",
    text: `DATABASE_URL=postgres://app:${chars(ALNUM, 16)}@db.internal.acme.io:5432/prod`,
    expect: ["database-connection-string"],
  },
  {
    name: "MongoDB URL with password",
    text: `mongodb+srv://admin:${chars(ALNUM, 14)}@cluster0.ab12c.mongodb.net/shop`,
    expect: ["database-connection-string"],
  },
  {
    name: "Hugging Face token",
    text: `HF_TOKEN=hf_${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)}`,
    expect: ["huggingface"],
  },
  { name: "Visa in a sentence", text: `Please refund ${grouped(cardNumber("4", 16))}, exp 04/28.`, expect: ["card"] },
  { name: "Mastercard, no spaces", text: `card=${cardNumber("53", 16)};`, expect: ["card"] },
  {
    name: "Amex with dashes",
    text: `Amex ${cardNumber("37", 15).replace(/^(\d{4})(\d{6})(\d{5})$/, "$1-$2-$3")}`,
    expect: ["card"],
  },
  { name: "Mastercard 2-series", text: `pan: ${grouped(cardNumber("2221", 16))}`, expect: ["card"] },
  { name: "German IBAN, grouped", text: "Überweisung an DE89 3704 0044 0532 0130 00 bis Freitag", expect: ["iban"] },
  { name: "British IBAN, compact", text: "IBAN: GB82WEST12345698765432", expect: ["iban"] },
  { name: "French IBAN", text: "RIB FR14 2004 1010 0505 0001 3M02 606.", expect: ["iban"] },
  { name: "Dutch IBAN then a word", text: "NL91 ABNA 0417 1643 00 ACME BV", expect: ["iban"] },
  {
    name: "customer e-mail list",
    text: `to: ${emails(12, "gmail.com").join(", ")}`,
    expect: Array(12).fill("email-list"),
  },
  {
    name: "CSV with e-mails",
    text: `name,email\n${emails(10, "contoso.co.uk")
      .map((e, i) => `P${i},${e}`)
      .join("\n")}`,
    expect: Array(10).fill("email-list"),
  },
  { name: "international phone list", text: ukPhones(10).join("\n"), expect: Array(10).fill("phone-list") },
  {
    name: "US phone list",
    text: usPhones(11)
      .map((p, i) => `Customer ${i}: ${p}`)
      .join("\n"),
    expect: Array(11).fill("phone-list"),
  },
  { name: "German national phone list", text: deDigits(10).join("; "), expect: Array(10).fill("phone-list") },
  {
    name: "classification marking",
    text: "CONTOSO CONFIDENTIAL - do not forward\nQ3 numbers follow",
    expect: ["marker"],
  },
  { name: "code name, mixed case", text: "Status of project bluefin: launch slips to May.", expect: ["marker"] },
  { name: "marker across a line break", text: "contoso\nconfidential", expect: ["marker"] },
];

const uuid = () =>
  `${chars("0123456789abcdef", 8)}-${chars("0123456789abcdef", 4)}-4${chars("0123456789abcdef", 3)}-a${chars("0123456789abcdef", 3)}-${chars("0123456789abcdef", 12)}`;

export const NEGATIVES: Sample[] = [
  { name: "AWS documentation example key", text: "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", expect: [] },
  { name: "AWS key placeholder", text: "Set AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX before running.", expect: [] },
  { name: "AWS-like word too short", text: `AKIA${chars(UPPER_DIGITS, 12)} is not long enough`, expect: [] },
  { name: "OpenAI placeholder sk-...", text: 'openai.api_key = "sk-..."  # set YOUR_API_KEY here', expect: [] },
  { name: "GitHub placeholder", text: "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", expect: [] },
  { name: "GitHub token too short", text: `ghp_${chars(ALNUM, 20)}`, expect: [] },
  { name: "Anthropic key cut short", text: `sk-ant-api03-${chars(URLSAFE, 40)}`, expect: [] },
  {
    name: "Slack token placeholder",
    text: "SLACK_BOT_TOKEN=xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX",
    expect: [],
  },
  { name: "Google API key cut short", text: `key=AIza${chars(URLSAFE, 20)}`, expect: [] },
  { name: "npm token cut short", text: `npm_${chars(ALNUM, 20)} and npm install --save-dev`, expect: [] },
  { name: "Hugging Face token with digits", text: `hf_${chars(ALNUM, 34)}`, expect: [] },
  { name: "Stripe placeholder", text: 'stripe.api_key = "sk_live_YOUR_SECRET_KEY_HERE_1234"', expect: [] },
  { name: "Stripe test doc key", text: "sk_test_0000000000000000000000000000", expect: [] },
  {
    name: "template variable",
    text: ["api_key: $", "{{ secrets.OPENAI_API_KEY }}\ntoken: <your-token>"].join(""),
    expect: [],
  },
  { name: "SHA-256 hash", text: `sha256: ${chars("0123456789abcdef", 64)}`, expect: [] },
  {
    name: "commit ids",
    text: `Merge ${chars("0123456789abcdef", 40)} into ${chars("0123456789abcdef", 7)}`,
    expect: [],
  },
  { name: "UUIDs", text: `request ${uuid()} and ${uuid()}`, expect: [] },
  { name: "base64 image", text: `<img src="data:image/png;base64,${chars(B64, 3000)}">`, expect: [] },
  {
    name: "public key",
    text: `-----BEGIN PUBLIC KEY-----\nMII${chars(B64, 200)}\n-----END PUBLIC KEY-----`,
    expect: [],
  },
  {
    name: "JWT-shaped but not JSON",
    text: `eyJ${chars(URLSAFE, 20)}.eyJ${chars(URLSAFE, 20)}.${chars(URLSAFE, 30)}`,
    expect: [],
  },
  { name: "Postgres URL without password", text: "postgres://localhost:5432/dev", expect: [] },
  { name: "card failing Luhn", text: `card ${grouped(cardNumber("4", 16, true))}`, expect: [] },
  { name: "Stripe test card", text: "Use 4242 4242 4242 4242 with any future date.", expect: [] },
  { name: "16-digit order id, wrong issuer", text: `order ${cardNumber("9", 16)} shipped`, expect: [] },
  { name: "timestamp in ms", text: "created_at: 1764403200000, id 17644032000001234", expect: [] },
  { name: "phone-like digits in a version string", text: "version 4.12.1234.5678.9012.3456", expect: [] },
  { name: "decimal with many digits", text: "pi is 3.14159265358979323846 and e 2.7182818284590452", expect: [] },
  { name: "IBAN with a wrong checksum", text: "DE88 3704 0044 0532 0130 00", expect: [] },
  { name: "IBAN-shaped product code", text: "Part XY12 3456 7890 1234 56 in stock", expect: [] },
  {
    name: "a single e-mail in a signature",
    text: "Best,\nKim Lee\nkim.lee@contoso.com | +44 20 7946 0958",
    expect: [],
  },
  { name: "nine e-mails", text: emails(9, "gmail.com").join("\n"), expect: [] },
  { name: "example.com list", text: emails(15, "example.com").join("\n"), expect: [] },
  { name: "same address repeated", text: Array(12).fill("support@contoso.com").join("\n"), expect: [] },
  { name: "nine phone numbers", text: ukPhones(9).join("\n"), expect: [] },
  {
    name: "dates in a CSV",
    text: Array.from({ length: 20 }, (_, i) => `2025-01-${String(i + 1).padStart(2, "0")},ok`).join("\n"),
    expect: [],
  },
  { name: "IP addresses", text: Array.from({ length: 12 }, (_, i) => `10.0.${i}.${i + 10}`).join("\n"), expect: [] },
  { name: "marker inside a longer word", text: "Contoso Confidentiality training is due", expect: [] },
  { name: "code name in another word", text: "the bluefin tuna project", expect: [] },
  {
    name: "ordinary source code",
    text: "function add(a, b) {\n  return a + b; // 4111 is a room number\n}\nconst key = process.env.API_KEY;",
    expect: [],
  },
];

/**
 * Held out: written the way people write these things, after the detectors were done and without
 * tuning them to it. Misses and false alarms here are real limits, quoted in docs/paste-guard.md.
 */
export const HELD_OUT: Sample[] = [
  {
    name: "UK mobile list",
    text: Array.from({ length: 10 }, () => `07700 ${chars("0123456789", 6)}`).join("\n"),
    expect: Array(10).fill("phone-list"),
  },
  {
    name: "French phone list",
    text: Array.from(
      { length: 10 },
      () =>
        `06 ${chars("0123456789", 2)} ${chars("0123456789", 2)} ${chars("0123456789", 2)} ${chars("0123456789", 2)}`,
    ).join(", "),
    expect: Array(10).fill("phone-list"),
  },
  {
    name: "e-mails in angle brackets",
    text: emails(12, "mail.corp.io")
      .map((e, i) => `Person ${i} <${e}>`)
      .join("; "),
    expect: Array(12).fill("email-list"),
  },
  {
    name: "assume-role output",
    text: `{"Credentials": {"AccessKeyId": "ASIA${chars(UPPER_DIGITS, 16)}", "SecretAccessKey": "${chars(B64, 40)}"}}`,
    expect: ["aws-access-key", "aws-secret-key"],
  },
  {
    name: "OpenSSH private key",
    text: `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE${chars(B64, 50)}\n${Array.from({ length: 5 }, () => chars(B64, 70)).join("\n")}\n-----END OPENSSH PRIVATE KEY-----`,
    expect: ["privatekey"],
  },
  { name: "card in JSON", text: `{"pan":"${cardNumber("4", 16)}","exp":"04/28"}`, expect: ["card"] },
  {
    name: "GitLab token",
    text: `git remote set-url origin https://oauth2:glpat-${chars(URLSAFE, 20)}@gitlab.com/acme/app.git`,
    expect: ["gitlab"],
  },
  {
    name: "Slack webhook",
    text: `curl -X POST https://hooks.slack.com/services/T${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8)}/B${chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)}/${chars(ALNUM, 24)}`,
    expect: ["slack"],
  },
  {
    name: "password in a git URL",
    text: `git clone https://deploy:${chars(ALNUM, 12)}@git.contoso.com/team/repo.git`,
    expect: ["basicauth"],
  },
  {
    name: "Azure storage connection string",
    text: `DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=${chars(B64, 86)}==;EndpointSuffix=core.windows.net`,
    expect: ["azure-storage-key"],
  },
  {
    name: "password in prose",
    text: `the admin password is ${chars(ALNUM, 10)}! change it after login`,
    expect: ["password"],
  },
  { name: "IBAN in lower case", text: "pay to de89 3704 0044 0532 0130 00 please", expect: ["iban"] },
  {
    name: "part numbers shaped like phones",
    text: Array.from(
      { length: 12 },
      () => `SKU ${chars("123456789", 3)}-${chars("0123456789", 3)}-${chars("0123456789", 4)}`,
    ).join("\n"),
    expect: [],
  },
  {
    name: "ISO timestamps",
    text: Array.from({ length: 20 }, (_, i) => `2025-06-${String(i + 1).padStart(2, "0")} 12:30:45 ok`).join("\n"),
    expect: [],
  },
  { name: "AWS documentation's second example key", text: "AccessKeyId: AKIAI44QH8DHBEXAMPLE", expect: [] },
  {
    name: "jwt.io's example token",
    text: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    expect: [],
  },
  {
    name: "README connection string with a placeholder password",
    text: "DATABASE_URL=postgres://user:password@localhost:5432/mydb",
    expect: [],
  },
  { name: "Visa test card", text: "4111 1111 1111 1111 exp 12/30", expect: [] },
  { name: "Luhn-valid tracking number", text: `Tracking: ${cardNumber("4", 16)} (DHL)`, expect: [] },
  { name: "semantic versions and build numbers", text: "v1.2.3 build 20250601.1234 on node 20.19.0", expect: [] },
];
